import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { inOrderOf, likePattern, orderBy } from '../../../../platform/http/paging.js';
import { agencies } from '../../../../platform/org/org.table.js';
import type { Scope } from '../../../../platform/rbac/scope.js';
import { estateBuildings as b, estateFloors as f, estateRooms as r, type RoomOutline } from '../../db/buildings.table.js';
import { areaText, assertManagesRegion, numOrNull, roomScope } from '../shared.js';
import type { RoomFilter, RoomInput } from './spaces.schemas.js';

const sortable = { number: r.number, usableAreaM2: r.usableAreaM2, useClass: r.useClass, status: r.status, createdAt: r.createdAt };
/** People assigned to a room today (open-ended or ending today or later). */
export const occupantCountSql = sql<number>`(select count(*)::int from estate_assignment a where a.room_id = ${r.id}
  and a.start_date <= (now() at time zone 'Asia/Shanghai')::date and (a.end_date is null or a.end_date >= (now() at time zone 'Asia/Shanghai')::date))`;

export function createRoomService(db: Db) {
  const selection = {
    row: r, floorName: f.name, level: f.level, buildingName: b.name, agencyName: agencies.name, occupantCount: occupantCountSql,
  };
  type Sel = { row: typeof r.$inferSelect; floorName: string; level: number; buildingName: string; agencyName: string | null; occupantCount: number };
  const view = (s: Sel) => ({
    ...s.row, floorName: s.floorName, level: s.level, buildingName: s.buildingName, agencyName: s.agencyName, occupantCount: Number(s.occupantCount),
    usableAreaM2: Number(s.row.usableAreaM2), constructionAreaM2: numOrNull(s.row.constructionAreaM2),
  });
  const joined = () => db.select(selection).from(r).innerJoin(f, eq(f.id, r.floorId)).innerJoin(b, eq(b.id, r.buildingId)).leftJoin(agencies, eq(agencies.id, r.agencyId));

  function where(scopes: readonly Scope[], q: RoomFilter): SQL | undefined {
    return and(
      roomScope(scopes, r.agencyId),
      q.buildingId ? eq(r.buildingId, q.buildingId) : undefined,
      q.floorId ? eq(r.floorId, q.floorId) : undefined,
      q.agencyId ? eq(r.agencyId, q.agencyId) : undefined,
      q.useClass ? eq(r.useClass, q.useClass) : undefined,
      q.status ? eq(r.status, q.status) : undefined,
      q.q ? or(ilike(r.number, likePattern(q.q)), ilike(r.subUse, likePattern(q.q))) : undefined,
    );
  }

  async function list(scopes: readonly Scope[], q: RoomFilter, limit: number, offset: number) {
    const w = where(scopes, q);
    const [page, [total]] = await Promise.all([
      db.select({ id: r.id }).from(r).where(w).orderBy(...orderBy(q.sort, sortable, [asc(r.buildingId), asc(r.number)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(r).where(w),
    ]);
    const ids = page.map((p) => p.id);
    const rows = ids.length ? await joined().where(inArray(r.id, ids)) : [];
    return { items: inOrderOf(ids, rows.map(view)), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await joined().where(and(eq(r.id, id), roomScope(scopes, r.agencyId)));
    if (!row) throw errors.notFound('房间', 'Room');
    return view(row);
  }

  /** The room for update, checking the caller manages its building's region (or holds it in agency scope for outlines). */
  async function managed(tx: Db, scopes: readonly Scope[], id: string) {
    const [row] = await tx.select({ room: r, regionId: b.regionId }).from(r).innerJoin(b, eq(b.id, r.buildingId)).where(eq(r.id, id)).for('no key update', { of: r });
    if (!row) throw errors.notFound('房间', 'Room');
    await assertManagesRegion(tx, scopes, row.regionId);
    return row.room;
  }

  async function assertFreeNumber(tx: Db, floorId: string, number: string | undefined, exceptId?: string) {
    if (!number) return;
    const [c] = await tx.select({ id: r.id }).from(r).where(and(eq(r.floorId, floorId), eq(r.number, number), exceptId ? sql`${r.id} <> ${exceptId}` : undefined));
    if (c) throw errors.conflict('ESTATE_ROOM_DUPLICATE', `该楼层已有房间号“${number}”`, `The floor already has room ${number}`, { roomId: c.id, field: 'number' });
  }

  const values = (i: Partial<RoomInput>) => ({
    ...i,
    ...(i.usableAreaM2 !== undefined ? { usableAreaM2: areaText(i.usableAreaM2)! } : {}),
    ...(i.constructionAreaM2 !== undefined ? { constructionAreaM2: areaText(i.constructionAreaM2) } : {}),
  });

  function assertSuite(i: Partial<RoomInput>, useClass: string) {
    if (i.suitePart && useClass !== 'office') {
      throw errors.validation([{ path: 'suitePart', code: 'SUITE_NOT_OFFICE', message: '休息室、卫生间只能是办公室用房的一部分（use class office）' }]);
    }
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: RoomInput) {
    return db.transaction(async (tx) => {
      const [fl] = await tx.select({ buildingId: f.buildingId, regionId: b.regionId }).from(f).innerJoin(b, eq(b.id, f.buildingId)).where(eq(f.id, input.floorId));
      if (!fl) throw errors.validation([{ path: 'floorId', code: 'NOT_FOUND', message: '所选楼层不存在' }]);
      await assertManagesRegion(tx, scopes, fl.regionId);
      assertSuite(input, input.useClass);
      await assertFreeNumber(tx, input.floorId, input.number);
      const [row] = await tx.insert(r).values({ ...values(input), buildingId: fl.buildingId } as typeof r.$inferInsert).returning();
      await appendAudit(tx, actor, { action: 'estate.room.create', objectType: 'estate.room', objectId: row!.id, after: row });
      return row!;
    });
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: Partial<Omit<RoomInput, 'floorId'>>) {
    return db.transaction(async (tx) => {
      const before = await managed(tx, scopes, id);
      assertSuite(patch, patch.useClass ?? before.useClass);
      await assertFreeNumber(tx, before.floorId, patch.number, id);
      const [after] = await tx.update(r).set({ ...values(patch), updatedAt: new Date() } as Partial<typeof r.$inferInsert>).where(eq(r.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.room.update', objectType: 'estate.room', objectId: id, before, after });
      return after!;
    });
  }

  async function saveOutline(actor: Actor, scopes: readonly Scope[], id: string, outline: RoomOutline | null, svgElementId?: string | null) {
    return db.transaction(async (tx) => {
      const before = await managed(tx, scopes, id);
      const set = { outline, ...(svgElementId !== undefined ? { svgElementId } : {}), updatedAt: new Date() };
      await tx.update(r).set(set).where(eq(r.id, id));
      await appendAudit(tx, actor, { action: 'estate.room.outline', objectType: 'estate.room', objectId: id, before: { outline: before.outline, svgElementId: before.svgElementId }, after: set });
    });
  }

  async function remove(actor: Actor, scopes: readonly Scope[], id: string) {
    return db.transaction(async (tx) => {
      const before = await managed(tx, scopes, id);
      const x = (await tx.execute(sql`select count(*)::int as n from estate_assignment where room_id = ${id}`)) as { rows: Array<{ n: number }> };
      if ((x.rows[0]?.n ?? 0) > 0) throw errors.conflict('ESTATE_ROOM_IN_USE', `房间“${before.number}”有 ${x.rows[0]!.n} 条使用记录，不能删除；可改为停用状态`, `Room ${before.number} has ${x.rows[0]!.n} assignments; it cannot be deleted`, { roomId: id });
      try {
        await tx.delete(r).where(eq(r.id, id));
      } catch (e) {
        // why: rooms are referenced by allocations, census items and other records of the module.
        if ((e as { code?: string }).code === '23503' || /foreign key/i.test(String((e as Error).message))) {
          throw errors.conflict('ESTATE_ROOM_REFERENCED', `房间“${before.number}”已被配置、清查等记录引用，不能删除`, `Room ${before.number} is referenced by other records`, { roomId: id });
        }
        throw e;
      }
      await appendAudit(tx, actor, { action: 'estate.room.delete', objectType: 'estate.room', objectId: id, before });
    });
  }

  return { list, get, create, update, remove, saveOutline, managed };
}
export type RoomService = ReturnType<typeof createRoomService>;
