import type { EstateFeatureFactory } from '../estate.context.js';
import { estatePermissions as P } from '../permissions.js';
import { createContractsService } from './contracts.service.js';
import { seedLeasingDemo } from './leasing.demo.js';
import { leasingRoutes } from './leasing.routes.js';
import { createLeasingService } from './leasing.service.js';

/** 对外出租: listings, lessees, contracts, rent schedule, receipts, arrears, expiry reminders at /api/v1/estate/leasing. */
export const leasingFeature: EstateFeatureFactory = (ctx) => {
  const leasing = createLeasingService(ctx);
  const contracts = createContractsService(ctx, { write: P.leasingWrite });
  return {
    name: 'leasing',
    api: { remindExpiries: contracts.remindExpiries, arrears: contracts.arrears },
    async routes(app) { await app.register(leasingRoutes({ leasing, contracts }), { prefix: '/leasing' }); },
    seedDemo: () => seedLeasingDemo(ctx, leasing, contracts),
    jobs: [{ name: 'estate.leasing.expiry-remind', cron: '30 8 * * *', handler: async () => { await contracts.remindExpiries(); } }],
  };
};
