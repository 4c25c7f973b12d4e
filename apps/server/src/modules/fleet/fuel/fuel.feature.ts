/**
 * Fuel and odometer: the odometer timeline, fuel and charging records, consumption by the
 * full-to-full method, 百里油耗公示, 节油奖, total cost of ownership, the monthly statistics job and
 * the demo year of trips and fills.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../platform/db/types.js';
import { costsRoutes } from '../costs/costs.routes.js';
import { createCostsService } from '../costs/costs.service.js';
import { seedFuelDemo } from '../demo/fuel-demo.seed.js';
import { disclosureRoutes } from '../disclosure/disclosure.routes.js';
import { createDisclosureService } from '../disclosure/disclosure.service.js';
import { monthlyStatsJob, refreshVehicleStats, snapshotMonth } from '../disclosure/month-stats.service.js';
import type { FleetContext, FleetFeature } from '../fleet.context.js';
import { recordOdometer, removeOdometer } from '../odometer/odometer.service.js';
import { createConsumptionService } from './consumption.service.js';
import { odometerRulesOn, seedFleetFactors } from './fleet-factors.js';
import { fuelRoutes } from './fuel.routes.js';
import { createFuelService } from './fuel.service.js';

export function createFuelFeature(ctx: FleetContext) {
  const fuel = createFuelService(ctx.db, ctx.dict);
  const consumption = createConsumptionService(ctx.db, ctx.dict, fuel);
  const disclosure = createDisclosureService(ctx.db, ctx.dict);
  const costs = createCostsService(ctx.db, ctx.dict);
  const api = {
    /** Put a reading on the vehicle's timeline inside the caller's tx (422 FLEET_ODOMETER_OUT_OF_ORDER). */
    recordOdometer,
    removeOdometer,
    /** `{ maxKmPerHour }` from the dictionary on a date. */
    odometerRules: (at: Date, tx?: Db) => odometerRulesOn(ctx.dict, at, tx),
    /** Recomputes one vehicle's rows of the taken months from `at` on (fills do it themselves; trip km are read live). */
    refreshVehicleStats,
    snapshotMonth: (month: string) => snapshotMonth(ctx.db, month),
    fuel, consumption, disclosure, costs,
  };
  const feature: FleetFeature<typeof api> = {
    name: 'fuel',
    api,
    async seedDefaults() {
      // The factors are needed without demo data too (idempotent, at every start).
      await seedFleetFactors(ctx.db);
    },
    async registerRoutes(app: FastifyInstance) {
      await app.register(fuelRoutes({ db: ctx.db, fuel, consumption }));
      await app.register(disclosureRoutes({ db: ctx.db, disclosure }));
      await app.register(costsRoutes({ db: ctx.db, costs }));
    },
    jobs: [monthlyStatsJob()],
    async seedDemo() {
      await seedFuelDemo(ctx.db, ctx.clock());
    },
  };
  return feature;
}
