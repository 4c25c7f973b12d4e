import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import type { JobDefinition } from '../../../platform/jobs/index.js';
import { monthBounds, shanghaiMonth } from '../fuel/consumption.rules.js';
import { monthAggregateSql } from './month-stats.sql.js';

export const MONTHLY_STATS_JOB = 'fleet.monthly-stats';

/** The month before the one containing `now` (Asia/Shanghai). */
export function previousMonth(now: Date): string {
  const [y, m] = shanghaiMonth(now).split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 2, 1));
  return d.toISOString().slice(0, 7);
}

async function upsert(tx: Db, month: string, vehicleCond: ReturnType<typeof sql>) {
  const { from, to } = monthBounds(month);
  await tx.execute(sql`
    insert into fleet_vehicle_month_stat (vehicle_id, month, km, trips, seg_km, seg_qty, fill_qty, amount_fen, computed_at)
    select a.vehicle_id, ${month}, a.km, a.trips, a.seg_km, a.seg_qty, a.fill_qty, a.amount_fen, now()
    from (${monthAggregateSql(from, to, vehicleCond)}) a
    on conflict (vehicle_id, month) do update set km = excluded.km, trips = excluded.trips, seg_km = excluded.seg_km,
      seg_qty = excluded.seg_qty, fill_qty = excluded.fill_qty, amount_fen = excluded.amount_fen, computed_at = excluded.computed_at`);
}

/** Takes (or retakes) the statistics of a month for every vehicle; idempotent. */
export async function snapshotMonth(db: Db, month: string): Promise<void> {
  await db.transaction(async (tx) => {
    await upsert(tx, month, sql`true`);
    await tx.execute(sql`insert into fleet_month_stat_run (month, computed_at) values (${month}, now())
      on conflict (month) do update set computed_at = excluded.computed_at`);
  });
}

/**
 * Recomputes one vehicle's rows of the months already taken from the month of `at` on (a fill or
 * trip of a closed month changed, possibly the segment closed in a later month). In the caller's tx.
 */
export async function refreshVehicleStats(tx: Db, vehicleId: string, at: Date): Promise<void> {
  const r = await tx.execute(sql`select month from fleet_month_stat_run where month >= ${shanghaiMonth(at)} order by month`);
  for (const row of (r as unknown as { rows: Array<{ month: string }> }).rows) await upsert(tx, row.month, sql`v.id = ${vehicleId}`);
}

/** Whether a month's statistics have been taken. */
export async function isSnapshotted(db: Db, month: string): Promise<boolean> {
  const r = await db.execute(sql`select 1 from fleet_month_stat_run where month = ${month}`);
  return (r as unknown as { rows: unknown[] }).rows.length > 0;
}

/** `fleet.monthly-stats`: at 01:30 on the 1st (Asia/Shanghai), takes the statistics of the month just closed. */
export const monthlyStatsJob = (): JobDefinition => ({
  name: MONTHLY_STATS_JOB,
  cron: '30 1 1 * *',
  retries: 3,
  handler: async (ctx) => { await snapshotMonth(ctx.db, previousMonth(ctx.scheduledFor)); },
});
