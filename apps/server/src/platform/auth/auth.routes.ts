import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AuthContext } from '../http/request-context.js';
import { SESSION_COOKIE } from '../http/access-hook.js';
import { errorBody } from '../http/schemas.js';
import type { AuthService } from './auth.service.js';

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  personId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  permissions: z.array(z.string()),
  roles: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
});

export interface AuthRoutesDeps {
  auth: AuthService;
  secureCookies: boolean;
}

export const authRoutes = (deps: AuthRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  const sessionResponse = z.object({ csrfToken: z.string(), user: meSchema });
  const userOf = async (ctx: AuthContext) => ({
    id: ctx.accountId, username: ctx.username, displayName: ctx.displayName, personId: ctx.personId,
    mustChangePassword: ctx.mustChangePassword, permissions: [...ctx.permissions.keys()].sort(), roles: await deps.auth.rolesOf(ctx.accountId),
  });
  const meOf = async (token: string) => {
    const ctx = await deps.auth.resolveSession(token);
    if (!ctx) throw new Error('session vanished');
    return userOf(ctx);
  };

  app.post('/login', {
    config: { public: true },
    schema: {
      tags: ['auth'], summary: '登录 Sign in',
      body: z.strictObject({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
      response: { 200: sessionResponse, 401: errorBody, 403: errorBody, 423: errorBody },
    },
  }, async (req, reply) => {
    const r = await deps.auth.login(req.body.username, req.body.password, req.ip, req.headers['user-agent'] ?? null);
    reply.setCookie(SESSION_COOKIE, r.token, { httpOnly: true, sameSite: 'lax', path: '/', secure: deps.secureCookies });
    return { csrfToken: r.csrfToken, user: await meOf(r.token) };
  });

  app.post('/logout', {
    config: { authenticated: true, duringPasswordChange: true },
    schema: { tags: ['auth'], summary: '退出 Sign out', response: { 204: z.null() } },
  }, async (req, reply) => {
    await deps.auth.logout(req.auth!, actorOf(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/me', {
    config: { authenticated: true, duringPasswordChange: true },
    schema: { tags: ['auth'], summary: '当前账号 Current account', response: { 200: sessionResponse } },
  }, async (req) => {
    return { csrfToken: req.auth!.csrfToken, user: await userOf(req.auth!) };
  });

  app.post('/password', {
    config: { authenticated: true, duringPasswordChange: true },
    schema: {
      tags: ['auth'], summary: '修改密码 Change password',
      body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
      response: { 204: z.null(), 400: errorBody },
    },
  }, async (req, reply) => {
    await deps.auth.changePassword(req.auth!, actorOf(req), req.body.currentPassword, req.body.newPassword);
    return reply.status(204).send(null);
  });
};
