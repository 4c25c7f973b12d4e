import { asc, desc, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { createResource } from '../core/resource.js';
import { fleetInspectionFindings, fleetSealings, fleetSpecialInspections } from '../db/supervision.table.js';
import { vehicleKindCodes } from '../db/vehicles.table.js';
import { fleetPermissions as P } from '../permissions.js';
import type { SupervisionService } from './supervision.service.js';
import { day } from '../core/schemas.js';

const tags = ['fleet'];
const instant = z.iso.datetime({ offset: true });
type Rows<T> = { rows: T[] };

const inspectionInput = z.object({ agencyId: z.uuid(), title: z.string().trim().min(1).max(200), inspectedOn: day, inspectors: z.string().max(200).nullable().optional(), summary: z.string().max(4000).nullable().optional(), status: z.enum(['open', 'closed']).optional() });
const inspection = inspectionInput.extend({ id: z.string(), inspectors: z.string().nullable(), summary: z.string().nullable(), status: z.string(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetSpecialInspection' });
const findingInput = z.object({ inspectionId: z.uuid(), vehicleId: z.uuid().nullable().optional(), description: z.string().trim().min(1).max(2000), deadline: day, rectifiedOn: day.nullable().optional(), rectification: z.string().max(2000).nullable().optional() });
const finding = findingInput.extend({ id: z.string(), agencyId: z.string(), vehicleId: z.string().nullable(), rectifiedOn: z.string().nullable(), rectification: z.string().nullable(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetInspectionFinding' });
const sealingInput = z.object({ name: z.string().trim().min(1).max(100), startsAt: instant, endsAt: instant, note: z.string().max(1000).nullable().optional() });
const sealing = sealingInput.extend({ id: z.string(), note: z.string().nullable(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetSealing' });
const window = z.object({ from: day, to: day });

/** A finding belongs to an open inspection; its vehicle to the inspected agency; its deadline and rectification not before the inspection. */
async function checkFinding(tx: Db, next: Record<string, unknown>) {
  const r = (await tx.execute(sql`select agency_id, status, inspected_on::text as inspected_on from fleet_special_inspection where id = ${next.inspectionId as string}`)) as unknown as Rows<{ agency_id: string; status: string; inspected_on: string }>;
  const insp = r.rows[0];
  if (!insp) return; // agencyOf has already answered 400 for a missing inspection
  if (insp.status === 'closed') throw errors.rule('FLEET_INSPECTION_CLOSED', '该专项检查已办结，不能再增改问题；如需修改请先重新打开检查', 'The inspection is closed; reopen it to add or change findings', { inspectionId: next.inspectionId, rule: 'inspection-open' });
  const fields: Array<{ path: string; code: string; message: string }> = [];
  if ((next.deadline as string) < insp.inspected_on) fields.push({ path: 'deadline', code: 'BEFORE_INSPECTION', message: `整改期限不能早于检查日期（${insp.inspected_on}）` });
  if (next.rectifiedOn && (next.rectifiedOn as string) < insp.inspected_on) fields.push({ path: 'rectifiedOn', code: 'BEFORE_INSPECTION', message: `整改完成日期不能早于检查日期（${insp.inspected_on}）` });
  if (next.vehicleId) {
    const v = (await tx.execute(sql`select agency_id from fleet_vehicle where id = ${next.vehicleId as string}`)) as unknown as Rows<{ agency_id: string }>;
    if (v.rows[0]?.agency_id !== insp.agency_id) fields.push({ path: 'vehicleId', code: 'OTHER_AGENCY', message: '所选车辆不属于被检查单位' });
  }
  if (fields.length) throw errors.validation(fields);
}

export async function supervisionRoutes(root: FastifyInstance, deps: { db: Db; supervision: SupervisionService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db, supervision } = deps;
  await createResource(db, {
    path: '/special-inspections', table: fleetSpecialInspections, objectType: 'fleet.special-inspection', nameZh: '专项检查', nameEn: 'special inspection',
    read: P.supervisionRead, write: P.supervisionWrite, input: inspectionInput, output: inspection,
    filters: { agencyId: fleetSpecialInspections.agencyId, status: fleetSpecialInspections.status }, search: [fleetSpecialInspections.title],
    sortable: { inspectedOn: fleetSpecialInspections.inspectedOn }, defaultSort: [desc(fleetSpecialInspections.inspectedOn), desc(fleetSpecialInspections.id)],
    agencyOf: async (tx, input) => {
      const r = (await tx.execute(sql`select id from platform_agency where id = ${input.agencyId}`)) as unknown as Rows<unknown>;
      if (!r.rows.length) throw errors.validation([{ path: 'agencyId', code: 'NOT_FOUND', message: '所选单位不存在' }]);
      return input.agencyId;
    },
    check: async (tx, next, before) => {
      // why: an inspection is 办结 only when every finding has been rectified.
      if (next.status !== 'closed' || before?.status === 'closed') return;
      const open = before ? ((await tx.execute(sql`select count(*)::int as n from fleet_inspection_finding where inspection_id = ${before.id as string} and rectified_on is null`)) as unknown as Rows<{ n: number }>).rows[0]!.n : 0;
      if (open > 0) throw errors.rule('FLEET_INSPECTION_FINDINGS_OPEN', `还有 ${open} 个问题未整改，不能办结该专项检查`, `${open} finding(s) are not rectified yet; the inspection cannot be closed`, { openFindings: open, rule: 'all-findings-rectified' });
    },
  }).registerRoutes(root);
  await createResource(db, {
    path: '/inspection-findings', table: fleetInspectionFindings, objectType: 'fleet.inspection-finding', nameZh: '检查发现问题', nameEn: 'inspection finding',
    read: P.supervisionRead, write: P.supervisionWrite, input: findingInput, output: finding,
    filters: { inspectionId: fleetInspectionFindings.inspectionId, agencyId: fleetInspectionFindings.agencyId, vehicleId: fleetInspectionFindings.vehicleId },
    search: [fleetInspectionFindings.description], sortable: { deadline: fleetInspectionFindings.deadline }, defaultSort: [asc(fleetInspectionFindings.deadline), asc(fleetInspectionFindings.id)],
    agencyOf: async (tx, input) => {
      const r = (await tx.execute(sql`select agency_id from fleet_special_inspection where id = ${input.inspectionId}`)) as unknown as Rows<{ agency_id: string }>;
      if (!r.rows[0]) throw errors.validation([{ path: 'inspectionId', code: 'NOT_FOUND', message: '所选专项检查不存在' }]);
      return r.rows[0].agency_id;
    },
    check: async (tx, next) => {
      if (next.rectifiedOn && !next.rectification) throw errors.validation([{ path: 'rectification', code: 'REQUIRED', message: '登记整改完成须填写整改情况' }]);
      await checkFinding(tx, next);
    },
  }).registerRoutes(root);
  await createResource(db, {
    path: '/sealings', table: fleetSealings, objectType: 'fleet.sealing', nameZh: '节假日封存', nameEn: 'holiday sealing',
    read: P.vehicleRead, write: P.supervisionWrite, input: sealingInput, output: sealing, global: true, search: [fleetSealings.name],
    sortable: { startsAt: fleetSealings.startsAt }, defaultSort: [desc(fleetSealings.startsAt), desc(fleetSealings.id)],
    check: async (_tx, next) => {
      for (const k of ['startsAt', 'endsAt']) if (typeof next[k] === 'string') next[k] = new Date(next[k] as string);
      if ((next.endsAt as Date) <= (next.startsAt as Date)) throw errors.validation([{ path: 'endsAt', code: 'BEFORE_START', message: '封存结束时间应晚于开始时间' }]);
    },
  }).registerRoutes(root);

  app.get('/sealings/:id/vehicles', {
    config: { permission: P.vehicleRead },
    schema: { tags, summary: '封存清单车辆 Vehicles on a sealing list', params: idParams, response: { 200: z.object({ items: z.array(z.object({ vehicleId: z.string(), plate: z.string(), kind: z.string(), agencyId: z.string(), parkedAt: z.string().nullable() })), total: z.number() }), 404: errorBody } },
  }, async (req) => supervision.sealedVehicles(req.scopes, req.params.id));
  app.post('/sealings/:id/vehicles', {
    config: { permission: P.supervisionWrite },
    schema: { tags, summary: '列入封存清单 Add vehicles to a sealing list', params: idParams,
      body: z.object({ vehicleIds: z.array(z.uuid()).max(5000).optional(), allInUseExceptKinds: z.array(z.enum(vehicleKindCodes)).optional() }).refine((b) => !!b.vehicleIds !== !!b.allInUseExceptKinds, { message: '请指定车辆，或选择“全部在用车辆（除外类别）”' }),
      response: { 200: z.object({ added: z.number() }), 400: errorBody, 404: errorBody, 422: errorBody } },
  }, async (req) => supervision.addToSealing(actorOf(req), req.scopes, req.params.id, req.body));
  app.delete('/sealings/:id/vehicles/:vehicleId', {
    config: { permission: P.supervisionWrite },
    schema: { tags, summary: '移出封存清单 Remove a vehicle from a sealing list', params: z.object({ id: z.uuid(), vehicleId: z.uuid() }), response: { 200: z.object({ removed: z.number() }), 404: errorBody } },
  }, async (req) => supervision.removeFromSealing(actorOf(req), req.scopes, req.params.id, req.params.vehicleId));

  app.get('/reports/utilisation', {
    config: { permission: P.supervisionRead },
    schema: { tags, summary: '车辆使用率 Utilisation per vehicle', querystring: window.extend({ agencyId: z.uuid().optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: z.object({ items: z.array(z.object({ vehicleId: z.string(), plate: z.string(), agencyId: z.string(), agencyName: z.string(), km: z.number(), trips: z.number(), daysUsed: z.number(), daysAvailable: z.number(), utilisation: z.number() })), total: z.number(), days: z.number() }), 400: errorBody } },
  }, async (req) => supervision.vehicleUtilisation(req.scopes, { ...req.query, limit: req.query.pageSize, offset: (req.query.page - 1) * req.query.pageSize }));
  app.get('/reports/agency-utilisation', {
    config: { permission: P.supervisionRead },
    schema: { tags, summary: '单位车辆使用率 Utilisation per agency', querystring: window,
      response: { 200: z.object({ items: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), vehicles: z.number(), km: z.number(), trips: z.number(), daysUsed: z.number(), daysAvailable: z.number(), utilisation: z.number() })), total: z.number() }), 400: errorBody } },
  }, async (req) => supervision.agencyUtilisation(req.scopes, req.query));
  app.get('/reports/agency-mileage', {
    config: { permission: P.supervisionRead },
    schema: { tags, summary: '单位车辆里程及后列单位 Mileage per agency and the bottom list', querystring: window.extend({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
      response: { 200: z.object({
        agencies: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), vehicles: z.number(), km: z.number(), trips: z.number() })),
        bottom: z.array(z.object({ rank: z.number(), agencyId: z.string(), agencyName: z.string(), vehicles: z.number(), km: z.number(), trips: z.number(), kmPerVehicle: z.number() })),
      }) } },
  }, async (req) => supervision.agencyMileage(req.scopes, req.query));
}
