import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/platform/audit/audit.service.js';
import { accounts, sessions } from '../../src/platform/auth/auth.table.js';
import { notifications } from '../../src/platform/notify/notify.table.js';
import { as, buildTestApp, DEMO_PASSWORD, login } from '../helpers/test-app.js';
import { readXlsx } from '../helpers/xlsx.js';

describe('sign-in, sessions and passwords', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  const attempt = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('signs in with an HttpOnly session cookie and a CSRF token', async () => {
    const res = await attempt('center', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'zd_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(res.json().user.permissions).toContain('org:person:read');
    expect(res.json().user.roles).toEqual([{ code: 'center', nameZh: '中心业务管理员', nameEn: 'Center business administrator' }]);
  });

  it('answers AUTH_INVALID for a wrong password and an unknown user alike', async () => {
    const wrong = await attempt('secadmin', 'Nope-1234');
    const unknown = await attempt('nobody-here', 'Nope-1234');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUTH_INVALID');
    expect(unknown.json().code).toBe('AUTH_INVALID');
    const ok = await attempt('secadmin', DEMO_PASSWORD);
    expect(ok.statusCode).toBe(200);
  });

  it('locks an account for 15 minutes after 5 failures in a row; the sixth attempt says so in Chinese', async () => {
    for (let i = 1; i <= 4; i += 1) {
      const r = await attempt('staff', `Wrong-pass-${i}`);
      expect(r.statusCode).toBe(401);
      expect(r.json().ref.remainingAttempts).toBe(5 - i);
    }
    const fifth = await attempt('staff', 'Wrong-pass-5');
    expect(fifth.statusCode).toBe(423);
    const sixth = await attempt('staff', DEMO_PASSWORD);
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().code).toBe('AUTH_LOCKED');
    expect(sixth.json().message).toContain('锁定');
    expect(sixth.json().message).toContain('15 分钟');
    const [row] = await app.platform.db.select().from(accounts).where(eq(accounts.username, 'staff'));
    const minutes = (row!.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // the lock lifts when its time has passed
    await app.platform.db.update(accounts).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(accounts.username, 'staff'));
    expect((await attempt('staff', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('counts concurrent failures: five at once lock the account', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => attempt('agency', `Parallel-${i}x`)));
    expect(results.filter((r) => r.statusCode === 423)).toHaveLength(1);
    expect((await attempt('agency', DEMO_PASSWORD)).json().code).toBe('AUTH_LOCKED');
  });

  it('refuses a cookie write without the CSRF header with 403', async () => {
    const s = await login(app, 'center');
    const res = await app.inject({ method: 'POST', url: '/api/v1/org/departments', headers: { cookie: s.cookie }, payload: { agencyId: '00000000-0000-7000-8000-000000000000', name: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
  });

  it('signs in while another write holds the audit chain and notifies the same account (no deadlock)', async () => {
    // A dispatch (or any audited write) appends to the audit chain, then notifies the applicant: the
    // notification's foreign key takes a key-share lock on the account row. A sign-in locks that row
    // and then appends to the audit chain. Row locks that exclude key-share locks (FOR UPDATE) made
    // the two wait on each other on PostgreSQL; the sign-in's lock must let foreign keys through.
    const [staff] = await app.platform.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'staff'));
    const writer = app.platform.db.transaction(async (tx) => {
      await appendAudit(tx, { accountId: null, name: 'test', ip: null }, { action: 'test.hold-chain', objectType: 'test', objectId: null });
      await tx.execute(sql`select pg_sleep(0.6)`);
      await tx.insert(notifications).values({ accountId: staff!.id, title: '派车通知', body: '测试' });
    });
    await new Promise((r) => setTimeout(r, 150));
    const signIn = app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'staff', password: DEMO_PASSWORD } });
    const [written, res] = await Promise.allSettled([writer, signIn]);
    expect(written.status).toBe('fulfilled');
    expect(res.status === 'fulfilled' ? res.value.statusCode : res.reason).toBe(200);
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const s = await login(app, 'center');
    expect((await as(app, s)('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const id = (await app.platform.auth.resolveSession(s.cookie.split('=')[1]!))!.sessionId;
    await app.platform.db.update(sessions).set({ lastSeenAt: sql`now() - interval '31 minutes'` }).where(eq(sessions.id, id));
    // a change made behind the server's back (like another process's) is seen once the session cache's moment is over
    await new Promise((r) => setTimeout(r, app.platform.config.sessionCacheMs));
    expect((await as(app, s)('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    // the housekeeping job closes it for good
    await app.platform.auth.endIdleSessions();
    const [row] = await app.platform.db.select({ endedAt: sessions.endedAt }).from(sessions).where(eq(sessions.id, id));
    expect(row!.endedAt).toBeInstanceOf(Date);
  });

  it('forces the change of an initial password, enforcing the policy', async () => {
    const sys = await login(app, 'sysadmin');
    const created = await as(app, sys)('POST', '/api/v1/admin/accounts', { username: 'newbie', displayName: '新同志', initialPassword: 'Init-Pass-2024' });
    expect(created.statusCode).toBe(201);
    const s = await login(app, 'newbie', 'Init-Pass-2024');
    expect(s.user.mustChangePassword).toBe(true);
    const blocked = await as(app, s)('GET', '/api/v1/org/codes');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await as(app, s)('POST', '/api/v1/auth/password', { currentPassword: 'Init-Pass-2024', newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields[0].path).toBe('newPassword');
    const withName = await as(app, s)('POST', '/api/v1/auth/password', { currentPassword: 'Init-Pass-2024', newPassword: 'Newbie-2024!' });
    expect(withName.json().fields[0].code).toBe('PASSWORD_CONTAINS_USERNAME');
    const ok = await as(app, s)('POST', '/api/v1/auth/password', { currentPassword: 'Init-Pass-2024', newPassword: 'Haidao#2024' });
    expect(ok.statusCode).toBe(204);
    expect((await as(app, s)('GET', '/api/v1/org/codes')).statusCode).toBe(200);
  });

  it('treats a password older than 90 days as expired', async () => {
    await app.platform.db.update(accounts).set({ passwordChangedAt: new Date(Date.now() - 91 * 86_400_000) }).where(eq(accounts.username, 'auditor'));
    const s = await login(app, 'auditor');
    expect(s.user.mustChangePassword).toBe(true);
  });

  it('records sign-in history', async () => {
    const sys = await login(app, 'sysadmin');
    const res = await as(app, sys)('GET', '/api/v1/admin/login-events?username=staff&pageSize=50');
    const results = (res.json().items as Array<{ result: string }>).map((r) => r.result);
    expect(results).toEqual(expect.arrayContaining(['bad_password', 'locked_now', 'locked', 'success']));
    const oldestFirst = (await as(app, sys)('GET', '/api/v1/admin/login-events?username=staff&sort=at:asc&pageSize=1')).json().items[0].result;
    expect(oldestFirst).toBe('bad_password');
    const file = await as(app, sys)('GET', '/api/v1/admin/login-events?username=staff&format=xlsx');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const rows = await readXlsx(file.rawPayload);
    expect(rows.length - 1).toBe(res.json().total);
    expect(rows.slice(1).every((r) => r[1] === 'staff')).toBe(true);
  });

  it('tells the sign-in page which methods there are: password only without OIDC settings', async () => {
    const res = await app.inject('/api/v1/auth/methods');
    expect(res.json()).toEqual({ password: true, oidc: false, oidcStartUrl: null });
  });

  it('a session reused from the cache stops working at once when this server ends it or changes its rights', async () => {
    const s = await login(app, 'center');
    const other = await login(app, 'center');
    const me = as(app, s);
    expect((await me('GET', '/api/v1/org/agencies?pageSize=1')).statusCode).toBe(200); // now cached
    // another session of the account changes the password: this one ends, with no wait
    expect((await as(app, other)('POST', '/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Zhoushan#2099x' })).statusCode).toBe(204);
    expect((await me('GET', '/api/v1/org/agencies?pageSize=1')).statusCode).toBe(401);
    expect((await as(app, other)('POST', '/api/v1/auth/password', { currentPassword: 'Zhoushan#2099x', newPassword: DEMO_PASSWORD })).statusCode).toBe(204);
  });

  it('signs out and the cookie stops working', async () => {
    const s = await login(app, 'center');
    expect((await as(app, s)('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await as(app, s)('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });
});
