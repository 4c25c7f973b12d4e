import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import type { DictApi } from '../../../platform/dict/index.js';
import { errors } from '../../../platform/http/errors.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { fleetFactor, fleetFactorCodes } from '../fuel/fleet-factors.js';
import { tco } from './tco.rules.js';

interface Raw {
  vehicle_id: string; plate: string; kind: string; energy: string; agency_id: string; agency_name: string; price_fen: string; purchase_date: string;
  fuel_fen: string; repair_fen: string; insurance_fen: string; inspection_fen: string; toll_fen: string; parking_fen: string; km: string; total: string;
}

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Per-vehicle cost components to `asOf` (inclusive), in one SQL statement with index probes per
 * vehicle: fuel/charging (fleet_fuel_record), completed repairs (invoice, else parts + labour),
 * insurance premiums (by start date), inspection fees, returned trips' tolls and parking, km driven
 * = last − first odometer reading.
 */
function componentsSql(cond: SQL, asOf: string, limit: number | null, offset: number): SQL {
  const end = sql`(${asOf}::date + 1)::timestamp at time zone 'Asia/Shanghai'`;
  return sql`
    with v as (select v.* from fleet_vehicle v where ${cond})
    select v.id as vehicle_id, v.plate, v.kind, v.energy, v.agency_id, ag.name as agency_name, v.price_fen, v.purchase_date::text as purchase_date,
      (select coalesce(sum(f.amount_fen), 0) from fleet_fuel_record f where f.vehicle_id = v.id and f.filled_at < ${end}) as fuel_fen,
      (select coalesce(sum(coalesce(r.invoice_fen, coalesce(r.parts_fen, 0) + coalesce(r.labour_fen, 0))), 0) from fleet_repair r
        where r.vehicle_id = v.id and r.completed_on is not null and r.completed_on <= ${asOf}::date) as repair_fen,
      (select coalesce(sum(i.premium_fen), 0) from fleet_insurance i where i.vehicle_id = v.id and i.starts_on <= ${asOf}::date) as insurance_fen,
      (select coalesce(sum(n.cost_fen), 0) from fleet_inspection n where n.vehicle_id = v.id and n.inspected_on <= ${asOf}::date) as inspection_fen,
      t.toll_fen, t.parking_fen,
      coalesce((select max(o.km) - min(o.km) from fleet_odometer_reading o where o.vehicle_id = v.id and o.at < ${end}), 0) as km,
      count(*) over () as total
    from v join platform_agency ag on ag.id = v.agency_id
    cross join lateral (select coalesce(sum(ft.toll_fen), 0) as toll_fen, coalesce(sum(ft.parking_fen), 0) as parking_fen
      from fleet_trip ft where ft.vehicle_id = v.id and ft.status = 'returned' and ft.returned_at < ${end}) t
    order by v.plate
    ${limit === null ? sql`` : sql`limit ${limit} offset ${offset}`}`;
}

export function createCostsService(db: Db, dict: DictApi) {
  async function list(scopes: readonly Scope[], f: { agencyId?: string | undefined; vehicleId?: string | undefined; asOf?: string | undefined }, limit: number | null, offset: number) {
    const asOf = f.asOf ?? shanghaiToday();
    const cond = sql.join([
      scopeCondition(scopes, { agencyId: sql`v.agency_id` }) ?? sql`true`,
      f.agencyId ? sql`v.agency_id = ${f.agencyId}` : sql`true`,
      f.vehicleId ? sql`v.id = ${f.vehicleId}` : sql`true`,
    ], sql` and `);
    const depreciationYears = await fleetFactor(dict, fleetFactorCodes.depreciationYears, asOf);
    const r = await db.execute(componentsSql(cond, asOf, limit, offset));
    const raw = (r as unknown as { rows: Raw[] }).rows;
    const items = raw.map((x) => ({
      vehicleId: x.vehicle_id, plate: x.plate, kind: x.kind, energy: x.energy, agencyId: x.agency_id, agencyName: x.agency_name,
      priceFen: Number(x.price_fen), purchaseDate: x.purchase_date, asOf, depreciationYears,
      ...tco({
        priceFen: Number(x.price_fen), purchaseDate: x.purchase_date, asOf, depreciationYears,
        fuelFen: Number(x.fuel_fen), repairFen: Number(x.repair_fen), insuranceFen: Number(x.insurance_fen), inspectionFen: Number(x.inspection_fen),
        tollFen: Number(x.toll_fen), parkingFen: Number(x.parking_fen), km: Number(x.km),
      }),
    }));
    return { items, total: raw[0] ? Number(raw[0].total) : 0 };
  }

  async function ofVehicle(scopes: readonly Scope[], vehicleId: string, asOf?: string) {
    const { items } = await list(scopes, { vehicleId, asOf }, 1, 0);
    if (!items[0]) throw errors.notFound('车辆', 'Vehicle');
    return items[0];
  }

  return { list, ofVehicle };
}

export type CostsService = ReturnType<typeof createCostsService>;
