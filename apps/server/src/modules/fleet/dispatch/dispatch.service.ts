/**
 * 派车: a trip for one or several approved requests (carpool) or without approval (应急出车).
 * The vehicle and the driver are booked through the platform bookings engine in the same
 * transaction; its exclusion constraint makes double-booking impossible. A collision is a 409
 * naming the trip it collides with.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/types.js';
import { AppError, errors } from '../../../platform/http/errors.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { TimeWindow } from '../core/offerability.js';
import { fleetTripRequests as R, type FleetTripRequest } from '../db/trips.table.js';
import { fleetVehicles, type FleetVehicle } from '../db/vehicles.table.js';
import type { FleetContext } from '../fleet.context.js';
import { tripFactor, tripFactorCodes } from '../trips/trip-factors.js';
import { tripDetailOf, type TripDetail } from '../trips/trips.service.js';
import { dispatchAgencies } from './agencies.repo.js';
import { proposeCarpools } from './carpool.rules.js';
import { DRIVER, VEHICLE, checkVehicle, driverCandidates, fitDriver, fitVehicle, maxPoolSeats, requestWithVehicle, holderOfBooking, insertTrip, vehicleCandidates, type Sealing } from './dispatch.repo.js';
import { rankDrivers, rankVehicles, seatsNeeded } from './ranking.rules.js';

export interface Assignment {
  vehicleId: string;
  driverId?: string | null | undefined;
}

export interface EmergencyInput extends Assignment {
  agencyId: string;
  plannedStart: Date;
  plannedEnd: Date;
  origin: string;
  destination: string;
  purpose: string;
  passengerCount: number;
}

interface TripSpec extends Assignment {
  agencyId: string;
  window: TimeWindow;
  passengers: number;
  needDriver: boolean;
  origin: string;
  destination: string;
  purpose: string;
  emergency: boolean;
  requests: FleetTripRequest[];
  holderPersonId: string | null;
  /** The vehicle already read (and share-locked) with the request, with its sealing, when it was. */
  vehicle?: { row: FleetVehicle; sealed: Sealing | null } | undefined;
}

const fmt = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const lastOf = (a: readonly string[]) => a[a.length - 1] ?? '';

export function createDispatchService(ctx: FleetContext) {
  const { db, bookings, dict } = ctx;

  async function assertScope(tx: Db, scopes: readonly Scope[], agencyId: string, what: string, whatEn: string) {
    if (!(await inScope(tx, scopes, { agencyId }))) throw errors.notFound(what, whatEn);
  }

  /** Books one resource; the engine's collision becomes a 409 naming the trip that holds it. */
  async function book(tx: Db, actor: Actor, resourceType: string, resourceId: string, label: string, spec: TripSpec, tripId: string) {
    try {
      const b = await bookings.book({
        resourceType, resourceId, range: [spec.window.from, spec.window.to], holder: { agencyId: spec.agencyId, personId: spec.holderPersonId },
        ref: { type: 'fleet.trip', id: tripId }, title: `${label}：${spec.destination}`, checkInGraceMinutes: null,
      }, { tx, actor });
      return b.id;
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'BOOKING_CONFLICT') throw e;
      const bookingId = e.ref?.bookingId as string | undefined;
      const held = bookingId ? await holderOfBooking(tx, bookingId) : null;
      const other = held?.trip ?? null;
      const what = resourceType === VEHICLE ? '车辆' : '驾驶员';
      const whatEn = resourceType === VEHICLE ? 'vehicle' : 'driver';
      const when = other ? `${fmt(other.plannedStart)} 至 ${fmt(other.plannedEnd)}` : '';
      throw errors.conflict(resourceType === VEHICLE ? 'FLEET_VEHICLE_BOOKED' : 'FLEET_DRIVER_BOOKED',
        other ? `${what}${label}在 ${when} 已派给出车任务（${other.destination ?? ''}），与本次时段冲突` : `${what}${label}在该时段已被占用${held?.title ? `（${held.title}）` : ''}`,
        other ? `The ${whatEn} ${label} is already on trip ${other.id} (${other.plannedStart.toISOString()}–${other.plannedEnd.toISOString()})` : `The ${whatEn} ${label} is booked in this window`,
        { ...(e.ref ?? {}), tripId: other?.id ?? null });
    }
  }

  /** Tells the applicants (vehicle, driver, time) and the driver (the task) in the same transaction. */
  async function notifyDispatch(tx: Db, spec: TripSpec, plate: string, d: { name: string; accountIds: string[] } | null) {
    const when = `${fmt(spec.window.from)} 至 ${fmt(spec.window.to)}`;
    const applicants = spec.requests.map((r) => r.applicantAccountId);
    if (applicants.length) {
      await ctx.notify.send(tx, { to: applicants, title: `用车已派车：${plate}`, body: `${when}，车辆 ${plate}${d ? `，驾驶员 ${d.name}` : '（自驾）'}，目的地 ${spec.destination}`, link: `/fleet/trip-requests/${spec.requests[0]!.id}` });
    }
    if (d?.accountIds.length) {
      await ctx.notify.send(tx, { to: d.accountIds, title: `${spec.emergency ? '应急' : ''}出车任务：${plate}`, body: `${when}，${spec.origin} → ${spec.destination}，${spec.passengers} 人`, link: '/m/fleet/tasks' });
    }
  }

  /** Checks, books vehicle and driver, inserts the trip, marks the requests dispatched, audits; answers the trip's detail. */
  async function createTrip(tx: Db, actor: Actor, scopes: readonly Scope[], spec: TripSpec): Promise<TripDetail> {
    if (spec.needDriver && !spec.driverId) throw errors.validation([{ path: 'driverId', code: 'REQUIRED', message: '该申请需要驾驶员，请选择驾驶员' }]);
    const seats = seatsNeeded(spec.passengers, !!spec.driverId);
    const v = spec.vehicle ? checkVehicle(spec.vehicle.row, spec.vehicle.sealed, seats) : await fitVehicle(tx, spec.vehicleId, spec.window, seats);
    await assertScope(tx, scopes, v.agencyId, '车辆', 'Vehicle');
    const d = spec.driverId ? await fitDriver(tx, spec.driverId, spec.window, v) : null;
    if (d) await assertScope(tx, scopes, d.agencyId, '驾驶员', 'Driver');
    const id = newId();
    // why book first: the trip row is then written once, with its bookings.
    const vehicleBookingId = await book(tx, actor, VEHICLE, v.id, v.plate, spec, id);
    const driverBookingId = d ? await book(tx, actor, DRIVER, d.id, d.name, spec, id) : null;
    // why in the trip's statement: marks the requests dispatched only if they still wait for it (one
    // read without a lock that another dispatcher took meanwhile is a 409, and everything rolls back).
    const requestIds = spec.requests.map((r) => r.id);
    const row = await insertTrip(tx, {
      id, requestId: spec.requests[0]?.id ?? null, vehicleId: v.id, driverId: d?.id ?? null, agencyId: spec.agencyId,
      plannedStart: spec.window.from, plannedEnd: spec.window.to, origin: spec.origin, destination: spec.destination, purpose: spec.purpose,
      passengerCount: spec.passengers, emergency: spec.emergency, reviewFlag: spec.emergency, dispatchedBy: actor.accountId,
      vehicleBookingId, driverBookingId,
    }, requestIds);
    const { agencyName, marked: n, ...t } = row;
    if (n < requestIds.length) {
      throw errors.conflict('FLEET_REQUEST_STATE', '该用车申请刚刚已被派车，请刷新后查看', 'The request was dispatched meanwhile', { requestIds });
    }
    await appendAudit(tx, actor, { action: spec.emergency ? 'fleet.trip.emergency' : 'fleet.trip.dispatch', objectType: 'fleet.trip', objectId: id, after: { ...t, requestIds } });
    await notifyDispatch(tx, spec, v.plate, d);
    return tripDetailOf(t, { plate: v.plate, driverName: d?.name ?? null, agencyName }, spec.requests.map((r) => ({
      id: r.id, applicantPersonId: r.applicantPersonId, passengerCount: r.passengerCount, status: 'dispatched', rating: r.rating,
    })));
  }

  function assertWaiting(r: FleetTripRequest) {
    if (r.status !== 'approved' || r.tripId) {
      throw errors.conflict('FLEET_REQUEST_STATE', `用车申请当前状态为“${r.status}”，只有审批通过、尚未派车的申请可以派车`, `Only an approved, undispatched request can be dispatched (this one is ${r.status})`, { requestId: r.id, status: r.status });
    }
  }

  /** Locks approved, undispatched requests inside the scopes; 404 outside, 409 in another state. */
  async function lockRequests(tx: Db, scopes: readonly Scope[], ids: string[]) {
    const rows = await tx.select().from(R).where(and(inArray(R.id, ids), scopeCondition(scopes, { agencyId: R.agencyId, departmentId: R.departmentId, personId: R.applicantPersonId })))
      .orderBy(asc(R.id)).for('no key update');
    for (const id of ids) if (!rows.some((r) => r.id === id)) throw errors.notFound('用车申请', 'Trip request');
    rows.forEach(assertWaiting);
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }

  function specOf(reqs: FleetTripRequest[], a: Assignment): TripSpec {
    const first = reqs[0]!;
    return {
      ...a, agencyId: first.agencyId, holderPersonId: reqs.length === 1 ? first.applicantPersonId : null,
      window: { from: new Date(Math.min(...reqs.map((r) => r.plannedStart.getTime()))), to: new Date(Math.max(...reqs.map((r) => r.plannedEnd.getTime()))) },
      passengers: reqs.reduce((n, r) => n + r.passengerCount, 0), needDriver: reqs.some((r) => r.needDriver),
      origin: first.origin, destination: [...new Set(reqs.map((r) => lastOf(r.destinations)))].join('、'),
      purpose: reqs.map((r) => r.purpose).join('；'), emergency: false, requests: reqs,
    };
  }

  async function dispatch(actor: Actor, scopes: readonly Scope[], requestId: string, a: Assignment) {
    return db.transaction(async (tx) => {
      const found = await requestWithVehicle(tx, scopes, requestId, a.vehicleId);
      // why the slower path: it names what is missing, the request or the vehicle.
      if (!found) return createTrip(tx, actor, scopes, specOf(await lockRequests(tx, scopes, [requestId]), a));
      assertWaiting(found.request);
      return createTrip(tx, actor, scopes, { ...specOf([found.request], a), vehicle: { row: found.vehicle, sealed: found.sealed } });
    });
  }

  /** 拼车: several approved requests onto one trip over the union of their windows. */
  async function merge(actor: Actor, scopes: readonly Scope[], requestIds: string[], a: Assignment) {
    const ids = [...new Set(requestIds)];
    if (ids.length < 2) throw errors.validation([{ path: 'requestIds', code: 'TOO_FEW', message: '拼车至少需要 2 个申请' }]);
    return db.transaction(async (tx) => {
      const reqs = await lockRequests(tx, scopes, ids);
      reqs.sort((x, y) => x.plannedStart.getTime() - y.plannedStart.getTime());
      return createTrip(tx, actor, scopes, specOf(reqs, a));
    });
  }

  /** 应急出车: no prior approval; flagged for review afterwards. */
  async function emergency(actor: Actor, scopes: readonly Scope[], input: EmergencyInput) {
    if (input.plannedEnd <= input.plannedStart) throw errors.validation([{ path: 'plannedEnd', code: 'WINDOW_ORDER', message: '结束时间须晚于开始时间' }]);
    return db.transaction(async (tx) => {
      await assertScope(tx, scopes, input.agencyId, '单位', 'Agency');
      return createTrip(tx, actor, scopes, {
        vehicleId: input.vehicleId, driverId: input.driverId ?? null, agencyId: input.agencyId, holderPersonId: null,
        window: { from: input.plannedStart, to: input.plannedEnd }, passengers: input.passengerCount, needDriver: true,
        origin: input.origin, destination: input.destination, purpose: input.purpose, emergency: true, requests: [],
      });
    });
  }

  /** Ranked free vehicles and drivers for a window, with the reasons. */
  async function suggest(scopes: readonly Scope[], need: { agencyId: string; window: TimeWindow; passengers: number; inCity: boolean; needDriver: boolean; emergency: boolean; vehicleId?: string | undefined }) {
    const seats = seatsNeeded(need.passengers, need.needDriver);
    const [vehicles, chosen] = await Promise.all([
      vehicleCandidates(db, bookings, scopes, need.window, { agencyId: need.agencyId, seats, inCity: need.inCity }),
      need.vehicleId ? db.select({ seats: fleetVehicles.seats }).from(fleetVehicles).where(eq(fleetVehicles.id, need.vehicleId)) : Promise.resolve([]),
    ]);
    const drivers = need.needDriver
      ? await driverCandidates(db, bookings, scopes, need.window, { agencyId: need.agencyId, emergency: need.emergency, vehicleSeats: chosen[0]?.seats ?? null })
      : [];
    const n = { agencyId: need.agencyId, passengers: need.passengers, inCity: need.inCity, emergency: need.emergency };
    return {
      seatsNeeded: seats,
      vehicles: rankVehicles(n, seats, vehicles).map((r) => ({ ...r.item, rank: r.rank, reasons: r.reasons, reasonTexts: r.reasonTexts })),
      drivers: rankDrivers(n, drivers).map((r) => ({ ...r.item, rank: r.rank, reasons: r.reasons, reasonTexts: r.reasonTexts })),
    };
  }

  async function suggestForRequest(scopes: readonly Scope[], requestId: string, vehicleId?: string) {
    const [r] = await db.select().from(R).where(and(eq(R.id, requestId), scopeCondition(scopes, { agencyId: R.agencyId, departmentId: R.departmentId, personId: R.applicantPersonId })));
    if (!r) throw errors.notFound('用车申请', 'Trip request');
    return suggest(scopes, {
      agencyId: r.agencyId, window: { from: r.plannedStart, to: r.plannedEnd }, passengers: r.passengerCount, inCity: r.inCity,
      needDriver: r.needDriver, emergency: false, vehicleId,
    });
  }

  /** 拼车建议 among approved, undispatched requests (at most 500, earliest first) in the window. */
  async function carpoolProposals(scopes: readonly Scope[], f: { from: Date; to: Date }) {
    const nearKm = await tripFactor(dict, tripFactorCodes.carpoolNearKm, f.from);
    const rows = await db.select().from(R).where(and(
      eq(R.status, 'approved'), isNull(R.tripId), scopeCondition(scopes, { agencyId: R.agencyId, departmentId: R.departmentId, personId: R.applicantPersonId }),
      sql`${R.plannedEnd} > ${f.from.toISOString()}::timestamptz`, sql`${R.plannedStart} < ${f.to.toISOString()}::timestamptz`,
    )).orderBy(asc(R.plannedStart), asc(R.id)).limit(500);
    if (rows.length < 2) return { items: [], total: 0 };
    const maxSeats = await maxPoolSeats(db, scopes);
    const items = proposeCarpools(rows.map((r) => ({
      id: r.id, start: r.plannedStart, end: r.plannedEnd, destinations: r.destinations, destLat: r.destLat, destLon: r.destLon, passengers: r.passengerCount, needDriver: r.needDriver,
    })), { maxSeats, nearKm });
    return { items, total: items.length };
  }

  /** The agencies the dispatcher may dispatch for (the 应急派车 form's 单位). */
  const agencies = (scopes: readonly Scope[], f: { q?: string | undefined }, limit: number, offset: number) => dispatchAgencies(db, scopes, f, limit, offset);

  return { dispatch, merge, emergency, suggest, suggestForRequest, carpoolProposals, createTrip, agencies };
}

export type DispatchService = ReturnType<typeof createDispatchService>;
