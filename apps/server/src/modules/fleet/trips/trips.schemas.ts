import { z } from 'zod';
import { listQuery } from '../../../platform/http/paging.js';
import { tripRequestStatusCodes, tripStatusCodes } from '../db/trips.table.js';

export const instant = z.iso.datetime({ offset: true });
const when = instant.transform((s) => new Date(s));
const csvOf = <T extends [string, ...string[]]>(codes: T) => z.string().regex(/^[a-z-]+(,[a-z-]+)*$/).transform((s) => s.split(',')).pipe(z.array(z.enum(codes)));
const boolQ = z.enum(['true', 'false']).transform((s) => s === 'true');
const text = (max: number) => z.string().trim().min(1).max(max);
const fen = z.number().int().min(0).max(100_000_000);
const km = z.number().min(0).max(9_999_999);

/** Dates to ISO strings, the shape the response schemas declare. */
export const json = <T>(x: T): never => JSON.parse(JSON.stringify(x)) as never;

export const tripRequestInput = z.strictObject({
  passengerCount: z.number().int().min(1).max(60),
  passengerNames: z.array(text(50)).max(60).optional(),
  origin: text(200),
  destinations: z.array(text(200)).min(1).max(10),
  destLat: z.number().min(-90).max(90).nullish(),
  destLon: z.number().min(-180).max(180).nullish(),
  plannedStart: when,
  plannedEnd: when,
  purpose: text(500),
  inCity: z.boolean().default(true),
  needDriver: z.boolean().default(true),
});
export const resubmitInput = tripRequestInput.extend({ comment: z.string().trim().max(500).nullish() });
export const commentInput = z.strictObject({ comment: z.string().trim().max(500).nullish() });
export const rateInput = z.strictObject({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(500).nullish() });

export const tripRequestQuery = z.strictObject({
  ...listQuery,
  status: csvOf(tripRequestStatusCodes).optional(), mine: boolQ.optional(), agencyId: z.uuid().optional(),
  from: when.optional(), to: when.optional(), format: z.enum(['xlsx']).optional(),
});

export const tripRequest = z.object({
  id: z.string(), agencyId: z.string(), agencyName: z.string(), departmentId: z.string().nullable(), applicantPersonId: z.string(),
  applicantName: z.string(), passengerCount: z.number(), passengerNames: z.array(z.string()), origin: z.string(), destinations: z.array(z.string()),
  destLat: z.number().nullable(), destLon: z.number().nullable(), plannedStart: z.string(), plannedEnd: z.string(), purpose: z.string(),
  inCity: z.boolean(), needDriver: z.boolean(), status: z.enum(tripRequestStatusCodes), instanceId: z.string().nullable(), tripId: z.string().nullable(),
  rating: z.number().nullable(), ratingComment: z.string().nullable(), decidedAt: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'FleetTripRequest' });

export const trip = z.object({
  id: z.string(), requestId: z.string().nullable(), vehicleId: z.string(), plate: z.string(), driverId: z.string().nullable(), driverName: z.string().nullable(),
  agencyId: z.string(), agencyName: z.string(), plannedStart: z.string(), plannedEnd: z.string(), origin: z.string().nullable(),
  destination: z.string().nullable(), purpose: z.string().nullable(), passengerCount: z.number(), departedAt: z.string().nullable(),
  returnedAt: z.string().nullable(), departureKm: z.number().nullable(), returnKm: z.number().nullable(), km: z.number().nullable(),
  tollFen: z.number(), parkingFen: z.number(), otherFen: z.number(), status: z.enum(tripStatusCodes), emergency: z.boolean(), reviewFlag: z.boolean(),
  reviewComment: z.string().nullable(), reviewedAt: z.string().nullable(), rating: z.number().nullable(), flags: z.array(z.string()),
  trackPoints: z.number().nullable(), trackKm: z.number().nullable(), cancelReason: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'FleetTrip' });

export const tripDetail = trip.extend({
  track: z.object({ startedAt: z.string().nullable(), endedAt: z.string().nullable(), maxSpeedKmh: z.number().nullable(), polyline: z.array(z.tuple([z.number(), z.number()])) }).nullable(),
  requests: z.array(z.object({ id: z.string(), applicantPersonId: z.string(), passengerCount: z.number(), status: z.string(), rating: z.number().nullable() })),
}).meta({ id: 'FleetTripDetail' });

/** The trip serving a request, as the applicant sees it (no costs, no review). */
export const tripOfRequest = z.object({
  id: z.string(), status: z.enum(tripStatusCodes), vehicleId: z.string(), plate: z.string(), driverId: z.string().nullable(), driverName: z.string().nullable(),
  plannedStart: z.string(), plannedEnd: z.string(), departedAt: z.string().nullable(), returnedAt: z.string().nullable(),
  departureKm: z.number().nullable(), returnKm: z.number().nullable(), km: z.number().nullable(), emergency: z.boolean(), cancelReason: z.string().nullable(), createdAt: z.string(),
}).meta({ id: 'FleetTripRequestTrip', description: 'The trip serving a trip request' });

export const tripRequestDetail = tripRequest.extend({
  history: z.array(z.object({ at: z.string(), action: z.string(), actorName: z.string().nullable(), comment: z.string().nullable() })),
  trip: tripOfRequest.nullable(),
}).meta({ id: 'FleetTripRequestDetail' });

export const tripQuery = z.strictObject({
  ...listQuery,
  status: csvOf(tripStatusCodes).optional(), vehicleId: z.uuid().optional(), driverId: z.uuid().optional(), agencyId: z.uuid().optional(),
  emergency: boolQ.optional(), reviewFlag: boolQ.optional(), from: when.optional(), to: when.optional(), format: z.enum(['xlsx']).optional(),
});

export const departInput = z.strictObject({ at: when, odometerKm: km });
export const returnInput = z.strictObject({ at: when, odometerKm: km, tollFen: fen.optional(), parkingFen: fen.optional(), otherFen: fen.optional() });
export const cancelInput = z.strictObject({ reason: text(500) });
export const reviewInput = z.strictObject({ comment: text(500) });
