import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { errors } from '../../../platform/http/errors.js';
import { fleetPermissions as P } from '../permissions.js';
import { vehicleInput } from '../vehicles/vehicle.schemas.js';
import { normalizePlate } from '../vehicles/vehicle.schemas.js';
import type { StandardsService } from './standards.service.js';
import type { ReportsService } from './nev-share.service.js';
import { standard, standardVersionInput } from './standards.resources.js';

const tags = ['fleet'];
const instant = z.iso.datetime({ offset: true });
const breach = z.object({ rule: z.string(), zh: z.string(), en: z.string(), limit: z.number(), actual: z.number() });
const overrideRequest = z.object({
  id: z.string(), agencyId: z.string(), plate: z.string(), rules: z.array(z.string()), reason: z.string(), status: z.string(),
  workflowInstanceId: z.string().nullable(), createdAt: instant, breaches: z.array(breach).optional(),
}).meta({ id: 'FleetOverrideRequest' });
const share = z.object({ nev: z.number(), total: z.number(), share: z.number(), minShare: z.number(), meets: z.boolean() });

export async function standardsRoutes(root: FastifyInstance, deps: { standards: StandardsService; reports: ReportsService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { standards, reports } = deps;

  app.post('/vehicle-checks', {
    config: { permission: P.vehicleWrite },
    schema: { tags, summary: '登记前检查标准和编制 Check a vehicle against standards and quota', body: vehicleInput, response: { 200: z.object({ breaches: z.array(breach) }), 400: errorBody } },
  }, async (req) => ({ breaches: await standards.check(req.body) }));

  app.get('/quota-usage', {
    config: { permission: P.standardRead },
    schema: { tags, summary: '编制使用情况 Quota and holding per agency and kind', querystring: z.object({ agencyId: z.uuid().optional() }),
      response: { 200: z.object({ items: z.array(z.object({ id: z.string(), agencyId: z.string(), agencyName: z.string(), kind: z.string(), quota: z.number(), approvalRef: z.string().nullable(), held: z.number() })), total: z.number() }) } },
  }, async (req) => standards.quotaUsage(req.scopes, req.query.agencyId));

  app.get('/override-requests', {
    config: { permission: P.vehicleRead },
    schema: { tags, summary: '超标/超编申请 List override requests', querystring: z.object({ ...listQuery, status: z.string().max(20).optional() }), response: { 200: pageOf(overrideRequest) } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return standards.listOverrides(req.scopes, req.query, limit, offset) as never;
  });

  app.post('/override-requests', {
    config: { permission: P.vehicleWrite },
    schema: { tags, summary: '提交超标/超编配备申请 Request an override', body: z.object({ vehicle: vehicleInput.omit({ overrideRequestId: true }), reason: z.string().trim().min(2).max(1000) }),
      response: { 201: overrideRequest, 400: errorBody, 422: errorBody } },
  }, async (req, reply) => {
    if (!req.auth) throw errors.unauthenticated();
    const caller = { actor: { ...actorOf(req), accountId: req.auth.accountId }, personId: req.auth.personId };
    const v = { ...req.body.vehicle, plate: normalizePlate(req.body.vehicle.plate), displacementL: req.body.vehicle.displacementL ?? null };
    return reply.status(201).send(await standards.requestOverride(caller, req.scopes, { vehicle: v, reason: req.body.reason }) as never);
  });

  app.get('/settings', {
    config: { permission: P.standardRead },
    schema: { tags, summary: '公务用车参数 Fleet settings', response: { 200: z.object({ items: z.array(z.object({ code: z.string(), nameZh: z.string(), value: z.number(), unit: z.string().nullable(), source: z.string(), note: z.string().nullable() })), total: z.number() }) } },
  }, async () => standards.settings());

  app.patch('/settings/:code', {
    config: { permission: P.standardWrite },
    schema: { tags, summary: '修改公务用车参数 Update a fleet setting', params: z.object({ code: z.string().max(50) }), body: z.object({ value: z.number().min(0).max(99_999_999), source: z.string().trim().min(1).max(500), note: z.string().max(500).nullish() }),
      response: { 200: z.object({ code: z.string(), value: z.number(), source: z.string() }), 400: errorBody, 404: errorBody } },
  }, async (req) => standards.updateSetting(actorOf(req), req.params.code, req.body));

  app.post('/standards/:id/versions', {
    config: { permission: P.standardWrite },
    schema: { tags, summary: '配备标准新版本（原版本于前一日终止） Add a version of a standard', params: idParams, body: standardVersionInput,
      response: { 201: standard, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await standards.newVersion(actorOf(req), req.params.id, req.body) as never));

  app.get('/reports/nev-share', {
    config: { permission: P.reportRead },
    schema: { tags, summary: '新能源汽车占比 NEV share of the fleet and of the year\'s purchases', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100), agencyId: z.uuid().optional() }),
      response: { 200: z.object({ year: z.number(), minShare: z.number(), source: z.string(), fleet: share, purchased: share }), 422: errorBody } },
  }, async (req) => reports.nevShare(req.scopes, req.query.year, req.query.agencyId));
}
