import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { AppError, errors } from './errors.js';

/** The settings `installSecurity` reads (a subset of the app configuration). */
export interface SecurityConfig {
  /** Sign-in attempts per minute for one client address and user name (configuration default 10). */
  loginRateLimitPerMinute: number;
}

export const LOGIN_ROUTE = '/api/v1/auth/login';
const DEFAULT_LOGIN_LIMIT = 10;
const MINUTE_MS = 60_000;

export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, 'TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试', 'Too many requests; please try again later', undefined, { retryAfterSeconds });

/** The user name of a sign-in body, normalised; the body is not validated yet, so anything may arrive. */
function loginName(body: unknown): string {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).username : undefined;
  return typeof raw === 'string' ? raw.trim().toLowerCase().slice(0, 64) : '';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first string in a parsed body, query or params that the database cannot store faithfully. */
function badText(value: unknown, path: string, depth = 0): { path: string; code: string; message: string } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, code: 'INVALID_CHARACTER', message: '不能包含空字符（U+0000）' };
    if (LONE_SURROGATE.test(value)) return { path, code: 'INVALID_UNICODE', message: '包含无效的 Unicode 字符' };
    return null;
  }
  if (!value || typeof value !== 'object' || Buffer.isBuffer(value) || depth > 32) return null;
  for (const [k, v] of Object.entries(value)) {
    const p = path ? `${path}.${k}` : k;
    const bad = badText(k, p, depth + 1) ?? badText(v, p, depth + 1);
    if (bad) return bad;
  }
  return null;
}

/** True when the request names an origin other than the one it was sent to. */
function foreignOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  return origin !== `${req.protocol}://${req.host}`;
}

/**
 * Request-level protections that are not about a route's permission:
 * - sign-in throttling: at most `loginRateLimitPerMinute` attempts per minute per client address
 *   and user name (429 with the product's error body and a Retry-After header). Account lockout
 *   after repeated failures is separate (auth service); this stops guessing at request level.
 * - text hygiene: a NUL character or a lone UTF-16 surrogate anywhere in the body, query or path
 *   parameters is a 400 naming the field (PostgreSQL cannot store U+0000 in text or jsonb, and a
 *   lone surrogate would silently become U+FFFD).
 * - CORS: the web app is served from the same origin as the API, so no origin is ever allowed:
 *   no `Access-Control-*` header is sent, and a cross-origin preflight is refused with 403.
 * Call it before the routes are registered (it attaches to the sign-in route as it is added).
 */
export async function installSecurity(app: FastifyInstance, config: SecurityConfig): Promise<void> {
  const perMinute = Number.isInteger(config.loginRateLimitPerMinute) && config.loginRateLimitPerMinute > 0 ? config.loginRateLimitPerMinute : DEFAULT_LOGIN_LIMIT;
  // why: global off: only the routes given a limit here are throttled.
  await app.register(rateLimit, { global: false });

  const limiter = app.createRateLimit({
    max: perMinute,
    timeWindow: MINUTE_MS,
    keyGenerator: (req) => `login|${req.ip}|${loginName(req.body)}`,
  });
  const throttleLogin = async (req: FastifyRequest, reply: FastifyReply) => {
    const r = await limiter(req);
    if (r.isAllowed || !r.isExceeded) return;
    reply.header('retry-after', String(r.ttlInSeconds));
    throw tooManyRequests(r.ttlInSeconds);
  };
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.url !== LOGIN_ROUTE || !methods.includes('POST')) return;
    // why: preValidation — the body is parsed (so the user name is known) but not yet validated,
    // so malformed attempts count too.
    const existing = route.preValidation;
    route.preValidation = existing === undefined ? [throttleLogin] : [...(Array.isArray(existing) ? existing : [existing]), throttleLogin];
  });

  app.addHook('preValidation', async (req) => {
    const bad = badText(req.params, '') ?? badText(req.query, '') ?? badText(req.body, '');
    if (bad) throw errors.validation([bad], '提交的内容包含无效字符', 'The request contains characters that cannot be stored');
  });

  const refusePreflight: onRequestHookHandler = async (req) => {
    if (req.method === 'OPTIONS' && req.headers.origin && req.headers['access-control-request-method'] && foreignOrigin(req)) {
      throw new AppError(403, 'CORS_NOT_ALLOWED', '不允许跨域访问', 'Cross-origin requests are not allowed');
    }
  };
  app.addHook('onRequest', refusePreflight);
  app.addHook('onSend', async (req, reply, payload) => {
    // why: defence in depth — whatever a route or plugin sets, a foreign origin never gets a CORS grant.
    if (foreignOrigin(req)) {
      for (const name of Object.keys(reply.getHeaders())) {
        if (name.toLowerCase().startsWith('access-control-')) reply.removeHeader(name);
      }
    }
    return payload;
  });
}
