import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/config.js';
import { DEMO_PASSWORD } from '../../src/platform/tenant/tenant.service.js';
import { openTestDatabase } from './test-db.js';

export { DEMO_PASSWORD };

/** The real app on a fresh test database (embedded, or PostgreSQL when DATABASE_URL is set). */
export async function buildTestApp(overrides: Partial<AppConfig> = {}): Promise<FastifyInstance> {
  const database = await openTestDatabase();
  const config: AppConfig = { ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), memoryDb: true, databaseUrl: undefined, webDist: '/nonexistent', ...overrides };
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
