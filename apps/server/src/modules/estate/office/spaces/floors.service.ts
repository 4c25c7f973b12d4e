import { and, asc, count, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { inOrderOf, likePattern, orderBy } from '../../../../platform/http/paging.js';
import type { Scope } from '../../../../platform/rbac/scope.js';
import { estateBuildings as b, estateFloors as f } from '../../db/buildings.table.js';
import { assertManagesRegion, buildingScope } from '../shared.js';
import type { FloorInput } from './spaces.schemas.js';

export interface FloorFilter { q?: string | undefined; buildingId?: string | undefined; sort?: string | undefined }
const sortable = { level: f.level, name: f.name, createdAt: f.createdAt };

export function createFloorService(db: Db) {
  const selection = {
    id: f.id, buildingId: f.buildingId, buildingName: b.name, level: f.level, name: f.name, planFileId: f.planFileId, planKind: f.planKind,
    planWidth: f.planWidth, planHeight: f.planHeight,
    roomCount: sql<number>`(select count(*)::int from estate_room r where r.floor_id = ${f.id})`,
    usableAreaM2: sql<string>`(select coalesce(sum(r.usable_area_m2), 0) from estate_room r where r.floor_id = ${f.id})`,
  };
  const view = <T extends { roomCount: number; usableAreaM2: string }>(r: T) => ({ ...r, roomCount: Number(r.roomCount), usableAreaM2: Number(r.usableAreaM2) });

  function where(scopes: readonly Scope[], q: FloorFilter): SQL | undefined {
    return and(buildingScope(scopes, f.buildingId), q.buildingId ? eq(f.buildingId, q.buildingId) : undefined, q.q ? ilike(f.name, likePattern(q.q)) : undefined);
  }

  async function list(scopes: readonly Scope[], q: FloorFilter, limit: number, offset: number) {
    const w = where(scopes, q);
    const [page, [total]] = await Promise.all([
      db.select({ id: f.id }).from(f).where(w).orderBy(...orderBy(q.sort, sortable, [asc(f.buildingId), asc(f.level)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(f).where(w),
    ]);
    const ids = page.map((p) => p.id);
    const rows = ids.length ? await db.select(selection).from(f).innerJoin(b, eq(b.id, f.buildingId)).where(inArray(f.id, ids)) : [];
    return { items: inOrderOf(ids, rows.map(view)), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await db.select(selection).from(f).innerJoin(b, eq(b.id, f.buildingId)).where(and(eq(f.id, id), buildingScope(scopes, f.buildingId)));
    if (!row) throw errors.notFound('楼层', 'Floor');
    return view(row);
  }

  /** The floor (for update) and its building, checking the caller manages the building's region. */
  async function managed(tx: Db, scopes: readonly Scope[], id: string) {
    const [row] = await tx.select({ floor: f, regionId: b.regionId }).from(f).innerJoin(b, eq(b.id, f.buildingId)).where(eq(f.id, id)).for('no key update', { of: f });
    if (!row) throw errors.notFound('楼层', 'Floor');
    await assertManagesRegion(tx, scopes, row.regionId);
    return row.floor;
  }

  async function assertFreeLevel(tx: Db, buildingId: string, level: number, exceptId?: string) {
    const [c] = await tx.select({ id: f.id, name: f.name }).from(f).where(and(eq(f.buildingId, buildingId), eq(f.level, level), exceptId ? sql`${f.id} <> ${exceptId}` : undefined));
    if (c) throw errors.conflict('ESTATE_FLOOR_DUPLICATE', `该楼宇已有第 ${level} 层（${c.name}）`, `The building already has level ${level} (${c.name})`, { floorId: c.id, field: 'level' });
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: FloorInput) {
    return db.transaction(async (tx) => {
      const [bd] = await tx.select({ regionId: b.regionId }).from(b).where(eq(b.id, input.buildingId));
      if (!bd) throw errors.validation([{ path: 'buildingId', code: 'NOT_FOUND', message: '所选楼宇不存在' }]);
      await assertManagesRegion(tx, scopes, bd.regionId);
      await assertFreeLevel(tx, input.buildingId, input.level);
      const [row] = await tx.insert(f).values(input).returning();
      await appendAudit(tx, actor, { action: 'estate.floor.create', objectType: 'estate.floor', objectId: row!.id, after: row });
      return row!;
    });
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: Partial<Omit<FloorInput, 'buildingId'>>) {
    return db.transaction(async (tx) => {
      const before = await managed(tx, scopes, id);
      if (patch.level !== undefined) await assertFreeLevel(tx, before.buildingId, patch.level, id);
      const [after] = await tx.update(f).set({ ...patch, updatedAt: new Date() }).where(eq(f.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.floor.update', objectType: 'estate.floor', objectId: id, before, after });
      return after!;
    });
  }

  async function remove(actor: Actor, scopes: readonly Scope[], id: string) {
    return db.transaction(async (tx) => {
      const before = await managed(tx, scopes, id);
      const r = (await tx.execute(sql`select count(*)::int as n from estate_room where floor_id = ${id}`)) as { rows: Array<{ n: number }> };
      if ((r.rows[0]?.n ?? 0) > 0) throw errors.conflict('ESTATE_FLOOR_HAS_ROOMS', `楼层“${before.name}”下还有 ${r.rows[0]!.n} 个房间，不能删除`, `Floor ${before.name} still has ${r.rows[0]!.n} rooms`, { floorId: id });
      await tx.delete(f).where(eq(f.id, id));
      await appendAudit(tx, actor, { action: 'estate.floor.delete', objectType: 'estate.floor', objectId: id, before });
    });
  }

  return { list, get, create, update, remove, managed };
}
export type FloorService = ReturnType<typeof createFloorService>;
