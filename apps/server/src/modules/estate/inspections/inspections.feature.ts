import { eq } from 'drizzle-orm';
import { readableInScope } from '../../../platform/files/index.js';
import type { EstateFeatureFactory } from '../estate.context.js';
import { estateInspectionFindings } from '../db/inspections.table.js';
import { estatePermissions as P } from '../permissions.js';
import { seedInspectionsDemo } from './inspections.demo.js';
import { inspectionRoutes } from './inspections.routes.js';
import { createInspectionsService, PHOTO_USE, REPORT_USE } from './inspections.service.js';

/** 专项检查 at /api/v1/estate/inspection-plans and /inspection-findings. */
export const inspectionsFeature: EstateFeatureFactory = (ctx) => {
  const keys = async (id: string) => {
    const [f] = await ctx.db.select({ agencyId: estateInspectionFindings.agencyId }).from(estateInspectionFindings).where(eq(estateInspectionFindings.id, id));
    return f ?? null;
  };
  const canRead = readableInScope(ctx.db, P.inspectionRead, keys);
  // DELETE /api/v1/files/:id of a photo: the inspectors (manage), while the finding is not closed
  const canDeletePhoto = readableInScope(ctx.db, P.inspectionManage, async (id) => {
    const [f] = await ctx.db.select({ agencyId: estateInspectionFindings.agencyId, status: estateInspectionFindings.status }).from(estateInspectionFindings).where(eq(estateInspectionFindings.id, id));
    return f && f.status !== 'closed' ? { agencyId: f.agencyId } : null;
  });
  ctx.files.registerUse({ use: PHOTO_USE, ownerType: 'estate.inspection-finding', maxBytes: 15 * 1024 * 1024, allowedMimes: ['image/jpeg', 'image/png', 'image/webp'], image: { maxEdge: 2048, thumbEdge: 240 }, uploadPermission: P.inspectionManage, canRead, canDelete: canDeletePhoto });
  ctx.files.registerUse({ use: REPORT_USE, ownerType: 'estate.inspection-finding', maxBytes: 20 * 1024 * 1024, allowedMimes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'], uploadPermission: P.inspectionReport, canRead });
  const svc = createInspectionsService(ctx, { report: P.inspectionReport });
  return {
    name: 'inspections',
    api: { remindRectification: svc.remindRectification },
    async routes(app) { await app.register(inspectionRoutes(svc)); },
    seedDemo: () => seedInspectionsDemo(ctx, svc),
    jobs: [{ name: 'estate.inspection.rectify-remind', cron: '0 9 * * *', handler: async () => { await svc.remindRectification(); } }],
  };
};
