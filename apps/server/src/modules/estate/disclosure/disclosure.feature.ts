import type { EstateFeatureFactory } from '../estate.context.js';
import { createDisclosureQueries } from './disclosure.queries.js';
import { disclosureRoutes } from './disclosure.routes.js';

/** Yearly disclosure reports at /api/v1/estate/reports. */
export const disclosureFeature: EstateFeatureFactory = (ctx) => {
  const queries = createDisclosureQueries(ctx.db);
  return {
    name: 'disclosure',
    api: { allocation: queries.allocation, leaders: queries.leaders },
    async routes(app) { await app.register(disclosureRoutes({ db: ctx.db, queries, clock: ctx.clock }), { prefix: '/reports' }); },
  };
};
