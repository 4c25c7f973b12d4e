import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { accounts } from '../auth/auth.table.js';
import type { Db } from '../db/types.js';
import { AppError, errors } from '../http/errors.js';
import { agencies, departments, regions } from '../org/org.table.js';
import { adminRoles, type PermissionCategory, type PermissionRegistry } from './permissions.js';
import { bumpRbacVersion } from './access.js';
import { grants, rolePermissions, roles } from './rbac.table.js';
import type { ScopeKind } from './scope.js';

export interface RoleInput {
  code: string;
  nameZh: string;
  nameEn: string;
  category: PermissionCategory;
  description?: string | null | undefined;
  permissions: string[];
}

/** Roles and grants, with the 三员分立 rules. */
export function createRoleService(db: Db, registry: PermissionRegistry) {
  async function listRoles() {
    const rows = await db.select().from(roles).orderBy(sql`${roles.builtin} desc`, asc(roles.code));
    const perms = await db.select().from(rolePermissions);
    const items = rows.map((r) => ({
      id: r.id, code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, category: r.category, builtin: r.builtin, description: r.description,
      permissions: perms.filter((p) => p.roleId === r.id).map((p) => p.permission).sort(),
    }));
    return { items, total: items.length };
  }

  function checkPermissions(category: PermissionCategory, permissions: string[]) {
    for (const code of permissions) {
      const def = registry.get(code);
      if (!def) throw errors.validation([{ path: 'permissions', code: 'UNKNOWN_PERMISSION', message: `权限“${code}”不存在` }]);
      if (def.category !== category) {
        throw new AppError(422, 'ROLE_MIXES_CATEGORIES', `角色只能包含同一类权限：“${def.zh}”不属于该角色的类别（三员分立）`, `A role may only hold permissions of its own category; ${code} is ${def.category}`, [{ path: 'permissions', code: 'WRONG_CATEGORY', message: `“${def.zh}”不属于该类别` }]);
      }
    }
  }

  async function createRole(actor: Actor, input: RoleInput) {
    checkPermissions(input.category, input.permissions);
    return db.transaction(async (tx) => {
      const [dup] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, input.code));
      if (dup) throw errors.conflict('ROLE_DUPLICATE', `角色编码“${input.code}”已存在`, `Role code ${input.code} exists`, { roleId: dup.id });
      const [row] = await tx.insert(roles).values({ code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, category: input.category, description: input.description ?? null }).returning();
      if (input.permissions.length) await tx.insert(rolePermissions).values(input.permissions.map((permission) => ({ roleId: row!.id, permission })));
      await bumpRbacVersion(tx);
      await appendAudit(tx, actor, { action: 'rbac.role.create', objectType: 'role', objectId: row!.id, after: { ...row, permissions: input.permissions } });
      return row!.id;
    });
  }

  async function updateRole(actor: Actor, id: string, patch: Partial<Omit<RoleInput, 'code' | 'category'>>) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(roles).where(eq(roles.id, id)).for('no key update');
      if (!before) throw errors.notFound('角色', 'Role');
      if (before.builtin) throw errors.rule('ROLE_BUILTIN', '内置角色不能修改', 'Built-in roles cannot be changed');
      const beforePerms = (await tx.select().from(rolePermissions).where(eq(rolePermissions.roleId, id))).map((p) => p.permission);
      if (patch.permissions) {
        checkPermissions(before.category as PermissionCategory, patch.permissions);
        await tx.delete(rolePermissions).where(eq(rolePermissions.roleId, id));
        if (patch.permissions.length) await tx.insert(rolePermissions).values(patch.permissions.map((permission) => ({ roleId: id, permission })));
      }
      const { permissions: _p, ...fields } = patch;
      const [after] = await tx.update(roles).set({ ...fields, updatedAt: new Date() }).where(eq(roles.id, id)).returning();
      await bumpRbacVersion(tx);
      await appendAudit(tx, actor, { action: 'rbac.role.update', objectType: 'role', objectId: id, before: { ...before, permissions: beforePerms }, after: { ...after, permissions: patch.permissions ?? beforePerms } });
    });
  }

  async function deleteRole(actor: Actor, id: string) {
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(roles).where(eq(roles.id, id)).for('no key update');
      if (!before) throw errors.notFound('角色', 'Role');
      if (before.builtin) throw errors.rule('ROLE_BUILTIN', '内置角色不能删除', 'Built-in roles cannot be deleted');
      const [used] = await tx.select({ n: sql<number>`count(*)::int` }).from(grants).where(eq(grants.roleId, id));
      if (used && used.n > 0) throw errors.conflict('ROLE_IN_USE', `该角色仍授予 ${used.n} 个账号，请先撤销授权`, `The role is still granted to ${used.n} account(s)`);
      await tx.delete(roles).where(eq(roles.id, id));
      await bumpRbacVersion(tx);
      await appendAudit(tx, actor, { action: 'rbac.role.delete', objectType: 'role', objectId: id, before });
    });
  }

  const grantSelection = {
    id: grants.id, accountId: grants.accountId, username: accounts.username, roleId: grants.roleId, roleCode: roles.code,
    roleNameZh: roles.nameZh, roleNameEn: roles.nameEn, scopeKind: grants.scopeKind, scopeId: grants.scopeId,
    scopeName: sql<string | null>`coalesce((select name from platform_region where id = ${grants.scopeId}), (select name from platform_agency where id = ${grants.scopeId}), (select d.name || '（' || a.name || '）' from platform_department d join platform_agency a on a.id = d.agency_id where d.id = ${grants.scopeId}))`,
  };

  async function listGrants(accountId?: string) {
    const items = await db.select(grantSelection).from(grants).innerJoin(roles, eq(roles.id, grants.roleId)).innerJoin(accounts, eq(accounts.id, grants.accountId))
      .where(accountId ? eq(grants.accountId, accountId) : undefined).orderBy(asc(accounts.username), asc(roles.code)).limit(1000);
    return { items, total: items.length };
  }

  async function checkScopeTarget(tx: Db, kind: ScopeKind, scopeId: string | null | undefined) {
    if (kind === 'all' || kind === 'self') {
      if (scopeId) throw errors.validation([{ path: 'scopeId', code: 'NOT_ALLOWED', message: '该数据范围不需要选择对象' }]);
      return;
    }
    if (!scopeId) throw errors.validation([{ path: 'scopeId', code: 'REQUIRED', message: '请选择数据范围的对象' }]);
    const table = kind === 'region' ? regions : kind === 'agency' ? agencies : departments;
    const [found] = await tx.select({ id: table.id }).from(table).where(eq(table.id, scopeId));
    if (!found) throw errors.validation([{ path: 'scopeId', code: 'NOT_FOUND', message: '所选数据范围对象不存在' }]);
  }

  /** 三员分立: an administrator role stands alone on its account; business roles never join it. */
  async function grant(actor: Actor, input: { accountId: string; roleId: string; scopeKind: ScopeKind; scopeId?: string | null | undefined }, txIn?: Db) {
    const run = async (tx: Db) => {
      const [account] = await tx.select({ id: accounts.id, username: accounts.username }).from(accounts).where(eq(accounts.id, input.accountId)).for('no key update');
      if (!account) throw errors.validation([{ path: 'accountId', code: 'NOT_FOUND', message: '账号不存在' }]);
      const [role] = await tx.select().from(roles).where(eq(roles.id, input.roleId));
      if (!role) throw errors.validation([{ path: 'roleId', code: 'NOT_FOUND', message: '角色不存在' }]);
      await checkScopeTarget(tx, input.scopeKind, input.scopeId);
      const held = await tx.select({ code: roles.code, nameZh: roles.nameZh, category: roles.category }).from(grants).innerJoin(roles, eq(roles.id, grants.roleId)).where(eq(grants.accountId, account.id));
      const clash = held.find((h) => h.category !== role.category || (role.category !== 'business' && h.code !== role.code));
      if (clash) {
        const isAdmin = (c: string) => c !== 'business';
        const zh = isAdmin(role.category) || isAdmin(clash.category)
          ? `三员分立：账号“${account.username}”已有角色“${clash.nameZh}”，不能再授予“${role.nameZh}”`
          : `角色类别冲突：“${clash.nameZh}”与“${role.nameZh}”不能同时授予`;
        throw new AppError(422, 'SEPARATION_OF_DUTIES', zh, `Separation of duties: ${account.username} holds ${clash.code} and cannot also hold ${role.code}`, undefined, { heldRole: clash.code, requestedRole: role.code });
      }
      if (role.category !== 'business' && input.scopeKind !== 'all') throw errors.validation([{ path: 'scopeKind', code: 'ADMIN_SCOPE', message: '管理员角色的数据范围只能是“全部”' }]);
      const [dup] = await tx.select({ id: grants.id }).from(grants).where(and(eq(grants.accountId, account.id), eq(grants.roleId, role.id), eq(grants.scopeKind, input.scopeKind), input.scopeId ? eq(grants.scopeId, input.scopeId) : sql`${grants.scopeId} is null`));
      if (dup) throw errors.conflict('GRANT_DUPLICATE', '该授权已存在', 'This grant exists already', { grantId: dup.id });
      const [row] = await tx.insert(grants).values({ accountId: account.id, roleId: role.id, scopeKind: input.scopeKind, scopeId: input.scopeId ?? null }).returning();
      await bumpRbacVersion(tx);
      await appendAudit(tx, actor, { action: 'rbac.grant.create', objectType: 'grant', objectId: row!.id, after: { ...row, roleCode: role.code, username: account.username } });
      return row!.id;
    };
    return txIn ? run(txIn) : db.transaction(run);
  }

  async function revoke(actor: Actor, id: string) {
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(grants).where(eq(grants.id, id)).for('no key update');
      if (!before) throw errors.notFound('授权', 'Grant');
      await tx.delete(grants).where(eq(grants.id, id));
      await bumpRbacVersion(tx);
      await appendAudit(tx, actor, { action: 'rbac.grant.delete', objectType: 'grant', objectId: id, before });
    });
  }

  /** An agency officer works inside their scope: scoped business permissions and global reads, never city-wide settings or clear personal data. */
  function agencyOfficerPermissions() {
    return registry.all().filter((d) => d.category === 'business' && (d.scoped || d.code.endsWith(':read')) && !d.code.endsWith(':reveal')).map((d) => d.code);
  }

  /** Built-in roles: the three administrators with their category's permissions, and 中心业务管理员 with every business permission. */
  async function ensureBuiltinRoles() {
    const wanted = [
      ...adminRoles.map((r) => ({ ...r, permissions: registry.ofCategory(r.category) })),
      { code: 'center', category: 'business' as const, nameZh: '中心业务管理员', nameEn: 'Center business administrator', permissions: registry.ofCategory('business') },
      { code: 'agency-officer', category: 'business' as const, nameZh: '单位管理员', nameEn: 'Agency officer', permissions: [...new Set([...agencyOfficerPermissions(), ...registry.grantedTo('agency-officer')])] },
      { code: 'cadre', category: 'business' as const, nameZh: '干部', nameEn: 'Cadre', permissions: [...['org:person:read', 'org:agency:read', 'org:region:read'].filter((p) => registry.has(p)), ...registry.grantedTo('cadre')] },
      ...registry.roles().map((r) => {
        const bad = r.permissions.find((p) => registry.get(p)?.category !== 'business');
        if (bad) throw new Error(`role ${r.code}: ${bad} is not a registered business permission`);
        return { ...r, category: 'business' as const };
      }),
    ];
    await db.transaction(async (tx) => {
      for (const w of wanted) {
        await tx.insert(roles).values({ code: w.code, nameZh: w.nameZh, nameEn: w.nameEn, category: w.category, builtin: true }).onConflictDoNothing();
        const [role] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, w.code));
        await tx.delete(rolePermissions).where(and(eq(rolePermissions.roleId, role!.id), w.permissions.length ? sql`${rolePermissions.permission} not in ${w.permissions}` : undefined));
        if (w.permissions.length) await tx.insert(rolePermissions).values(w.permissions.map((permission) => ({ roleId: role!.id, permission }))).onConflictDoNothing();
      }
      await bumpRbacVersion(tx);
    });
  }

  async function roleIdsByCode(codes: string[]) {
    const rows = await db.select({ id: roles.id, code: roles.code }).from(roles).where(inArray(roles.code, codes));
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  return { listRoles, createRole, updateRole, deleteRole, listGrants, grant, revoke, ensureBuiltinRoles, roleIdsByCode };
}

export type RoleService = ReturnType<typeof createRoleService>;
