import type { EstateFeatureFactory } from '../estate.context.js';
import { assignmentRoutes } from './assignments/assignments.routes.js';
import { createAssignmentService } from './assignments/assignments.service.js';
import { createComplianceQueries } from './compliance/compliance.queries.js';
import { complianceRoutes } from './compliance/compliance.routes.js';
import { createBuildingService } from './spaces/buildings.service.js';
import { createFloorService } from './spaces/floors.service.js';
import { roomRoutes } from './spaces/rooms.routes.js';
import { createRoomService } from './spaces/rooms.service.js';
import { buildingRoutes } from './spaces/spaces.routes.js';
import { createStandardsService } from './standards/standards.service.js';
import { PLAN_USE, createPlanService } from './plans/plans.service.js';
import { planRoutes } from './plans/plans.routes.js';
import { estatePermissions } from '../permissions.js';
import { myRoutes } from './my/my.routes.js';
import { createMyOfficeService } from './my/my.service.js';
import { allocationRoutes } from './allocation/allocation.routes.js';
import { createAllocationService } from './allocation/allocation.service.js';
import { ensureEstateDefinitions } from './lifecycle/lifecycle.definitions.js';
import { requestRoutes } from './lifecycle/requests.routes.js';
import { createRequestService } from './lifecycle/requests.service.js';
import { seedDemoEstate } from './demo/demo.seed.js';
import { recoveryRoutes } from './recovery/recovery.routes.js';
import { createRecoveryService } from './recovery/recovery.service.js';

/** The office-space core: buildings, floors, rooms, plans, standard, assignments, compliance, allocation, lifecycle, recovery, my office. */
export const officeFeature: EstateFeatureFactory = (ctx) => {
  const { db, clock } = ctx;
  const buildings = createBuildingService(db);
  const floors = createFloorService(db);
  const rooms = createRoomService(db);
  const standards = createStandardsService(db);
  const assignments = createAssignmentService(db, clock);
  const compliance = createComplianceQueries(db);
  const plans = createPlanService({ db, files: ctx.files, floors });
  ctx.files.registerUse({
    use: PLAN_USE, ownerType: 'estate.floor', maxBytes: 20 * 1024 * 1024, allowedMimes: ['image/png', 'image/jpeg', 'image/webp'],
    image: { maxEdge: 6000, thumbEdge: 400 }, uploadPermission: estatePermissions.write,
    canRead: async (auth) => auth.permissions.has(estatePermissions.read),
  });
  const allocations = createAllocationService(db);
  const requests = createRequestService({ db, workflow: ctx.workflow, allocations, clock });
  for (const t of requests.businessTypes()) ctx.workflow.registerBusinessType(t);
  const my = createMyOfficeService({ db, compliance, notify: ctx.notify });
  const recovery = createRecoveryService({ db, notify: ctx.notify, assignments });
  ctx.events.subscribe('org.person.*', (ev) => recovery.onPersonEvent(ev), { name: 'estate.office.recovery' });
  return {
    name: 'office',
    api: { buildings, floors, rooms, plans, standards, assignments, compliance, recovery, allocations, requests, my },
    async routes(app) {
      await app.register(buildingRoutes({ db, buildings, floors }));
      await app.register(roomRoutes({ db, rooms }));
      await app.register(planRoutes({ plans, clock }));
      await app.register(assignmentRoutes({ db, assignments }));
      await app.register(complianceRoutes({ compliance, standards, clock }));
      await app.register(recoveryRoutes({ recovery, clock }));
      await app.register(myRoutes({ my, clock }));
      await app.register(allocationRoutes({ allocations }));
      await app.register(requestRoutes({ requests }));
    },
    jobs: [{ name: 'estate.office.recovery-sweep', cron: '0 8 * * *', retries: 2, handler: async () => { await recovery.sweep(clock()); } }],
    async seedDemo() { await seedDemoEstate(db); },
    async seed() { await standards.seed(); await recovery.seed(); await ensureEstateDefinitions(ctx.workflow); },
  };
};
