import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { as, buildTestApp, login } from '../helpers/test-app.js';

describe('DEMO=0: an empty tenant and its one-time bootstrap link', () => {
  let app: FastifyInstance;
  let printed = '';
  beforeAll(async () => {
    // why: the link is printed for the operator on the console; capture it instead of reading logs.
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { printed += a.join(' '); });
    app = await buildTestApp({ demo: false });
    spy.mockRestore();
  });
  afterAll(async () => { await app.close(); });

  const admins = {
    sysadmin: { username: 'root-sys', displayName: '系统管理员甲', password: 'Sys#Admin2026' },
    secadmin: { username: 'root-sec', displayName: '安全管理员乙', password: 'Sec#Admin2026' },
    auditor: { username: 'root-aud', displayName: '审计管理员丙', password: 'Aud#Admin2026' },
  };

  it('starts with no organisation and no account', async () => {
    expect(await app.platform.db.$count((await import('../../src/platform/org/org.table.js')).agencies)).toBe(0);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'center', password: 'Zhoushan@2023' } })).statusCode).toBe(401);
  });

  it('refuses a wrong token, creates the three administrators with the right one, and only once', async () => {
    const token = /bootstrap\?token=([\w-]+)/.exec(printed)?.[1];
    expect(token).toBeTruthy();
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/bootstrap', payload: { token: 'x'.repeat(32), ...admins } });
    expect(wrong.statusCode).toBe(403);
    const weak = await app.inject({ method: 'POST', url: '/api/v1/auth/bootstrap', payload: { token, ...admins, auditor: { ...admins.auditor, password: 'weakweak' } } });
    expect(weak.statusCode).toBe(400);
    const ok = await app.inject({ method: 'POST', url: '/api/v1/auth/bootstrap', payload: { token, ...admins } });
    expect(ok.statusCode).toBe(204);
    const again = await app.inject({ method: 'POST', url: '/api/v1/auth/bootstrap', payload: { token, ...admins } });
    expect(again.statusCode).toBe(403);
    const sec = await login(app, 'root-sec', 'Sec#Admin2026');
    expect(sec.user.permissions).toContain('platform:grant:write');
    expect(sec.user.permissions.some((p) => p.startsWith('org:'))).toBe(false);
    const roles = (await as(app, sec)('GET', '/api/v1/admin/roles')).json().items as Array<{ code: string }>;
    expect(roles.map((r) => r.code)).toEqual(expect.arrayContaining(['sysadmin', 'secadmin', 'auditadmin', 'center']));
  });
});
