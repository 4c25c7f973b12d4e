/**
 * 一车一档 life timeline: one list merging status changes, trips, fuel and charging, repairs,
 * insurance, inspections, violations and accidents of a vehicle, newest first. Trips and fuel are
 * read from the trips and fuel sub-features' tables (same module).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import type { Scope } from '../../../platform/rbac/scope.js';
import type { VehicleService } from './vehicle.service.js';

export const timelineKinds = ['status', 'trip', 'fuel', 'charging', 'repair', 'insurance', 'inspection', 'violation', 'accident'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineItem { at: string; kind: TimelineKind; title: string; amountFen: number | null; km: number | null; refId: string }

const day = (col: string) => sql.raw(`(${col}::timestamp at time zone 'Asia/Shanghai')`);

export function createTimeline(db: Db, vehicles: Pick<VehicleService, 'get'>) {
  async function timeline(scopes: readonly Scope[], vehicleId: string, f: { kinds?: TimelineKind[] | undefined; limit: number; before?: string | undefined }) {
    await vehicles.get(scopes, vehicleId);
    const v = vehicleId;
    const parts: Record<TimelineKind, ReturnType<typeof sql>> = {
      status: sql`select at, 'status' as kind, from_status || ' → ' || to_status || coalesce('（' || reason || '）', '') as title, null::bigint as amount_fen, null::numeric as km, id as ref_id from fleet_vehicle_status_change where vehicle_id = ${v}`,
      trip: sql`select coalesce(departed_at, planned_start), 'trip', coalesce(origin, '') || ' → ' || coalesce(destination, '') || ' ' || coalesce(purpose, ''), (toll_fen + parking_fen + other_fen)::bigint, km, id from fleet_trip where vehicle_id = ${v} and status <> 'cancelled'`,
      fuel: sql`select filled_at, 'fuel', coalesce(litres::text || ' L', kwh::text || ' kWh') || coalesce(' @' || station, ''), amount_fen, odometer_km, id from fleet_fuel_record where vehicle_id = ${v}`,
      charging: sql`select started_at, 'charging', kwh::text || ' kWh', amount_fen, null::numeric, id from fleet_charging_session where vehicle_id = ${v}`,
      repair: sql`select ${day('coalesce(completed_on, requested_on)')}, 'repair', (case kind when 'repair' then '维修' else '保养' end) || '：' || description || '（' || status || '）', coalesce(invoice_fen, estimate_fen), odometer_km::numeric, id from fleet_repair where vehicle_id = ${v}`,
      insurance: sql`select ${day('starts_on')}, 'insurance', insurer || ' ' || policy_no || ' 至 ' || ends_on::text, premium_fen, null::numeric, id from fleet_insurance where vehicle_id = ${v}`,
      inspection: sql`select ${day('inspected_on')}, 'inspection', '年检' || (case result when 'passed' then '合格' else '不合格' end) || '，下次 ' || next_due::text, cost_fen, null::numeric, id from fleet_inspection where vehicle_id = ${v}`,
      violation: sql`select occurred_at, 'violation', place || '：' || description, fine_fen, null::numeric, id from fleet_violation where vehicle_id = ${v}`,
      accident: sql`select occurred_at, 'accident', place || '：' || description, loss_fen, null::numeric, id from fleet_accident where vehicle_id = ${v}`,
    };
    const kinds = f.kinds?.length ? f.kinds : timelineKinds;
    const union = sql.join(kinds.map((k) => sql`(${parts[k]})`), sql` union all `);
    const r = (await db.execute(sql`select * from (${union}) x(at, kind, title, amount_fen, km, ref_id)
      ${f.before ? sql`where at < ${f.before}::timestamptz` : sql``} order by at desc, ref_id desc limit ${f.limit}`)) as unknown as { rows: Array<{ at: string | Date; kind: TimelineKind; title: string; amount_fen: string | number | null; km: string | number | null; ref_id: string }> };
    const items: TimelineItem[] = r.rows.map((x) => ({
      at: new Date(x.at).toISOString(), kind: x.kind, title: x.title, amountFen: x.amount_fen === null ? null : Number(x.amount_fen), km: x.km === null ? null : Number(x.km), refId: x.ref_id,
    }));
    return { items, total: items.length };
  }
  return { timeline };
}
