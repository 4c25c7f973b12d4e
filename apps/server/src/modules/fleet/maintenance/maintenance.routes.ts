import { asc, desc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { createResource } from '../core/resource.js';
import { fleetRepairs, fleetShops } from '../db/maintenance.table.js';
import { fleetPermissions as P } from '../permissions.js';
import type { RepairService } from './repair.service.js';
import { day, km } from '../core/schemas.js';

const tags = ['fleet'];
const instant = z.iso.datetime({ offset: true });
const fen = z.number().int().min(0);

export const shopInput = z.object({
  name: z.string().trim().min(1).max(100), address: z.string().max(200).nullable().optional(), contact: z.string().max(50).nullable().optional(),
  phone: z.string().max(30).nullable().optional(), designated: z.boolean().optional(), contractFrom: day.nullable().optional(), contractTo: day.nullable().optional(), active: z.boolean().optional(),
});
const shop = shopInput.extend({ id: z.string(), address: z.string().nullable(), contact: z.string().nullable(), phone: z.string().nullable(), designated: z.boolean(), contractFrom: z.string().nullable(), contractTo: z.string().nullable(), active: z.boolean(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetShop' });

const repairInput = z.object({ vehicleId: z.uuid(), shopId: z.uuid().nullish(), kind: z.enum(['repair', 'maintenance']), description: z.string().trim().min(2).max(2000), estimateFen: fen, requestedOn: day.optional() });
export const repair = z.object({
  id: z.string(), vehicleId: z.string(), agencyId: z.string(), shopId: z.string().nullable(), kind: z.string(), description: z.string(), estimateFen: z.number(),
  status: z.string(), workflowInstanceId: z.string().nullable(), requestedOn: z.string(), partsFen: z.number().nullable(), labourFen: z.number().nullable(),
  invoiceFen: z.number().nullable(), invoiceNo: z.string().nullable(), odometerKm: z.number().nullable(), completedOn: z.string().nullable(), createdAt: instant, updatedAt: instant,
}).meta({ id: 'FleetRepair' });
const completion = z.object({
  partsFen: fen, labourFen: fen, invoiceFen: fen, invoiceNo: z.string().trim().min(1).max(50), completedOn: day,
  /** The odometer when the vehicle left the shop: written to the vehicle's odometer timeline (source `repair`), checked against its neighbours. */
  odometerKm: km.nullish(),
  /** When the reading was taken (on `completedOn`, Asia/Shanghai); default 00:00 of `completedOn`. */
  odometerAt: instant.nullish(),
  nextServiceKm: km.nullish(), nextServiceDate: day.nullish(),
});

export async function maintenanceRoutes(root: FastifyInstance, deps: { db: Db; repairs: RepairService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const shops = createResource(deps.db, {
    path: '/shops', table: fleetShops, objectType: 'fleet.shop', nameZh: '维修厂', nameEn: 'repair shop', read: P.maintenanceRead, write: P.standardWrite,
    input: shopInput, output: shop, global: true, filters: { designated: fleetShops.designated, active: fleetShops.active }, search: [fleetShops.name, fleetShops.address],
    sortable: { name: fleetShops.name, contractTo: fleetShops.contractTo }, defaultSort: [asc(fleetShops.name), asc(fleetShops.id)],
  });
  await shops.registerRoutes(root);
  // Reads of repairs through the generic resource; writes go through the request/approval/completion flow below.
  const repairs = createResource(deps.db, {
    path: '/repairs', table: fleetRepairs, objectType: 'fleet.repair', nameZh: '维修单', nameEn: 'repair', read: P.maintenanceRead, write: P.maintenanceWrite,
    input: repairInput, output: repair, filters: { vehicleId: fleetRepairs.vehicleId, agencyId: fleetRepairs.agencyId, status: fleetRepairs.status, shopId: fleetRepairs.shopId, kind: fleetRepairs.kind },
    search: [fleetRepairs.description, fleetRepairs.invoiceNo], sortable: { requestedOn: fleetRepairs.requestedOn, estimateFen: fleetRepairs.estimateFen, invoiceFen: fleetRepairs.invoiceFen },
    defaultSort: [desc(fleetRepairs.requestedOn), desc(fleetRepairs.id)],
  });
  app.get('/repairs', {
    config: { permission: P.maintenanceRead },
    schema: { tags, summary: '维修保养记录 List repairs', querystring: z.object({
      page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20), sort: z.string().max(200).optional(), q: z.string().trim().max(100).optional(),
      vehicleId: z.uuid().optional(), agencyId: z.uuid().optional(), status: z.string().max(20).optional(), shopId: z.uuid().optional(), kind: z.string().max(20).optional(),
    }), response: { 200: z.object({ items: z.array(repair), total: z.number() }), 400: errorBody } },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    return repairs.list(req.scopes, f, pageSize, (page - 1) * pageSize) as never;
  });
  app.get('/repairs/:id', {
    config: { permission: P.maintenanceRead },
    schema: { tags, summary: '维修单详情 Get a repair', params: idParams, response: { 200: repair, 404: errorBody } },
  }, async (req) => repairs.get(req.scopes, req.params.id) as never);
  app.post('/repairs', {
    config: { permission: P.maintenanceWrite },
    schema: { tags, summary: '维修/保养申请（提交审批） Request a repair', body: repairInput, response: { 201: repair, 400: errorBody, 422: errorBody } },
  }, async (req, reply) => {
    if (!req.auth) throw errors.unauthenticated();
    const caller = { actor: { ...actorOf(req), accountId: req.auth.accountId }, personId: req.auth.personId };
    return reply.status(201).send(await deps.repairs.request(caller, req.scopes, req.body) as never);
  });
  app.post('/repairs/:id/complete', {
    config: { permission: P.maintenanceWrite },
    schema: { tags, summary: '维修完工登记（里程写入里程表时间线） Complete a repair', params: idParams, body: completion, response: { 200: repair, 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req) => deps.repairs.complete(actorOf(req), req.scopes, req.params.id, req.body) as never);
}
