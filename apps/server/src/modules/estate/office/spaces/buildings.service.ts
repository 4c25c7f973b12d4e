import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { inOrderOf, likePattern, orderBy } from '../../../../platform/http/paging.js';
import { agencies, regions } from '../../../../platform/org/org.table.js';
import type { Scope } from '../../../../platform/rbac/scope.js';
import { estateBuildings as b } from '../../db/buildings.table.js';
import { areaText, assertManagesRegion, buildingScope, numOrNull } from '../shared.js';
import type { BuildingInput } from './spaces.schemas.js';

export interface BuildingFilter { q?: string | undefined; regionId?: string | undefined; status?: string | undefined; sort?: string | undefined }
const sortable = { code: b.code, name: b.name, status: b.status, builtYear: b.builtYear, createdAt: b.createdAt };

export function createBuildingService(db: Db) {
  const selection = {
    row: b, regionName: regions.name, ownerAgencyName: agencies.name,
    roomCount: sql<number>`(select count(*)::int from estate_room r where r.building_id = ${b.id})`,
    usableAreaM2: sql<string>`(select coalesce(sum(r.usable_area_m2), 0) from estate_room r where r.building_id = ${b.id})`,
  };
  type Sel = { row: typeof b.$inferSelect; regionName: string; ownerAgencyName: string | null; roomCount: number; usableAreaM2: string };
  const view = (s: Sel) => ({
    ...s.row, regionName: s.regionName, ownerAgencyName: s.ownerAgencyName, roomCount: Number(s.roomCount), usableAreaM2: Number(s.usableAreaM2),
    constructionAreaM2: numOrNull(s.row.constructionAreaM2), landAreaM2: numOrNull(s.row.landAreaM2),
  });

  function where(scopes: readonly Scope[], f: BuildingFilter): SQL | undefined {
    return and(
      buildingScope(scopes, b.id),
      f.q ? or(ilike(b.name, likePattern(f.q)), ilike(b.code, likePattern(f.q)), ilike(b.address, likePattern(f.q))) : undefined,
      f.regionId ? sql`${b.regionId} in (select id from platform_region where path like (select path from platform_region where id = ${f.regionId}) || '%')` : undefined,
      f.status ? eq(b.status, f.status) : undefined,
    );
  }

  async function list(scopes: readonly Scope[], f: BuildingFilter, limit: number, offset: number) {
    const w = where(scopes, f);
    const [page, [total]] = await Promise.all([
      db.select({ id: b.id }).from(b).where(w).orderBy(...orderBy(f.sort, sortable, [asc(b.code)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(b).where(w),
    ]);
    const ids = page.map((p) => p.id);
    const rows = ids.length ? await db.select(selection).from(b).innerJoin(regions, eq(regions.id, b.regionId))
      .leftJoin(agencies, eq(agencies.id, b.ownerAgencyId)).where(inArray(b.id, ids)) : [];
    return { items: inOrderOf(ids, rows.map(view)), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await db.select(selection).from(b).innerJoin(regions, eq(regions.id, b.regionId))
      .leftJoin(agencies, eq(agencies.id, b.ownerAgencyId)).where(and(eq(b.id, id), buildingScope(scopes, b.id)));
    if (!row) throw errors.notFound('楼宇', 'Building');
    return view(row);
  }

  async function assertUniqueCode(tx: Db, code: string | undefined, exceptId?: string) {
    if (!code) return;
    const [c] = await tx.select({ id: b.id, name: b.name }).from(b).where(and(eq(b.code, code), exceptId ? sql`${b.id} <> ${exceptId}` : undefined));
    if (c) throw errors.conflict('ESTATE_BUILDING_DUPLICATE', `楼宇编码“${code}”已被“${c.name}”使用`, `Building code ${code} is already used by ${c.name}`, { buildingId: c.id, field: 'code' });
  }

  const values = (i: Partial<BuildingInput>) => ({
    ...i,
    ...(i.constructionAreaM2 !== undefined ? { constructionAreaM2: areaText(i.constructionAreaM2) } : {}),
    ...(i.landAreaM2 !== undefined ? { landAreaM2: areaText(i.landAreaM2) } : {}),
  });

  async function create(actor: Actor, scopes: readonly Scope[], input: BuildingInput) {
    return db.transaction(async (tx) => {
      await assertManagesRegion(tx, scopes, input.regionId);
      await assertUniqueCode(tx, input.code);
      const [row] = await tx.insert(b).values(values(input) as typeof b.$inferInsert).returning();
      await appendAudit(tx, actor, { action: 'estate.building.create', objectType: 'estate.building', objectId: row!.id, after: row });
      return row!;
    });
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: Partial<BuildingInput>) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(b).where(eq(b.id, id)).for('no key update');
      if (!before) throw errors.notFound('楼宇', 'Building');
      await assertManagesRegion(tx, scopes, before.regionId);
      if (patch.regionId) await assertManagesRegion(tx, scopes, patch.regionId);
      await assertUniqueCode(tx, patch.code, id);
      const [after] = await tx.update(b).set({ ...values(patch), updatedAt: new Date() } as Partial<typeof b.$inferInsert>).where(eq(b.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.building.update', objectType: 'estate.building', objectId: id, before, after });
      return after!;
    });
  }

  async function remove(actor: Actor, scopes: readonly Scope[], id: string) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(b).where(eq(b.id, id)).for('no key update');
      if (!before) throw errors.notFound('楼宇', 'Building');
      await assertManagesRegion(tx, scopes, before.regionId);
      const r = (await tx.execute(sql`select count(*)::int as n from estate_floor where building_id = ${id}`)) as { rows: Array<{ n: number }> };
      if ((r.rows[0]?.n ?? 0) > 0) throw errors.conflict('ESTATE_BUILDING_HAS_FLOORS', `楼宇“${before.name}”下还有 ${r.rows[0]!.n} 个楼层，不能删除`, `Building ${before.name} still has ${r.rows[0]!.n} floors`, { buildingId: id });
      await tx.delete(b).where(eq(b.id, id));
      await appendAudit(tx, actor, { action: 'estate.building.delete', objectType: 'estate.building', objectId: id, before });
    });
  }

  return { list, get, create, update, remove };
}
export type BuildingService = ReturnType<typeof createBuildingService>;
