import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies, departments, people } from '../../../platform/org/org.table.js';
import { fleetDrivers } from './drivers.table.js';
import { fleetVehicles } from './vehicles.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** 用车申请 states: the approval (workflow `fleet.trip`) then the dispatch. */
export const tripRequestStatuses = {
  pending: { zh: '审批中', en: 'Pending approval' },
  returned: { zh: '已退回', en: 'Returned for edits' },
  approved: { zh: '待派车', en: 'Approved, awaiting dispatch' },
  dispatched: { zh: '已派车', en: 'Dispatched' },
  completed: { zh: '已完成', en: 'Completed' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const;
export type TripRequestStatus = keyof typeof tripRequestStatuses;
export const tripRequestStatusCodes = Object.keys(tripRequestStatuses) as [TripRequestStatus, ...TripRequestStatus[]];

/**
 * 用车申请: who, how many, where, when, why. `tripId` is set on dispatch (several requests may share
 * one trip when carpooled). The approval instance is `instanceId` (business type `fleet.trip`).
 */
export const fleetTripRequests = pgTable('fleet_trip_request', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  departmentId: uuid('department_id').references(() => departments.id),
  applicantPersonId: uuid('applicant_person_id').notNull().references(() => people.id),
  applicantAccountId: uuid('applicant_account_id').notNull(),
  passengerCount: integer('passenger_count').notNull(),
  passengerNames: text('passenger_names').array().notNull().default(sql`'{}'::text[]`),
  origin: text('origin').notNull(),
  /** Stops in order; the last is the destination used for carpool matching. */
  destinations: text('destinations').array().notNull(),
  /** Optional coordinates of the final destination (carpool "near" matching). */
  destLat: numeric('dest_lat', { precision: 9, scale: 6, mode: 'number' }),
  destLon: numeric('dest_lon', { precision: 9, scale: 6, mode: 'number' }),
  plannedStart: instant('planned_start').notNull(),
  plannedEnd: instant('planned_end').notNull(),
  purpose: text('purpose').notNull(),
  inCity: boolean('in_city').notNull().default(true),
  needDriver: boolean('need_driver').notNull().default(true),
  status: text('status').$type<TripRequestStatus>().notNull().default('pending'),
  instanceId: uuid('instance_id'),
  tripId: uuid('trip_id'),
  /** 1–5 stars from the applicant once the trip has returned. */
  rating: smallint('rating'),
  ratingComment: text('rating_comment'),
  decidedAt: instant('decided_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('fleet_trip_request_agency_idx').on(t.agencyId, t.plannedStart),
  index('fleet_trip_request_applicant_idx').on(t.applicantPersonId),
  index('fleet_trip_request_department_idx').on(t.departmentId),
  index('fleet_trip_request_status_idx').on(t.status, t.plannedStart),
  index('fleet_trip_request_trip_idx').on(t.tripId),
  check('fleet_trip_request_window_ck', sql`${t.plannedEnd} > ${t.plannedStart}`),
  check('fleet_trip_request_passengers_ck', sql`${t.passengerCount} >= 1`),
  check('fleet_trip_request_rating_ck', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
]);

/** 出车任务 states. */
export const tripStatuses = {
  dispatched: { zh: '已派车', en: 'Dispatched' },
  departed: { zh: '已出车', en: 'Departed' },
  returned: { zh: '已收车', en: 'Returned' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const;
export type TripStatus = keyof typeof tripStatuses;
export const tripStatusCodes = Object.keys(tripStatuses) as [TripStatus, ...TripStatus[]];

/**
 * 出车记录: one vehicle (and driver) over a planned window, then the actual departure and return.
 * For bulk inserts (demo year): id, vehicle_id, agency_id, planned_start/end, status are required;
 * a returned trip carries departed_at, returned_at, departure_km, return_km (km is generated as
 * return_km − departure_km); fees are integer fen (default 0). request_id is null for emergency
 * trips and for imported history; booking ids are null when no booking was made (history).
 */
export const fleetTrips = pgTable('fleet_trip', {
  id: idColumn(),
  /** The (first) request this trip serves; all served requests point here by `fleet_trip_request.trip_id`. */
  requestId: uuid('request_id'),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  driverId: uuid('driver_id').references(() => fleetDrivers.id),
  /** The agency the trip is for (data scope); the requesting agency, or the dispatcher's choice for emergencies. */
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  plannedStart: instant('planned_start').notNull(),
  plannedEnd: instant('planned_end').notNull(),
  origin: text('origin'),
  destination: text('destination'),
  purpose: text('purpose'),
  passengerCount: integer('passenger_count').notNull().default(1),
  departedAt: instant('departed_at'),
  returnedAt: instant('returned_at'),
  departureKm: numeric('departure_km', { precision: 10, scale: 1, mode: 'number' }),
  returnKm: numeric('return_km', { precision: 10, scale: 1, mode: 'number' }),
  km: numeric('km', { precision: 10, scale: 1, mode: 'number' }).generatedAlwaysAs(sql`return_km - departure_km`),
  tollFen: integer('toll_fen').notNull().default(0),
  parkingFen: integer('parking_fen').notNull().default(0),
  otherFen: integer('other_fen').notNull().default(0),
  status: text('status').$type<TripStatus>().notNull().default('dispatched'),
  emergency: boolean('emergency').notNull().default(false),
  /** Emergency trips (no prior approval) wait for a review; cleared with a comment. */
  reviewFlag: boolean('review_flag').notNull().default(false),
  reviewComment: text('review_comment'),
  reviewedAt: instant('reviewed_at'),
  reviewedBy: uuid('reviewed_by'),
  /** Average of the applicants' ratings (1–5). */
  rating: smallint('rating'),
  /** Flags raised while recording: odometer jumps, GPS/odometer mismatch. */
  flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
  vehicleBookingId: uuid('vehicle_booking_id'),
  driverBookingId: uuid('driver_booking_id'),
  /** GPS track summary: points, distance (haversine), times, top speed, simplified polyline. */
  trackPoints: integer('track_points'),
  trackKm: numeric('track_km', { precision: 10, scale: 2, mode: 'number' }),
  track: jsonb('track').$type<{ startedAt: string | null; endedAt: string | null; maxSpeedKmh: number | null; polyline: Array<[number, number]> }>(),
  cancelReason: text('cancel_reason'),
  dispatchedBy: uuid('dispatched_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('fleet_trip_vehicle_returned_idx').on(t.vehicleId, t.returnedAt),
  index('fleet_trip_agency_returned_idx').on(t.agencyId, t.returnedAt),
  index('fleet_trip_driver_idx').on(t.driverId, t.plannedStart),
  index('fleet_trip_request_idx').on(t.requestId),
  index('fleet_trip_status_idx').on(t.status, t.plannedStart),
  index('fleet_trip_review_idx').on(t.reviewFlag).where(sql`review_flag`),
  check('fleet_trip_window_ck', sql`${t.plannedEnd} > ${t.plannedStart}`),
  check('fleet_trip_fees_ck', sql`${t.tollFen} >= 0 and ${t.parkingFen} >= 0 and ${t.otherFen} >= 0`),
  check('fleet_trip_rating_ck', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
]);

export type FleetTrip = typeof fleetTrips.$inferSelect;
export type FleetTripRequest = typeof fleetTripRequests.$inferSelect;
