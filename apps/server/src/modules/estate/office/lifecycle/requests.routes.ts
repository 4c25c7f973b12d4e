import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../../../platform/http/errors.js';
import { listQuery, offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../../platform/http/schemas.js';
import { roomUseClasses } from '../../db/buildings.table.js';
import { estatePermissions as P } from '../../permissions.js';
import { requestKinds, type RequestService } from './requests.service.js';

const kind = z.enum(Object.keys(requestKinds) as [keyof typeof requestKinds]);
const request = z.object({
  id: z.string(), kind: z.string(), agencyId: z.string(), agencyName: z.string(), applicantPersonId: z.string().nullable(), roomIds: z.array(z.string()),
  targetRoomIds: z.array(z.string()), reason: z.string(), status: z.string(), workflowInstanceId: z.string().nullable(), decidedAt: z.date().nullable(), createdAt: z.date(),
  roomLabels: z.array(z.string()).describe('楼宇 + 房间号，与 roomIds 同序'), targetRoomLabels: z.array(z.string()).describe('调入房间，与 targetRoomIds 同序'),
}).meta({ id: 'EstateRequest' });
const availableRoom = z.object({
  id: z.string(), number: z.string(), buildingId: z.string(), buildingName: z.string(), floorName: z.string(), useClass: z.string(), subUse: z.string().nullable(), usableAreaM2: z.number(),
}).meta({ id: 'EstateAvailableRoom' });

/** /api/v1/estate/requests: 配置 / 调剂 / 腾退 / 维修 through the approval workflow. */
export const requestRoutes = (deps: { requests: RequestService }): FastifyPluginAsyncZod => async (app) => {
  const { requests } = deps;
  const tags = ['estate'];

  app.get('/requests', {
    config: { permission: P.read },
    schema: { tags, summary: '办公用房申请 Office space requests', querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, id: z.uuid().optional(), kind: kind.optional(), status: z.string().max(20).optional(), agencyId: z.uuid().optional() }), response: { 200: pageOf(request) } },
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

  app.get('/requests/available-rooms', {
    config: { permission: P.request },
    schema: {
      tags, summary: '可申请的空置房间（配置、调剂） Vacant rooms no agency holds',
      querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, q: z.string().trim().max(50).optional(), buildingId: z.uuid().optional(), useClass: z.enum(roomUseClasses).optional() }),
      response: { 200: pageOf(availableRoom) },
    },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return requests.availableRooms(f, limit, offset);
  });

  app.post('/requests/:id/complete', {
    config: { permission: P.request },
    schema: { tags, summary: '确认维修完成（房间恢复使用） Confirm an approved repair is done', params: idParams, response: { 200: request, 404: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req) => {
    await requests.complete(actorOf(req), req.scopes, req.params.id);
    return requests.get(req.scopes, req.params.id);
  });

  app.get('/requests/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '申请详情 Request', params: idParams, response: { 200: request, 404: errorBody } },
  }, async (req) => requests.get(req.scopes, req.params.id));
};
