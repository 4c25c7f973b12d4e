/**
 * The authorisation matrix: every API route × every built-in demo account and no session. The
 * expected answer is computed from the route's declared permission (app.routeTable) and the
 * account's permissions (GET /api/v1/auth/me): 401 without a session, 403 without the permission,
 * otherwise anything but 401/403. Then data scope: the agency officer cannot see or write into
 * another agency.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteInfo } from '../../src/app.js';
import { agencies, departments, people } from '../../src/platform/org/org.table.js';
import { as, buildTestApp, login, type Session } from '../helpers/test-app.js';

const ACCOUNTS = ['sysadmin', 'secadmin', 'auditor', 'center', 'agency', 'staff'] as const;
type Account = (typeof ACCOUNTS)[number];

describe('authorisation matrix: every route × every demo account', () => {
  let app: FastifyInstance;
  let routes: RouteInfo[];
  const sessions = {} as Record<Account, Session>;
  const permissions = {} as Record<Account, Set<string>>;

  beforeAll(async () => {
    app = await buildTestApp();
    routes = app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    for (const a of ACCOUNTS) {
      sessions[a] = await login(app, a);
      const me = await as(app, sessions[a])('GET', '/api/v1/auth/me');
      expect(me.statusCode).toBe(200);
      permissions[a] = new Set((me.json() as { user: { permissions: string[] } }).user.permissions);
    }
  });
  afterAll(async () => { await app?.close(); });

  const urlOf = (r: RouteInfo) => r.url.replace(/:(\w+)/g, () => randomUUID());
  const payloadOf = (r: RouteInfo) => (r.method === 'GET' ? undefined : {});
  // why: signing out ends the session the rest of the matrix needs; it is checked last, per account.
  const isLogout = (r: RouteInfo) => r.url === '/api/v1/auth/logout';

  it('the matrix covers the routes and the accounts differ', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(permissions.center.size).toBeGreaterThan(permissions.staff.size);
    expect(permissions.sysadmin).not.toEqual(permissions.secadmin);
  });

  it('answers 401 without a session on every non-public route, and never 401/403 on public ones', async () => {
    const wrong: string[] = [];
    for (const r of routes) {
      const res = await app.inject({ method: r.method as 'GET', url: urlOf(r), ...(payloadOf(r) ? { payload: payloadOf(r) } : {}) });
      if (r.device) {
        if (res.statusCode !== 401 || !(res.json() as { code: string }).code.startsWith('DEVICE_')) wrong.push(`${r.method} ${r.url}: unsigned device request answered ${res.statusCode}`);
      } else if (r.public) {
        if (res.statusCode === 401 || res.statusCode === 403) wrong.push(`${r.method} ${r.url}: public route answered ${res.statusCode}`);
      } else if (res.statusCode !== 401 || (res.json() as { code: string }).code !== 'AUTH_REQUIRED') {
        wrong.push(`${r.method} ${r.url}: expected 401 AUTH_REQUIRED, got ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  for (const account of ACCOUNTS) {
    it(`${account}: 403 exactly where the account lacks the route's permission`, async () => {
      const wrong: string[] = [];
      let allowed = 0;
      let denied = 0;
      // Device routes answer to a device signature, not to a session (covered by the integration tests).
      const ordered = [...routes.filter((r) => !isLogout(r) && !r.device), ...routes.filter(isLogout)];
      for (const r of ordered) {
        const res = await as(app, sessions[account])(r.method as 'GET', urlOf(r), payloadOf(r));
        const may = r.public || r.authenticated || (r.permission !== undefined && permissions[account].has(r.permission));
        if (may) {
          allowed += 1;
          if (res.statusCode === 401 || res.statusCode === 403) wrong.push(`${r.method} ${r.url} (${r.permission ?? 'authenticated'}): expected access, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        } else {
          denied += 1;
          const body = res.json() as { code?: string; ref?: { permission?: string } };
          if (res.statusCode !== 403 || body.code !== 'FORBIDDEN') wrong.push(`${r.method} ${r.url} (${r.permission}): expected 403 FORBIDDEN, got ${res.statusCode} ${res.body.slice(0, 160)}`);
          else if (body.ref?.permission !== r.permission) wrong.push(`${r.method} ${r.url}: 403 names ${body.ref?.permission}, not ${r.permission}`);
        }
      }
      expect(wrong, wrong.join('\n')).toEqual([]);
      expect(allowed + denied).toBe(routes.filter((r) => !r.device).length);
      // Sanity: administrators are denied the business routes and business accounts the administration.
      if (account !== 'center') expect(denied).toBeGreaterThan(0);
    });
  }

  it('the agency officer cannot see another agency: 404 for its people and for the agency itself', async () => {
    const agencyS = await login(app, 'agency');
    const [own] = await app.platform.db.select({ agencyId: people.agencyId }).from(people).where(eq(people.id, agencyS.user.personId!));
    const ownAgency = own!.agencyId;
    const [otherPerson] = await app.platform.db.select({ id: people.id, agencyId: people.agencyId }).from(people).where(ne(people.agencyId, ownAgency)).limit(1);
    const otherAgency = otherPerson!.agencyId;
    const call = as(app, agencyS);
    expect((await call('GET', `/api/v1/org/agencies/${ownAgency}`)).statusCode).toBe(200);
    const p = await call('GET', `/api/v1/org/people/${otherPerson!.id}`);
    expect(p.statusCode).toBe(404);
    expect(p.json().code).toBe('NOT_FOUND');
    const a = await call('GET', `/api/v1/org/agencies/${otherAgency}`);
    expect(a.statusCode).toBe(404);
    expect(a.json().code).toBe('NOT_FOUND');
    const [otherDept] = await app.platform.db.select({ id: departments.id }).from(departments).where(ne(departments.agencyId, ownAgency)).limit(1);
    if (otherDept) expect((await call('GET', `/api/v1/org/departments/${otherDept.id}`)).statusCode).toBe(404);
    // Lists never show another agency's rows.
    const list = (await call('GET', '/api/v1/org/agencies?pageSize=200')).json() as { items: Array<{ id: string }> };
    expect(list.items.map((x) => x.id)).toEqual([ownAgency]);
  });

  it('the agency officer cannot write into another agency: 403 for creations, no change for updates', async () => {
    const agencyS = await login(app, 'agency');
    const call = as(app, agencyS);
    const [own] = await app.platform.db.select({ agencyId: people.agencyId }).from(people).where(eq(people.id, agencyS.user.personId!));
    const [other] = await app.platform.db.select({ id: people.id, agencyId: people.agencyId, name: people.name }).from(people).where(ne(people.agencyId, own!.agencyId)).limit(1);
    const [regionOfOther] = await app.platform.db.select({ regionId: agencies.regionId }).from(agencies).where(eq(agencies.id, other!.agencyId));
    const [otherAgencyBefore] = await app.platform.db.select().from(agencies).where(eq(agencies.id, other!.agencyId));
    const auditBefore = (await app.platform.db.execute(sql`select last_seq::int as n from platform_audit_head`)) as unknown as { rows: Array<{ n: number }> };
    const perms = new Set(agencyS.user.permissions);
    const attempts: Array<[string, string, string, unknown, number[]]> = [
      ['org:person:write', 'POST', '/api/v1/org/people', { name: '越权人员', gender: 'M', agencyId: other!.agencyId, rank: 'staff_1', adminLevel: 'city' }, [403]],
      ['org:department:write', 'POST', '/api/v1/org/departments', { agencyId: other!.agencyId, name: '越权处室' }, [403]],
      ['org:position:write', 'POST', '/api/v1/org/positions', { agencyId: other!.agencyId, name: '越权岗位', rank: 'staff_1', adminLevel: 'city' }, [403]],
      ['org:agency:write', 'POST', '/api/v1/org/agencies', { code: 'XQ-999', name: '越权新单位', kind: 'government', regionId: regionOfOther!.regionId }, [403]],
      ['org:person:write', 'PATCH', `/api/v1/org/people/${other!.id}`, { name: '被越权修改' }, [403, 404]],
      ['org:person:write', 'PATCH', `/api/v1/org/people/${other!.id}`, { agencyId: own!.agencyId }, [403, 404]],
      ['org:person:write', 'PATCH', `/api/v1/org/people/${agencyS.user.personId!}`, { agencyId: other!.agencyId }, [403]],
      ['org:agency:write', 'PATCH', `/api/v1/org/agencies/${other!.agencyId}`, { name: '被越权修改的单位' }, [403, 404]],
      ['org:agency:write', 'POST', `/api/v1/org/agencies/${other!.agencyId}/deactivate`, undefined, [403, 404]],
    ];
    const wrong: string[] = [];
    let tried = 0;
    for (const [perm, method, url, body, expected] of attempts) {
      if (!perms.has(perm)) continue;
      tried += 1;
      const res = await call(method as 'POST', url, body);
      if (!expected.includes(res.statusCode)) wrong.push(`${method} ${url} ${JSON.stringify(body)}: expected ${expected.join('/')}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(tried).toBeGreaterThanOrEqual(3);
    expect(wrong, wrong.join('\n')).toEqual([]);
    const [otherAfter] = await app.platform.db.select({ name: people.name, agencyId: people.agencyId }).from(people).where(eq(people.id, other!.id));
    expect(otherAfter).toEqual({ name: other!.name, agencyId: other!.agencyId });
    const [otherAgencyAfter] = await app.platform.db.select().from(agencies).where(eq(agencies.id, other!.agencyId));
    expect(otherAgencyAfter).toEqual(otherAgencyBefore);
    expect(await app.platform.db.$count(departments, and(eq(departments.agencyId, other!.agencyId), eq(departments.name, '越权处室')))).toBe(0);
    const auditAfter = (await app.platform.db.execute(sql`select last_seq::int as n from platform_audit_head`)) as unknown as { rows: Array<{ n: number }> };
    expect(auditAfter.rows[0]!.n, 'refused writes leave no audit record').toBe(auditBefore.rows[0]!.n);
  });
});
