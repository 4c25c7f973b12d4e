/**
 * Staff housing (公租房/保障房储备库): the reserve of flats, rule sets, rounds, applications,
 * review, notice and objections, the recorded draw, leases, bills, checklists, reminders, exit.
 */
import { eq } from 'drizzle-orm';
import { readableInScope } from '../../../platform/files/index.js';
import type { EstateFeatureFactory } from '../estate.context.js';
import { housingChecklists, housingLeases } from '../db/housing-lease.table.js';
import { housingApplications } from '../db/housing.table.js';
import { estatePermissions as P } from '../permissions.js';
import { APPLICATION_FILE_USE, createApplicationService } from './application.service.js';
import { applicationRoutes } from './application.routes.js';
import { createDrawService } from './draw.service.js';
import { createFlatService } from './flat.service.js';
import { flatRoutes } from './flat.routes.js';
import { seedHousingDemo } from './housing.demo.js';
import { CHECKLIST_PHOTO_USE, createLeaseService } from './lease.service.js';
import { leaseRoutes } from './lease.routes.js';
import { portalRoutes } from './portal.routes.js';
import { createHousingPortalService } from './portal.service.js';
import { sendExpiryReminders } from './reminder.job.js';
import { createRoundService } from './round.service.js';
import { roundRoutes } from './round.routes.js';

const DOCS = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
const PHOTOS = ['image/jpeg', 'image/png', 'image/webp'];

export const housingFeature: EstateFeatureFactory = (ctx) => {
  const { db, clock } = ctx;
  const flats = createFlatService(db);
  const rounds = createRoundService(db, clock);
  const apps = createApplicationService(db, ctx.files.api, clock);
  const draws = createDrawService(db, rounds, clock);
  const leases = createLeaseService(db, ctx.files.api);
  const portal = createHousingPortalService(db, clock);

  const appKeys = async (id: string) => {
    const [a] = await db.select({ agencyId: housingApplications.agencyId, departmentId: housingApplications.departmentId, personId: housingApplications.personId })
      .from(housingApplications).where(eq(housingApplications.id, id));
    return a ?? null;
  };
  const readApp = readableInScope(db, P.housingApplicationRead, appKeys);
  const readOwn = readableInScope(db, P.housingApply, appKeys);
  ctx.files.registerUse({
    use: APPLICATION_FILE_USE, ownerType: 'estate.housing-application', allowedMimes: DOCS, maxBytes: 20 * 1024 * 1024, uploadPermission: P.housingApply,
    canRead: async (auth, file) => (await readApp(auth, file)) || readOwn(auth, file),
  });
  ctx.files.registerUse({
    use: CHECKLIST_PHOTO_USE, ownerType: 'estate.housing-checklist', allowedMimes: PHOTOS, maxBytes: 20 * 1024 * 1024, image: { maxEdge: 2048, thumbEdge: 320 },
    uploadPermission: P.housingLeaseWrite,
    canRead: readableInScope(db, P.housingLeaseRead, async (checklistId) => {
      const [l] = await db.select({ agencyId: housingLeases.agencyId, departmentId: housingLeases.departmentId, personId: housingLeases.personId })
        .from(housingChecklists).innerJoin(housingLeases, eq(housingLeases.id, housingChecklists.leaseId)).where(eq(housingChecklists.id, checklistId));
      return l ?? null;
    }),
  });

  return {
    name: 'housing',
    api: { flats, rounds, applications: apps, draws, leases, sendExpiryReminders: (now: Date) => sendExpiryReminders(db, ctx.notify, now) },
    async routes(app) {
      await app.register(async (h) => {
        await h.register(flatRoutes(db, flats));
        await h.register(roundRoutes(db, rounds, apps, draws));
        await h.register(applicationRoutes(db, apps));
        await h.register(leaseRoutes(db, leases));
        await h.register(portalRoutes(portal));
      }, { prefix: '/housing' });
    },
    jobs: [{ name: 'estate.housing.expiry-reminders', cron: '0 9 * * *', retries: 2, handler: async () => { await sendExpiryReminders(db, ctx.notify, clock()); } }],
    seedDemo: () => seedHousingDemo(db),
  };
};
