import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/audit.service.js';
import { accounts } from '../../../platform/auth/auth.table.js';
import type { Db } from '../../../platform/db/types.js';
import type { NotifyApi } from '../../../platform/notify/index.js';
import { housingLeases, housingReminders } from '../db/housing-lease.table.js';
import { housingFlats } from '../db/housing.table.js';
import { daysBetween, shanghaiDate } from './housing-scope.js';

/** The threshold due today: the smallest of the lease's reminder days that the days left have reached (null: none). */
export function dueThreshold(reminderDays: readonly number[], daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const reached = reminderDays.filter((d) => daysLeft <= d);
  return reached.length ? Math.min(...reached) : null;
}

/**
 * 到期提醒: for every active lease, the threshold reached today (60/30/7 days by default, per the
 * rule set) is sent once to the tenant's accounts; a unique row per lease and threshold keeps it once.
 */
export async function sendExpiryReminders(db: Db, notify: Pick<NotifyApi, 'send'>, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const leases = await db.select({ lease: housingLeases, flat: housingFlats }).from(housingLeases)
    .innerJoin(housingFlats, eq(housingFlats.id, housingLeases.flatId)).where(and(eq(housingLeases.status, 'active'),
      // why: reminder days are at most 365 (schema), so only leases ending within a year can be due.
      sql`${housingLeases.endDate} between ${today}::date and ${today}::date + 365`));
  let sent = 0;
  for (const { lease, flat } of leases) {
    const left = daysBetween(today, lease.endDate);
    const d = dueThreshold(lease.reminderDays, left);
    if (d === null) continue;
    await db.transaction(async (tx) => {
      const ins = await tx.insert(housingReminders).values({ leaseId: lease.id, daysBefore: d }).onConflictDoNothing().returning({ id: housingReminders.id });
      if (!ins.length) return;
      const to = (await tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.personId, lease.personId), eq(accounts.status, 'active')))).map((a) => a.id);
      await notify.send(tx, {
        to, link: `/m/estate/housing/lease`,
        title: `公租房租约将于 ${lease.endDate} 到期`,
        body: `您承租的${flat.estateName}${flat.buildingName}${flat.unit}${flat.number}租约还有 ${left} 天到期，请及时办理续租或退出。Your staff-housing lease ends on ${lease.endDate} (${left} days).`,
      });
      await appendAudit(tx, { accountId: null, name: 'system', ip: null }, { action: 'estate.housing-lease.remind', objectType: 'estate.housing-lease', objectId: lease.id, after: { daysBefore: d, daysLeft: left, to } });
      sent += 1;
    });
  }
  return sent;
}
