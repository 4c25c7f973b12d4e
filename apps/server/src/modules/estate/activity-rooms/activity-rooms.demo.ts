/** Demo of the activity rooms: one meeting room of the estate opened to retired cadres on weekdays, with a few bookings this month. Idempotent. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/audit.service.js';
import { readDemoOrgSummary } from '../../../platform/demo/demo-org.seed.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateActivityRooms } from '../db/activity-rooms.table.js';
import { shanghaiDay } from '../census/estate-shared.js';
import { addDays } from '../leasing/rent-schedule.js';
import type { ActivityRoomsService } from './activity-rooms.service.js';

const system: Actor = { accountId: null, name: 'system', ip: null };

export async function seedActivityRoomsDemo(ctx: EstateContext, svc: ActivityRoomsService) {
  const [any] = await ctx.db.select({ id: estateActivityRooms.id }).from(estateActivityRooms).limit(1);
  if (any) return;
  const [room] = await ctx.db.select().from(estateRooms).where(and(eq(estateRooms.useClass, 'service'), isNull(estateRooms.agencyId))).orderBy(asc(estateRooms.number), asc(estateRooms.id)).limit(1);
  if (!room) return;
  const org = await readDemoOrgSummary(ctx.db);
  const ar = await svc.create(system, { roomId: room.id, agencyId: org.centerAgencyId, name: '离退休干部活动室（书画棋牌）', capacity: 40, openDays: [1, 2, 3, 4, 5], opensAt: '08:30', closesAt: '17:00' });
  const today = shanghaiDay(ctx.clock());
  const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
  const slots: Array<[number, string, string, string]> = [[0, '09:00', '11:00', '书画兴趣小组'], [2, '14:00', '16:30', '象棋比赛'], [7, '09:00', '11:30', '老年大学合唱排练'], [9, '14:00', '16:00', '健康讲座']];
  for (const [d, from, to, title] of slots) {
    const day = addDays(monday, d);
    await svc.book(system, [{ kind: 'all' }], org.staffPersonId, ar.id, { startsAt: new Date(`${day}T${from}:00+08:00`), endsAt: new Date(`${day}T${to}:00+08:00`), title });
  }
}
