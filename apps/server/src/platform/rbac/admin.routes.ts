import { and, asc, eq, ilike } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountService } from '../auth/account.service.js';
import type { Db } from '../db/types.js';
import { exportList } from '../http/export.js';
import { likePattern, listQuery, offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import { agencies, departments, regions } from '../org/org.table.js';
import { platformPermissions as P, type PermissionRegistry } from './permissions.js';
import type { RoleService } from './roles.service.js';
import { scopeKinds } from './scope.js';

export interface AdminRoutesDeps {
  db: Db;
  accounts: AccountService;
  roles: RoleService;
  registry: PermissionRegistry;
}

const account = z.object({
  id: z.string(), username: z.string(), displayName: z.string(), personId: z.string().nullable(), personName: z.string().nullable(),
  status: z.string(), mustChangePassword: z.boolean(), lockedUntil: z.string().nullable(), lastLoginAt: z.string().nullable(),
  roles: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
}).meta({ id: 'Account' });
const username = z.string().trim().min(3).max(32).regex(/^[A-Za-z0-9_.-]+$/, '用户名只能包含字母、数字、点、下划线和短横线');
const category = z.enum(['system', 'security', 'audit', 'business']);
const role = z.object({
  id: z.string(), code: z.string(), nameZh: z.string(), nameEn: z.string(), category: z.string(), builtin: z.boolean(), description: z.string().nullable(), permissions: z.array(z.string()),
}).meta({ id: 'Role' });
const roleInput = z.strictObject({
  code: z.string().trim().min(2).max(32).regex(/^[a-z][a-z0-9-]*$/, '编码只能包含小写字母、数字和短横线'), nameZh: z.string().trim().min(1).max(32), nameEn: z.string().trim().min(1).max(64),
  category, description: z.string().trim().max(200).nullish(), permissions: z.array(z.string()).max(500),
});
const grant = z.object({
  id: z.string(), accountId: z.string(), username: z.string(), roleId: z.string(), roleCode: z.string(), roleNameZh: z.string(), roleNameEn: z.string(),
  scopeKind: z.string(), scopeId: z.string().nullable(), scopeName: z.string().nullable(),
}).meta({ id: 'Grant' });
const format = z.enum(['json', 'xlsx']).optional();
const idName = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })), total: z.number() });

export const adminRoutes = ({ db, accounts, roles, registry }: AdminRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  const tags = ['admin'];
  app.get('/accounts', {
    config: { permission: P.accountRead },
    schema: { tags, summary: '账号列表 Accounts', querystring: z.strictObject({ ...listQuery, status: z.enum(['active', 'disabled']).optional(), format }), response: { 200: pageOf(account) } },
  }, async (req, reply) => {
    if (req.query.format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.accountRead, objectType: 'auth.account', filename: '账号列表.xlsx', sheet: '账号', filters: req.query,
        page: async (_s, limit, offset) => (await accounts.list(req.query, limit, offset)).items,
        columns: [
          { header: '用户名', value: (r) => r.username }, { header: '姓名', value: (r) => r.displayName }, { header: '关联人员', value: (r) => r.personName },
          { header: '角色', value: (r) => r.roles.map((x) => x.nameZh).join('、'), width: 30 }, { header: '状态', value: (r) => (r.status === 'active' ? '启用' : '停用') },
          { header: '锁定至', value: (r) => r.lockedUntil, width: 26 }, { header: '最近登录', value: (r) => r.lastLoginAt, width: 26 },
        ],
      });
    }
    return accounts.list(req.query, offsetOf(req.query).limit, offsetOf(req.query).offset);
  });
  app.post('/accounts', {
    config: { permission: P.accountWrite },
    schema: { tags, summary: '新建账号 Create an account', body: z.strictObject({ username, displayName: z.string().trim().min(1).max(32), personId: z.uuid().nullish(), initialPassword: z.string().min(1).max(128) }), response: { 201: z.object({ id: z.string() }), 400: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send({ id: await accounts.create(actorOf(req), req.body) }));
  app.patch('/accounts/:id', {
    config: { permission: P.accountWrite },
    schema: { tags, summary: '修改账号 Update an account', params: idParams, body: z.strictObject({ displayName: z.string().trim().min(1).max(32).optional(), personId: z.uuid().nullish(), status: z.enum(['active', 'disabled']).optional() }), response: { 204: z.null(), 404: errorBody } },
  }, async (req, reply) => { await accounts.update(actorOf(req), req.params.id, req.body); return reply.status(204).send(null); });
  app.post('/accounts/:id/reset-password', {
    config: { permission: P.accountWrite },
    schema: { tags, summary: '重置密码 Reset password', params: idParams, body: z.strictObject({ initialPassword: z.string().min(1).max(128) }), response: { 204: z.null(), 400: errorBody, 404: errorBody } },
  }, async (req, reply) => { await accounts.resetPassword(actorOf(req), req.params.id, req.body.initialPassword); return reply.status(204).send(null); });
  app.post('/accounts/:id/unlock', {
    config: { permission: P.accountWrite },
    schema: { tags, summary: '解锁账号 Unlock', params: idParams, response: { 204: z.null(), 404: errorBody } },
  }, async (req, reply) => { await accounts.unlock(actorOf(req), req.params.id); return reply.status(204).send(null); });
  app.get('/login-events', {
    config: { permission: P.loginHistoryRead },
    schema: {
      tags, summary: '登录日志 Sign-in history', querystring: z.strictObject({ ...listQuery, accountId: z.uuid().optional(), username: z.string().max(64).optional(), result: z.string().max(32).optional(), format }),
      response: { 200: pageOf(z.object({ id: z.string(), at: z.string(), username: z.string(), accountId: z.string().nullable(), ip: z.string().nullable(), userAgent: z.string().nullable(), result: z.string() })) },
    },
  }, async (req, reply) => {
    if (req.query.format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.loginHistoryRead, objectType: 'auth.login-event', filename: '登录日志.xlsx', sheet: '登录日志', filters: req.query,
        page: async (_s, limit, offset) => (await accounts.loginHistory(req.query, limit, offset)).items,
        columns: [
          { header: '时间', value: (r) => r.at, width: 26 }, { header: '用户名', value: (r) => r.username }, { header: 'IP', value: (r) => r.ip },
          { header: '结果', value: (r) => r.result }, { header: '客户端', value: (r) => r.userAgent, width: 40 },
        ],
      });
    }
    return accounts.loginHistory(req.query, offsetOf(req.query).limit, offsetOf(req.query).offset);
  });

  app.get('/permissions', {
    config: { permission: P.roleRead },
    schema: { tags, summary: '权限清单 Permission registry', response: { 200: pageOf(z.object({ code: z.string(), zh: z.string(), en: z.string(), category: z.string() })) } },
  }, async () => {
    const items = registry.all().map(({ code, zh, en, category: c }) => ({ code, zh, en, category: c }));
    return { items, total: items.length };
  });
  app.get('/roles', { config: { permission: P.roleRead }, schema: { tags, summary: '角色 Roles', response: { 200: pageOf(role) } } }, async () => roles.listRoles());
  app.post('/roles', {
    config: { permission: P.roleWrite },
    schema: { tags, summary: '新建角色 Create a role', body: roleInput, response: { 201: z.object({ id: z.string() }), 400: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send({ id: await roles.createRole(actorOf(req), req.body) }));
  app.patch('/roles/:id', {
    config: { permission: P.roleWrite },
    schema: { tags, summary: '修改角色 Update a role', params: idParams, body: roleInput.omit({ code: true, category: true }).partial(), response: { 204: z.null(), 404: errorBody, 422: errorBody } },
  }, async (req, reply) => { await roles.updateRole(actorOf(req), req.params.id, req.body); return reply.status(204).send(null); });
  app.delete('/roles/:id', {
    config: { permission: P.roleWrite },
    schema: { tags, summary: '删除角色 Delete a role', params: idParams, response: { 204: z.null(), 404: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => { await roles.deleteRole(actorOf(req), req.params.id); return reply.status(204).send(null); });

  app.get('/grants', {
    config: { permission: P.grantRead },
    schema: { tags, summary: '授权 Grants', querystring: z.strictObject({ accountId: z.uuid().optional() }), response: { 200: pageOf(grant) } },
  }, async (req) => roles.listGrants(req.query.accountId));
  app.post('/grants', {
    config: { permission: P.grantWrite },
    schema: { tags, summary: '授予角色 Grant a role', body: z.strictObject({ accountId: z.uuid(), roleId: z.uuid(), scopeKind: z.enum(scopeKinds), scopeId: z.uuid().nullish() }), response: { 201: z.object({ id: z.string() }), 400: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send({ id: await roles.grant(actorOf(req), req.body) }));
  app.delete('/grants/:id', {
    config: { permission: P.grantWrite },
    schema: { tags, summary: '撤销授权 Revoke a grant', params: idParams, response: { 204: z.null(), 404: errorBody } },
  }, async (req, reply) => { await roles.revoke(actorOf(req), req.params.id); return reply.status(204).send(null); });
  app.get('/grant-accounts', {
    config: { permission: P.grantRead },
    schema: { tags, summary: '可授权账号 Accounts to grant to', querystring: z.strictObject({ q: z.string().trim().max(64).optional() }), response: { 200: pageOf(z.object({ id: z.string(), username: z.string(), displayName: z.string() })) } },
  }, async (req) => accounts.options(req.query.q));
  app.get('/grant-scopes', {
    config: { permission: P.grantRead },
    schema: { tags, summary: '数据范围对象 Scope targets', querystring: z.strictObject({ kind: z.enum(['region', 'agency', 'department']), q: z.string().trim().max(64).optional() }), response: { 200: idName } },
  }, async (req) => {
    const { kind, q } = req.query;
    const pattern = q ? likePattern(q) : undefined;
    const items = kind === 'region'
      ? await db.select({ id: regions.id, name: regions.name }).from(regions).where(pattern ? ilike(regions.name, pattern) : undefined).orderBy(asc(regions.path)).limit(50)
      : kind === 'agency'
        ? await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(and(eq(agencies.active, true), pattern ? ilike(agencies.name, pattern) : undefined)).orderBy(asc(agencies.code)).limit(50)
        : await db.select({ id: departments.id, name: departments.name }).from(departments).where(pattern ? ilike(departments.name, pattern) : undefined).limit(50);
    return { items, total: items.length };
  });
};
