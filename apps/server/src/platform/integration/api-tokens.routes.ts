import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams, okBody } from '../http/schemas.js';
import type { ApiTokenService } from './api-tokens.service.js';
import { integrationPermissions as P } from './integration.permissions.js';
import { apiToken, apiTokenInput, apiTokenListQuery, apiTokenWithSecret } from './integration.schemas.js';

/** /api/v1/admin/api-tokens: tokens of integration clients. */
export const apiTokenRoutes = (tokens: ApiTokenService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['admin'];
  app.get('', {
    config: { permission: P.apiTokenRead },
    schema: { tags, summary: '接口令牌列表 List API tokens', querystring: apiTokenListQuery, response: { 200: pageOf(apiToken), 400: errorBody } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return tokens.list({ accountId: req.query.accountId, status: req.query.status }, limit, offset);
  });

  app.post('', {
    config: { permission: P.apiTokenWrite },
    schema: { tags, summary: '新建接口令牌（令牌仅此次返回） Create an API token; shown once', body: apiTokenInput, response: { 201: apiTokenWithSecret, 400: errorBody, 404: errorBody } },
  }, async (req, reply) => reply.status(201).send(await tokens.create(actorOf(req), req.body)));

  app.delete('/:id', {
    config: { permission: P.apiTokenWrite },
    schema: { tags, summary: '吊销接口令牌 Revoke an API token', params: idParams, response: { 200: okBody, 404: errorBody } },
  }, async (req) => {
    await tokens.revoke(actorOf(req), req.params.id);
    return { ok: true };
  });
};
