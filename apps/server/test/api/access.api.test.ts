import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../src/platform/auth/auth.table.js';
import { agencies, people, regions } from '../../src/platform/org/org.table.js';
import { as, buildTestApp, grantedAccount, login, type Session } from '../helpers/test-app.js';

const ZERO_UUID = '00000000-0000-7000-8000-000000000000';

describe('routes, roles and data scope', () => {
  let app: FastifyInstance;
  let agencyS: Session;
  let staffS: Session;
  let centerS: Session;
  let secS: Session;
  beforeAll(async () => {
    app = await buildTestApp();
    [agencyS, staffS, centerS, secS] = await Promise.all([login(app, 'agency'), login(app, 'staff'), login(app, 'center'), login(app, 'secadmin')]);
  });
  afterAll(async () => { await app.close(); });

  it('every API route declares a permission or is on the explicit public list', () => {
    const api = app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(30);
    const publicApi = api.filter((r) => r.public).map((r) => `${r.method} ${r.url}`).sort();
    expect(publicApi).toEqual([
      'GET /api/v1/auth/methods', 'POST /api/v1/auth/bootstrap', 'POST /api/v1/auth/login',
      'POST /api/v1/devices/heartbeat', // signed by the device instead
    ]);
    expect(api.filter((r) => r.device).map((r) => r.url)).toEqual(['/api/v1/devices/heartbeat']);
    for (const r of api) expect(r.public || r.authenticated || (r.permission && app.platform.registry.has(r.permission)), `${r.method} ${r.url}`).toBeTruthy();
  });

  it('answers 401 to unauthenticated calls of every non-public route', async () => {
    const guarded = app.routeTable.filter((r) => r.url.startsWith('/api/v1/') && !r.public);
    for (const r of guarded) {
      const url = r.url.replace(/:id/g, ZERO_UUID);
      const res = await app.inject({ method: r.method as 'GET', url });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().code).toBe('AUTH_REQUIRED');
    }
  });

  it('an agency officer cannot read a person of another agency by id, but can read one of their own', async () => {
    const [own] = await app.platform.db.select({ id: people.id, agencyId: people.agencyId }).from(people).where(eq(people.id, agencyS.user.personId!));
    const [other] = await app.platform.db.select({ id: people.id }).from(people).where(ne(people.agencyId, own!.agencyId)).limit(1);
    expect((await as(app, agencyS)('GET', `/api/v1/org/people/${own!.id}`)).statusCode).toBe(200);
    const res = await as(app, agencyS)('GET', `/api/v1/org/people/${other!.id}`);
    expect(res.statusCode).toBe(404);
    expect((await as(app, centerS)('GET', `/api/v1/org/people/${other!.id}`)).statusCode).toBe(200);
  });

  it('filters lists by scope inside the query: the totals are those of the SQL count', async () => {
    const [own] = await app.platform.db.select({ agencyId: people.agencyId }).from(people).where(eq(people.id, agencyS.user.personId!));
    const mine = await app.platform.db.$count(people, eq(people.agencyId, own!.agencyId));
    const list = await as(app, agencyS)('GET', '/api/v1/org/people?pageSize=200');
    expect(list.json().total).toBe(mine);
    expect((list.json().items as Array<{ agencyId: string }>).every((p) => p.agencyId === own!.agencyId)).toBe(true);
    const self = await as(app, staffS)('GET', '/api/v1/org/people');
    expect(self.json().total).toBe(1);
    expect(self.json().items[0].id).toBe(staffS.user.personId);
  });

  it('an agency officer cannot create a person in another agency', async () => {
    const [own] = await app.platform.db.select({ agencyId: people.agencyId }).from(people).where(eq(people.id, agencyS.user.personId!));
    const [other] = await app.platform.db.select({ agencyId: people.agencyId }).from(people).where(ne(people.agencyId, own!.agencyId)).limit(1);
    const body = { name: '越权测试', gender: 'M', rank: 'staff_1', adminLevel: 'city' };
    expect((await as(app, agencyS)('POST', '/api/v1/org/people', { ...body, agencyId: other!.agencyId })).statusCode).toBe(403);
    expect((await as(app, agencyS)('POST', '/api/v1/org/people', { ...body, agencyId: own!.agencyId })).statusCode).toBe(201);
  });

  it('三员分立: sysadmin cannot be granted the audit administrator role, nor a business role', async () => {
    const roles = (await as(app, secS)('GET', '/api/v1/admin/roles')).json().items as Array<{ id: string; code: string }>;
    const roleId = (code: string) => roles.find((r) => r.code === code)!.id;
    const [sys] = await app.platform.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'sysadmin'));
    const toAudit = await as(app, secS)('POST', '/api/v1/admin/grants', { accountId: sys!.id, roleId: roleId('auditadmin'), scopeKind: 'all' });
    expect(toAudit.statusCode).toBe(422);
    expect(toAudit.json().code).toBe('SEPARATION_OF_DUTIES');
    expect(toAudit.json().message).toContain('三员分立');
    const toBusiness = await as(app, secS)('POST', '/api/v1/admin/grants', { accountId: sys!.id, roleId: roleId('center'), scopeKind: 'all' });
    expect(toBusiness.statusCode).toBe(422);
  });

  it('a role may not mix administrator and business permissions', async () => {
    const res = await as(app, secS)('POST', '/api/v1/admin/roles', { code: 'mixed', nameZh: '混合', nameEn: 'Mixed', category: 'business', permissions: ['org:person:read', 'platform:audit:read'] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ROLE_MIXES_CATEGORIES');
  });

  it('administrators hold no business permission and business roles no administration', async () => {
    const categoryOf = (p: string) => app.platform.registry.get(p)!.category;
    for (const [u, category] of [['sysadmin', 'system'], ['secadmin', 'security'], ['auditor', 'audit']] as const) {
      const s = await login(app, u);
      expect(s.user.permissions.length).toBeGreaterThan(0);
      expect(s.user.permissions.filter((p) => categoryOf(p) !== category)).toEqual([]);
      expect((await as(app, s)('GET', '/api/v1/org/people')).statusCode).toBe(403);
    }
    expect(centerS.user.permissions.filter((p) => categoryOf(p) !== 'business')).toEqual([]);
    expect((await as(app, centerS)('GET', '/api/v1/audit/records')).statusCode).toBe(403);
  });

  it('a business role granted with agency scope narrows a new account to that agency', async () => {
    const sys = await login(app, 'sysadmin');
    const created = await as(app, sys)('POST', '/api/v1/admin/accounts', { username: 'officer2', displayName: '单位管理员二', initialPassword: 'Officer#2024' });
    const [agency] = await app.platform.db.select({ agencyId: people.agencyId }).from(people).where(and(ne(people.id, agencyS.user.personId!))).limit(1);
    const roles = (await as(app, secS)('GET', '/api/v1/admin/roles')).json().items as Array<{ id: string; code: string }>;
    const g = await as(app, secS)('POST', '/api/v1/admin/grants', { accountId: created.json().id, roleId: roles.find((r) => r.code === 'agency-officer')!.id, scopeKind: 'agency', scopeId: agency!.agencyId });
    expect(g.statusCode).toBe(201);
    await app.platform.db.update(accounts).set({ mustChangePassword: false }).where(eq(accounts.username, 'officer2'));
    const s = await login(app, 'officer2', 'Officer#2024');
    const list = (await as(app, s)('GET', '/api/v1/org/people?pageSize=200')).json().items as Array<{ agencyId: string }>;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((p) => p.agencyId === agency!.agencyId)).toBe(true);
    // a revoked grant takes effect on the next request, whatever any process has cached
    expect((await as(app, secS)('DELETE', `/api/v1/admin/grants/${g.json().id}`)).statusCode).toBe(204);
    expect((await as(app, s)('GET', '/api/v1/org/people')).statusCode).toBe(403);
  });
});

describe('reading one person by id under each kind of scope', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  let n = 0;
  const officer = (scopeKind: string, scopeId: string) => grantedAccount(app, `scoped${++n}`, 'agency-officer', scopeKind, scopeId);
  const status = async (s: Session, id: string) => (await as(app, s)('GET', `/api/v1/org/people/${id}`)).statusCode;

  it('a department scope sees its department\'s people, not its agency\'s people outside any department', async () => {
    const [inDept] = await app.platform.db.select({ id: people.id, agencyId: people.agencyId, departmentId: people.departmentId }).from(people).where(isNotNull(people.departmentId)).limit(1);
    const [noDept] = await app.platform.db.insert(people).values({ name: '未分处室', gender: 'female', agencyId: inDept!.agencyId, departmentId: null, status: 'active', rank: 'section_chief', adminLevel: 'city' }).returning({ id: people.id });
    const [otherDept] = await app.platform.db.select({ id: people.id }).from(people).where(and(eq(people.agencyId, inDept!.agencyId), ne(people.departmentId, inDept!.departmentId!))).limit(1);
    const s = await officer('department', inDept!.departmentId!);
    expect(await status(s, inDept!.id)).toBe(200);
    expect(await status(s, noDept!.id)).toBe(404);
    if (otherDept) expect(await status(s, otherDept.id)).toBe(404);
  });

  it('a region scope sees the people of the agencies in the region and below it, and no others', async () => {
    const rows = await app.platform.db.select({ id: people.id, regionId: agencies.regionId, path: regions.path }).from(people)
      .innerJoin(agencies, eq(agencies.id, people.agencyId)).innerJoin(regions, eq(regions.id, agencies.regionId));
    const region = rows.find((r) => rows.some((o) => !o.path.startsWith(r.path)))!;
    const inside = rows.filter((r) => r.path.startsWith(region.path));
    const outside = rows.find((r) => !r.path.startsWith(region.path))!;
    const s = await officer('region', region.regionId);
    for (const p of inside.slice(0, 3)) expect(await status(s, p.id)).toBe(200);
    expect(await status(s, outside.id)).toBe(404);
  });

  it('an agency scope given in capitals is the same agency', async () => {
    const [p] = await app.platform.db.select({ id: people.id, agencyId: people.agencyId }).from(people).limit(1);
    const s = await officer('agency', p!.agencyId.toUpperCase());
    expect(await status(s, p!.id)).toBe(200);
    expect(await status(s, ZERO_UUID)).toBe(404);
  });
});
