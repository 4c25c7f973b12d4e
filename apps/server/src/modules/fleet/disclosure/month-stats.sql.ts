import { sql, type SQL } from 'drizzle-orm';

/**
 * One SQL aggregation of a month for the vehicles `v` matching `vehicleCond` (a condition on the
 * alias `v` of fleet_vehicle). Columns: vehicle_id, km, trips, seg_km, seg_qty, fill_qty, amount_fen.
 *
 * - km / trips: trips returned in [from, to): Σ (return_km − departure_km) of fleet_trip rows with
 *   status 'returned' — one index-only range scan (fleet_trip_returned_cover_idx).
 * - seg_km / seg_qty: the full-to-full segments whose closing fill lies in [from, to), i.e. Σ of the
 *   fills' stored `seg_km` / `seg_qty` (kept exact by the service: fuel/segments.service.ts).
 * - fill_qty / amount_fen: everything filled in [from, to). Quantities are kWh for 'bev'/'erev',
 *   litres otherwise (a plug-in hybrid's charging sessions are costs, not fuel).
 */
export function monthAggregateSql(from: Date, to: Date, vehicleCond: SQL): SQL {
  const f0 = from.toISOString();
  const t0 = to.toISOString();
  // why no CTE of the vehicles: the planner must see fleet_vehicle itself to estimate the scope
  // condition (a CTE is guessed at 200 rows and turns the month's range scans into per-vehicle probes).
  return sql`
    with trip as (${tripKmSql(from, to, vehicleCond)}),
    fills as (
      select r.vehicle_id, sum(r.seg_km) as seg_km, sum(r.seg_qty) as seg_qty,
        sum(coalesce(case when v.energy in ('bev', 'erev') then r.kwh else r.litres end, 0)) as fill_qty, sum(r.amount_fen) as amount_fen
      from fleet_fuel_record r join fleet_vehicle v on v.id = r.vehicle_id
      where r.filled_at >= ${f0}::timestamptz and r.filled_at < ${t0}::timestamptz and ${vehicleCond}
      group by r.vehicle_id
    )
    select v.id as vehicle_id,
      coalesce(trip.km, 0)::numeric(10,1) as km, coalesce(trip.trips, 0)::bigint as trips,
      coalesce(fills.seg_km, 0)::numeric(10,1) as seg_km, coalesce(fills.seg_qty, 0)::numeric(10,2) as seg_qty,
      coalesce(fills.fill_qty, 0)::numeric(10,2) as fill_qty, coalesce(fills.amount_fen, 0)::bigint as amount_fen
    from fleet_vehicle v
    left join trip on trip.vehicle_id = v.id
    left join fills on fills.vehicle_id = v.id
    where ${vehicleCond}`;
}

/** Trip km and count per vehicle of the trips returned in [from, to) (index-only range scan). */
export function tripKmSql(from: Date, to: Date, vehicleCond: SQL): SQL {
  return sql`
      select ft.vehicle_id, sum(ft.return_km - ft.departure_km) as km, count(*) as trips
      from fleet_trip ft join fleet_vehicle v on v.id = ft.vehicle_id
      where ft.status = 'returned' and ft.returned_at >= ${from.toISOString()}::timestamptz and ft.returned_at < ${to.toISOString()}::timestamptz and ${vehicleCond}
      group by ft.vehicle_id`;
}
