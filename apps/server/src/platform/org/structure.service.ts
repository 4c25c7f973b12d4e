import { and, asc, count, eq, ilike, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import { inScope, scopeCondition, type Scope } from '../rbac/scope.js';
import { agencies, departments, positions, regions } from './org.table.js';

/** Regions, departments (处室) and positions: the structure around agencies and people. */
export function createStructureService(db: Db) {
  async function listRegions() {
    const items = await db.select({
      id: regions.id, code: regions.code, name: regions.name, parentId: regions.parentId, adminLevel: regions.adminLevel, sort: regions.sort, active: regions.active,
    }).from(regions).orderBy(asc(regions.path), asc(regions.sort));
    return { items, total: items.length };
  }

  const deptSelection = {
    id: departments.id, agencyId: departments.agencyId, agencyName: agencies.name, name: departments.name,
    headPersonId: departments.headPersonId, sort: departments.sort, active: departments.active,
  };

  async function listDepartments(scopes: readonly Scope[], f: { agencyId?: string | undefined; q?: string | undefined; active?: boolean | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(
      scopeCondition(scopes, { agencyId: departments.agencyId, departmentId: departments.id }),
      f.agencyId ? eq(departments.agencyId, f.agencyId) : undefined,
      f.q ? ilike(departments.name, likePattern(f.q)) : undefined,
      f.active !== undefined ? eq(departments.active, f.active) : undefined,
    );
    const [items, [total]] = await Promise.all([
      db.select(deptSelection).from(departments).innerJoin(agencies, eq(agencies.id, departments.agencyId)).where(w)
        .orderBy(...orderBy(f.sort, { name: departments.name, sort: departments.sort, agencyName: agencies.name }, [asc(agencies.code), asc(departments.sort), asc(departments.name)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(departments).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function getDepartment(scopes: readonly Scope[], id: string) {
    const [row] = await db.select(deptSelection).from(departments).innerJoin(agencies, eq(agencies.id, departments.agencyId))
      .where(and(eq(departments.id, id), scopeCondition(scopes, { agencyId: departments.agencyId, departmentId: departments.id })));
    if (!row) throw errors.notFound('处室', 'Department');
    return row;
  }

  async function createDepartment(actor: Actor, scopes: readonly Scope[], input: { agencyId: string; name: string; headPersonId?: string | null | undefined; sort: number }) {
    return db.transaction(async (tx) => {
      const [a] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId));
      if (!a) throw errors.validation([{ path: 'agencyId', code: 'NOT_FOUND', message: '所选单位不存在' }]);
      if (!(await inScope(tx, scopes, { agencyId: input.agencyId }))) throw errors.forbidden();
      const [dup] = await tx.select({ id: departments.id }).from(departments).where(and(eq(departments.agencyId, input.agencyId), eq(departments.name, input.name)));
      if (dup) throw errors.conflict('DEPARTMENT_DUPLICATE', `该单位已有处室“${input.name}”`, `The agency already has a department named ${input.name}`, { departmentId: dup.id });
      const [row] = await tx.insert(departments).values({ ...input, headPersonId: input.headPersonId ?? null }).returning();
      await appendAudit(tx, actor, { action: 'org.department.create', objectType: 'department', objectId: row!.id, after: row });
      return getDepartmentTx(tx, row!.id);
    });
  }

  async function getDepartmentTx(tx: Db, id: string) {
    const [row] = await tx.select(deptSelection).from(departments).innerJoin(agencies, eq(agencies.id, departments.agencyId)).where(eq(departments.id, id));
    return row!;
  }

  async function updateDepartment(actor: Actor, scopes: readonly Scope[], id: string, patch: { name?: string | undefined; headPersonId?: string | null | undefined; sort?: number | undefined; active?: boolean }) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(departments)
        .where(and(eq(departments.id, id), scopeCondition(scopes, { agencyId: departments.agencyId, departmentId: departments.id }))).for('no key update');
      if (!before) throw errors.notFound('处室', 'Department');
      if (patch.name && patch.name !== before.name) {
        const [dup] = await tx.select({ id: departments.id }).from(departments).where(and(eq(departments.agencyId, before.agencyId), eq(departments.name, patch.name)));
        if (dup) throw errors.conflict('DEPARTMENT_DUPLICATE', `该单位已有处室“${patch.name}”`, `The agency already has a department named ${patch.name}`, { departmentId: dup.id });
      }
      const [after] = await tx.update(departments).set({ ...patch, updatedAt: new Date() }).where(eq(departments.id, id)).returning();
      await appendAudit(tx, actor, { action: patch.active === false ? 'org.department.deactivate' : 'org.department.update', objectType: 'department', objectId: id, before, after });
      return getDepartmentTx(tx, id);
    });
  }

  const posSelection = {
    id: positions.id, agencyId: positions.agencyId, departmentId: positions.departmentId, name: positions.name,
    rank: positions.rank, adminLevel: positions.adminLevel, isLeader: positions.isLeader, active: positions.active,
  };

  async function listPositions(scopes: readonly Scope[], f: { agencyId?: string | undefined; q?: string | undefined }, limit: number, offset: number) {
    const w = and(
      scopeCondition(scopes, { agencyId: positions.agencyId, departmentId: positions.departmentId }),
      f.agencyId ? eq(positions.agencyId, f.agencyId) : undefined,
      f.q ? ilike(positions.name, likePattern(f.q)) : undefined,
    );
    const [items, [total]] = await Promise.all([
      db.select(posSelection).from(positions).where(w).orderBy(sql`${positions.isLeader} desc`, asc(positions.name)).limit(limit).offset(offset),
      db.select({ n: count() }).from(positions).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function createPosition(actor: Actor, scopes: readonly Scope[], input: { agencyId: string; departmentId?: string | null | undefined; name: string; rank: string; adminLevel: string; isLeader: boolean }) {
    return db.transaction(async (tx) => {
      if (!(await inScope(tx, scopes, { agencyId: input.agencyId, departmentId: input.departmentId ?? null }))) throw errors.forbidden();
      const [row] = await tx.insert(positions).values({ ...input, departmentId: input.departmentId ?? null }).returning();
      await appendAudit(tx, actor, { action: 'org.position.create', objectType: 'position', objectId: row!.id, after: row });
      return row!;
    });
  }

  return { listRegions, listDepartments, getDepartment, createDepartment, updateDepartment, listPositions, createPosition };
}

export type StructureService = ReturnType<typeof createStructureService>;
