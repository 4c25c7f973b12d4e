/**
 * Bookings: one primitive for everything bookable (vehicles, drivers, meeting rooms, parking
 * spaces, borrowable assets, clinic and barber slots). See README.md.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.js';
import { createBookingQueries } from './bookings.queries.js';
import { bookingRoutes } from './bookings.routes.js';
import { createBookingsService, type BookingsDeps } from './bookings.service.js';

export { bookingPermissions, registerBookingPermissions } from './bookings.permissions.js';
export { expandRecurrence, instantOf, wallClockOf, MAX_OCCURRENCES } from './bookings.recurrence.js';
export { activeBookingStates, bookingStates, bookings, type BookingState } from './bookings.table.js';
export type { Booking } from './bookings.store.js';
export type { Collision } from './bookings.errors.js';
export type { BookingFilter, FreeQuery } from './bookings.queries.js';
export type {
  BookingContext, BookingEvent, BookingEventType, BookingRequest, BookingsDeps, HoldRequest, OccurrenceConflict, RecurringRequest, RecurringResult,
} from './bookings.service.js';

/** The bookings engine: `api` for other modules, `registerRoutes` for /api/v1/bookings. */
export function createBookings(db: Db, deps: BookingsDeps = {}) {
  const service = createBookingsService(db, deps);
  const queries = createBookingQueries(db, deps.clock ?? (() => new Date()));
  const api = { ...service, ...queries };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(bookingRoutes({ db, service, queries }), { prefix: '/api/v1/bookings' });
    },
  };
}
export type Bookings = ReturnType<typeof createBookings>;
export type BookingsApi = Bookings['api'];
