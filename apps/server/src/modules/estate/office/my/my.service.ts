import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { scopeCondition, type Scope } from '../../../../platform/rbac/scope.js';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import type { NotifyApi } from '../../../../platform/notify/index.js';
import { people } from '../../../../platform/org/org.table.js';
import { estateBuildings as b, estateFloors as f, estateRooms as r } from '../../db/buildings.table.js';
import { estateAssignments as a, estateRoomProblems as pr } from '../../db/office.table.js';
import type { ComplianceQueries } from '../compliance/compliance.queries.js';
import { num } from '../shared.js';

export const problemCategories = { repair: '维修', cleaning: '保洁', safety: '安全隐患', furniture: '家具设施', network: '网络通信', other: '其他' } as const;

export function createMyOfficeService(deps: { db: Db; compliance: ComplianceQueries; notify: NotifyApi }) {
  const { db, compliance, notify } = deps;

  const current = (today: string) => and(sql`${a.startDate} <= ${today}`, or(isNull(a.endDate), sql`${a.endDate} >= ${today}`));

  /** My rooms today (share of each), my standard, my area and overrun. */
  async function office(personId: string | null, today: string) {
    if (!personId) throw errors.notFound('本人人员档案', 'Your person record');
    const rooms = await db.select({
      roomId: r.id, number: r.number, buildingName: b.name, floorName: f.name, usableAreaM2: r.usableAreaM2, useClass: r.useClass, suitePart: r.suitePart, kind: a.kind, startDate: a.startDate,
      occupants: sql<number>`(select count(*)::int from estate_assignment x where x.room_id = ${r.id} and x.start_date <= ${today} and (x.end_date is null or x.end_date >= ${today}))`,
    }).from(a).innerJoin(r, eq(r.id, a.roomId)).innerJoin(f, eq(f.id, r.floorId)).innerJoin(b, eq(b.id, r.buildingId))
      .where(and(eq(a.personId, personId), current(today))).orderBy(a.startDate);
    const check = (await compliance.people([{ kind: 'all' }], { personId }, today, 1, 0)).items[0];
    const [me] = await db.select({ name: people.name, post: people.post }).from(people).where(eq(people.id, personId));
    return {
      personId, name: me?.name ?? '', post: me?.post ?? null,
      rooms: rooms.map((x) => ({ ...x, usableAreaM2: num(x.usableAreaM2), occupants: Number(x.occupants), shareM2: Math.round((num(x.usableAreaM2) / Math.max(1, Number(x.occupants))) * 100) / 100 })),
      standardLabel: check?.standardLabel ?? null, standardM2: check?.standardM2 ?? null, actualM2: check?.actualM2 ?? 0, overrunM2: check?.overrunM2 ?? 0, violations: check?.violations ?? [],
    };
  }

  /** A problem with one of my rooms; the agency officers are told. */
  async function report(actor: Actor, personId: string | null, today: string, input: { roomId: string; category: keyof typeof problemCategories; description: string }) {
    if (!personId) throw errors.notFound('本人人员档案', 'Your person record');
    return db.transaction(async (tx) => {
      const [mine] = await tx.select({ agencyId: a.agencyId, number: r.number }).from(a).innerJoin(r, eq(r.id, a.roomId))
        .where(and(eq(a.personId, personId), eq(a.roomId, input.roomId), current(today))).limit(1);
      if (!mine) throw errors.validation([{ path: 'roomId', code: 'NOT_MY_ROOM', message: '只能报告本人正在使用的房间' }]);
      const [row] = await tx.insert(pr).values({ roomId: input.roomId, personId, agencyId: mine.agencyId, category: input.category, description: input.description }).returning();
      const officers = (await tx.execute(sql`select distinct g.account_id from platform_grant g join platform_role ro on ro.id = g.role_id
        where ro.code = 'agency-officer' and g.scope_kind = 'agency' and g.scope_id = ${mine.agencyId}`)) as { rows: Array<{ account_id: string }> };
      await notify.send(tx, { to: officers.rows.map((x) => x.account_id), title: `办公用房问题：${mine.number}（${problemCategories[input.category]}）`, body: input.description.slice(0, 500), link: '/estate/room-problems' });
      await appendAudit(tx, actor, { action: 'estate.room-problem.report', objectType: 'estate.room-problem', objectId: row!.id, after: row });
      return row!;
    });
  }

  /** Problems reported in the caller's scope (agency officers: their agency's), newest first. */
  async function problems(scopes: readonly Scope[], fl: { status?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: pr.agencyId, personId: pr.personId }), fl.status ? eq(pr.status, fl.status) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select({ row: pr, number: r.number, buildingName: b.name, personName: people.name }).from(pr).innerJoin(r, eq(r.id, pr.roomId)).innerJoin(b, eq(b.id, r.buildingId))
        .innerJoin(people, eq(people.id, pr.personId)).where(w).orderBy(desc(pr.createdAt), desc(pr.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(pr).where(w),
    ]);
    return { items: rows.map((x) => ({ ...x.row, roomNumber: x.number, buildingName: x.buildingName, personName: x.personName })), total: total?.n ?? 0 };
  }

  async function handle(actor: Actor, scopes: readonly Scope[], id: string) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(pr).where(and(eq(pr.id, id), scopeCondition(scopes, { agencyId: pr.agencyId }))).for('no key update');
      if (!before) throw errors.notFound('房间问题', 'Room problem');
      const [after] = await tx.update(pr).set({ status: 'handled', updatedAt: new Date() }).where(eq(pr.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.room-problem.handle', objectType: 'estate.room-problem', objectId: id, before, after });
      return after!;
    });
  }

  return { office, report, problems, handle };
}
export type MyOfficeService = ReturnType<typeof createMyOfficeService>;
