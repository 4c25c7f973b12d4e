import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams, isoDate } from '../../../platform/http/schemas.js';
import { remoteRecordKinds } from '../db/remote.table.js';
import { estatePermissions as P } from '../permissions.js';
import type { RemoteService } from './remote.service.js';

const tags = ['estate-remote'];
const errs = { 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const property = z.object({
  id: z.string(), name: z.string(), city: z.string(), address: z.string(), agencyId: z.string(), agencyName: z.string(), trusteeName: z.string(), trusteeContact: z.string().nullable(),
  trusteeAccountId: z.string().nullable(), currentUse: z.string(), areaM2: z.string(), titleCertNo: z.string().nullable(), reportCycleMonths: z.number().int(),
  nextReportDue: z.string(), status: z.string(), note: z.string().nullable(),
}).meta({ id: 'EstateRemoteProperty' });
const record = z.object({ id: z.string(), kind: z.string(), occurredOn: z.string(), endsOn: z.string().nullable(), counterparty: z.string().nullable(), amountFen: z.number().int().nullable(), description: z.string(), createdAt: z.date() }).meta({ id: 'EstateRemoteRecord' });
const report = z.object({ id: z.string(), dueOn: z.string(), submittedOn: z.string(), occupancy: z.string(), content: z.string(), issues: z.string().nullable(), createdAt: z.date() }).meta({ id: 'EstateRemoteReport' });
const detail = property.extend({ records: z.array(record), reports: z.array(report) }).meta({ id: 'EstateRemotePropertyDetail' });
const createBody = z.strictObject({
  name: z.string().trim().min(2).max(100), city: z.string().trim().min(2).max(50), address: z.string().trim().min(2).max(200), agencyId: z.uuid(),
  trusteeName: z.string().trim().min(2).max(100), trusteeContact: z.string().trim().max(100).nullish(), trusteeAccountId: z.uuid().nullish(),
  currentUse: z.string().trim().min(2).max(200), areaM2: z.number().positive().max(1_000_000), titleCertNo: z.string().trim().max(60).nullish(),
  reportCycleMonths: z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)]).default(3), firstReportDue: isoDate, note: z.string().trim().max(500).nullish(),
});
const recordBody = z.strictObject({
  kind: z.enum(remoteRecordKinds), occurredOn: isoDate, endsOn: isoDate.nullish(), counterparty: z.string().trim().max(100).nullish(),
  amountFen: z.number().int().min(0).max(10_000_000_000).nullish(), description: z.string().trim().min(2).max(1000),
});
const reportBody = z.strictObject({ submittedOn: isoDate.optional(), occupancy: z.string().trim().min(2).max(200), content: z.string().trim().min(2).max(4000), issues: z.string().trim().max(2000).nullish() });

export const remoteRoutes = (svc: RemoteService): FastifyPluginAsyncZod => async (app) => {
  app.get('', { config: { permission: P.remoteRead }, schema: { tags, summary: '市外房产 List', querystring: z.strictObject({ ...listQuery, city: z.string().max(50).optional(), dueBefore: isoDate.optional() }), response: { 200: pageOf(property) } } },
    async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return svc.list(req.scopes, f, o.limit, o.offset); });
  app.get('/:id', { config: { permission: P.remoteRead }, schema: { tags, summary: '市外房产详情 Detail', params: idParams, response: { 200: detail, 404: errorBody } } },
    async (req) => svc.get(req.scopes, req.params.id));
  app.post('', { config: { permission: P.remoteWrite }, schema: { tags, summary: '登记市外房产 Create', body: createBody, response: { 201: detail, ...errs } } },
    async (req, reply) => { const p = await svc.create(actorOf(req), req.body); return reply.status(201).send(await svc.get([{ kind: 'all' }], p.id)); });
  app.post('/:id/records', { config: { permission: P.remoteWrite }, schema: { tags, summary: '登记使用、维修、出租情况 Add a record', params: idParams, body: recordBody, response: { 201: record, ...errs } } },
    async (req, reply) => reply.status(201).send(await svc.addRecord(actorOf(req), req.params.id, req.body)));
  app.post('/:id/reports', { config: { permission: P.remoteReport }, schema: { tags, summary: '报送受托报告 File the trustee report', params: idParams, body: reportBody, response: { 201: report.extend({ late: z.boolean(), nextReportDue: z.string() }), ...errs } } },
    async (req, reply) => reply.status(201).send(await svc.submitReport(actorOf(req), req.scopes, req.params.id, req.body)));
};
