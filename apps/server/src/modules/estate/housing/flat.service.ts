import { and, asc, count, eq, gte, ilike, lte, or, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import type { Scope } from '../../../platform/rbac/scope.js';
import { housingFlats } from '../db/housing.table.js';
import type { FlatInput } from './housing.schemas.js';
import { regionScope } from './housing-scope.js';

export interface FlatFilter {
  q?: string | undefined; status?: string | undefined; regionId?: string | undefined; estateName?: string | undefined;
  layout?: string | undefined; minAreaM2?: number | undefined; maxAreaM2?: number | undefined; sort?: string | undefined;
}

const sortable = { estateName: housingFlats.estateName, areaM2: housingFlats.areaM2, rentFen: housingFlats.rentFen, status: housingFlats.status, createdAt: housingFlats.createdAt };
const view = (r: typeof housingFlats.$inferSelect) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

/** Whether a region-scoped caller may write a row of this region (scope all: always). */
export async function regionInScope(db: Db, scopes: readonly Scope[], regionId: string): Promise<boolean> {
  const cond = regionScope(scopes, sql`${regionId}::uuid`);
  if (!cond) return true;
  const r = (await db.execute(sql`select (${cond}) as ok`)) as unknown as { rows: Array<{ ok: boolean }> };
  return r.rows[0]?.ok === true;
}

export function createFlatService(db: Db) {
  const where = (scopes: readonly Scope[], f: FlatFilter) => and(
    regionScope(scopes, housingFlats.regionId),
    f.q ? or(ilike(housingFlats.estateName, likePattern(f.q)), ilike(housingFlats.buildingName, likePattern(f.q)), ilike(housingFlats.number, likePattern(f.q))) : undefined,
    f.status ? eq(housingFlats.status, f.status) : undefined,
    f.regionId ? eq(housingFlats.regionId, f.regionId) : undefined,
    f.estateName ? eq(housingFlats.estateName, f.estateName) : undefined,
    f.layout ? eq(housingFlats.layout, f.layout) : undefined,
    f.minAreaM2 !== undefined ? gte(housingFlats.areaM2, String(f.minAreaM2)) : undefined,
    f.maxAreaM2 !== undefined ? lte(housingFlats.areaM2, String(f.maxAreaM2)) : undefined,
  );

  async function list(scopes: readonly Scope[], f: FlatFilter, limit: number, offset: number) {
    const w = where(scopes, f);
    const [items, [total]] = await Promise.all([
      db.select().from(housingFlats).where(w)
        .orderBy(...orderBy(f.sort, sortable, [asc(housingFlats.estateName), asc(housingFlats.buildingName), asc(housingFlats.unit), asc(housingFlats.number), asc(housingFlats.id)]))
        .limit(limit).offset(offset),
      db.select({ n: count() }).from(housingFlats).where(w),
    ]);
    return { items: items.map(view), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await db.select().from(housingFlats).where(and(eq(housingFlats.id, id), regionScope(scopes, housingFlats.regionId)));
    if (!row) throw errors.notFound('房源', 'Flat');
    return view(row);
  }

  async function checkUnique(tx: Db, v: { estateName: string; buildingName: string; unit: string; number: string }, exceptId?: string) {
    const [dup] = await tx.select({ id: housingFlats.id }).from(housingFlats).where(and(
      eq(housingFlats.estateName, v.estateName), eq(housingFlats.buildingName, v.buildingName), eq(housingFlats.unit, v.unit), eq(housingFlats.number, v.number),
      exceptId ? sql`${housingFlats.id} <> ${exceptId}` : undefined,
    ));
    if (dup) throw errors.conflict('HOUSING_FLAT_DUPLICATE', `房源“${v.estateName}${v.buildingName}${v.unit}${v.number}”已存在`, 'A flat with this address already exists', { flatId: dup.id });
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: FlatInput) {
    return db.transaction(async (tx) => {
      if (!(await regionInScope(tx, scopes, input.regionId))) throw errors.forbidden();
      await checkUnique(tx, input);
      const [row] = await tx.insert(housingFlats).values({ ...input, areaM2: input.areaM2.toFixed(2) }).returning();
      await appendAudit(tx, actor, { action: 'estate.housing-flat.create', objectType: 'estate.housing-flat', objectId: row!.id, after: view(row!) });
      return view(row!);
    });
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: Partial<FlatInput> & { status?: string | undefined }) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(housingFlats).where(and(eq(housingFlats.id, id), regionScope(scopes, housingFlats.regionId))).for('no key update');
      if (!before) throw errors.notFound('房源', 'Flat');
      if (patch.regionId && !(await regionInScope(tx, scopes, patch.regionId))) throw errors.forbidden();
      if (patch.status && before.status === 'allocated') {
        throw errors.rule('HOUSING_FLAT_ALLOCATED', '房源已配租，须先办理退出才能改变状态', 'The flat is let; end its lease (exit) before changing its status', { flatId: id });
      }
      const next = { ...before, ...patch };
      await checkUnique(tx, { estateName: next.estateName, buildingName: next.buildingName, unit: next.unit ?? '', number: next.number }, id);
      const { areaM2, ...rest } = patch;
      const [after] = await tx.update(housingFlats).set({ ...rest, ...(areaM2 !== undefined ? { areaM2: areaM2.toFixed(2) } : {}), updatedAt: new Date() }).where(eq(housingFlats.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.housing-flat.update', objectType: 'estate.housing-flat', objectId: id, before: view(before), after: view(after!) });
      return view(after!);
    });
  }

  return { list, get, create, update };
}
export type FlatService = ReturnType<typeof createFlatService>;
