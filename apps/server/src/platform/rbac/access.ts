import { eq, sql } from 'drizzle-orm';
import { pendingList } from '../db/commit-hooks.js';
import type { Db } from '../db/types.js';
import type { PermissionRegistry } from './permissions.js';
import { grants, rolePermissions, roles } from './rbac.table.js';
import type { Scope, ScopeKind } from './scope.js';

/** What an account may do: permission → the scopes it holds it in. */
export type PermissionMap = Map<string, Scope[]>;

export function toScope(kind: ScopeKind, scopeId: string | null, personId: string | null): Scope {
  switch (kind) {
    case 'all': return { kind: 'all' };
    case 'region': return { kind: 'region', regionId: scopeId ?? '' };
    case 'agency': return { kind: 'agency', agencyId: scopeId ?? '' };
    case 'department': return { kind: 'department', departmentId: scopeId ?? '' };
    case 'self': return { kind: 'self', personId };
  }
}

const RBAC_VERSION = 'rbac_version';

let generation = 0;
const INVALIDATE = Symbol('rbac.invalidate-access');

/** How many changes of sessions, accounts, roles or grants this process has committed; what was cached under an older count is stale. */
export const accessGeneration = (): number => generation;

/**
 * Marks every session and permission cached in this process stale once `tx` commits (at once when
 * `tx` is not a hooked transaction). Call it in every write that ends a session or changes an
 * account, a role or a grant.
 */
export function invalidateAccess(tx: Db): void {
  const queued = pendingList<true>(tx, INVALIDATE, async () => {}, async () => { generation++; });
  if (!queued) generation++;
  else if (!queued.length) queued.push(true);
}

/** Bumps the version of roles and grants in the caller's transaction; every process drops its cached permission maps. */
export async function bumpRbacVersion(tx: Db): Promise<void> {
  invalidateAccess(tx);
  await tx.execute(sql`insert into platform_setting (key, value) values (${RBAC_VERSION}, '1')
    on conflict (key) do update set value = (platform_setting.value::bigint + 1)::text, updated_at = now()`);
}

/** The SQL expression of the current version of roles and grants (read with the session, in the same round trip). */
export const rbacVersionSql = sql<string | null>`(select value from platform_setting where key = ${RBAC_VERSION})`;

/**
 * Permission maps per account, valid while the account row and the version of roles and grants
 * are unchanged. Bounded; the oldest entries go first.
 */
export class PermissionCache {
  private readonly entries = new Map<string, { key: string; map: PermissionMap }>();
  constructor(private readonly max = 5000) {}

  async get(accountId: string, key: string, load: () => Promise<PermissionMap>): Promise<PermissionMap> {
    const hit = this.entries.get(accountId);
    if (hit && hit.key === key) return hit.map;
    const map = await load();
    this.entries.delete(accountId);
    this.entries.set(accountId, { key, map });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return map;
  }
}

/** The distinct roles granted to an account, for display. */
export async function loadRoles(db: Db, accountId: string): Promise<Array<{ code: string; nameZh: string; nameEn: string }>> {
  return db.selectDistinct({ code: roles.code, nameZh: roles.nameZh, nameEn: roles.nameEn }).from(grants)
    .innerJoin(roles, eq(roles.id, grants.roleId)).where(eq(grants.accountId, accountId)).orderBy(roles.code);
}

/** One query: the grants of an account with the permissions of their roles. */
export async function loadPermissions(db: Db, registry: PermissionRegistry, accountId: string, personId: string | null): Promise<PermissionMap> {
  const rows = await db
    .select({ permission: rolePermissions.permission, scopeKind: grants.scopeKind, scopeId: grants.scopeId })
    .from(grants)
    .innerJoin(roles, eq(roles.id, grants.roleId))
    .innerJoin(rolePermissions, eq(rolePermissions.roleId, roles.id))
    .where(eq(grants.accountId, accountId));
  const map: PermissionMap = new Map();
  for (const r of rows) {
    const def = registry.get(r.permission);
    if (!def) continue;
    // why: unscoped (administrator) permissions are global whatever the grant says.
    const scope = def.scoped ? toScope(r.scopeKind as ScopeKind, r.scopeId, personId) : { kind: 'all' as const };
    const list = map.get(r.permission) ?? [];
    list.push(scope);
    map.set(r.permission, list);
  }
  return map;
}
