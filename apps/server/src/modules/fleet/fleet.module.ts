import type { FastifyInstance } from 'fastify';
import type { FleetContext, FleetDeps, FleetFeature } from './fleet.context.js';
import { createCoreFeature } from './core/core.feature.js';
import { createTripsFeature } from './trips/trips.feature.js';
import { createFuelFeature } from './fuel/fuel.feature.js';

/**
 * The fleet module (公务用车). Each sub-feature is created and registered with one line below;
 * its api is exposed under its name. Demo seeds run in this order, so the core (vehicles,
 * drivers) comes first.
 */
export function createFleetModule(deps: FleetDeps) {
  const ctx: FleetContext = { ...deps, clock: deps.clock ?? (() => new Date()) };
  const features: FleetFeature[] = [];
  const register = <A>(f: FleetFeature<A>): FleetFeature<A> => { features.push(f as FleetFeature); return f; };

  const core = register(createCoreFeature(ctx));
  const fuel = register(createFuelFeature(ctx));
  const trips = register(createTripsFeature(ctx));

  const api = {
    ...core.api,
    fuel: fuel.api,
    trips: trips.api,
  };

  const jobs = features.flatMap((f) => f.jobs ?? []);
  for (const j of jobs) deps.jobs.register(j);

  return {
    api,
    jobs,
    async registerRoutes(app: FastifyInstance) {
      await app.register(async (scoped) => {
        for (const f of features) if (f.registerRoutes) await f.registerRoutes(scoped);
      }, { prefix: '/api/v1/fleet' });
    },
    /** Configurable defaults every tenant needs (standards, settings, process definitions); idempotent. */
    async seed() {
      for (const f of features) if (f.seedDefaults) await f.seedDefaults();
    },
    async seedDemo() {
      for (const f of features) if (f.seedDemo) await f.seedDemo();
    },
  };
}

export type FleetModule = ReturnType<typeof createFleetModule>;
export type FleetApi = FleetModule['api'];
