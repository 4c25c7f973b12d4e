import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../http/access-hook.js';
import { offsetOf, pageOf, listQuery } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams, okBody } from '../http/schemas.js';
import { integrationPermissions as P } from './integration.permissions.js';
import { oidcLink, oidcLinkInput } from './integration.schemas.js';
import { OidcSignInError, type OidcService } from './oidc.service.js';

export const OIDC_STATE_COOKIE = 'zd_oidc_state';
const STATE_COOKIE_PATH = '/api/v1/auth/oidc';

export interface OidcRoutesDeps {
  oidc: OidcService;
  secureCookies: boolean;
  log?: { warn(obj: unknown, msg?: string): void };
}

/** /api/v1/auth/oidc: start and callback of the OIDC sign-in (public; they end in redirects). */
export const oidcAuthRoutes = ({ oidc, secureCookies, log }: OidcRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  const tags = ['auth'];
  const redirect = z.null().describe('302 redirect');

  app.get('/start', {
    config: { public: true },
    schema: { tags, summary: '统一身份认证登录（跳转） Start the OIDC sign-in (redirect)', response: { 302: redirect } },
  }, async (_req, reply) => {
    try {
      const { url, state } = await oidc.start();
      reply.setCookie(OIDC_STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', path: STATE_COOKIE_PATH, secure: secureCookies, maxAge: 600 });
      return reply.redirect(url, 302);
    } catch (e) {
      log?.warn({ err: e }, 'oidc start failed');
      return reply.redirect('/login?error=oidc_failed', 302);
    }
  });

  app.get('/callback', {
    config: { public: true },
    schema: { tags, summary: '统一身份认证回调 OIDC callback: opens a session and redirects to /', response: { 302: redirect } },
  }, async (req, reply) => {
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    reply.clearCookie(OIDC_STATE_COOKIE, { path: STATE_COOKIE_PATH });
    try {
      const s = await oidc.callback(query, req.cookies[OIDC_STATE_COOKIE], req.ip, req.headers['user-agent'] ?? null);
      reply.setCookie(SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies });
      return reply.redirect('/', 302);
    } catch (e) {
      if (!(e instanceof OidcSignInError)) throw e;
      if (e.code === 'oidc_failed') log?.warn({ err: e }, 'oidc callback failed');
      return reply.redirect(`/login?error=${e.code}`, 302);
    }
  });
};

/** /api/v1/admin/oidc-links: which OIDC subject signs in as which account. */
export const oidcLinkRoutes = (oidc: OidcService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['admin'];
  app.get('', {
    config: { permission: P.accountRead },
    schema: { tags, summary: '统一身份关联列表 List OIDC links', querystring: z.strictObject({ ...listQuery, accountId: z.uuid().optional() }), response: { 200: pageOf(oidcLink) } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return oidc.listLinks({ accountId: req.query.accountId }, limit, offset);
  });

  app.post('', {
    config: { permission: P.accountWrite },
    schema: { tags, summary: '关联统一身份 Link an OIDC subject to an account', body: oidcLinkInput, response: { 201: oidcLink, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await oidc.link(actorOf(req), req.body)));

  app.delete('/:id', {
    config: { permission: P.accountWrite },
    schema: { tags, summary: '解除统一身份关联 Unlink an OIDC subject', params: idParams, response: { 200: okBody, 404: errorBody } },
  }, async (req) => {
    await oidc.unlink(actorOf(req), req.params.id);
    return { ok: true };
  });
};
