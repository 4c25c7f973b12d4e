import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/auth.service.js';
import { AppError, errors } from './errors.js';
import type { AuthContext } from './request-context.js';

export const SESSION_COOKIE = 'zd_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication, CSRF and permission for every route, from the route's `config`:
 * `public`, `authenticated`, or `permission: 'module:resource:action'`.
 */
export function installAccessHook(app: FastifyInstance, auth: AuthService, resolveBearer: (header: string) => Promise<AuthContext | null>): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('scopes', null as never);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.scopes = [];
    const config = req.routeOptions.config;
    const url = req.routeOptions.url;
    // why: only the REST API is guarded; health, metrics, docs and the web app's files are public.
    if (!url || config.public || !url.startsWith('/api/v1/')) return;
    // An integration's API token (Authorization: Bearer …) or a browser session (cookie, with CSRF on writes).
    const bearer = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization : undefined;
    const token = req.cookies[SESSION_COOKIE];
    const ctx = bearer ? await resolveBearer(bearer) : token ? await auth.resolveSession(token) : null;
    if (!ctx) throw errors.unauthenticated();
    req.auth = ctx;
    if (!bearer && !SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== ctx.csrfToken) {
      throw new AppError(403, 'CSRF_FAILED', '请求缺少有效的安全令牌，请刷新页面后重试', 'Missing or wrong X-CSRF-Token header');
    }
    if (ctx.mustChangePassword && !config.duringPasswordChange) {
      throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码或已过期的密码', 'You must change your password first');
    }
    if (config.authenticated) return;
    const scopes = config.permission ? ctx.permissions.get(config.permission) : undefined;
    if (!scopes) throw errors.forbidden(config.permission);
    req.scopes = scopes;
  });
}
