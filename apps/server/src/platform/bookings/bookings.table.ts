import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';
import { agencies, people } from '../org/org.table.js';

/** A `tstzrange`; only ever written by the database (generated column), read back as text. */
const tstzrange = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzrange' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** States of a booking. Only the first three hold the resource (see the exclusion constraint). */
export const bookingStates = ['tentative', 'confirmed', 'checked_in', 'released', 'cancelled'] as const;
export type BookingState = (typeof bookingStates)[number];
export const activeBookingStates: readonly BookingState[] = ['tentative', 'confirmed', 'checked_in'];

/** A repeating booking (RFC 5545 RRULE); its occurrences are rows of platform_booking. */
export const bookingSeries = pgTable('platform_booking_series', {
  id: idColumn(),
  resourceType: text('resource_type').notNull(),
  resourceId: uuid('resource_id').notNull(),
  rrule: text('rrule').notNull(),
  /** Start of the first occurrence; occurrences keep its wall-clock time in `time_zone`. */
  firstStartsAt: instant('first_starts_at').notNull(),
  durationSeconds: integer('duration_seconds').notNull(),
  timeZone: text('time_zone').notNull(),
  holderAgencyId: uuid('holder_agency_id').notNull().references(() => agencies.id),
  holderPersonId: uuid('holder_person_id').references(() => people.id),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [
  index('platform_booking_series_resource_idx').on(t.resourceType, t.resourceId),
  index('platform_booking_series_agency_idx').on(t.holderAgencyId),
  index('platform_booking_series_person_idx').on(t.holderPersonId),
]);

/**
 * One booking of one resource for `[starts_at, ends_at)`. `during` is generated from the two
 * instants; the exclusion constraint (custom migration, bookings.constraints.sql) forbids two
 * overlapping rows of the same resource while both are tentative, confirmed or checked in.
 */
export const bookings = pgTable('platform_booking', {
  id: idColumn(),
  resourceType: text('resource_type').notNull(),
  resourceId: uuid('resource_id').notNull(),
  startsAt: instant('starts_at').notNull(),
  endsAt: instant('ends_at').notNull(),
  during: tstzrange('during').notNull().generatedAlwaysAs(sql`tstzrange(starts_at, ends_at, '[)')`),
  state: text('state').$type<BookingState>().notNull(),
  /** Tentative holds lapse at this instant and then no longer block anyone. */
  expiresAt: instant('expires_at'),
  /** A confirmed booking not checked in by this instant is released as a no-show; null = no check-in needed. */
  noShowAt: instant('no_show_at'),
  holderAgencyId: uuid('holder_agency_id').notNull().references(() => agencies.id),
  holderPersonId: uuid('holder_person_id').references(() => people.id),
  /** The record of the owning module this booking serves, e.g. ('fleet.trip', <id>). */
  refType: text('ref_type'),
  refId: text('ref_id'),
  title: text('title'),
  seriesId: uuid('series_id').references(() => bookingSeries.id),
  checkedInAt: instant('checked_in_at'),
  releasedAt: instant('released_at'),
  /** 'expired' (hold lapsed), 'no_show', or 'early' (given back by the holder). */
  releaseReason: text('release_reason'),
  cancelledAt: instant('cancelled_at'),
  cancelReason: text('cancel_reason'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  check('platform_booking_range_ck', sql`${t.startsAt} < ${t.endsAt}`),
  check('platform_booking_state_ck', sql`${t.state} in ('tentative', 'confirmed', 'checked_in', 'released', 'cancelled')`),
  check('platform_booking_hold_ck', sql`${t.state} <> 'tentative' or ${t.expiresAt} is not null`),
  index('platform_booking_resource_idx').on(t.resourceType, t.resourceId, t.startsAt),
  index('platform_booking_starts_idx').on(t.startsAt),
  index('platform_booking_agency_idx').on(t.holderAgencyId),
  index('platform_booking_person_idx').on(t.holderPersonId),
  index('platform_booking_ref_idx').on(t.refType, t.refId),
  index('platform_booking_series_idx').on(t.seriesId),
  index('platform_booking_expiry_idx').on(t.expiresAt).where(sql`state = 'tentative'`),
  index('platform_booking_no_show_idx').on(t.noShowAt).where(sql`state = 'confirmed'`),
]);

export type BookingRow = typeof bookings.$inferSelect;
export type BookingSeriesRow = typeof bookingSeries.$inferSelect;
