/**
 * The estate module (房产): office space, census, inspections, transfers, leasing, out-of-city
 * properties, activity rooms, disclosure and staff housing. Each feature registers one line here.
 */
import type { FastifyInstance } from 'fastify';
import type { JobDefinition } from '../../platform/jobs/index.js';
import type { EstateContext, EstateDeps, EstateFeature, EstateFeatureFactory } from './estate.context.js';
import { officeFeature } from './office/office.feature.js';
import { censusFeature } from './census/census.feature.js';
import { disclosureFeature } from './disclosure/disclosure.feature.js';
import { leasingFeature } from './leasing/leasing.feature.js';
import { transfersFeature } from './transfers/transfers.feature.js';
import { inspectionsFeature } from './inspections/inspections.feature.js';
import { remoteFeature } from './remote/remote.feature.js';
import { activityRoomsFeature } from './activity-rooms/activity-rooms.feature.js';
import { housingFeature } from './housing/housing.feature.js';

const features: EstateFeatureFactory[] = [
  officeFeature, // buildings, floors, rooms, plans, standards, assignments, compliance, allocation, lifecycle, recovery, my office
  // census, inspections, transfers, leasing, remote, activity-rooms, disclosure — one line per feature
  censusFeature, // 摸清底数 census campaigns
  disclosureFeature, // yearly allocation disclosure and leaders' room filing
  leasingFeature, // 对外出租 leasing out vacant property
  transfersFeature, // 房产划转 property transfers
  inspectionsFeature, // 专项检查 special inspections
  remoteFeature, // 市外房产 out-of-city properties
  activityRoomsFeature, // 离退休干部活动室 activity rooms
  // housing
  housingFeature, // staff housing 公租房 — flats, rule sets, rounds, applications, notice, draw, leases, bills, checklists, exit
];

export function createEstateModule(deps: EstateDeps) {
  const ctx: EstateContext = { ...deps, clock: deps.clock ?? (() => new Date()) };
  const built: EstateFeature[] = features.map((f) => f(ctx));
  const api: Record<string, Record<string, unknown>> = {};
  for (const f of built) if (f.api) api[f.name] = f.api;
  const jobs: JobDefinition[] = built.flatMap((f) => f.jobs ?? []);
  return {
    api,
    jobs,
    async registerRoutes(app: FastifyInstance) {
      await app.register(async (scope) => {
        for (const f of built) if (f.routes) await f.routes(scope);
      }, { prefix: '/api/v1/estate' });
    },
    /** Reference data of every feature (idempotent; every start). */
    async seed() {
      for (const f of built) if (f.seed) await f.seed();
    },
    /** Demo data of every feature, in order (the office core first: others may use its rooms). */
    async seedDemo() {
      for (const f of built) if (f.seedDemo) await f.seedDemo();
    },
  };
}

export type EstateModule = ReturnType<typeof createEstateModule>;
