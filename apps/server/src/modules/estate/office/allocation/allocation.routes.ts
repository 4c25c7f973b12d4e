import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams, isoDate } from '../../../../platform/http/schemas.js';
import { renderPdf, sendPdf } from '../../../../platform/pdf/index.js';
import { estatePermissions as P } from '../../permissions.js';
import { agreementDocument, certificateDocument } from './allocation.documents.js';
import type { AllocationService } from './allocation.service.js';

const allocation = z.object({
  id: z.string(), agencyId: z.string(), agencyName: z.string(), agreementNo: z.string(), certificateNo: z.string(), allocatedOn: z.string(),
  purpose: z.string().nullable(), status: z.string(), totalAreaM2: z.number(), requestId: z.string().nullable(),
}).meta({ id: 'EstateAllocation' });
const allocationDetail = allocation.extend({
  agencyAddress: z.string().nullable(),
  rooms: z.array(z.object({ roomId: z.string(), number: z.string(), buildingName: z.string(), buildingAddress: z.string().nullable(), titleCertNo: z.string().nullable(), floorName: z.string(), useClass: z.string(), subUse: z.string().nullable(), usableAreaM2: z.number() })),
}).meta({ id: 'EstateAllocationDetail' });

/** /api/v1/estate/allocations: rooms allocated to agencies, with 使用协议 and 分配使用凭证 as PDF. */
export const allocationRoutes = (deps: { allocations: AllocationService }): FastifyPluginAsyncZod => async (app) => {
  const { allocations } = deps;
  const tags = ['estate'];

  app.get('/allocations', {
    config: { permission: P.read },
    schema: { tags, summary: '办公用房配置记录 Allocations', querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, agencyId: z.uuid().optional(), status: z.enum(['active', 'revoked']).optional() }), response: { 200: pageOf(allocation) } },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return allocations.list(req.scopes, f, limit, offset);
  });

  app.post('/allocations', {
    config: { permission: P.allocate },
    schema: {
      tags, summary: '分配房间给单位 Allocate rooms to an agency',
      body: z.strictObject({ agencyId: z.uuid(), roomIds: z.array(z.uuid()).min(1).max(500), allocatedOn: isoDate, purpose: z.string().trim().max(200).nullish() }),
      response: { 201: allocationDetail, 400: errorBody, 409: errorBody },
    },
  }, async (req, reply) => {
    const row = await allocations.allocate(actorOf(req), req.body);
    return reply.status(201).send(await allocations.get([{ kind: 'all' }], row.id));
  });

  app.get('/allocations/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '配置详情 Allocation', params: idParams, response: { 200: allocationDetail, 404: errorBody } },
  }, async (req) => allocations.get(req.scopes, req.params.id));

  app.post('/allocations/:id/revoke', {
    config: { permission: P.allocate },
    schema: { tags, summary: '撤销配置（收回房间） Revoke an allocation', params: idParams, response: { 200: z.object({ id: z.string(), status: z.string() }), 404: errorBody, 409: errorBody } },
  }, async (req) => allocations.revoke(actorOf(req), req.params.id));

  app.get('/allocations/:id/agreement.pdf', {
    config: { permission: P.read },
    schema: { tags, summary: '办公用房使用协议（PDF） Use agreement', params: idParams, produces: ['application/pdf'], response: { 404: errorBody } },
  }, async (req, reply) => {
    const d = await allocations.get(req.scopes, req.params.id);
    return sendPdf(reply, `办公用房使用协议-${d.agencyName}.pdf`, await renderPdf(agreementDocument(d)));
  });

  app.get('/allocations/:id/certificate.pdf', {
    config: { permission: P.read },
    schema: { tags, summary: '办公用房分配使用凭证（PDF） Allocation certificate', params: idParams, produces: ['application/pdf'], response: { 404: errorBody } },
  }, async (req, reply) => {
    const d = await allocations.get(req.scopes, req.params.id);
    return sendPdf(reply, `办公用房分配使用凭证-${d.agencyName}.pdf`, await renderPdf(certificateDocument(d)));
  });
};
