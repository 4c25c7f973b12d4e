import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { errors } from '../../../platform/http/errors.js';
import { offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import type { Caller } from '../../../platform/workflow/index.js';
import { tripRequestStatuses } from '../db/trips.table.js';
import { fleetPermissions as P } from '../permissions.js';
import type { TripRequestService } from './trip-requests.service.js';
import { commentInput, json, rateInput, resubmitInput, tripRequest, tripRequestDetail, tripRequestInput, tripRequestQuery } from './trips.schemas.js';

export function callerOf(req: FastifyRequest): Caller {
  if (!req.auth) throw errors.unauthenticated();
  return { actor: { ...actorOf(req), accountId: req.auth.accountId }, personId: req.auth.personId };
}

const sh = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** /api/v1/fleet/trip-requests: 用车申请. */
export const tripRequestRoutes = (svc: TripRequestService, db: Db): FastifyPluginAsyncZod => async (app) => {
  const tags = ['fleet'];
  const bad = { 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };

  app.get('/trip-requests', {
    config: { permission: P.tripRequestRead },
    schema: { tags, summary: '用车申请列表（本人/本单位/全部，按数据范围） List trip requests', querystring: tripRequestQuery, response: { 200: pageOf(tripRequest), 400: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    const personId = req.auth?.personId ?? null;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.tripRequestRead, objectType: 'fleet.trip-request', filename: '用车申请.xlsx', sheet: '用车申请', filters: req.query,
        page: async (scopes, limit, offset) => (await svc.list(scopes, personId, filter, limit, offset)).items,
        columns: [
          { header: '申请人', value: (r) => r.applicantName }, { header: '单位', value: (r) => r.agencyName, width: 24 },
          { header: '乘车人数', value: (r) => r.passengerCount }, { header: '出发地', value: (r) => r.origin, width: 20 },
          { header: '目的地', value: (r) => r.destinations.join(' → '), width: 30 }, { header: '开始', value: (r) => sh(r.plannedStart) },
          { header: '结束', value: (r) => sh(r.plannedEnd) }, { header: '事由', value: (r) => r.purpose, width: 30 },
          { header: '市内', value: (r) => (r.inCity ? '是' : '否') }, { header: '需驾驶员', value: (r) => (r.needDriver ? '是' : '否') },
          { header: '状态', value: (r) => tripRequestStatuses[r.status].zh },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return json(await svc.list(req.scopes, personId, filter, limit, offset));
  });

  app.post('/trip-requests', {
    config: { permission: P.tripRequestCreate },
    schema: { tags, summary: '提交用车申请（进入审批） File a trip request', body: tripRequestInput, response: { 201: tripRequest, ...bad } },
  }, async (req, reply) => reply.status(201).send(json(await svc.create(callerOf(req), req.scopes, req.body))));

  app.get('/trip-requests/:id', {
    config: { permission: P.tripRequestRead },
    schema: { tags, summary: '用车申请详情（含审批和出车记录） A trip request with its history', params: idParams, response: { 200: tripRequestDetail, 404: errorBody } },
  }, async (req) => json(await svc.detail(req.scopes, req.params.id, req.auth!.accountId)));

  app.post('/trip-requests/:id/withdraw', {
    config: { permission: P.tripRequestCreate },
    schema: { tags, summary: '撤回用车申请 Withdraw a trip request', params: idParams, body: commentInput, response: { 200: tripRequest, ...bad } },
  }, async (req) => json(await svc.withdraw(callerOf(req), req.scopes, req.params.id, req.body.comment ?? null)));

  app.post('/trip-requests/:id/resubmit', {
    config: { permission: P.tripRequestCreate },
    schema: { tags, summary: '修改后重新提交 Edit and resubmit a returned request', params: idParams, body: resubmitInput, response: { 200: tripRequest, ...bad } },
  }, async (req) => json(await svc.resubmit(callerOf(req), req.scopes, req.params.id, req.body)));

  app.post('/trip-requests/:id/rate', {
    config: { permission: P.tripRequestCreate },
    schema: { tags, summary: '评价出车 Rate the trip', params: idParams, body: rateInput, response: { 200: tripRequest, ...bad } },
  }, async (req) => json(await svc.rate(callerOf(req), req.scopes, req.params.id, req.body)));
};
