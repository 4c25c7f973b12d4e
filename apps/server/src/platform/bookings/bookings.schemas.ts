import { z } from 'zod';
import { listQuery } from '../http/paging.js';
import type { Booking } from './bookings.store.js';
import { bookingStates } from './bookings.table.js';

const instant = z.iso.datetime({ offset: true });
const resourceType = z.string().trim().min(1).max(64).regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, '资源类型应形如 fleet.vehicle');
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const booking = z.object({
  id: z.string(), resourceType: z.string(), resourceId: z.string(), startsAt: z.string(), endsAt: z.string(),
  state: z.enum(bookingStates), expiresAt: z.string().nullable(), noShowAt: z.string().nullable(),
  holderAgencyId: z.string(), holderPersonId: z.string().nullable(), refType: z.string().nullable(), refId: z.string().nullable(),
  title: z.string().nullable(), seriesId: z.string().nullable(), checkedInAt: z.string().nullable(), releasedAt: z.string().nullable(),
  releaseReason: z.string().nullable(), cancelledAt: z.string().nullable(), cancelReason: z.string().nullable(), createdAt: z.string(),
}).meta({ id: 'Booking' });

export const bookingJson = (b: Booking): z.infer<typeof booking> => ({
  id: b.id, resourceType: b.resourceType, resourceId: b.resourceId, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(),
  state: b.state, expiresAt: iso(b.expiresAt), noShowAt: iso(b.noShowAt), holderAgencyId: b.holderAgencyId, holderPersonId: b.holderPersonId,
  refType: b.refType, refId: b.refId, title: b.title, seriesId: b.seriesId, checkedInAt: iso(b.checkedInAt), releasedAt: iso(b.releasedAt),
  releaseReason: b.releaseReason, cancelledAt: iso(b.cancelledAt), cancelReason: b.cancelReason, createdAt: b.createdAt.toISOString(),
});

export const bookingListQuery = z.strictObject({
  ...listQuery,
  resourceType: resourceType.optional(), resourceId: z.uuid().optional(),
  state: z.string().regex(/^[a-z_]+(,[a-z_]+)*$/).transform((s) => s.split(',')).pipe(z.array(z.enum(bookingStates))).optional(),
  from: instant.optional(), to: instant.optional(), holderAgencyId: z.uuid().optional(), holderPersonId: z.uuid().optional(),
  refType: z.string().max(64).optional(), refId: z.string().max(64).optional(), seriesId: z.uuid().optional(),
});

export const bookingInput = z.strictObject({
  resourceType, resourceId: z.uuid(), startsAt: instant, endsAt: instant,
  /** true: a tentative hold that lapses after holdMinutes; false (default): confirmed. */
  hold: z.boolean().default(false),
  holdMinutes: z.number().int().min(1).max(24 * 60).optional(),
  holderAgencyId: z.uuid().optional(), holderPersonId: z.uuid().optional(),
  title: z.string().trim().max(200).optional(), refType: z.string().trim().min(1).max(64).optional(), refId: z.string().trim().min(1).max(64).optional(),
  checkInGraceMinutes: z.number().int().min(0).max(24 * 60).nullish(),
});

export const seriesInput = bookingInput.extend({
  rrule: z.string().trim().min(6).max(500),
  until: instant.optional(),
  allOrNothing: z.boolean().default(false),
});

export const seriesResult = z.object({
  seriesId: z.string().nullable(),
  booked: z.array(booking),
  conflicts: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), message: z.string(), ref: z.record(z.string(), z.unknown()).optional() })),
}).meta({ id: 'BookingSeriesResult' });

export const cancelInput = z.strictObject({ reason: z.string().trim().max(200).optional() });

export const freeQuery = z.strictObject({
  page: listQuery.page, pageSize: listQuery.pageSize, resourceType, from: instant, to: instant,
  resourceIds: z.string().regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,199}$/i, '以逗号分隔的资源 ID').transform((s) => s.split(',')),
});
export const freeResult = z.object({ items: z.array(z.object({ resourceId: z.string() })), total: z.number().int() });
