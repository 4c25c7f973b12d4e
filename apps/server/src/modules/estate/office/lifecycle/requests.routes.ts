import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../../../platform/http/errors.js';
import { listQuery, offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import { requestKinds, type RequestService } from './requests.service.js';

const kind = z.enum(Object.keys(requestKinds) as [keyof typeof requestKinds]);
const request = z.object({
  id: z.string(), kind: z.string(), agencyId: z.string(), agencyName: z.string(), applicantPersonId: z.string().nullable(), roomIds: z.array(z.string()),
  targetRoomIds: z.array(z.string()), reason: z.string(), status: z.string(), workflowInstanceId: z.string().nullable(), decidedAt: z.date().nullable(), createdAt: z.date(),
}).meta({ id: 'EstateRequest' });

/** /api/v1/estate/requests: 配置 / 调剂 / 腾退 / 维修 through the approval workflow. */
export const requestRoutes = (deps: { requests: RequestService }): FastifyPluginAsyncZod => async (app) => {
  const { requests } = deps;
  const tags = ['estate'];

  app.get('/requests', {
    config: { permission: P.read },
    schema: { tags, summary: '办公用房申请 Office space requests', querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, kind: kind.optional(), status: z.string().max(20).optional(), agencyId: z.uuid().optional() }), response: { 200: pageOf(request) } },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return requests.list(req.scopes, f, limit, offset);
  });

  app.post('/requests', {
    config: { permission: P.request },
    schema: {
      tags, summary: '提交配置/调剂/腾退/维修申请 File a request (approval workflow)',
      body: z.strictObject({ kind, agencyId: z.uuid(), roomIds: z.array(z.uuid()).min(1).max(200), targetRoomIds: z.array(z.uuid()).max(200).optional(), reason: z.string().trim().min(2).max(1000) }),
      response: { 201: request, 400: errorBody, 403: errorBody, 409: errorBody, 422: errorBody },
    },
  }, async (req, reply) => {
    if (!req.auth) throw errors.unauthenticated();
    const row = await requests.create({ actor: { ...actorOf(req), accountId: req.auth.accountId }, personId: req.auth.personId }, req.scopes, req.body);
    return reply.status(201).send(await requests.get([{ kind: 'all' }], row.id));
  });

  app.get('/requests/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '申请详情 Request', params: idParams, response: { 200: request, 404: errorBody } },
  }, async (req) => requests.get(req.scopes, req.params.id));
};
