/**
 * Due-date reminders (a daily job): insurance, annual inspection, service (by km or date, whichever
 * first), driver licence expiry and open rectification deadlines. Each reminder is sent once per
 * object and due date (fleet_reminder_log), to the accounts that hold fleet:record:write over the agency.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import type { Notify } from '../../../platform/notify/index.js';
import { shanghaiDate } from '../core/offerability.js';
import { fleetReminderLog } from '../db/records.table.js';
import { fleetSettings } from '../db/standards.table.js';
import { serviceDue } from '../maintenance/service-due.rules.js';
import { fleetPermissions as P } from '../permissions.js';

interface Due { kind: string; objectId: string; agencyId: string; dueOn: string; title: string; body: string; link: string }
type Rows<T> = { rows: T[] };

export function createReminders(db: Db, notify: Notify['api'], clock: () => Date) {
  async function settingOr(code: string): Promise<number> {
    const r = await db.select({ v: fleetSettings.value }).from(fleetSettings).where(sql`${fleetSettings.code} = ${code}`);
    if (!r[0]) throw new Error(`fleet setting ${code} missing (run the fleet seed)`);
    return r[0].v;
  }

  /** What is due within the warning period on `today` (pure SQL reads, nothing sent). */
  async function dueItems(today = shanghaiDate(clock())): Promise<Due[]> {
    const days = await settingOr('reminder-days');
    const warnKm = await settingOr('reminder-km');
    const horizon = sql`(${today}::date + ${days}::int)`;
    const out: Due[] = [];
    const vehicles = (await db.execute(sql`
      select v.id, v.agency_id, v.plate, v.insurance_due::text as insurance_due, v.inspection_due::text as inspection_due, v.next_service_km, v.next_service_date::text as next_service_date,
        (select max(km) from fleet_odometer_reading o where o.vehicle_id = v.id) as km
      from fleet_vehicle v where v.status not in ('disposed') and (v.insurance_due <= ${horizon} or v.inspection_due <= ${horizon} or v.next_service_date is not null or v.next_service_km is not null)`)) as unknown as Rows<{
      id: string; agency_id: string; plate: string; insurance_due: string | null; inspection_due: string | null; next_service_km: number | null; next_service_date: string | null; km: string | null }>;
    const within = (d: string | null) => d !== null && d <= shanghaiDate(new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000));
    for (const v of vehicles.rows) {
      const link = `/fleet/vehicles/${v.id}`;
      if (within(v.insurance_due)) out.push({ kind: 'insurance', objectId: v.id, agencyId: v.agency_id, dueOn: v.insurance_due!, link, title: `车辆保险即将到期：${v.plate}`, body: `${v.plate} 的交强险 ${v.insurance_due} 到期，请及时续保。` });
      if (within(v.inspection_due)) out.push({ kind: 'inspection', objectId: v.id, agencyId: v.agency_id, dueOn: v.inspection_due!, link, title: `车辆年检即将到期：${v.plate}`, body: `${v.plate} 应于 ${v.inspection_due} 前完成年检。` });
      const s = serviceDue({ nextServiceKm: v.next_service_km, nextServiceDate: v.next_service_date }, { km: v.km === null ? null : Number(v.km), day: today }, { km: warnKm, days });
      if (s.due) {
        const what = s.by === 'km' ? `距保养里程 ${v.next_service_km} km 还有 ${s.kmLeft} km` : `保养日期 ${v.next_service_date}（还有 ${s.daysLeft} 天）`;
        out.push({ kind: `service-${s.by}`, objectId: v.id, agencyId: v.agency_id, dueOn: v.next_service_date ?? today, link, title: `车辆保养提醒：${v.plate}`, body: `${v.plate} ${what}，请安排定点保养。` });
      }
    }
    const drivers = (await db.execute(sql`select id, agency_id, name, licence_expiry::text as d from fleet_driver where status = 'active' and licence_expiry <= ${horizon}`)) as unknown as Rows<{ id: string; agency_id: string; name: string; d: string }>;
    for (const d of drivers.rows) out.push({ kind: 'licence', objectId: d.id, agencyId: d.agency_id, dueOn: d.d, link: `/fleet/drivers/${d.id}`, title: `驾驶证即将到期：${d.name}`, body: `驾驶员 ${d.name} 的驾驶证 ${d.d} 到期，到期后不再派车。` });
    const findings = (await db.execute(sql`select id, agency_id, description, deadline::text as d from fleet_inspection_finding where rectified_on is null and deadline <= ${horizon}`)) as unknown as Rows<{ id: string; agency_id: string; description: string; d: string }>;
    for (const f of findings.rows) out.push({ kind: 'rectification', objectId: f.id, agencyId: f.agency_id, dueOn: f.d, link: '/fleet/supervision', title: '整改期限临近', body: `检查发现问题“${f.description}”须于 ${f.d} 前整改。` });
    return out;
  }

  /** Accounts holding fleet:record:write with a scope covering the agency (all, region of it, or the agency). */
  async function recipients(tx: Db, agencyId: string): Promise<string[]> {
    const r = (await tx.execute(sql`
      select distinct g.account_id from platform_grant g join platform_role_permission rp on rp.role_id = g.role_id
      where rp.permission = ${P.recordWrite} and (g.scope_kind = 'all' or (g.scope_kind = 'agency' and g.scope_id = ${agencyId})
        or (g.scope_kind = 'region' and ${agencyId} in (select a.id from platform_agency a join platform_region r on r.id = a.region_id where r.path like (select path from platform_region where id = g.scope_id) || '%')))`)) as unknown as Rows<{ account_id: string }>;
    return r.rows.map((x) => x.account_id);
  }

  /** Sends each due reminder once; returns how many were sent now. */
  async function run(today = shanghaiDate(clock())) {
    let sent = 0;
    for (const d of await dueItems(today)) {
      await db.transaction(async (tx) => {
        const ins = await tx.insert(fleetReminderLog).values({ kind: d.kind, objectId: d.objectId, dueOn: d.dueOn }).onConflictDoNothing().returning();
        if (!ins.length) return;
        const to = await recipients(tx, d.agencyId);
        if (to.length) await notify.send(tx, { to, title: d.title, body: d.body, link: d.link });
        sent += 1;
      });
    }
    return { sent };
  }

  return { dueItems, run };
}
