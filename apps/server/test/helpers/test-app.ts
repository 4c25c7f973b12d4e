import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { accounts } from '../../src/platform/auth/auth.table.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/config.js';
import type { Database } from '../../src/platform/db/database.js';
import { DEMO_PASSWORD } from '../../src/platform/tenant/tenant.service.js';
import { migratedTemplate, openFromTemplate, runTemplate, testRun, type Template } from './templates.js';
import { openTestDatabase } from './test-db.js';

export { DEMO_PASSWORD };

/** The configuration of a test app before its overrides. */
function baseConfig(): AppConfig {
  return { ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), memoryDb: true, databaseUrl: undefined, webDist: '/nonexistent' };
}

/** Overrides that change nothing the seed writes: an app with them may start on the seeded template. */
const SEED_NEUTRAL = new Set<keyof AppConfig>(['secureCookies', 'webDist', 'logLevel', 'bodyLimitBytes', 'trustProxy', 'loginRateLimitPerMinute', 'sessionIdleMinutes', 'lockAfterFailures', 'lockMinutes']);

/** Longest a seeded template is used after it was made (the demo seed writes dates relative to "now"). */
const DEMO_TEMPLATE_MAX_AGE_MS = 30 * 60_000;
const dayIn = (d: Date, offsetHours: number) => new Date(d.getTime() + offsetHours * 3600_000).toISOString().slice(0, 10);

/**
 * This run's database with the app's demo seed already in it (made once per run by the first
 * file that needs it: the same buildApp with DEMO on, on a migrated clone, with the run's field
 * key), or null when the app must seed its own: no global setup, overrides the seed could see,
 * or a template from another day (UTC or Asia/Shanghai) or older than 30 minutes.
 */
async function demoTemplate(overrides: Partial<AppConfig>): Promise<{ template: Template; fieldKey: string } | null> {
  const run = testRun();
  if (!run || overrides.demo === false) return null;
  if (Object.keys(overrides).some((k) => k !== 'demo' && !SEED_NEUTRAL.has(k as keyof AppConfig))) return null;
  const migrated = await migratedTemplate();
  if (!migrated) return null;
  const template = await runTemplate(run, 'demo', migrated, async (database: Database) => {
    const app = await buildApp({ ...baseConfig(), fieldKey: run.fieldKey }, { database, logger: false });
    await app.ready();
    return () => app.close();
  });
  const made = new Date(template.madeAt);
  const now = new Date();
  const fresh = now.getTime() - made.getTime() < DEMO_TEMPLATE_MAX_AGE_MS && dayIn(now, 0) === dayIn(made, 0) && dayIn(now, 8) === dayIn(made, 8);
  return fresh ? { template, fieldKey: run.fieldKey } : null;
}

/**
 * The real app on a fresh test database (embedded, or PostgreSQL when DATABASE_URL is set), with
 * the demo tenant unless `demo: false`. The demo data comes from the run's seeded template when
 * it can (see demoTemplate): buildApp then runs its seed on data already there, as a restarted
 * server does, and adds nothing.
 */
export async function buildTestApp(overrides: Partial<AppConfig> = {}): Promise<FastifyInstance> {
  const seeded = await demoTemplate(overrides);
  const database = seeded ? await openFromTemplate(seeded.template) : await openTestDatabase();
  const config: AppConfig = { ...baseConfig(), ...(seeded ? { fieldKey: seeded.fieldKey } : {}), ...overrides };
  const app = await buildApp(config, { database, logger: false });
  await app.ready();
  return app;
}

export interface Session {
  cookie: string;
  csrf: string;
  user: { id: string; permissions: string[]; personId: string | null; mustChangePassword: boolean };
}

export async function login(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'zd_session');
  const body = res.json() as { csrfToken: string; user: Session['user'] };
  return { cookie: `zd_session=${cookie!.value}`, csrf: body.csrfToken, user: body.user };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/** A request as the signed-in account, with its cookie and CSRF header. */
export function as(app: FastifyInstance, s: Session) {
  return (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    app.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...headers }, ...(payload !== undefined ? { payload: payload as never } : {}) });
}

/**
 * A new account holding one built-in role in one data scope, made as an administrator would
 * (sysadmin creates it, secadmin grants the role), then signed in; the first-password change is
 * waived so that the test can use it at once.
 */
export async function grantedAccount(app: FastifyInstance, username: string, roleCode: string, scopeKind: string, scopeId?: string): Promise<Session> {
  const [sys, sec] = [await login(app, 'sysadmin'), await login(app, 'secadmin')];
  const password = 'Granted#2024';
  const created = await as(app, sys)('POST', '/api/v1/admin/accounts', { username, displayName: username, initialPassword: password });
  if (created.statusCode !== 201) throw new Error(`account ${username}: ${created.statusCode} ${created.body}`);
  const roles = (await as(app, sec)('GET', '/api/v1/admin/roles')).json() as { items: Array<{ id: string; code: string }> };
  const role = roles.items.find((r) => r.code === roleCode);
  if (!role) throw new Error(`no built-in role ${roleCode}`);
  const grant = await as(app, sec)('POST', '/api/v1/admin/grants', { accountId: created.json().id, roleId: role.id, scopeKind, ...(scopeId ? { scopeId } : {}) });
  if (grant.statusCode !== 201) throw new Error(`grant to ${username}: ${grant.statusCode} ${grant.body}`);
  await app.platform.db.update(accounts).set({ mustChangePassword: false }).where(eq(accounts.username, username));
  return login(app, username, password);
}
