import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { fleetFuelRecords as F } from '../db/fuel.table.js';
import { fleetVehicles as V } from '../db/vehicles.table.js';
import { segmentsOf } from './consumption.rules.js';
import { unitOf } from './fuel.rules.js';

/**
 * Keeps `seg_km` / `seg_qty` (the full-to-full segment each fill closes) exact after a write of a
 * vehicle's fills at event time `from`: recomputes, with `segmentsOf()`, every fill from the last
 * full fill before `from` on (a change can only alter segments closed at or after it). In the tx.
 */
export async function recomputeVehicleSegments(tx: Db, vehicleId: string, from: Date): Promise<number> {
  const [v] = await tx.select({ energy: V.energy }).from(V).where(eq(V.id, vehicleId));
  if (!v) return 0;
  const unit = unitOf(v.energy);
  const anchor = sql`coalesce((select max(a.filled_at) from fleet_fuel_record a where a.vehicle_id = ${vehicleId} and a.full and a.filled_at < ${from.toISOString()}::timestamptz), '-infinity'::timestamptz)`;
  const rows = await tx.select({ id: F.id, filledAt: F.filledAt, odometerKm: F.odometerKm, litres: F.litres, kwh: F.kwh, full: F.full, missedPrevious: F.missedPrevious, segKm: F.segKm, segQty: F.segQty })
    .from(F).where(and(eq(F.vehicleId, vehicleId), gte(F.filledAt, anchor))).orderBy(asc(F.filledAt), asc(F.odometerKm), asc(F.id));
  const segs = new Map(segmentsOf(rows.map((r) => ({ ...r, quantity: (unit === 'kWh' ? r.kwh : r.litres) ?? 0 }))).map((s) => [s.closeId, s]));
  let changed = 0;
  // The first row is the anchor (when there is one): its own segment started before the rows read.
  const first = rows[0];
  const skip = first && first.filledAt.getTime() < from.getTime() ? first.id : null;
  for (const r of rows) {
    if (r.id === skip) continue;
    const s = segs.get(r.id);
    const segKm = s ? s.km : null;
    const segQty = s ? Math.round(s.quantity * 100) / 100 : null;
    if (segKm !== r.segKm || segQty !== r.segQty) {
      await tx.update(F).set({ segKm, segQty }).where(eq(F.id, r.id));
      changed += 1;
    }
  }
  return changed;
}

/**
 * Recomputes `seg_km` / `seg_qty` of every fill in SQL (window functions; the twin of
 * `segmentsOf()`): for a backfill or a check. The opener of a closing full fill is the previous full
 * fill, whose km and running quantity are the running maxima (odometer and running sums never
 * decrease in event order); a fill marked missed_previous after the opener breaks the segment.
 * Returns the number of rows changed.
 */
export async function recomputeAllSegments(db: Db): Promise<number> {
  const r = await db.execute(sql`
    with f as (
      select r.id, r.vehicle_id, r.odometer_km, r.full, r.missed_previous,
        row_number() over w as pos,
        sum(coalesce(case when v.energy in ('bev', 'erev') then r.kwh else r.litres end, 0)) over w as cum
      from fleet_fuel_record r join fleet_vehicle v on v.id = r.vehicle_id
      window w as (partition by r.vehicle_id order by r.filled_at, r.odometer_km, r.id rows between unbounded preceding and current row)
    ),
    s as (
      select f.*,
        max(case when f.full then f.pos end) over p as op_pos,
        max(case when f.full then f.odometer_km end) over p as op_km,
        max(case when f.full then f.cum end) over p as op_cum,
        max(case when f.missed_previous then f.pos end) over (partition by f.vehicle_id order by f.pos rows between unbounded preceding and current row) as brk
      from f
      window p as (partition by f.vehicle_id order by f.pos rows between unbounded preceding and 1 preceding)
    ),
    x as (
      select s.id,
        case when s.full and s.op_pos is not null and s.op_pos >= coalesce(s.brk, 0) and s.odometer_km > s.op_km then (s.odometer_km - s.op_km)::numeric(10,1) end as seg_km,
        case when s.full and s.op_pos is not null and s.op_pos >= coalesce(s.brk, 0) and s.odometer_km > s.op_km then (s.cum - s.op_cum)::numeric(10,2) end as seg_qty
      from s
    )
    update fleet_fuel_record t set seg_km = x.seg_km, seg_qty = x.seg_qty
    from x where t.id = x.id and (t.seg_km is distinct from x.seg_km or t.seg_qty is distinct from x.seg_qty)
    returning t.id`);
  return (r as unknown as { rows: unknown[] }).rows.length;
}
