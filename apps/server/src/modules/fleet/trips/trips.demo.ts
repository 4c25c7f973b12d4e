/**
 * Demo requests (idempotent: only when there is none): one waiting for the agency head (demo account
 * `agency`), and two approved requests to the same destination in overlapping windows (a carpool
 * proposal for the dispatcher), and — when the demo driver (account `driver`, linked to a fleet driver) and a
 * free vehicle exist — a third one dispatched to that driver, so 我的任务 has a task. Filed by the demo cadre
 * `staff` through the real approval flow.
 */
import { count, eq } from 'drizzle-orm';
import { accounts } from '../../../platform/auth/auth.table.js';
import type { Caller } from '../../../platform/workflow/index.js';
import { fleetTripRequests } from '../db/trips.table.js';
import type { FleetContext } from '../fleet.context.js';
import { fleetDrivers, licenceCovers, requiredLicenceClass } from '../db/drivers.table.js';
import type { DispatchService } from '../dispatch/dispatch.service.js';
import type { TripRequestService } from './trip-requests.service.js';

/** 09:00 Asia/Shanghai of the day `days` after `now`, plus `minutes`. */
function shanghaiMorning(now: Date, days: number, minutes: number): Date {
  const s = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate() + days, 1) + minutes * 60_000);
}

export async function seedTripDemo(ctx: FleetContext, requests: TripRequestService, dispatch: DispatchService) {
  const [n] = await ctx.db.select({ n: count() }).from(fleetTripRequests);
  if ((n?.n ?? 0) > 0) return;
  const callerOf = async (username: string): Promise<Caller | null> => {
    const [a] = await ctx.db.select({ id: accounts.id, personId: accounts.personId }).from(accounts).where(eq(accounts.username, username));
    return a ? { actor: { accountId: a.id, name: username, ip: null }, personId: a.personId } : null;
  };
  const staff = await callerOf('staff');
  const head = await callerOf('agency');
  if (!staff || !head) return;
  const all = [{ kind: 'all' as const }];
  const now = ctx.clock();
  const base = { origin: '舟山市行政中心', inCity: true, needDriver: true };
  await requests.create(staff, all, {
    ...base, passengerCount: 2, passengerNames: ['机关干部', '王科员'], destinations: ['舟山市教育局', '定海区第一中学'],
    plannedStart: shanghaiMorning(now, 2, 0), plannedEnd: shanghaiMorning(now, 2, 180), purpose: '开学安全检查',
  });
  const approve = async (instanceId: string | null) => {
    const tasks = await ctx.workflow.myTasks(head.actor.accountId, { status: 'open', instanceId: instanceId ?? undefined, limit: 1, offset: 0 });
    if (tasks.items[0]) await ctx.workflow.approve(head, tasks.items[0].id, { comment: '同意（演示数据）' });
  };
  for (const [start, end, who] of [[60, 180, '机关干部'], [90, 210, '李科员']] as const) {
    const r = await requests.create(staff, all, {
      ...base, passengerCount: 1, passengerNames: [who], destinations: ['普陀区东港街道办事处'], destLat: 29.9530, destLon: 122.3100,
      plannedStart: shanghaiMorning(now, 3, start), plannedEnd: shanghaiMorning(now, 3, end), purpose: '社区调研',
    });
    await approve(r.instanceId);
  }
  const driverAccount = await callerOf('driver');
  const [driver] = driverAccount?.personId ? await ctx.db.select({ id: fleetDrivers.id, licenceClass: fleetDrivers.licenceClass }).from(fleetDrivers).where(eq(fleetDrivers.personId, driverAccount.personId)) : [];
  if (!driver) return;
  const r = await requests.create(staff, all, {
    ...base, passengerCount: 1, passengerNames: ['机关干部'], destinations: ['舟山市政务服务中心'],
    plannedStart: shanghaiMorning(now, 1, 300), plannedEnd: shanghaiMorning(now, 1, 420), purpose: '送审材料',
  });
  await approve(r.instanceId);
  const sug = await dispatch.suggestForRequest(all, r.id);
  const vehicle = sug.vehicles.find((v) => licenceCovers(driver.licenceClass, requiredLicenceClass(v)));
  if (vehicle && sug.drivers.some((d) => d.id === driver.id)) {
    await dispatch.dispatch({ accountId: null, name: 'system', ip: null }, all, r.id, { vehicleId: vehicle.id, driverId: driver.id });
  }
}
