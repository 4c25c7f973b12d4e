import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { licenceClassCodes, licenceCovers, type LicenceClass } from '../db/drivers.table.js';
import type { VehicleStatus } from '../db/vehicles.table.js';

/** A time window [from, to) of a trip. */
export interface TimeWindow {
  from: Date;
  to: Date;
}

/** Only vehicles in use are offered; repair, sealed, suspended, pending-disposal and disposed never are. */
export const OFFERABLE_VEHICLE_STATUS: VehicleStatus = 'in-use';

const overlaps = (a: TimeWindow, b: TimeWindow) => a.from < b.to && b.from < a.to;

/**
 * Whether a vehicle may be offered for dispatch in a window: it is in use and no holiday sealing
 * list that includes it overlaps the window. `sealed` are the sealing windows the vehicle is on.
 */
export function isOfferable(vehicle: { status: string }, window: TimeWindow, sealed: readonly TimeWindow[] = []): boolean {
  if (vehicle.status !== OFFERABLE_VEHICLE_STATUS) return false;
  return !sealed.some((s) => overlaps(s, window));
}

/**
 * The same rule in SQL for a query over `fleet_vehicle` (the dispatch query):
 * `where(and(vehicleOfferableSql(fleetVehicles.id, fleetVehicles.status, window), …))`.
 */
export function vehicleOfferableSql(vehicleId: SQLWrapper, status: SQLWrapper, window: TimeWindow): SQL {
  return sql`(${status} = ${OFFERABLE_VEHICLE_STATUS} and not exists (
    select 1 from fleet_sealing_vehicle sv join fleet_sealing s on s.id = sv.sealing_id
    where sv.vehicle_id = ${vehicleId} and s.starts_at < ${window.to.toISOString()}::timestamptz and ${window.from.toISOString()}::timestamptz < s.ends_at))`;
}

/** The licence classes that cover a required class (e.g. C1 ← A1, A2, A3, B1, B2, C1). */
export function classesCovering(required: LicenceClass): LicenceClass[] {
  return licenceClassCodes.filter((c) => licenceCovers(c, required));
}

/** Asia/Shanghai calendar date of an instant, 'YYYY-MM-DD'. */
export function shanghaiDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Whether a driver may be offered for a trip: active, licence valid on every day of the trip
 * (expiry date ≥ the Shanghai date of the trip's end) and class covering the vehicle's.
 */
export function isDriverOfferable(
  driver: { status: string; licenceClass: LicenceClass; licenceExpiry: string },
  window: TimeWindow,
  requiredClass: LicenceClass,
): boolean {
  return driver.status === 'active' && driver.licenceExpiry >= shanghaiDate(window.to) && licenceCovers(driver.licenceClass, requiredClass);
}

/**
 * The same rule in SQL over `fleet_driver` (columns passed in so it fits any alias). With `id`, a
 * driver rostered 'off' (排班休息) on the trip's first Shanghai day is left out too; no roster row
 * means no restriction.
 */
export function driverOfferableSql(
  cols: { status: SQLWrapper; licenceClass: SQLWrapper; licenceExpiry: SQLWrapper; id?: SQLWrapper },
  window: TimeWindow,
  requiredClass: LicenceClass,
): SQL {
  const classes = classesCovering(requiredClass);
  const roster = cols.id
    ? sql` and not exists (select 1 from fleet_driver_roster r where r.driver_id = ${cols.id} and r.shift = 'off' and r.day = ${shanghaiDate(window.from)}::date)`
    : sql``;
  return sql`(${cols.status} = 'active' and ${cols.licenceExpiry} >= ${shanghaiDate(window.to)}::date and ${cols.licenceClass} in (${sql.join(classes.map((c) => sql`${c}`), sql`, `)})${roster})`;
}
