/**
 * Trips and dispatch: 用车申请 with approval (workflow `fleet.trip`), 派车 with ranked
 * suggestions, 拼车, 应急出车, departure/return, GPS track import.
 */
import { createDispatchService } from '../dispatch/dispatch.service.js';
import { dispatchRoutes } from '../dispatch/dispatch.routes.js';
import type { FleetContext, FleetFeature } from '../fleet.context.js';
import { seedTripFactors } from './trip-factors.js';
import { seedTripDemo } from './trips.demo.js';
import { createTripRequestService, tripBusinessType, TRIP_BUSINESS_TYPE } from './trip-requests.service.js';
import { tripRequestRoutes } from './trip-requests.routes.js';
import { createTripService } from './trips.service.js';
import { tripRoutes } from './trips.routes.js';
import { SYSTEM_ACTOR, tripWorkflowSteps, TRIP_PROCESS_NAME } from './trips.seed.js';

export function createTripsFeature(ctx: FleetContext) {
  ctx.workflow.registerBusinessType(tripBusinessType);
  const requests = createTripRequestService(ctx);
  const trips = createTripService(ctx);
  const dispatch = createDispatchService(ctx);
  const api = { requests, trips, dispatch };

  const feature: FleetFeature<typeof api> = {
    name: 'trips',
    api,
    async registerRoutes(app) {
      await app.register(tripRequestRoutes(requests, ctx.db));
      await app.register(dispatchRoutes(dispatch));
      await app.register(tripRoutes(trips, ctx.db));
    },
    /** Every tenant: the trip factors and the default approval of 用车申请 (the agency's 单位管理员 agency-officer, else the center). */
    async seedDefaults() {
      await seedTripFactors(ctx.db);
      const existing = await ctx.workflow.definitions.list({ businessType: TRIP_BUSINESS_TYPE, limit: 1, offset: 0 });
      if (existing.total === 0) {
        await ctx.workflow.definitions.create(SYSTEM_ACTOR, {
          businessType: TRIP_BUSINESS_TYPE, name: TRIP_PROCESS_NAME, description: '公务用车申请的默认审批流程（可在流程管理中修改）', steps: tripWorkflowSteps,
        });
      }
    },
    /** Demo requests in each state (see trips.demo.ts). */
    async seedDemo() {
      await seedTripDemo(ctx, requests, dispatch);
    },
  };
  return feature;
}
