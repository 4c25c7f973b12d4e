/** The SQL underneath the bookings service: guarded insert, lapsed holds, collision look-up. */
import { and, eq, getTableColumns, inArray, lte, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { newId } from '../db/columns.js';
import { prepared } from '../db/prepared.js';
import type { Db } from '../db/types.js';
import { bookingConflict, type Collision } from './bookings.errors.js';
import { activeBookingStates, bookings, type BookingRow } from './bookings.table.js';

export const systemActor: Actor = { accountId: null, name: 'system', ip: null };

/** A booking as the service returns it (everything but the generated range column). */
export type Booking = Omit<BookingRow, 'during'>;
const { during: _during, ...columns } = getTableColumns(bookings);
export const bookingColumns = columns;

export const rangeSql = (from: Date, to: Date) => sql`tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`;

/** Rows of the resource that hold it (lapsed holds excluded) and overlap [from, to). */
export function holding(resourceType: string, resourceId: unknown, from: Date, to: Date, now: Date) {
  return and(
    eq(bookings.resourceType, resourceType),
    sql`${bookings.resourceId} = ${resourceId}`,
    inArray(bookings.state, [...activeBookingStates]),
    sql`not (${bookings.state} = 'tentative' and ${bookings.expiresAt} <= ${now.toISOString()}::timestamptz)`,
    sql`${bookings.during} && ${rangeSql(from, to)}`,
  );
}

/** The first row that blocks [from, to) for this resource — what an insert collided with. */
export async function findCollision(tx: Db, resourceType: string, resourceId: string, from: Date, to: Date): Promise<Collision | undefined> {
  const [row] = await tx.select({ bookingId: bookings.id, state: bookings.state, startsAt: bookings.startsAt, endsAt: bookings.endsAt })
    .from(bookings)
    .where(and(eq(bookings.resourceType, resourceType), eq(bookings.resourceId, resourceId),
      inArray(bookings.state, [...activeBookingStates]), sql`${bookings.during} && ${rangeSql(from, to)}`))
    .orderBy(bookings.startsAt).limit(1);
  return row;
}

/**
 * Releases the lapsed tentative holds of one resource that overlap [from, to), so that they no
 * longer trip the exclusion constraint. Runs in the booking's transaction, before its insert;
 * two transactions releasing the same hold serialise on its row lock.
 */
export async function releaseLapsedHolds(tx: Db, resourceType: string, resourceId: string, from: Date, to: Date, now: Date): Promise<Booking[]> {
  const rows = await tx.update(bookings)
    .set({ state: 'released', releaseReason: 'expired', releasedAt: now, updatedAt: now })
    .where(and(eq(bookings.resourceType, resourceType), eq(bookings.resourceId, resourceId), eq(bookings.state, 'tentative'),
      lte(bookings.expiresAt, now), sql`${bookings.during} && ${rangeSql(from, to)}`))
    .returning(bookingColumns);
  for (const r of rows) {
    await appendAudit(tx, systemActor, { action: 'platform.booking.expire', objectType: 'booking', objectId: r.id, after: r });
  }
  return rows;
}

export type NewBooking = typeof bookings.$inferInsert;

/** The columns a new booking is written with (any other starts empty). */
const insertColumns = ['id', 'resourceType', 'resourceId', 'startsAt', 'endsAt', 'state', 'expiresAt', 'noShowAt', 'holderAgencyId', 'holderPersonId',
  'refType', 'refId', 'title', 'seriesId', 'createdBy', 'createdAt', 'updatedAt'] as const;
// why prepared: every booking of every module goes through it (see platform/db/prepared.ts).
const insertOrNothing = prepared('platform_booking_insert', (db) => db.insert(bookings)
  .values(Object.fromEntries(insertColumns.map((c) => [c, sql.placeholder(c)])) as unknown as NewBooking).onConflictDoNothing().returning(bookingColumns));

/**
 * Inserts one booking unless it collides: `ON CONFLICT DO NOTHING` lets the exclusion constraint
 * arbitrate (waiting for a concurrent transaction that holds an overlapping row) without aborting
 * the caller's transaction. On a collision, the lapsed tentative holds in the way are released and
 * the insert is tried once more; a collision that remains becomes the 409 BOOKING_CONFLICT naming
 * the colliding row. Releasing holds only on a collision keeps the common case to one statement.
 */
export async function insertGuarded(tx: Db, values: NewBooking, now: Date): Promise<Booking> {
  const given: Record<string, unknown> = Object.fromEntries(insertColumns.map((c) => [c, values[c] ?? null]));
  given.id ??= newId();
  const insert = async () => (await insertOrNothing(tx, given))[0];
  const row = await insert() ?? ((await releaseLapsedHolds(tx, values.resourceType, values.resourceId, values.startsAt, values.endsAt, now)).length ? await insert() : undefined);
  if (row) return row;
  const collision = await findCollision(tx, values.resourceType, values.resourceId, values.startsAt, values.endsAt);
  throw bookingConflict(values.resourceType, values.resourceId, collision);
}
