import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { transferDocumentKinds, transferStatuses, transferTargets } from '../db/transfers.table.js';
import { estatePermissions as P } from '../permissions.js';
import type { TransferAction, TransfersService } from './transfers.service.js';

const tags = ['estate-transfers'];
const errs = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const transfer = z.object({
  id: z.string(), code: z.string(), fromAgencyId: z.string(), fromAgencyName: z.string(), target: z.string(), buildingId: z.string().nullable(), roomIds: z.array(z.string()),
  areaM2: z.string(), titleCertNo: z.string().nullable(), reason: z.string(), status: z.string(), decisionNote: z.string().nullable(), decidedAt: z.date().nullable(),
  completedOn: z.string().nullable(), createdAt: z.date(),
}).meta({ id: 'EstateTransfer' });
const detail = transfer.extend({
  rooms: z.array(z.object({ id: z.string(), number: z.string(), usableAreaM2: z.string(), buildingId: z.string() })),
  documents: z.array(z.object({ id: z.string(), name: z.string(), mime: z.string(), sizeBytes: z.number(), kind: z.enum(transferDocumentKinds) }).loose()),
}).meta({ id: 'EstateTransferDetail' });
const createBody = z.strictObject({
  fromAgencyId: z.uuid().optional(), target: z.enum(transferTargets), roomIds: z.array(z.uuid()).min(1).max(500),
  reason: z.string().trim().min(2).max(1000), titleCertNo: z.string().trim().max(60).nullish(), fileIds: z.array(z.uuid()).max(20).default([]),
});
const listQ = z.strictObject({ ...listQuery, id: z.uuid().optional(), status: z.enum(transferStatuses).optional(), target: z.enum(transferTargets).optional(), fromAgencyId: z.uuid().optional() });
const documentsBody = z.strictObject({ kind: z.enum(transferDocumentKinds).default('other'), fileIds: z.array(z.uuid()).min(1).max(20) });
const noteBody = z.strictObject({ note: z.string().trim().max(1000).optional() }).default({});

export const transferRoutes = (svc: TransfersService): FastifyPluginAsyncZod => async (app) => {
  app.get('', { config: { permission: P.transferRead }, schema: { tags, summary: '房产划转 List transfers', querystring: listQ, response: { 200: pageOf(transfer) } } },
    async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return svc.list(req.scopes, f, o.limit, o.offset); });
  app.get('/:id', { config: { permission: P.transferRead }, schema: { tags, summary: '划转详情 Transfer', params: idParams, response: { 200: detail, 404: errorBody } } },
    async (req) => svc.get(req.scopes, req.params.id));
  app.post('', { config: { permission: P.transferWrite }, schema: { tags, summary: '申报房产划转 Create a transfer', body: createBody, response: { 201: detail, ...errs } } },
    async (req, reply) => { const t = await svc.create(actorOf(req), req.scopes, req.body); return reply.status(201).send(await svc.get(req.scopes, t.id)); });
  app.post('/:id/documents', { config: { permission: P.transferWrite }, schema: { tags, summary: '添加划转文件（批复、协议、权属证明） Add documents', params: idParams, body: documentsBody, response: { 200: detail, ...errs } } },
    async (req) => { await svc.addDocuments(actorOf(req), req.scopes, req.params.id, req.body); return svc.get(req.scopes, req.params.id); });
  const actions: Array<[TransferAction, string, string]> = [
    ['submit', P.transferWrite, '提交 Submit'], ['cancel', P.transferWrite, '撤销 Cancel'], ['approve', P.transferDecide, '审核通过 Approve'],
    ['reject', P.transferDecide, '退回 Reject'], ['complete', P.transferDecide, '办结（房间移交） Complete'],
  ];
  for (const [action, permission, summary] of actions) {
    app.post(`/:id/${action}`, { config: { permission }, schema: { tags, summary, params: idParams, body: noteBody, response: { 200: detail, ...errs } } },
      async (req) => { await svc.act(actorOf(req), req.scopes, req.params.id, action, req.body?.note); return svc.get(req.scopes, req.params.id); });
  }
};
