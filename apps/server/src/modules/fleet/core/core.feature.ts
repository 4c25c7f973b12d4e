import type { FastifyInstance } from 'fastify';
import { readableInScope } from '../../../platform/files/index.js';
import type { FleetContext, FleetFeature } from '../fleet.context.js';
import { chargingKwhByMonth } from '../charging/charging.resources.js';
import { createDriverService } from '../drivers/driver.service.js';
import { createRepairService } from '../maintenance/repair.service.js';
import { fleetPermissions as P } from '../permissions.js';
import { createReminders } from '../records/reminders.service.js';
import { createReportsService } from '../standards/nev-share.service.js';
import { createStandardsService, OVERRIDE_TYPE } from '../standards/standards.service.js';
import { createSupervisionService } from '../supervision/supervision.service.js';
import { createTimeline } from '../vehicles/timeline.service.js';
import { createVehicleService, VEHICLE_DOCUMENT, VEHICLE_PHOTO } from '../vehicles/vehicle.service.js';
import { coreRoutes } from './core.routes.js';
import { seedCoreDemo } from '../demo/core-demo.seed.js';
import { ensureDefinitions, REPAIR_TYPE } from './definitions.seed.js';
import { classesCovering, driverOfferableSql, isDriverOfferable, isOfferable, shanghaiDate, vehicleOfferableSql } from './offerability.js';
import { vehicleAgencyOf } from './owner.js';

/** The core of the fleet module: vehicles, standards and quota, drivers, maintenance, records, charging, supervision. */
export function createCoreFeature(ctx: FleetContext) {
  const { db } = ctx;
  const standards = createStandardsService(db, ctx.workflow, ctx.clock);
  const reports = createReportsService(db);
  const vehicles = createVehicleService(db, standards, ctx.files.api);
  const drivers = createDriverService(db);
  const repairs = createRepairService(db, ctx.workflow, ctx.clock, ctx.dict);
  const supervision = createSupervisionService(db);
  const timeline = createTimeline(db, vehicles);
  const reminders = createReminders(db, ctx.notify, ctx.clock);

  ctx.workflow.registerBusinessType({
    type: OVERRIDE_TYPE, nameZh: '公务用车超标/超编配备申请', nameEn: 'Vehicle above standard or quota', link: () => '/fleet/override-requests',
    onApproved: standards.setOverride('approved'), onRejected: standards.setOverride('rejected'), onWithdrawn: standards.setOverride('withdrawn'),
  });
  ctx.workflow.registerBusinessType({
    type: REPAIR_TYPE, nameZh: '公务用车维修保养', nameEn: 'Vehicle repair', link: (id) => `/fleet/repairs/${id}`,
    onApproved: repairs.follow('approved'), onRejected: repairs.follow('rejected'), onWithdrawn: repairs.follow('withdrawn'),
  });
  const images = ['image/jpeg', 'image/png', 'image/webp'];
  for (const [use, mimes] of [[VEHICLE_PHOTO, images], [VEHICLE_DOCUMENT, [...images, 'application/pdf']]] as const) {
    ctx.files.registerUse({
      use, ownerType: 'fleet.vehicle', maxBytes: 20 * 1024 * 1024, allowedMimes: mimes, uploadPermission: P.vehicleWrite,
      ...(use === VEHICLE_PHOTO ? { image: { maxEdge: 2048, thumbEdge: 320 } } : {}),
      canRead: readableInScope(db, P.vehicleRead, async (id) => { const agencyId = await vehicleAgencyOf(db, id); return agencyId ? { agencyId } : null; }),
    });
  }

  const api = {
    /** Offerability rules for dispatch: pure and SQL forms. */
    isOfferable, vehicleOfferableSql, isDriverOfferable, driverOfferableSql, classesCovering, shanghaiDate,
    /** Drivers that may be offered for a window and licence class, in scope. */
    offerableDrivers: drivers.offerable,
    vehicleAgencyOf: (id: string) => vehicleAgencyOf(db, id),
    /** kWh and amount of charging sessions per agency and month — for the energy module (M8). */
    chargingKwhByMonth: (f: { from: string; to: string; agencyId?: string }) => chargingKwhByMonth(db, f),
    /** Sends the due-date reminders now (the daily job calls it). */
    runReminders: reminders.run,
  };

  const feature: FleetFeature<typeof api> = {
    name: 'core',
    api,
    jobs: [{ name: 'fleet.reminders', cron: '0 8 * * *', retries: 2, handler: async () => { await reminders.run(); } }],
    async registerRoutes(app: FastifyInstance) {
      await coreRoutes(app, { db, standards, reports, vehicles, drivers, repairs, supervision, timeline });
    },
    async seedDefaults() {
      await standards.seedDefaults();
      await ensureDefinitions(ctx.workflow);
    },
    async seedDemo() {
      const r = await seedCoreDemo(ctx);
      if (r) ctx.log?.info(`fleet demo: ${r.vehicles} vehicles, ${r.drivers} drivers; accounts dispatcher, driver`);
    },
  };
  return Object.assign(feature, { services: { standards, vehicles, reports, drivers, repairs, supervision, reminders } });
}

export type FleetCoreApi = ReturnType<typeof createCoreFeature>['api'];
