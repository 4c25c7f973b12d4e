/**
 * Browser-facing protections of the real app: security headers, the session cookie's flags, no
 * CORS grant to a foreign origin, and sign-in throttling (429 with the product's error body).
 * The last part needs `installSecurity` (platform/http/security.ts) wired into buildApp; the
 * module itself is also tested standalone below.
 */
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandler } from '../../src/platform/http/error-handler.js';
import { installSecurity } from '../../src/platform/http/security.js';
import { buildTestApp, DEMO_PASSWORD } from '../helpers/test-app.js';

const EVIL = 'https://evil.example';

function expectSecurityHeaders(res: LightMyRequestResponse) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  const xfo = String(res.headers['x-frame-options'] ?? '').toUpperCase();
  expect(['DENY', 'SAMEORIGIN'].includes(xfo) || /frame-ancestors '(none|self)'/.test(csp), 'framing is refused').toBe(true);
  expect(String(res.headers['referrer-policy'] ?? '')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
}

function expectNoCors(res: LightMyRequestResponse) {
  for (const h of Object.keys(res.headers)) expect(h.startsWith('access-control-'), `${h} must not be sent`).toBe(false);
}

const sessionCookie = (res: LightMyRequestResponse) => {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('zd_session='));
  expect(raw, 'the sign-in sets the session cookie').toBeDefined();
  return raw!.split(';').map((p) => p.trim().toLowerCase());
};

const signIn = (app: FastifyInstance, username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', headers, payload: { username, password } });

describe('security headers, cookie and CORS of the app', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('sends CSP, nosniff, anti-framing and a referrer policy on API answers, errors and health checks', async () => {
    const signedIn = await signIn(app, 'center', DEMO_PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    expectSecurityHeaders(signedIn);
    expectSecurityHeaders(await app.inject('/api/v1/nope'));
    expectSecurityHeaders(await app.inject('/api/v1/org/people'));
    expectSecurityHeaders(await app.inject('/healthz'));
  });

  it('sets the session cookie HttpOnly, SameSite=Lax and Path=/ (not Secure when secureCookies is off)', async () => {
    const parts = sessionCookie(await signIn(app, 'staff', DEMO_PASSWORD));
    expect(parts).toContain('httponly');
    expect(parts).toContain('samesite=lax');
    expect(parts).toContain('path=/');
    expect(parts).not.toContain('secure');
  });

  it('grants no CORS to a foreign origin and refuses its preflight', async () => {
    expectNoCors(await app.inject({ method: 'GET', url: '/healthz', headers: { origin: EVIL } }));
    expectNoCors(await app.inject({ method: 'GET', url: '/api/v1/org/people', headers: { origin: EVIL } }));
    const login = await signIn(app, 'center', DEMO_PASSWORD, { origin: EVIL });
    expectNoCors(login);
    for (const url of ['/api/v1/auth/login', '/api/v1/org/people', '/api/v1/org/departments']) {
      const pre = await app.inject({ method: 'OPTIONS', url, headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-csrf-token' } });
      expect(pre.statusCode, `preflight ${url}`).toBeGreaterThanOrEqual(400);
      expectNoCors(pre);
    }
  });

  it('throttles sign-in: the 11th attempt in a minute for one address and name is a 429 with the product error body', async () => {
    const name = 'no-such-user-rl';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await signIn(app, name, 'wrong-password')).statusCode);
    expect(statuses).toEqual(Array(10).fill(401));
    const limited = await signIn(app, name, 'wrong-password');
    expect(limited.statusCode, 'needs installSecurity wired into buildApp').toBe(429);
    expect(limited.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试' });
    expect(typeof limited.json().messageEn).toBe('string');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The throttled attempt never reached the password check: no sign-in event for it.
    const events = await app.platform.db.execute(sql`select count(*)::int as n from platform_login_event where username = ${name}`);
    expect((events as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(10);
    // Another name from the same address is not throttled by it.
    expect((await signIn(app, 'another-user-rl', 'wrong-password')).statusCode).toBe(401);
  });
});

describe('security headers and cookie with secureCookies on', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp({ secureCookies: true }); });
  afterAll(async () => { await app?.close(); });

  it('sends Strict-Transport-Security and marks the session cookie Secure', async () => {
    const res = await signIn(app, 'center', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res);
    expect(String(res.headers['strict-transport-security'] ?? '')).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(String(res.headers['strict-transport-security']))![1])).toBeGreaterThanOrEqual(15_552_000);
    const parts = sessionCookie(res);
    expect(parts).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite=lax', 'path=/']));
  });
});

describe('installSecurity on its own', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify({ logger: false });
    installErrorHandler(app);
    await installSecurity(app, { loginRateLimitPerMinute: 3 });
    app.post('/api/v1/auth/login', async () => ({ ok: true }));
    app.post('/api/v1/echo', async (req) => ({ body: req.body }));
    app.get('/api/v1/echo', async (req) => ({ query: req.query }));
    await app.ready();
  });
  afterAll(async () => { await app?.close(); });

  it('answers 429 with the product error body after the configured number of sign-ins, per name', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1) codes.push((await signIn(app, 'Alice', 'x')).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    // Case and spaces do not make a new name.
    const again = await signIn(app, ' alice ', 'x');
    expect(again.statusCode).toBe(429);
    expect(again.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试', messageEn: expect.any(String) });
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(app, 'bob', 'x')).statusCode).toBe(200);
    // Malformed attempts count too (the limit runs before validation).
    const junk = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'alice', password: 1 } });
    expect(junk.statusCode).toBe(429);
  });

  it('refuses a foreign preflight and strips CORS headers for foreign origins', async () => {
    const pre = await app.inject({ method: 'OPTIONS', url: '/api/v1/echo', headers: { origin: EVIL, 'access-control-request-method': 'POST' } });
    expect(pre.statusCode).toBe(403);
    expect(pre.json().code).toBe('CORS_NOT_ALLOWED');
    expectNoCors(pre);
    const same = await app.inject({ method: 'GET', url: '/api/v1/echo', headers: { origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(same.statusCode).toBe(200);
  });

  it('rejects NUL characters and lone surrogates in the body, query and path with a 400 naming the field', async () => {
    const body = await app.inject({ method: 'POST', url: '/api/v1/echo', headers: { 'content-type': 'application/json' }, payload: '{"a":{"b":"x\\u0000y"}}' });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'a.b', code: 'INVALID_CHARACTER' }] });
    const lone = await app.inject({ method: 'POST', url: '/api/v1/echo', headers: { 'content-type': 'application/json' }, payload: '{"name":"a\\ud800"}' });
    expect(lone.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'name', code: 'INVALID_UNICODE' }] });
    const query = await app.inject({ method: 'GET', url: '/api/v1/echo?q=a%00b' });
    expect(query.statusCode).toBe(400);
    expect(query.json().fields[0].path).toBe('q');
    const ok = await app.inject({ method: 'POST', url: '/api/v1/echo', headers: { 'content-type': 'application/json' }, payload: '{"name":"舟山 😀"}' });
    expect(ok.json()).toEqual({ body: { name: '舟山 😀' } });
  });
});
