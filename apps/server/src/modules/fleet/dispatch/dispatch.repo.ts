/**
 * What dispatch reads: a vehicle's and a driver's fitness for a window (with the rule named when
 * refused) and the free, offerable candidates for a window, with this month's use.
 */
import { and, asc, eq, getTableColumns, isNull, sql, type SQL } from 'drizzle-orm';
import { prepared } from '../../../platform/db/prepared.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { bookings, type BookingsApi } from '../../../platform/bookings/index.js';
import { rowInScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { driverOfferableSql, shanghaiDate, vehicleOfferableSql, type TimeWindow } from '../core/offerability.js';
import { fleetDrivers, licenceClasses, licenceCovers, requiredLicenceClass, type FleetDriver } from '../db/drivers.table.js';
import { fleetTripRequests, fleetTrips } from '../db/trips.table.js';
import { fleetVehicles, vehicleStatuses, type FleetVehicle } from '../db/vehicles.table.js';
import type { DriverCandidate, VehicleCandidate } from './ranking.rules.js';

export const VEHICLE = 'fleet.vehicle';
export const DRIVER = 'fleet.driver';

const UUID_TEXT = '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$';
const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const fmt = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Start of the Shanghai calendar month containing `d`, as an instant. */
export function monthStart(d: Date): Date {
  const s = new Date(d.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), 1) - 8 * 3600_000);
}

export type Sealing = { name: string; starts_at: string; ends_at: string };

/** The holiday sealing of the vehicle that covers [from, to), if any, as a JSON object. */
const sealingOf = (vehicleId: SQL | string, from: SQL, to: SQL) => sql<Sealing | null>`(select json_build_object('name', s.name, 'starts_at', s.starts_at, 'ends_at', s.ends_at)
  from fleet_sealing_vehicle sv join fleet_sealing s on s.id = sv.sealing_id
  where sv.vehicle_id = ${vehicleId} and s.starts_at < ${to} and ${from} < s.ends_at limit 1)`;

/** Refuses with 422 naming the rule when the vehicle may not serve the window (status, holiday sealing, seats). */
export function checkVehicle(v: FleetVehicle, sealed: Sealing | null, seats: number): FleetVehicle {
  if (v.status !== 'in-use') {
    const st = vehicleStatuses[v.status as keyof typeof vehicleStatuses];
    throw errors.rule('FLEET_VEHICLE_NOT_OFFERABLE', `车辆 ${v.plate} 状态为“${st?.zh ?? v.status}”，只有“在用”车辆可以派出`, `Vehicle ${v.plate} is ${st?.en ?? v.status}; only vehicles in use can be dispatched`, { vehicleId: v.id, status: v.status, rule: 'vehicle-status' });
  }
  if (sealed) {
    throw errors.rule('FLEET_VEHICLE_SEALED', `车辆 ${v.plate} 在“${sealed.name}”节假日封存期间（${fmt(new Date(sealed.starts_at))} 至 ${fmt(new Date(sealed.ends_at))}），不能派出`, `Vehicle ${v.plate} is sealed for ${sealed.name}`, { vehicleId: v.id, rule: 'holiday-sealing', sealing: sealed.name });
  }
  if (v.seats < seats) {
    throw errors.rule('FLEET_SEATS_INSUFFICIENT', `车辆 ${v.plate} 只有 ${v.seats} 个座位，本次需要 ${seats} 个（含驾驶员）`, `Vehicle ${v.plate} has ${v.seats} seats; ${seats} are needed`, { vehicleId: v.id, seats: v.seats, needed: seats, rule: 'seats' });
  }
  return v;
}

/** The vehicle (share-locked), refused with 422 naming the rule when it may not serve the window. */
export async function fitVehicle(tx: Db, vehicleId: string, w: TimeWindow, seats: number): Promise<FleetVehicle> {
  const [row] = await tx.select({ v: fleetVehicles, sealed: sealingOf(vehicleId, iso(w.from), iso(w.to)) })
    .from(fleetVehicles).where(eq(fleetVehicles.id, vehicleId)).for('share', { of: fleetVehicles });
  if (!row) throw errors.notFound('车辆', 'Vehicle');
  return checkVehicle(row.v, row.sealed, seats);
}

// why prepared: every dispatch starts with it (see platform/db/prepared.ts).
const requestAndVehicle = prepared('fleet_dispatch_request_vehicle', (db) => db.select({
  request: fleetTripRequests, vehicle: fleetVehicles, sealed: sealingOf(sql`${fleetVehicles.id}`, sql`${fleetTripRequests.plannedStart}`, sql`${fleetTripRequests.plannedEnd}`),
}).from(fleetTripRequests).innerJoin(fleetVehicles, eq(fleetVehicles.id, sql.placeholder('vehicleId')))
  .where(eq(fleetTripRequests.id, sql.placeholder('requestId')))
  .for('share', { of: fleetVehicles }));

/**
 * One request inside the scopes, and the vehicle (share-locked) with the
 * holiday sealing covering the request's window — one round trip for the common dispatch. The
 * request is not locked: the dispatch's conditional update of its status guards it. Null when
 * either is missing or the request is out of scope (the caller then finds out which).
 */
export async function requestWithVehicle(tx: Db, scopes: readonly Scope[], requestId: string, vehicleId: string) {
  const [row] = await requestAndVehicle(tx, { requestId, vehicleId });
  if (!row) return null;
  const r = row.request;
  return (await rowInScope(tx, scopes, { agencyId: r.agencyId, departmentId: r.departmentId, personId: r.applicantPersonId })) ? row : null;
}

const ph = sql.placeholder;
/**
 * The trip's insert, which also marks its requests dispatched — only those that still wait for it
 * (approved, no trip): `marked` tells how many did. Answers the trip and its agency's name.
 */
const insertTripMarking = prepared('fleet_dispatch_insert_trip', (db) => {
  const marked = db.$with('marked').as(db.update(fleetTripRequests).set({ status: 'dispatched', tripId: sql`${ph('id')}::uuid`, updatedAt: sql`${ph('now')}::timestamptz` })
    .where(and(sql`${fleetTripRequests.id} = any(${ph('requestIds')}::uuid[])`, eq(fleetTripRequests.status, 'approved'), isNull(fleetTripRequests.tripId)))
    .returning({ id: fleetTripRequests.id }));
  const cols = ['id', 'requestId', 'vehicleId', 'driverId', 'agencyId', 'plannedStart', 'plannedEnd', 'origin', 'destination', 'purpose', 'passengerCount',
    'emergency', 'reviewFlag', 'dispatchedBy', 'vehicleBookingId', 'driverBookingId'] as const;
  return db.with(marked).insert(fleetTrips).values(Object.fromEntries(cols.map((c) => [c, ph(c)])) as unknown as NewTrip).returning({
    ...getTableColumns(fleetTrips), agencyName: sql<string>`(select a.name from platform_agency a where a.id = ${ph('agencyId')}::uuid)`,
    marked: sql<number>`(select count(*) from ${marked})::int`,
  });
});
type NewTrip = typeof fleetTrips.$inferInsert;
export type TripInsert = Required<Pick<NewTrip, 'id' | 'vehicleId' | 'agencyId' | 'plannedStart' | 'plannedEnd' | 'origin' | 'destination' | 'purpose' | 'passengerCount' | 'emergency' | 'reviewFlag'>>
  & { requestId: string | null; driverId: string | null; dispatchedBy: string | null; vehicleBookingId: string; driverBookingId: string | null };

export async function insertTrip(tx: Db, trip: TripInsert, requestIds: string[]) {
  const [row] = await insertTripMarking(tx, { ...trip, requestIds, now: new Date().toISOString() });
  return row!;
}

/** The driver, refused with 422 naming the rule: active, licence valid on the trip's last day, class covering the vehicle's. */
export async function fitDriver(tx: Db, driverId: string, w: TimeWindow, vehicle: { plate: string; seats: number }): Promise<FleetDriver & { accountIds: string[] }> {
  // why the accounts too: the dispatch tells the driver's accounts of the task; one round trip.
  // (The column is spelled out: Drizzle leaves it unqualified in a one-table select.)
  const [row] = await tx.select({ d: fleetDrivers, accountIds: sql<string[]>`array(select a.id::text from platform_account a where a.person_id = fleet_driver.person_id)` })
    .from(fleetDrivers).where(eq(fleetDrivers.id, driverId)).for('share', { of: fleetDrivers });
  if (!row) throw errors.notFound('驾驶员', 'Driver');
  const d = { ...row.d, accountIds: row.accountIds };
  if (d.status !== 'active') throw errors.rule('FLEET_DRIVER_INACTIVE', `驾驶员 ${d.name} 当前不在岗`, `Driver ${d.name} is not active`, { driverId, status: d.status, rule: 'driver-status' });
  const lastDay = shanghaiDate(w.to);
  if (d.licenceExpiry < lastDay) {
    throw errors.rule('FLEET_DRIVER_LICENCE_EXPIRED', `驾驶员 ${d.name} 的驾驶证有效期至 ${d.licenceExpiry}，早于出车结束日 ${lastDay}`, `Driver ${d.name}'s licence expires ${d.licenceExpiry}, before the trip ends on ${lastDay}`, { driverId, licenceExpiry: d.licenceExpiry, tripEnds: lastDay, rule: 'licence-expiry' });
  }
  const need = requiredLicenceClass(vehicle);
  if (!licenceCovers(d.licenceClass, need)) {
    throw errors.rule('FLEET_DRIVER_LICENCE_CLASS', `驾驶员 ${d.name} 准驾车型 ${d.licenceClass}，车辆 ${vehicle.plate}（${vehicle.seats} 座）需要 ${licenceClasses[need].zh}`, `Driver ${d.name} holds ${d.licenceClass}; vehicle ${vehicle.plate} needs ${need}`, { driverId, licenceClass: d.licenceClass, required: need, rule: 'licence-class' });
  }
  return d;
}

/**
 * What holds a booking, for naming a collision: its title, and the trip it was booked for (by the
 * booking's reference — a primary-key read; the trip table has no index on its booking columns).
 */
export async function holderOfBooking(tx: Db, bookingId: string) {
  const [row] = await tx.select({
    title: bookings.title, tripId: fleetTrips.id, plannedStart: fleetTrips.plannedStart, plannedEnd: fleetTrips.plannedEnd, destination: fleetTrips.destination,
  }).from(bookings)
    // why the case: only a trip's booking carries a trip id; a reference set by hand through the bookings API is not cast unless it is a UUID.
    .leftJoin(fleetTrips, sql`${fleetTrips.id} = case when ${bookings.refType} = 'fleet.trip' and ${bookings.refId} ~ ${UUID_TEXT} then ${bookings.refId}::uuid end`)
    .where(eq(bookings.id, bookingId));
  if (!row) return null;
  const { title, tripId, plannedStart, plannedEnd, destination } = row;
  return { title, trip: tripId && plannedStart && plannedEnd ? { id: tripId, plannedStart, plannedEnd, destination } : null };
}

/** At most `limit` free, offerable vehicles with enough seats inside the scopes, best first by the ranking keys. */
export async function vehicleCandidates(db: Db, bookings: BookingsApi, scopes: readonly Scope[], w: TimeWindow, need: { agencyId: string; seats: number; inCity: boolean }, limit = 200): Promise<VehicleCandidate[]> {
  const since = monthStart(w.from);
  const monthKm = sql<number>`coalesce((select sum(t.km) from fleet_trip t where t.vehicle_id = ${fleetVehicles.id} and t.returned_at >= ${iso(since)}), 0)::float8`;
  const nev = sql`(${fleetVehicles.energy} in ('bev','phev','erev','hydrogen'))`;
  return db.select({ id: fleetVehicles.id, plate: fleetVehicles.plate, agencyId: fleetVehicles.agencyId, seats: fleetVehicles.seats, energy: fleetVehicles.energy, monthKm })
    .from(fleetVehicles)
    .where(and(
      scopeCondition(scopes, { agencyId: fleetVehicles.agencyId }),
      vehicleOfferableSql(fleetVehicles.id, fleetVehicles.status, w),
      sql`${fleetVehicles.seats} >= ${need.seats}`,
      bookings.freeCondition(VEHICLE, fleetVehicles.id, w.from, w.to),
    ))
    .orderBy(...[sql`(${fleetVehicles.agencyId} = ${need.agencyId}) desc`, ...(need.inCity ? [sql`${nev} desc`] : []), sql`${monthKm} asc`, asc(fleetVehicles.seats), asc(fleetVehicles.plate)])
    .limit(limit);
}

/** At most `limit` free drivers whose licence fits the vehicle (C1 when none is chosen yet), best first. */
export async function driverCandidates(db: Db, bookings: BookingsApi, scopes: readonly Scope[], w: TimeWindow, need: { agencyId: string; emergency: boolean; vehicleSeats: number | null }, limit = 200): Promise<DriverCandidate[]> {
  const since = monthStart(w.from);
  const monthTrips = sql<number>`(select count(*) from fleet_trip t where t.driver_id = ${fleetDrivers.id} and t.planned_start >= ${iso(since)} and t.status <> 'cancelled')::int`;
  const cls = requiredLicenceClass({ seats: need.vehicleSeats ?? 5 });
  return db.select({ id: fleetDrivers.id, name: fleetDrivers.name, agencyId: fleetDrivers.agencyId, emergencyTeam: fleetDrivers.emergencyTeam, monthTrips })
    .from(fleetDrivers)
    .where(and(
      scopeCondition(scopes, { agencyId: fleetDrivers.agencyId }),
      driverOfferableSql({ status: fleetDrivers.status, licenceClass: fleetDrivers.licenceClass, licenceExpiry: fleetDrivers.licenceExpiry }, w, cls),
      bookings.freeCondition(DRIVER, fleetDrivers.id, w.from, w.to),
    ))
    .orderBy(...[...(need.emergency ? [sql`${fleetDrivers.emergencyTeam} desc`] : []), sql`(${fleetDrivers.agencyId} = ${need.agencyId}) desc`, sql`${monthTrips} asc`, asc(fleetDrivers.name)])
    .limit(limit);
}

/** The largest number of seats among vehicles in use in the scopes (the limit of a carpool proposal). */
export async function maxPoolSeats(db: Db, scopes: readonly Scope[]): Promise<number> {
  const [r] = await db.select({ n: sql<number | null>`max(${fleetVehicles.seats})` }).from(fleetVehicles).where(and(
    scopeCondition(scopes, { agencyId: fleetVehicles.agencyId }), eq(fleetVehicles.status, 'in-use'),
  ));
  return Number(r?.n ?? 0);
}
