import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import type { DictApi } from '../../../platform/dict/index.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { monthBounds, shanghaiMonth } from '../fuel/consumption.rules.js';
import { fleetFactor, fleetFactorCodes, priceCode } from '../fuel/fleet-factors.js';
import { unitOf } from '../fuel/fuel.rules.js';
import { deviationPct, fuelReward, lastDayOf } from './disclosure.rules.js';
import { isSnapshotted } from './month-stats.service.js';
import { monthAggregateSql, tripKmSql } from './month-stats.sql.js';

export interface DisclosureFilter { month: string; agencyId?: string | undefined; kind?: string | undefined }

interface RawRow {
  vehicle_id: string; plate: string; kind: string; energy: string; agency_id: string; agency_name: string; norm: string;
  km: string; trips: string; seg_km: string; seg_qty: string; fill_qty: string; amount_fen: string; per100: string | null;
  deviation: string | null; rank_in_kind: string; total: string;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/**
 * The month's 百里油耗公示 in one SQL statement: for closed months whose statistics were taken, the
 * fuel figures from fleet_vehicle_month_stat and the trip km live; otherwise all computed on the spot
 * (monthAggregateSql). Ranked within each
 * vehicle kind by deviation from the norm (lowest first: L and kWh are not comparable, the
 * deviation is), then plate.
 */
export function createDisclosureService(db: Db, dict: DictApi) {
  async function rows(scopes: readonly Scope[], f: DisclosureFilter, limit: number | null, offset: number) {
    const cond: SQL = sql.join([
      scopeCondition(scopes, { agencyId: sql`v.agency_id` }) ?? sql`true`,
      f.agencyId ? sql`v.agency_id = ${f.agencyId}` : sql`true`,
      f.kind ? sql`v.kind = ${f.kind}` : sql`true`,
    ], sql` and `);
    const snapshot = f.month < shanghaiMonth(new Date()) && (await isSnapshotted(db, f.month));
    const { from, to } = monthBounds(f.month);
    // A taken month: the fuel figures from the statistics table (kept exact by every fill write), the
    // trip km always live (one index-only scan), so a late trip entry is never missed.
    const source = snapshot
      ? sql`select s.vehicle_id, coalesce(t.km, 0) as km, coalesce(t.trips, 0) as trips, s.seg_km, s.seg_qty, s.fill_qty, s.amount_fen
          from fleet_vehicle_month_stat s join fleet_vehicle v on v.id = s.vehicle_id
          left join (${tripKmSql(from, to, cond)}) t on t.vehicle_id = s.vehicle_id
          where s.month = ${f.month} and ${cond}`
      : monthAggregateSql(from, to, cond);
    // why jit off: the row estimates of this report are far above the real counts, so PostgreSQL would spend seconds JIT-compiling a ~100 ms query.
    const r = await db.transaction(async (tx) => { await tx.execute(sql`set local jit = off`); return tx.execute(sql`
      with a as (${source}),
      d as (
        select v.id as vehicle_id, v.plate, v.kind, v.energy, v.agency_id, ag.name as agency_name, v.norm_per_100km as norm,
          a.km, a.trips, a.seg_km, a.seg_qty, a.fill_qty, a.amount_fen,
          case when a.seg_km > 0 then round(a.seg_qty / a.seg_km * 100, 2) end as per100
        from a join fleet_vehicle v on v.id = a.vehicle_id join platform_agency ag on ag.id = v.agency_id
        where v.status <> 'disposed' or a.km > 0 or a.fill_qty > 0
      ),
      e as (select d.*, case when d.per100 is not null and d.norm > 0 then round((d.per100 - d.norm) / d.norm * 100, 1) end as deviation from d)
      select e.*, rank() over (partition by e.kind order by e.deviation asc nulls last) as rank_in_kind, count(*) over () as total
      from e order by e.kind, rank_in_kind, e.plate
      ${limit === null ? sql`` : sql`limit ${limit} offset ${offset}`}`); });
    const raw = (r as unknown as { rows: RawRow[] }).rows;
    const items = raw.map((x) => {
      const unit = unitOf(x.energy);
      const perUnit = num(x.per100);
      return {
        vehicleId: x.vehicle_id, plate: x.plate, kind: x.kind, energy: x.energy, unit, agencyId: x.agency_id, agencyName: x.agency_name,
        km: Number(x.km), trips: Number(x.trips), segmentKm: Number(x.seg_km),
        litres: unit === 'L' ? Number(x.seg_qty) : null, kwh: unit === 'kWh' ? Number(x.seg_qty) : null,
        lPer100km: perUnit, normLPer100km: Number(x.norm),
        deviationPct: x.deviation === null ? deviationPct(perUnit, Number(x.norm)) : Number(x.deviation),
        rankInKind: Number(x.rank_in_kind), filledQty: Number(x.fill_qty), amountFen: Number(x.amount_fen),
      };
    });
    return { month: f.month, source: snapshot ? ('snapshot' as const) : ('live' as const), items, total: raw[0] ? Number(raw[0].total) : 0 };
  }

  /** 节油奖 of the month: the disclosure rows with the reward computed from the factors on the month's last day. */
  async function rewards(scopes: readonly Scope[], f: DisclosureFilter, limit: number | null, offset: number) {
    const base = await rows(scopes, f, limit, offset);
    const on = lastDayOf(f.month);
    const rate = await fleetFactor(dict, fleetFactorCodes.rewardRate, on);
    const penalties = (await fleetFactor(dict, fleetFactorCodes.penaltyEnabled, on)) === 1;
    const prices = new Map<string, number>();
    for (const e of new Set(base.items.map((i) => i.energy))) prices.set(e, await fleetFactor(dict, priceCode(e), on));
    const items = base.items.map((i) => {
      const priceFen = prices.get(i.energy)!;
      const r = fuelReward({ norm: i.normLPer100km, actual: i.lPer100km, km: i.km, priceFen, rate, penalties });
      return { ...i, priceFen, rate, savedQty: r.savedQty, rewardFen: r.rewardFen };
    });
    return { ...base, rate, penalties, items, totalRewardFen: items.reduce((s, i) => s + i.rewardFen, 0) };
  }

  return { rows, rewards };
}

export type DisclosureService = ReturnType<typeof createDisclosureService>;
