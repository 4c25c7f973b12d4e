/** Mounts every route of the fleet core under /api/v1/fleet (the module's prefix). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { createChargingResources, chargingKwhByMonth } from '../charging/charging.resources.js';
import { createDriverResources } from '../drivers/driver.resources.js';
import { driverRoutes } from '../drivers/driver.routes.js';
import type { DriverService } from '../drivers/driver.service.js';
import { maintenanceRoutes } from '../maintenance/maintenance.routes.js';
import type { RepairService } from '../maintenance/repair.service.js';
import { fleetPermissions as P } from '../permissions.js';
import { createRecordResources } from '../records/records.resources.js';
import type { ReportsService } from '../standards/nev-share.service.js';
import { createStandardResources } from '../standards/standards.resources.js';
import { standardsRoutes } from '../standards/standards.routes.js';
import type { StandardsService } from '../standards/standards.service.js';
import { supervisionRoutes } from '../supervision/supervision.routes.js';
import type { SupervisionService } from '../supervision/supervision.service.js';
import { timelineKinds, type createTimeline } from '../vehicles/timeline.service.js';
import { vehicleRoutes } from '../vehicles/vehicle.routes.js';
import type { VehicleService } from '../vehicles/vehicle.service.js';

export interface CoreServices {
  db: Db;
  standards: StandardsService;
  reports: ReportsService;
  vehicles: VehicleService;
  drivers: DriverService;
  repairs: RepairService;
  supervision: SupervisionService;
  timeline: ReturnType<typeof createTimeline>;
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

export async function coreRoutes(root: FastifyInstance, s: CoreServices) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = s;
  await vehicleRoutes(root, { db, vehicles: s.vehicles });
  await standardsRoutes(root, { standards: s.standards, reports: s.reports });
  const standardResources = createStandardResources(db);
  await standardResources.standards.registerRoutes(root);
  await standardResources.quotas.registerRoutes(root);
  const drivers = createDriverResources(db);
  await drivers.drivers.registerRoutes(root);
  await drivers.trainings.registerRoutes(root);
  await drivers.safetyRecords.registerRoutes(root);
  await driverRoutes(root, { drivers: s.drivers });
  await maintenanceRoutes(root, { db, repairs: s.repairs });
  const records = createRecordResources(db);
  for (const r of Object.values(records)) await r.registerRoutes(root);
  const charging = createChargingResources(db);
  for (const r of Object.values(charging)) await r.registerRoutes(root);
  await supervisionRoutes(root, { db, supervision: s.supervision });

  app.get('/reports/charging-kwh', {
    config: { permission: P.chargingRead },
    schema: { tags: ['fleet'], summary: '充电量按月统计 Charging kWh per agency and month', querystring: z.object({ from: month, to: month, agencyId: z.uuid().optional() }),
      response: { 200: z.object({ items: z.array(z.object({ agencyId: z.string(), month: z.string(), kwh: z.number(), amountFen: z.number(), sessions: z.number() })) }) } },
  }, async (req) => {
    return { items: await chargingKwhByMonth(db, req.query, req.scopes) };
  });

  app.get('/vehicles/:id/timeline', {
    config: { permission: P.vehicleRead },
    schema: { tags: ['fleet'], summary: '车辆全生命周期时间线 Vehicle life timeline', params: idParams,
      querystring: z.object({ kinds: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(500).default(200), before: z.iso.datetime({ offset: true }).optional() }),
      response: { 200: z.object({ items: z.array(z.object({ at: z.string(), kind: z.enum(timelineKinds), title: z.string(), amountFen: z.number().nullable(), km: z.number().nullable(), refId: z.string() })), total: z.number() }), 404: errorBody } },
  }, async (req) => {
    const kinds = req.query.kinds?.split(',').filter((k): k is (typeof timelineKinds)[number] => (timelineKinds as readonly string[]).includes(k));
    return s.timeline.timeline(req.scopes, req.params.id, { kinds, limit: req.query.limit, before: req.query.before });
  });
}
