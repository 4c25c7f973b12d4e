import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { inOrderOf, likePattern, orderBy } from '../../../../platform/http/paging.js';
import { agencies, people } from '../../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Scope } from '../../../../platform/rbac/scope.js';
import { estateBuildings as b, estateRooms as r } from '../../db/buildings.table.js';
import { estateAssignments as a } from '../../db/office.table.js';
import { num, shanghaiDate } from '../shared.js';
import type { AssignmentFilter, AssignmentInput } from './assignments.schemas.js';

const sortable = { startDate: a.startDate, endDate: a.endDate, createdAt: a.createdAt };

export function createAssignmentService(db: Db, clock: () => Date) {
  const selection = {
    row: a, personName: people.name, post: people.post, roomNumber: r.number, buildingName: b.name, usableAreaM2: r.usableAreaM2, agencyName: agencies.name,
  };
  type Sel = { row: typeof a.$inferSelect; personName: string; post: string | null; roomNumber: string; buildingName: string; usableAreaM2: string; agencyName: string };
  const view = (s: Sel) => ({ ...s.row, kind: s.row.kind as 'main' | 'side', personName: s.personName, post: s.post, roomNumber: s.roomNumber, buildingName: s.buildingName, usableAreaM2: num(s.usableAreaM2), agencyName: s.agencyName });
  const joined = () => db.select(selection).from(a).innerJoin(people, eq(people.id, a.personId)).innerJoin(r, eq(r.id, a.roomId))
    .innerJoin(b, eq(b.id, r.buildingId)).innerJoin(agencies, eq(agencies.id, a.agencyId));

  function where(scopes: readonly Scope[], f: AssignmentFilter): SQL | undefined {
    const today = shanghaiDate(clock());
    return and(
      scopeCondition(scopes, { agencyId: a.agencyId, personId: a.personId }),
      f.personId ? eq(a.personId, f.personId) : undefined,
      f.roomId ? eq(a.roomId, f.roomId) : undefined,
      f.agencyId ? eq(a.agencyId, f.agencyId) : undefined,
      f.current === true ? and(sql`${a.startDate} <= ${today}`, or(isNull(a.endDate), sql`${a.endDate} >= ${today}`)) : undefined,
      f.current === false ? sql`${a.endDate} < ${today}` : undefined,
      f.q ? sql`${a.personId} in (select id from platform_person where name ilike ${likePattern(f.q)})` : undefined,
    );
  }

  async function list(scopes: readonly Scope[], f: AssignmentFilter, limit: number, offset: number) {
    const w = where(scopes, f);
    const [page, [total]] = await Promise.all([
      db.select({ id: a.id }).from(a).where(w).orderBy(...orderBy(f.sort, sortable, [desc(a.startDate), asc(a.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(a).where(w),
    ]);
    const ids = page.map((p) => p.id);
    const rows = ids.length ? await joined().where(inArray(a.id, ids)) : [];
    return { items: inOrderOf(ids, rows.map(view)), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await joined().where(and(eq(a.id, id), scopeCondition(scopes, { agencyId: a.agencyId, personId: a.personId })));
    if (!row) throw errors.notFound('用房登记', 'Room assignment');
    return view(row);
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: AssignmentInput) {
    if (input.endDate && input.endDate < input.startDate) throw errors.validation([{ path: 'endDate', code: 'BEFORE_START', message: '结束日期不能早于开始日期' }]);
    return db.transaction(async (tx) => {
      const [person] = await tx.select({ id: people.id, agencyId: people.agencyId, departmentId: people.departmentId, status: people.status, name: people.name }).from(people).where(eq(people.id, input.personId));
      if (!person || !(await inScope(tx, scopes, { agencyId: person.agencyId, departmentId: person.departmentId, personId: person.id }))) {
        throw errors.validation([{ path: 'personId', code: 'NOT_FOUND', message: '人员不存在或不在您的管理范围内' }]);
      }
      const [room] = await tx.select().from(r).where(eq(r.id, input.roomId)).for('no key update');
      if (!room) throw errors.validation([{ path: 'roomId', code: 'NOT_FOUND', message: '房间不存在' }]);
      if (room.useClass !== 'office') throw errors.rule('ESTATE_ASSIGN_NOT_OFFICE', `房间“${room.number}”不是办公室用房，不能登记人员使用`, `Room ${room.number} is not an office room`, { roomId: room.id, useClass: room.useClass });
      if (input.kind === 'main' && room.agencyId !== person.agencyId) {
        throw errors.rule('ESTATE_ASSIGN_OTHER_AGENCY', `房间“${room.number}”未分配给该人员所在单位；兼职用房请选择“兼职”`, `Room ${room.number} is not allocated to the person's agency`, { roomId: room.id, roomAgencyId: room.agencyId });
      }
      if (['leased-out', 'repair'].includes(room.status)) throw errors.rule('ESTATE_ROOM_UNAVAILABLE', `房间“${room.number}”当前状态不可使用`, `Room ${room.number} is not available (${room.status})`, { status: room.status });
      const end = input.endDate ?? '9999-12-31';
      const [clash] = await tx.select({ id: a.id, startDate: a.startDate }).from(a).where(and(eq(a.personId, input.personId), eq(a.roomId, input.roomId),
        sql`${a.startDate} <= ${end}`, or(isNull(a.endDate), sql`${a.endDate} >= ${input.startDate}`)));
      if (clash) throw errors.conflict('ESTATE_ASSIGNMENT_OVERLAP', `${person.name}在该期间已登记使用房间“${room.number}”（自 ${clash.startDate} 起）`, `${person.name} already holds room ${room.number} in that period`, { assignmentId: clash.id });
      const [row] = await tx.insert(a).values({ ...input, agencyId: person.agencyId, endDate: input.endDate ?? null, note: input.note ?? null }).returning();
      if (room.status === 'vacant' || room.status === 'reserved') await tx.update(r).set({ status: 'in-use', updatedAt: new Date() }).where(eq(r.id, room.id));
      await appendAudit(tx, actor, { action: 'estate.assignment.create', objectType: 'estate.assignment', objectId: row!.id, after: row });
      return row!;
    });
  }

  /** Ends an assignment on a date (the room is vacant when nobody else holds it). Usable inside another transaction. */
  async function end(actor: Actor, scopes: readonly Scope[], id: string, endDate: string, note?: string | null, outer?: Db) {
    const run = async (tx: Db) => {
      const [before] = await tx.select().from(a).where(and(eq(a.id, id), scopeCondition(scopes, { agencyId: a.agencyId, personId: a.personId }))).for('no key update');
      if (!before) throw errors.notFound('用房登记', 'Room assignment');
      if (endDate < before.startDate) throw errors.validation([{ path: 'endDate', code: 'BEFORE_START', message: `结束日期不能早于开始日期 ${before.startDate}` }]);
      const [after] = await tx.update(a).set({ endDate, ...(note !== undefined ? { note } : {}), updatedAt: new Date() }).where(eq(a.id, id)).returning();
      const left = (await tx.execute(sql`select count(*)::int as n from estate_assignment where room_id = ${before.roomId} and id <> ${id}
        and (end_date is null or end_date > ${endDate})`)) as { rows: Array<{ n: number }> };
      if ((left.rows[0]?.n ?? 0) === 0) await tx.update(r).set({ status: 'vacant', updatedAt: new Date() }).where(and(eq(r.id, before.roomId), eq(r.status, 'in-use')));
      await appendAudit(tx, actor, { action: 'estate.assignment.end', objectType: 'estate.assignment', objectId: id, before, after });
      return after!;
    };
    return outer ? run(outer) : db.transaction(run);
  }

  return { list, get, create, end, where };
}
export type AssignmentService = ReturnType<typeof createAssignmentService>;
