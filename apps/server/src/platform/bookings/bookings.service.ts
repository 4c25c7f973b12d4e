import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { TIME_ZONE } from '../db/database.js';
import type { Db } from '../db/types.js';
import { AppError, errors } from '../http/errors.js';
import { inScope, scopeCondition, type Scope } from '../rbac/scope.js';
import { badRange, bookingNotFound, bookingState, checkInWindow, holdExpired, type Collision } from './bookings.errors.js';
import { expandRecurrence } from './bookings.recurrence.js';
import { bookingColumns, insertGuarded, releaseLapsedHolds, systemActor, type Booking, type NewBooking } from './bookings.store.js';
import { bookings, bookingSeries, type BookingState } from './bookings.table.js';

export type BookingEventType = 'platform.booking.held' | 'platform.booking.confirmed' | 'platform.booking.cancelled'
  | 'platform.booking.checked-in' | 'platform.booking.released';
export interface BookingEvent { type: BookingEventType; booking: Booking }

export interface BookingsDeps {
  /** Now; injectable for tests. */
  clock?: () => Date;
  /** Called inside the writing transaction for every state change (the outbox plugs in here). */
  publish?: (tx: Db, event: BookingEvent) => Promise<void>;
  timeZone?: string;
  /** How long a tentative hold lasts unless the call says otherwise. */
  defaultHoldMinutes?: number;
  /** Check-in opens this long before the start (and closes at the end). */
  checkInOpensMinutes?: number;
}

/** Per call: join the caller's transaction, name the actor for the audit trail, limit to data scopes (REST). */
export interface BookingContext {
  tx?: Db | undefined;
  actor?: Actor | undefined;
  scopes?: readonly Scope[] | undefined;
}

export interface BookingRequest {
  resourceType: string;
  resourceId: string;
  /** Half-open `[start, end)`. */
  range: readonly [Date, Date];
  holder: { agencyId: string; personId?: string | null | undefined };
  /** The owning module's record, e.g. `{ type: 'fleet.trip', id }`. */
  ref?: { type: string; id: string } | null | undefined;
  title?: string | null | undefined;
  /** Minutes after the start by which the holder must check in, else released as a no-show; null = no check-in. */
  checkInGraceMinutes?: number | null | undefined;
}
export interface HoldRequest extends BookingRequest { holdMinutes?: number | undefined }
export interface RecurringRequest extends BookingRequest {
  /** RFC 5545 RRULE value; `range` is the first occurrence. */
  rrule: string;
  /** Horizon (inclusive) on top of the rule's COUNT / UNTIL. */
  until?: Date | undefined;
  /** Book nothing when any occurrence collides (default: book the free ones). */
  allOrNothing?: boolean | undefined;
  /** Book the occurrences as tentative holds instead of confirmed. */
  hold?: boolean | undefined;
  holdMinutes?: number | undefined;
}
export interface OccurrenceConflict { startsAt: Date; endsAt: Date; conflict: AppError; with: Collision | undefined }
export interface RecurringResult { seriesId: string | null; booked: Booking[]; conflicts: OccurrenceConflict[] }

const MINUTE = 60_000;
const RESOURCE_TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

export function createBookingsService(db: Db, deps: BookingsDeps = {}) {
  const clock = deps.clock ?? (() => new Date());
  const timeZone = deps.timeZone ?? TIME_ZONE;
  const inTx = <T>(ctx: BookingContext, fn: (tx: Db) => Promise<T>): Promise<T> => (ctx.tx ? fn(ctx.tx) : db.transaction(fn));
  const emit = async (tx: Db, type: BookingEventType, booking: Booking) => { if (deps.publish) await deps.publish(tx, { type, booking }); };
  const scoped = (scopes: readonly Scope[] | undefined) =>
    (scopes ? scopeCondition(scopes, { agencyId: bookings.holderAgencyId, personId: bookings.holderPersonId }) : undefined);

  function validate(req: BookingRequest): void {
    const [start, end] = req.range;
    if (!RESOURCE_TYPE.test(req.resourceType)) throw errors.validation([{ path: 'resourceType', code: 'BAD_RESOURCE_TYPE', message: '资源类型应形如 fleet.vehicle' }]);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start >= end) throw badRange();
  }

  async function assertHolderInScope(tx: Db, ctx: BookingContext, holder: BookingRequest['holder']) {
    if (ctx.scopes && !(await inScope(tx, ctx.scopes, { agencyId: holder.agencyId, personId: holder.personId ?? null }))) throw errors.forbidden();
  }

  function rowOf(req: BookingRequest, state: BookingState, now: Date, ctx: BookingContext, extra: Partial<NewBooking> = {}): NewBooking {
    const [startsAt, endsAt] = req.range;
    const grace = req.checkInGraceMinutes;
    return {
      resourceType: req.resourceType, resourceId: req.resourceId, startsAt, endsAt, state,
      noShowAt: grace === null || grace === undefined ? null : new Date(startsAt.getTime() + grace * MINUTE),
      holderAgencyId: req.holder.agencyId, holderPersonId: req.holder.personId ?? null,
      refType: req.ref?.type ?? null, refId: req.ref?.id ?? null, title: req.title ?? null,
      createdBy: ctx.actor?.accountId ?? null, createdAt: now, updatedAt: now, ...extra,
    };
  }

  async function create(req: HoldRequest, state: 'tentative' | 'confirmed', ctx: BookingContext): Promise<Booking> {
    validate(req);
    return inTx(ctx, async (tx) => {
      const now = clock();
      await assertHolderInScope(tx, ctx, req.holder);
      const expiresAt = state === 'tentative' ? new Date(now.getTime() + (req.holdMinutes ?? deps.defaultHoldMinutes ?? 15) * MINUTE) : null;
      const row = await insertGuarded(tx, rowOf(req, state, now, ctx, { expiresAt }), now);
      await appendAudit(tx, ctx.actor ?? systemActor, { action: state === 'tentative' ? 'platform.booking.hold' : 'platform.booking.create', objectType: 'booking', objectId: row.id, after: row });
      await emit(tx, state === 'tentative' ? 'platform.booking.held' : 'platform.booking.confirmed', row);
      return row;
    });
  }

  interface Transition {
    from: readonly BookingState[];
    zh: string;
    en: string;
    audit: string;
    event: BookingEventType;
    check?: (row: Booking, now: Date) => void;
    set: (row: Booking, now: Date) => Partial<NewBooking>;
  }

  async function transition(id: string, ctx: BookingContext, t: Transition): Promise<Booking> {
    return inTx(ctx, async (tx) => {
      const now = clock();
      const [before] = await tx.select(bookingColumns).from(bookings).where(and(eq(bookings.id, id), scoped(ctx.scopes))).for('no key update');
      if (!before) throw bookingNotFound();
      if (!t.from.includes(before.state)) throw bookingState(id, before.state, t.zh, t.en);
      t.check?.(before, now);
      const [after] = await tx.update(bookings).set({ ...t.set(before, now), updatedAt: now }).where(eq(bookings.id, id)).returning(bookingColumns);
      await appendAudit(tx, ctx.actor ?? systemActor, { action: t.audit, objectType: 'booking', objectId: id, before, after });
      await emit(tx, t.event, after!);
      return after!;
    });
  }

  const cancelling = (reason: string | null | undefined): Transition => ({
    from: ['tentative', 'confirmed'], zh: '取消', en: 'cancelled', audit: 'platform.booking.cancel', event: 'platform.booking.cancelled',
    set: (_row, now) => ({ state: 'cancelled', cancelledAt: now, cancelReason: reason ?? null }),
  });

  /** Releases, in batches, the rows a sweep finds (lapsed holds or no-shows); safe with several processes. */
  async function sweep(kind: 'expired' | 'no_show', now: Date): Promise<Booking[]> {
    const out: Booking[] = [];
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        const due = kind === 'expired'
          ? and(eq(bookings.state, 'tentative'), lte(bookings.expiresAt, now))
          : and(eq(bookings.state, 'confirmed'), lte(bookings.noShowAt, now));
        const ids = tx.select({ id: bookings.id }).from(bookings).where(due).limit(200).for('no key update', { skipLocked: true });
        const rows = await tx.update(bookings).set({ state: 'released', releaseReason: kind, releasedAt: now, updatedAt: now })
          .where(inArray(bookings.id, ids)).returning(bookingColumns);
        for (const r of rows) {
          await appendAudit(tx, systemActor, { action: kind === 'expired' ? 'platform.booking.expire' : 'platform.booking.no-show', objectType: 'booking', objectId: r.id, after: r });
          await emit(tx, 'platform.booking.released', r);
        }
        return rows;
      });
      out.push(...batch);
      if (batch.length < 200) return out;
    }
  }

  async function bookRecurring(req: RecurringRequest, ctx: BookingContext = {}): Promise<RecurringResult> {
    validate(req);
    const ranges = expandRecurrence({ rrule: req.rrule, firstStart: req.range[0], firstEnd: req.range[1], timeZone, until: req.until });
    if (ranges.length === 0) return { seriesId: null, booked: [], conflicts: [] };
    const rollback = new Error('all-or-nothing');
    const result: RecurringResult = { seriesId: null, booked: [], conflicts: [] };
    const run = (tx: Db) => tx.transaction(async (sp) => {
      const now = clock();
      await assertHolderInScope(sp, ctx, req.holder);
      await releaseLapsedHolds(sp, req.resourceType, req.resourceId, ranges[0]![0], ranges.at(-1)![1], now);
      const [series] = await sp.insert(bookingSeries).values({
        resourceType: req.resourceType, resourceId: req.resourceId, rrule: req.rrule.trim().replace(/^RRULE:/i, '').toUpperCase(),
        firstStartsAt: req.range[0], durationSeconds: Math.round((req.range[1].getTime() - req.range[0].getTime()) / 1000), timeZone,
        holderAgencyId: req.holder.agencyId, holderPersonId: req.holder.personId ?? null, createdBy: ctx.actor?.accountId ?? null, createdAt: now,
      }).returning();
      const state = req.hold ? 'tentative' : 'confirmed';
      const expiresAt = req.hold ? new Date(now.getTime() + (req.holdMinutes ?? deps.defaultHoldMinutes ?? 15) * MINUTE) : null;
      for (const [startsAt, endsAt] of ranges) {
        try {
          const row = await insertGuarded(sp, rowOf({ ...req, range: [startsAt, endsAt] }, state, now, ctx, { expiresAt, seriesId: series!.id }), now);
          await appendAudit(sp, ctx.actor ?? systemActor, { action: req.hold ? 'platform.booking.hold' : 'platform.booking.create', objectType: 'booking', objectId: row.id, after: row });
          await emit(sp, req.hold ? 'platform.booking.held' : 'platform.booking.confirmed', row);
          result.booked.push(row);
        } catch (e) {
          if (!(e instanceof AppError) || e.code !== 'BOOKING_CONFLICT') throw e;
          const w = e.ref?.bookingId ? { bookingId: String(e.ref.bookingId), state: e.ref.state as BookingState, startsAt: new Date(String(e.ref.startsAt)), endsAt: new Date(String(e.ref.endsAt)) } : undefined;
          result.conflicts.push({ startsAt, endsAt, conflict: e, with: w });
        }
      }
      if (result.booked.length === 0 || (req.allOrNothing && result.conflicts.length > 0)) throw rollback;
      result.seriesId = series!.id;
      await appendAudit(sp, ctx.actor ?? systemActor, { action: 'platform.booking.series.create', objectType: 'booking-series', objectId: series!.id, after: { ...series, booked: result.booked.length, conflicts: result.conflicts.length } });
    });
    try {
      await inTx(ctx, run);
    } catch (e) {
      if (e !== rollback) throw e;
      return { seriesId: null, booked: [], conflicts: result.conflicts };
    }
    return result;
  }

  return {
    /** A tentative hold that lapses after `holdMinutes` (default 15) unless confirmed. */
    hold: (req: HoldRequest, ctx: BookingContext = {}) => create(req, 'tentative', ctx),
    /** A confirmed booking straight away. */
    book: (req: BookingRequest, ctx: BookingContext = {}) => create(req, 'confirmed', ctx),
    bookRecurring,
    confirm: (id: string, ctx: BookingContext = {}) => transition(id, ctx, {
      from: ['tentative'], zh: '确认', en: 'confirmed', audit: 'platform.booking.confirm', event: 'platform.booking.confirmed',
      check: (row, now) => { if (row.expiresAt && row.expiresAt <= now) throw holdExpired(id, row.expiresAt); },
      set: () => ({ state: 'confirmed', expiresAt: null }),
    }),
    cancel: (id: string, ctx: BookingContext & { reason?: string | null | undefined } = {}) => transition(id, ctx, cancelling(ctx.reason)),
    checkIn: (id: string, ctx: BookingContext = {}) => transition(id, ctx, {
      from: ['confirmed'], zh: '签到', en: 'checked in', audit: 'platform.booking.check-in', event: 'platform.booking.checked-in',
      check: (row, now) => {
        const opens = new Date(row.startsAt.getTime() - (deps.checkInOpensMinutes ?? 30) * MINUTE);
        if (now < opens || now >= row.endsAt) throw checkInWindow(id, opens, row.endsAt);
      },
      set: (_row, now) => ({ state: 'checked_in', checkedInAt: now }),
    }),
    /** Gives a confirmed or checked-in booking back early; the resource is free again from now. */
    release: (id: string, ctx: BookingContext = {}) => transition(id, ctx, {
      from: ['confirmed', 'checked_in'], zh: '释放', en: 'released', audit: 'platform.booking.release', event: 'platform.booking.released',
      set: (_row, now) => ({ state: 'released', releaseReason: 'early', releasedAt: now }),
    }),
    /** Releases confirmed bookings whose check-in deadline has passed (run every minute by a job). */
    releaseNoShows: (now: Date = clock()) => sweep('no_show', now),
    /** Marks lapsed tentative holds released (they already stop blocking when they lapse). */
    expireHolds: (now: Date = clock()) => sweep('expired', now),
    /** Cancels the occurrences of a series that start at or after `from` (default now) and are not yet used. */
    async cancelSeries(seriesId: string, ctx: BookingContext & { from?: Date; reason?: string | null } = {}): Promise<Booking[]> {
      const ids = await (ctx.tx ?? db).select({ id: bookings.id }).from(bookings)
        .where(and(eq(bookings.seriesId, seriesId), inArray(bookings.state, ['tentative', 'confirmed']), gte(bookings.startsAt, ctx.from ?? clock()), scoped(ctx.scopes)));
      return inTx(ctx, async (tx) => {
        const out: Booking[] = [];
        for (const { id } of ids) out.push(await transition(id, { ...ctx, tx }, cancelling(ctx.reason)));
        return out;
      });
    },
  };
}

export type BookingsService = ReturnType<typeof createBookingsService>;
