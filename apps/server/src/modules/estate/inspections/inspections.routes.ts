import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams, isoDate } from '../../../platform/http/schemas.js';
import { renderPdf, sendPdf } from '../../../platform/pdf/index.js';
import { findingSeverities, findingStatuses, inspectionPlanStatuses } from '../db/inspections.table.js';
import { estatePermissions as P } from '../permissions.js';
import { noticePdf } from './inspection-notice.js';
import type { InspectionsService } from './inspections.service.js';

const tags = ['estate-inspections'];
const errs = { 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const all = [{ kind: 'all' as const }];
const fileMeta = z.object({ id: z.string(), name: z.string(), mime: z.string(), sizeBytes: z.number() }).loose();
const plan = z.object({
  id: z.string(), title: z.string(), year: z.number().int(), theme: z.string().nullable(), withDiscipline: z.boolean(), disciplineContact: z.string().nullable(),
  startsOn: z.string(), endsOn: z.string(), agencyIds: z.array(z.string()), status: z.string(), createdAt: z.date(),
}).meta({ id: 'EstateInspectionPlan' });
const finding = z.object({
  id: z.string(), planId: z.string(), agencyId: z.string(), agencyName: z.string(), roomId: z.string().nullable(), roomNumber: z.string().nullable(), foundOn: z.string(),
  category: z.string(), description: z.string(), severity: z.string(), rectifyBy: z.string(), status: z.string(), reportText: z.string().nullable(),
  reportedAt: z.date().nullable(), closedAt: z.date().nullable(), closeNote: z.string().nullable(),
}).meta({ id: 'EstateInspectionFinding' });
const findingDetail = finding.extend({ photos: z.array(fileMeta), reportFiles: z.array(fileMeta) }).meta({ id: 'EstateInspectionFindingDetail' });
const planBody = z.strictObject({
  title: z.string().trim().min(2).max(100), year: z.number().int().min(2000).max(2100), theme: z.string().trim().max(500).nullish(), withDiscipline: z.boolean().default(true),
  disciplineContact: z.string().trim().max(100).nullish(), startsOn: isoDate, endsOn: isoDate, agencyIds: z.array(z.uuid()).min(1).max(2000),
});
const findingBody = z.strictObject({
  agencyId: z.uuid(), roomId: z.uuid().nullish(), foundOn: isoDate, category: z.string().trim().min(2).max(50), description: z.string().trim().min(2).max(2000),
  severity: z.enum(findingSeverities).default('minor'), rectifyBy: isoDate, photoFileIds: z.array(z.uuid()).max(20).default([]),
});
const textBody = z.strictObject({ text: z.string().trim().min(2).max(2000), fileIds: z.array(z.uuid()).max(20).optional() });
const noticeQuery = z.strictObject({ format: z.enum(['json', 'pdf']).optional() });
const noticeBody = z.object({ issuedOn: z.string(), title: z.string(), paragraphs: z.array(z.string()), text: z.string(), rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))) }).meta({ id: 'EstateInspectionNotice' });

export const inspectionRoutes = (svc: InspectionsService): FastifyPluginAsyncZod => async (app) => {
  app.get('/inspection-plans', { config: { permission: P.inspectionRead }, schema: { tags, summary: '专项检查计划 Plans', querystring: z.strictObject({ ...listQuery, year: z.coerce.number().int().optional(), status: z.enum(inspectionPlanStatuses).optional() }), response: { 200: pageOf(plan) } } },
    async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return svc.listPlans(req.scopes, f, o.limit, o.offset); });
  app.get('/inspection-plans/:id', { config: { permission: P.inspectionRead }, schema: { tags, summary: '检查计划 Plan', params: idParams, response: { 200: plan, 404: errorBody } } },
    async (req) => svc.getPlan(req.scopes, req.params.id));
  app.post('/inspection-plans', { config: { permission: P.inspectionManage }, schema: { tags, summary: '制定专项检查计划 Create a plan', body: planBody, response: { 201: plan, ...errs } } },
    async (req, reply) => reply.status(201).send(await svc.createPlan(actorOf(req), req.body)));
  app.post('/inspection-plans/:id/findings', { config: { permission: P.inspectionManage }, schema: { tags, summary: '登记现场检查问题 Record a finding', params: idParams, body: findingBody, response: { 201: findingDetail, ...errs } } },
    async (req, reply) => { const f = await svc.createFinding(actorOf(req), req.params.id, req.body); return reply.status(201).send(await svc.getFinding(all, f.id)); });
  app.get('/inspection-plans/:id/notice', { config: { permission: P.inspectionRead }, schema: { tags, summary: '生成通报（文本或PDF） Generate the notice', params: idParams, querystring: noticeQuery, response: { 200: noticeBody, 404: errorBody } } },
    async (req, reply) => {
      const n = await svc.notice(req.scopes, req.params.id);
      if (req.query.format === 'pdf') return sendPdf(reply, n.title, await renderPdf(noticePdf(n, n.issuedOn)));
      return n;
    });

  app.get('/inspection-findings', { config: { permission: P.inspectionRead }, schema: { tags, summary: '检查问题与整改 Findings', querystring: z.strictObject({ ...listQuery, id: z.uuid().optional(), planId: z.uuid().optional(), status: z.enum(findingStatuses).optional(), agencyId: z.uuid().optional(), overdueOn: isoDate.optional() }), response: { 200: pageOf(finding) } } },
    async (req) => { const { page, pageSize, ...f } = req.query; const o = offsetOf({ page, pageSize }); return svc.listFindings(req.scopes, f, o.limit, o.offset); });
  app.get('/inspection-findings/:id', { config: { permission: P.inspectionRead }, schema: { tags, summary: '问题详情 Finding', params: idParams, response: { 200: findingDetail, 404: errorBody } } },
    async (req) => svc.getFinding(req.scopes, req.params.id));
  app.post('/inspection-findings/:id/photos', { config: { permission: P.inspectionManage }, schema: { tags, summary: '添加现场照片 Add photos', params: idParams, body: z.strictObject({ fileIds: z.array(z.uuid()).min(1).max(20) }), response: { 200: findingDetail, ...errs } } },
    async (req) => { await svc.addPhotos(actorOf(req), req.scopes, req.params.id, req.body.fileIds); return svc.getFinding(req.scopes, req.params.id); });
  const steps: Array<['report' | 'close' | 'reopen', string, string]> = [
    ['report', P.inspectionReport, '报送整改情况 Report rectification'], ['close', P.inspectionManage, '整改销号 Close'], ['reopen', P.inspectionManage, '整改不到位，退回 Reopen'],
  ];
  for (const [action, permission, summary] of steps) {
    app.post(`/inspection-findings/:id/${action}`, { config: { permission }, schema: { tags, summary, params: idParams, body: textBody, response: { 200: findingDetail, ...errs } } },
      async (req) => { await svc.transition(actorOf(req), req.scopes, req.params.id, action, req.body); return svc.getFinding(req.scopes, req.params.id); });
  }
};
