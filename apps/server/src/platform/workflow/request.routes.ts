import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { offsetOf, pageOf } from '../http/paging.js';
import { errorBody, idParams } from '../http/schemas.js';
import type { RequestService } from './request.service.js';
import { callerOf, canDefine } from './tasks.routes.js';
import { actInput, json, request, requestInput, requestQuery, resubmitInput } from './workflow.schemas.js';

/** /api/v1/workflow/requests: 事项申请, the generic request any signed-in cadre may file. */
export const requestRoutes = (requests: RequestService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['workflow'];
  const auth = { authenticated: true } as const;

  app.get('', {
    config: auth,
    schema: { tags, summary: '我的事项申请 My requests', querystring: requestQuery, response: { 200: pageOf(request), 400: errorBody } },
  }, async (req) => json(await requests.listMine(req.auth!.accountId, { ...req.query, ...offsetOf(req.query) })));

  app.post('', {
    config: auth,
    schema: { tags, summary: '提交事项申请 File a request (starts its approval)', body: requestInput, response: { 201: request, 400: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send(json(await requests.file(callerOf(req), req.body))));

  app.get('/:id', {
    config: auth,
    schema: { tags, summary: '事项申请 A request', params: idParams, response: { 200: request, 404: errorBody } },
  }, async (req) => json(await requests.get(req.params.id, req.auth!.accountId, canDefine(req))));

  app.post('/:id/resubmit', {
    config: auth,
    schema: { tags, summary: '修改后重新提交 Edit and resubmit a returned request', params: idParams, body: resubmitInput, response: { 200: request, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req) => json(await requests.resubmit(callerOf(req), req.params.id, req.body)));

  app.post('/:id/withdraw', {
    config: auth,
    schema: { tags, summary: '撤回申请 Withdraw a request', params: idParams, body: actInput, response: { 200: request, 404: errorBody, 409: errorBody } },
  }, async (req) => json(await requests.withdraw(callerOf(req), req.params.id, req.body.comment ?? null)));
};
