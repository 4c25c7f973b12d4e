import http from 'node:http';
import net from 'node:net';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { auditLog } from '../../src/platform/audit/audit.table.js';
import { accounts } from '../../src/platform/auth/auth.table.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/config.js';
import { sha256Hex } from '../../src/platform/crypto/hash.js';
import {
  signDeviceRequest, type IntegrationApi,
} from '../../src/platform/integration/index.js';
import { apiTokens, deviceNonces, devices } from '../../src/platform/integration/integration.table.js';
import { as, login, type Session } from '../helpers/test-app.js';
import { openTestDatabase } from '../helpers/test-db.js';

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
});

interface TestProvider {
  issuer: string;
  /** The subject the auto-approving login hands out next. */
  subject: string;
  close(): Promise<void>;
}

interface GrantLike {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
}
/** The part of oidc-provider (which ships no types) that the test drives. */
interface ProviderLike {
  callback(): http.RequestListener;
  interactionDetails(req: http.IncomingMessage, res: http.ServerResponse): Promise<{
    prompt: { name: string; details: unknown }; grantId?: string; session?: { accountId: string }; params: Record<string, string>;
  }>;
  interactionFinished(req: http.IncomingMessage, res: http.ServerResponse, result: unknown, opts: { mergeWithLastSubmission: boolean }): Promise<void>;
  Grant: { new (o: { accountId: string | undefined; clientId: string | undefined }): GrantLike; find(id: string): Promise<GrantLike> };
}

/** A real OIDC provider on 127.0.0.1 whose interactions approve at once (login as `subject`, consent to what is asked). */
async function startProvider(clientId: string, clientSecret: string, redirectUri: string): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const spec = 'oidc-provider';
  const { default: Provider } = await import(spec) as { default: new (issuer: string, config: unknown) => ProviderLike };
  const state: TestProvider = { issuer, subject: 'nobody', close: async () => {} };
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post' }],
    cookies: { keys: ['zd-test-provider-cookie-key'] },
    findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub }) }),
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
  });
  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        await provider.interactionFinished(req, res, { login: { accountId: state.subject } }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session?.accountId, clientId: details.params.client_id });
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    })().catch((e: Error) => { res.statusCode = 500; res.end(e.message); });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return state;
}

/** Follows redirects by hand with a cookie jar per host, until the app sends the browser to a page (`/…` outside the API). */
async function browse(start: string, appOrigin: string, jar = new Map<string, Map<string, string>>()): Promise<{ landing: URL; jar: typeof jar }> {
  let url = new URL(start);
  for (let hop = 0; hop < 20; hop += 1) {
    const cookies = jar.get(url.host) ?? new Map<string, string>();
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(c);
      if (expired) cookies.delete(pair.slice(0, i)); else cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    jar.set(url.host, cookies);
    if (res.status < 300 || res.status >= 400) throw new Error(`stopped at ${url.href} with ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
    const next = new URL(res.headers.get('location')!, url);
    if (next.origin === appOrigin && !next.pathname.startsWith('/api/')) return { landing: next, jar };
    url = next;
  }
  throw new Error('too many redirects');
}

describe('integrations: OIDC sign-in, API tokens, signed devices', () => {
  let app: FastifyInstance;
  let provider: TestProvider;
  let integration: IntegrationApi;
  let appOrigin: string;
  let sys: Session;
  let idOf: (username: string) => Promise<string>;
  const clientId = 'zd-console';
  const clientSecret = 'zd-console-secret-for-tests-only-0123456789';

  beforeAll(async () => {
    const appPort = await freePort();
    appOrigin = `http://127.0.0.1:${appPort}`;
    const redirectUrl = `${appOrigin}/api/v1/auth/oidc/callback`;
    provider = await startProvider(clientId, clientSecret, redirectUrl);
    const oidc = { issuer: provider.issuer, clientId, clientSecret, redirectUrl, allowInsecure: true };
    const database = await openTestDatabase();
    const base: AppConfig = { ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), memoryDb: true, databaseUrl: undefined, webDist: '/nonexistent' };
    const config: AppConfig = { ...base, oidc };
    app = await buildApp(config, { database, logger: false });
    integration = app.platform.integration;
    await app.listen({ host: '127.0.0.1', port: appPort });
    sys = await login(app, 'sysadmin');
    idOf = async (username) => (await app.platform.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username)))[0]!.id;
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  describe('OIDC sign-in', () => {
    it('signs a linked subject in through the provider and ends with a working session cookie', async () => {
      expect((await app.inject('/api/v1/auth/methods')).json()).toEqual({ password: true, oidc: true, oidcStartUrl: '/api/v1/auth/oidc/start' });
      const link = await as(app, sys)('POST', '/api/v1/admin/oidc-links', { accountId: await idOf('center'), subject: 'zzd-10001' });
      expect(link.statusCode).toBe(201);
      expect(link.json()).toMatchObject({ issuer: provider.issuer, subject: 'zzd-10001', username: 'center' });
      const again = await as(app, sys)('POST', '/api/v1/admin/oidc-links', { accountId: await idOf('staff'), subject: 'zzd-10001' });
      expect(again.statusCode).toBe(409);

      provider.subject = 'zzd-10001';
      const { landing, jar } = await browse(`${appOrigin}/api/v1/auth/oidc/start`, appOrigin);
      expect(landing.pathname).toBe('/');
      const token = jar.get(new URL(appOrigin).host)!.get('zd_session');
      expect(token).toBeTruthy();
      const me = await fetch(`${appOrigin}/api/v1/auth/me`, { headers: { cookie: `zd_session=${token}` } });
      expect(me.status).toBe(200);
      const body = await me.json() as { csrfToken: string; user: { username: string; permissions: string[] } };
      expect(body.user.username).toBe('center');
      expect(body.user.permissions).toContain('org:person:read');
      // a write with the session's CSRF token works like after a password sign-in
      const out = await fetch(`${appOrigin}/api/v1/auth/logout`, { method: 'POST', headers: { cookie: `zd_session=${token}`, 'x-csrf-token': body.csrfToken } });
      expect(out.status).toBe(204);

      const [audit] = await app.platform.db.select().from(auditLog)
        .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.actorAccountId, await idOf('center')), sql`${auditLog.after}->>'method' = 'oidc'`));
      expect(audit?.result).toBe('success');
    });

    it('sends an unlinked subject to the sign-in page with oidc_unlinked, and audits the failure', async () => {
      provider.subject = 'zzd-stranger';
      const { landing, jar } = await browse(`${appOrigin}/api/v1/auth/oidc/start`, appOrigin);
      expect(`${landing.pathname}${landing.search}`).toBe('/login?error=oidc_unlinked');
      expect(jar.get(new URL(appOrigin).host)?.get('zd_session')).toBeUndefined();
      const [audit] = await app.platform.db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.result, 'failure'), sql`${auditLog.after}->>'method' = 'oidc'`));
      expect(audit?.actorName).toBe('oidc:zzd-stranger');
    });

    it('refuses a callback whose state it did not issue to this browser', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=forged', cookies: { zd_oidc_state: 'forged' } });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/login?error=oidc_expired');
    });

    it('unlinks; links need platform:account:write', async () => {
      const list = await as(app, sys)('GET', `/api/v1/admin/oidc-links?accountId=${await idOf('center')}`);
      expect(list.json().total).toBe(1);
      const center = await login(app, 'center');
      expect((await as(app, center)('POST', '/api/v1/admin/oidc-links', { accountId: await idOf('center'), subject: 'x' })).statusCode).toBe(403);
      expect((await as(app, sys)('DELETE', `/api/v1/admin/oidc-links/${list.json().items[0].id}`)).statusCode).toBe(200);
      expect((await as(app, sys)('GET', '/api/v1/admin/oidc-links')).json().total).toBe(0);
    });
  });

  describe('API tokens', () => {
    const bearer = (token: string, url: string) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    const create = async (permissions: string[], expiresAt = new Date(Date.now() + 86_400_000).toISOString()) =>
      as(app, sys)('POST', '/api/v1/admin/api-tokens', { name: '一卡通对接', accountId: await idOf('center'), permissions, expiresAt });

    it('reads agencies with org:agency:read and gets 403 on people; the secret is stored as a hash only', async () => {
      const res = await create(['org:agency:read']);
      expect(res.statusCode).toBe(201);
      const { token, id } = res.json() as { token: string; id: string };
      expect(token).toMatch(new RegExp(`^zd_${id}_[0-9a-f]{64}$`));
      const agencies = await bearer(token, '/api/v1/org/agencies');
      expect(agencies.statusCode).toBe(200);
      expect(agencies.json().total).toBeGreaterThan(0);
      const people = await bearer(token, '/api/v1/org/people');
      expect(people.statusCode).toBe(403);
      const secret = token.slice(token.lastIndexOf('_') + 1);
      const [row] = await app.platform.db.select().from(apiTokens).where(eq(apiTokens.id, id));
      expect(row!.tokenHash).toBe(sha256Hex(secret));
      expect(JSON.stringify(row)).not.toContain(secret);
      expect(row!.lastUsedAt).not.toBeNull();
      const listed = await as(app, sys)('GET', '/api/v1/admin/api-tokens');
      expect(JSON.stringify(listed.json())).not.toContain(secret);
      expect(listed.json().items[0]).toMatchObject({ id, status: 'active', permissions: ['org:agency:read'] });
    });

    it('refuses permissions the account does not hold, and an unknown or wrong token', async () => {
      expect((await create(['platform:api-token:read'])).statusCode).toBe(400);
      const { token } = (await create(['org:agency:read'])).json() as { token: string };
      const wrong = `${token.slice(0, -4)}0000` === token ? `${token.slice(0, -4)}1111` : `${token.slice(0, -4)}0000`;
      expect((await bearer(wrong, '/api/v1/org/agencies')).statusCode).toBe(401);
      expect((await bearer('zd_nonsense', '/api/v1/org/agencies')).statusCode).toBe(401);
    });

    it('answers 401 to an expired token and to a revoked one', async () => {
      const a = (await create(['org:agency:read'])).json() as { token: string; id: string };
      await app.platform.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, a.id));
      expect((await bearer(a.token, '/api/v1/org/agencies')).statusCode).toBe(401);
      const b = (await create(['org:agency:read'])).json() as { token: string; id: string };
      expect((await bearer(b.token, '/api/v1/org/agencies')).statusCode).toBe(200);
      expect((await as(app, sys)('DELETE', `/api/v1/admin/api-tokens/${b.id}`)).statusCode).toBe(200);
      expect((await bearer(b.token, '/api/v1/org/agencies')).statusCode).toBe(401);
      const revoked = await as(app, sys)('GET', '/api/v1/admin/api-tokens?status=revoked');
      expect(revoked.json().items.map((t: { id: string }) => t.id)).toEqual([b.id]);
    });
  });

  describe('device credentials', () => {
    let device: { id: string; secret: string };
    const url = '/api/v1/devices/heartbeat';
    const post = (o: { body?: string; signedBody?: string; ts?: number; nonce?: string; secret?: string; id?: string }) => {
      const body = o.body ?? JSON.stringify({ status: 'ok' });
      const ts = String(o.ts ?? Math.floor(Date.now() / 1000));
      const nonce = o.nonce ?? `n-${crypto.randomUUID()}`;
      const signature = signDeviceRequest(o.secret ?? device.secret, 'POST', url, ts, nonce, o.signedBody ?? body);
      return app.inject({
        method: 'POST', url, payload: body,
        headers: { 'content-type': 'application/json', 'x-device-id': o.id ?? device.id, 'x-timestamp': ts, 'x-nonce': nonce, 'x-signature': signature },
      });
    };

    beforeAll(async () => {
      const res = await as(app, sys)('POST', '/api/v1/admin/devices', { kind: 'gate', name: '1号门闸机', location: '行政中心东门' });
      expect(res.statusCode).toBe(201);
      device = res.json();
    });

    it('keeps the secret encrypted and shows it only on creation', async () => {
      expect(device.secret).toMatch(/^[0-9a-f]{64}$/);
      const [row] = await app.platform.db.select().from(devices).where(eq(devices.id, device.id));
      expect(row!.secretEnc).not.toContain(device.secret);
      expect(app.platform.crypto.decrypt(row!.secretEnc)).toBe(device.secret);
      const got = await as(app, sys)('GET', `/api/v1/admin/devices/${device.id}`);
      expect(got.json()).not.toHaveProperty('secret');
      expect((await login(app, 'center').then((c) => as(app, c)('GET', '/api/v1/admin/devices'))).statusCode).toBe(403);
    });

    it('accepts a good signature and records when the device was seen', async () => {
      const res = await post({});
      expect(res.statusCode).toBe(200);
      expect(res.json().deviceId).toBe(device.id);
      const [row] = await app.platform.db.select().from(devices).where(eq(devices.id, device.id));
      expect(row!.lastSeenAt).not.toBeNull();
    });

    it('rejects a tampered body, a wrong key, an old timestamp and a reused nonce', async () => {
      const tampered = await post({ signedBody: JSON.stringify({ status: 'ok' }), body: JSON.stringify({ status: 'open' }) });
      expect(tampered.statusCode).toBe(401);
      expect(tampered.json().code).toBe('DEVICE_SIGNATURE_INVALID');
      expect((await post({ secret: 'f'.repeat(64) })).json().code).toBe('DEVICE_SIGNATURE_INVALID');
      const old = await post({ ts: Math.floor(Date.now() / 1000) - 301 });
      expect(old.statusCode).toBe(401);
      expect(old.json().code).toBe('DEVICE_TIMESTAMP_SKEW');
      expect((await post({ ts: Math.floor(Date.now() / 1000) + 400 })).json().code).toBe('DEVICE_TIMESTAMP_SKEW');
      const nonce = `n-${crypto.randomUUID()}`;
      expect((await post({ nonce })).statusCode).toBe(200);
      const replay = await post({ nonce });
      expect(replay.statusCode).toBe(409);
      expect(replay.json().code).toBe('DEVICE_REPLAY');
    });

    it('refuses a deactivated device', async () => {
      const off = await as(app, sys)('POST', '/api/v1/admin/devices', { kind: 'meter', name: '2号电表', active: false });
      const res = await post({ id: off.json().id, secret: off.json().secret });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('DEVICE_SIGNATURE_INVALID');
      expect((await app.inject({ method: 'POST', url, payload: {} })).json().code).toBe('DEVICE_SIGNATURE_INVALID');
    });

    it('purges nonces once their window has passed', async () => {
      const ids = [device.id];
      const before = await app.platform.db.select().from(deviceNonces).where(inArray(deviceNonces.deviceId, ids));
      expect(before.length).toBeGreaterThan(0);
      expect(await integration.purgeDeviceNonces(new Date())).toBe(0);
      const purged = await integration.purgeDeviceNonces(new Date(Date.now() + 301_000));
      expect(purged).toBe(before.length);
      expect(await app.platform.db.select().from(deviceNonces).where(inArray(deviceNonces.deviceId, ids))).toHaveLength(0);
    });
  });
});
