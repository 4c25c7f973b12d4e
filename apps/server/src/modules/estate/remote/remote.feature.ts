import type { EstateFeatureFactory } from '../estate.context.js';
import { estatePermissions as P } from '../permissions.js';
import { seedRemoteDemo } from './remote.demo.js';
import { remoteRoutes } from './remote.routes.js';
import { createRemoteService } from './remote.service.js';

/** 市外房产 at /api/v1/estate/remote-properties. */
export const remoteFeature: EstateFeatureFactory = (ctx) => {
  const svc = createRemoteService(ctx, { report: P.remoteReport });
  return {
    name: 'remote',
    api: { remindReports: svc.remindReports },
    async routes(app) { await app.register(remoteRoutes(svc), { prefix: '/remote-properties' }); },
    seedDemo: () => seedRemoteDemo(ctx, svc),
    jobs: [{ name: 'estate.remote.report-remind', cron: '15 9 * * *', handler: async () => { await svc.remindReports(); } }],
  };
};
