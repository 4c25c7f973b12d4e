/**
 * 出车任务: list and detail by data scope (a driver, scope self, sees only their own trips),
 * departure and return with odometer readings on the vehicle's timeline, fees in fen, cancel
 * (releases the bookings, the requests wait for dispatch again), review of emergency trips,
 * GPS track import.
 */
import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { AppError, errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import { agencies } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { fleetDrivers } from '../db/drivers.table.js';
import { fleetTripRequests as R, fleetTrips as T, type FleetTrip, type TripStatus } from '../db/trips.table.js';
import { fleetVehicles } from '../db/vehicles.table.js';
import type { FleetContext } from '../fleet.context.js';
import { odometerRulesOn } from '../fuel/fleet-factors.js';
import { recordOdometer } from '../odometer/odometer.service.js';
import { tripFactor, tripFactorCodes } from './trip-factors.js';
import { parseTrack, summarizeTrack, trackMismatch } from './track.rules.js';

export interface TripFilter {
  status?: TripStatus[] | undefined;
  vehicleId?: string | undefined;
  driverId?: string | undefined;
  agencyId?: string | undefined;
  emergency?: boolean | undefined;
  reviewFlag?: boolean | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

export interface ReturnInput {
  at: Date;
  odometerKm: number;
  tollFen?: number | undefined;
  parkingFen?: number | undefined;
  otherFen?: number | undefined;
}

/** The trip's data scope: its agency; `self` means the driver's person. */
const scopeOf = { agencyId: T.agencyId, personId: sql`(select d.person_id from fleet_driver d where d.id = ${T.driverId})` };

const columns = {
  id: T.id, requestId: T.requestId, vehicleId: T.vehicleId, plate: fleetVehicles.plate, driverId: T.driverId, driverName: fleetDrivers.name,
  agencyId: T.agencyId, agencyName: agencies.name, plannedStart: T.plannedStart, plannedEnd: T.plannedEnd, origin: T.origin,
  destination: T.destination, purpose: T.purpose, passengerCount: T.passengerCount, departedAt: T.departedAt, returnedAt: T.returnedAt,
  departureKm: T.departureKm, returnKm: T.returnKm, km: T.km, tollFen: T.tollFen, parkingFen: T.parkingFen, otherFen: T.otherFen,
  status: T.status, emergency: T.emergency, reviewFlag: T.reviewFlag, reviewComment: T.reviewComment, reviewedAt: T.reviewedAt,
  rating: T.rating, flags: T.flags, trackPoints: T.trackPoints, trackKm: T.trackKm, cancelReason: T.cancelReason,
  createdAt: T.createdAt, updatedAt: T.updatedAt,
};

/** A request served by a trip, as the trip's detail lists it. */
export interface TripRequestRef { id: string; applicantPersonId: string | null; passengerCount: number; status: string; rating: number | null }

const rowKeys = (Object.keys(columns) as Array<keyof typeof columns>).filter((k): k is keyof typeof columns & keyof FleetTrip => k in T);

/**
 * The detail of a trip just written, from its row and the names already at hand: what `get`
 * would read back (dispatch answers with it instead of a second round trip).
 */
export function tripDetailOf(t: FleetTrip, names: { plate: string; driverName: string | null; agencyName: string }, requests: TripRequestRef[]) {
  const detail: Record<string, unknown> = { ...names, track: t.track, requests: [...requests].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
  for (const k of rowKeys) detail[k] = t[k];
  return detail as TripDetail;
}

const stateError = (t: { status: string }, want: string, wantEn: string) =>
  errors.conflict('FLEET_TRIP_STATE', `出车任务当前状态为“${t.status}”，${want}`, `The trip is ${t.status}; ${wantEn}`, { status: t.status });

export function createTripService(ctx: FleetContext) {
  const { db, bookings, dict } = ctx;

  function whereOf(scopes: readonly Scope[], f: TripFilter, extra?: SQL) {
    return and(
      scopeCondition(scopes, scopeOf), extra,
      f.status?.length ? inArray(T.status, f.status) : undefined,
      f.vehicleId ? eq(T.vehicleId, f.vehicleId) : undefined,
      f.driverId ? eq(T.driverId, f.driverId) : undefined,
      f.agencyId ? eq(T.agencyId, f.agencyId) : undefined,
      f.emergency !== undefined ? eq(T.emergency, f.emergency) : undefined,
      f.reviewFlag !== undefined ? eq(T.reviewFlag, f.reviewFlag) : undefined,
      f.from ? sql`${T.plannedEnd} > ${f.from.toISOString()}::timestamptz` : undefined,
      f.to ? sql`${T.plannedStart} < ${f.to.toISOString()}::timestamptz` : undefined,
      f.q ? or(ilike(fleetVehicles.plate, likePattern(f.q)), ilike(T.destination, likePattern(f.q)), ilike(T.purpose, likePattern(f.q))) : undefined,
    );
  }


  const joined = () => db.select(columns).from(T).innerJoin(fleetVehicles, eq(fleetVehicles.id, T.vehicleId))
    .leftJoin(fleetDrivers, eq(fleetDrivers.id, T.driverId)).innerJoin(agencies, eq(agencies.id, T.agencyId));

  async function list(scopes: readonly Scope[], f: TripFilter, limit: number, offset: number, extra?: SQL) {
    const where = whereOf(scopes, f, extra);
    const order = orderBy(f.sort, { plannedStart: T.plannedStart, returnedAt: T.returnedAt, km: T.km, status: T.status }, [desc(T.plannedStart), desc(T.id)]);
    const [items, [total]] = await Promise.all([
      joined().where(where).orderBy(...order).limit(limit).offset(offset),
      db.select({ n: count() }).from(T).innerJoin(fleetVehicles, eq(fleetVehicles.id, T.vehicleId)).where(where),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  /** 我的任务: the trips the caller drives (by default those still to depart or to return). */
  async function mine(scopes: readonly Scope[], personId: string | null, f: TripFilter, limit: number, offset: number) {
    if (!personId) return { items: [], total: 0 };
    const status = f.status?.length ? f.status : (['dispatched', 'departed'] as TripStatus[]);
    return list(scopes, { ...f, status, sort: f.sort ?? 'plannedStart:asc' }, limit, offset,
      sql`${T.driverId} in (select d.id from fleet_driver d where d.person_id = ${personId})`);
  }

  async function get(scopes: readonly Scope[], id: string) {
    // why one statement: the trip, its track and its requests in one round trip (read after every dispatch).
    const [row] = await db.select({
      ...columns, track: T.track,
      requests: sql<TripRequestRef[]>`coalesce((select json_agg(json_build_object('id', r.id, 'applicantPersonId', r.applicant_person_id, 'passengerCount', r.passenger_count, 'status', r.status, 'rating', r.rating) order by r.id)
        from ${R} r where r.trip_id = ${id}), '[]'::json)`,
    }).from(T).innerJoin(fleetVehicles, eq(fleetVehicles.id, T.vehicleId))
      .leftJoin(fleetDrivers, eq(fleetDrivers.id, T.driverId)).innerJoin(agencies, eq(agencies.id, T.agencyId))
      .where(and(eq(T.id, id), scopeCondition(scopes, scopeOf)));
    if (!row) throw errors.notFound('出车任务', 'Trip');
    return row;
  }

  async function lock(tx: Db, scopes: readonly Scope[], id: string): Promise<FleetTrip> {
    const [row] = await tx.select().from(T).where(and(eq(T.id, id), scopeCondition(scopes, scopeOf))).for('no key update');
    if (!row) throw errors.notFound('出车任务', 'Trip');
    return row;
  }

  const withFlags = (old: string[], drop: (f: string) => boolean, add: string[]) => [...new Set([...old.filter((f) => !drop(f)), ...add])];

  async function depart(actor: Actor, scopes: readonly Scope[], id: string, input: { at: Date; odometerKm: number }) {
    await db.transaction(async (tx) => {
      const t = await lock(tx, scopes, id);
      if (t.status !== 'dispatched') throw stateError(t, '只有已派车的任务可以登记出车', 'only a dispatched trip can depart');
      const { flags } = await recordOdometer(tx, { vehicleId: t.vehicleId, at: input.at, km: input.odometerKm, source: 'trip-departure', sourceId: id }, await odometerRulesOn(dict, input.at, tx));
      const [after] = await tx.update(T).set({
        status: 'departed', departedAt: input.at, departureKm: input.odometerKm, updatedAt: new Date(),
        flags: withFlags(t.flags, (f) => f.startsWith('departure:'), flags.map((f) => `departure:${f}`)),
      }).where(eq(T.id, id)).returning();
      await appendAudit(tx, actor, { action: 'fleet.trip.depart', objectType: 'fleet.trip', objectId: id, before: t, after });
    });
    return get(scopes, id);
  }

  async function gpsFlag(tx: Db, gpsKm: number | null, odoKm: number | null, on: Date): Promise<string[]> {
    if (gpsKm === null || odoKm === null) return [];
    const rule = { ratio: await tripFactor(dict, tripFactorCodes.trackRatio, on, tx), minKm: await tripFactor(dict, tripFactorCodes.trackMinKm, on, tx) };
    return trackMismatch(gpsKm, odoKm, rule) ? ['gps-mismatch'] : [];
  }

  async function releaseBooking(tx: Db, actor: Actor, bookingId: string) {
    try {
      await bookings.release(bookingId, { tx, actor });
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'BOOKING_STATE')) throw e;
    }
  }

  async function returnTrip(actor: Actor, scopes: readonly Scope[], id: string, input: ReturnInput) {
    await db.transaction(async (tx) => {
      const t = await lock(tx, scopes, id);
      if (t.status !== 'departed') throw stateError(t, '只有已出车的任务可以登记收车', 'only a departed trip can return');
      if (input.at <= t.departedAt!) {
        throw errors.rule('FLEET_RETURN_BEFORE_DEPARTURE', `收车时间须晚于出车时间 ${t.departedAt!.toISOString()}`, `The return must be after the departure at ${t.departedAt!.toISOString()}`, { departedAt: t.departedAt });
      }
      const { flags } = await recordOdometer(tx, { vehicleId: t.vehicleId, at: input.at, km: input.odometerKm, source: 'trip-return', sourceId: id }, await odometerRulesOn(dict, input.at, tx));
      const gps = await gpsFlag(tx, t.trackKm, input.odometerKm - (t.departureKm ?? input.odometerKm), input.at);
      const [after] = await tx.update(T).set({
        status: 'returned', returnedAt: input.at, returnKm: input.odometerKm, tollFen: input.tollFen ?? 0, parkingFen: input.parkingFen ?? 0,
        otherFen: input.otherFen ?? 0, updatedAt: new Date(),
        flags: withFlags(t.flags, (f) => f.startsWith('return:') || f === 'gps-mismatch', [...flags.map((f) => `return:${f}`), ...gps]),
      }).where(eq(T.id, id)).returning();
      await tx.update(R).set({ status: 'completed', updatedAt: new Date() }).where(eq(R.tripId, id));
      // why: back before the planned end, the vehicle and the driver are free again for the rest of the window.
      for (const b of [t.vehicleBookingId, t.driverBookingId]) if (b) await releaseBooking(tx, actor, b);
      await appendAudit(tx, actor, { action: 'fleet.trip.return', objectType: 'fleet.trip', objectId: id, before: t, after });
    });
    return get(scopes, id);
  }

  /** Cancels a trip not yet departed: its bookings are cancelled and its requests wait for dispatch again. */
  async function cancel(actor: Actor, scopes: readonly Scope[], id: string, reason: string) {
    await db.transaction(async (tx) => {
      const t = await lock(tx, scopes, id);
      if (t.status !== 'dispatched') throw stateError(t, '只有尚未出车的任务可以取消', 'only a trip not yet departed can be cancelled');
      for (const b of [t.vehicleBookingId, t.driverBookingId]) if (b) await bookings.cancel(b, { tx, actor, reason });
      const [after] = await tx.update(T).set({ status: 'cancelled', cancelReason: reason, updatedAt: new Date() }).where(eq(T.id, id)).returning();
      await tx.update(R).set({ status: 'approved', tripId: null, updatedAt: new Date() }).where(eq(R.tripId, id));
      await appendAudit(tx, actor, { action: 'fleet.trip.cancel', objectType: 'fleet.trip', objectId: id, before: t, after });
    });
    return get(scopes, id);
  }

  /** Clears the review flag of an emergency trip with the reviewer's comment. */
  async function review(actor: Actor, scopes: readonly Scope[], id: string, comment: string) {
    await db.transaction(async (tx) => {
      const t = await lock(tx, scopes, id);
      if (!t.reviewFlag) throw errors.conflict('FLEET_TRIP_NOT_FLAGGED', '该出车任务无需复核或已复核', 'The trip is not waiting for a review', { reviewedAt: t.reviewedAt });
      const [after] = await tx.update(T).set({ reviewFlag: false, reviewComment: comment, reviewedAt: new Date(), reviewedBy: actor.accountId, updatedAt: new Date() }).where(eq(T.id, id)).returning();
      await appendAudit(tx, actor, { action: 'fleet.trip.review', objectType: 'fleet.trip', objectId: id, before: t, after });
    });
    return get(scopes, id);
  }

  /** GPS track (GPX or CSV): haversine distance, summary and simplified polyline; flagged when far from the odometer. */
  async function importTrack(actor: Actor, scopes: readonly Scope[], id: string, body: string) {
    const s = summarizeTrack(parseTrack(body));
    await db.transaction(async (tx) => {
      const t = await lock(tx, scopes, id);
      if (t.status === 'cancelled') throw stateError(t, '已取消的任务不能导入轨迹', 'a cancelled trip takes no track');
      const odo = t.returnKm !== null && t.departureKm !== null ? t.returnKm - t.departureKm : null;
      const gps = await gpsFlag(tx, s.distanceKm, odo, t.returnedAt ?? t.plannedStart);
      const [after] = await tx.update(T).set({
        trackPoints: s.points, trackKm: s.distanceKm, updatedAt: new Date(),
        track: { startedAt: s.startedAt, endedAt: s.endedAt, maxSpeedKmh: s.maxSpeedKmh, polyline: s.polyline },
        flags: withFlags(t.flags, (f) => f === 'gps-mismatch', gps),
      }).where(eq(T.id, id)).returning({ trackPoints: T.trackPoints, trackKm: T.trackKm, flags: T.flags });
      await appendAudit(tx, actor, { action: 'fleet.trip.track', objectType: 'fleet.trip', objectId: id, before: { trackKm: t.trackKm, flags: t.flags }, after });
    });
    return get(scopes, id);
  }

  return { list, mine, get, depart, returnTrip, cancel, review, importTrack };
}

export type TripService = ReturnType<typeof createTripService>;
export type TripDetail = Awaited<ReturnType<TripService['get']>>;
