import { createBookings } from '../../../platform/bookings/index.js';
import type { EstateFeatureFactory } from '../estate.context.js';
import { seedActivityRoomsDemo } from './activity-rooms.demo.js';
import { activityRoomRoutes } from './activity-rooms.routes.js';
import { createActivityRoomsService } from './activity-rooms.service.js';

/**
 * 离退休干部活动室 at /api/v1/estate/activity-rooms. Bookings go through the platform bookings
 * engine (resource type estate.activity-room): the engine is stateless over the database, so this
 * feature opens its own handle on it rather than widening EstateDeps.
 */
export const activityRoomsFeature: EstateFeatureFactory = (ctx) => {
  const svc = createActivityRoomsService(ctx, createBookings(ctx.db).api);
  return {
    name: 'activity-rooms', api: { utilisation: svc.utilisationReport },
    async routes(app) { await app.register(activityRoomRoutes(svc), { prefix: '/activity-rooms' }); },
    seedDemo: () => seedActivityRoomsDemo(ctx, svc),
  };
};
