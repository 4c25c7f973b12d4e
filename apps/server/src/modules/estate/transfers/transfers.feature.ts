import { eq } from 'drizzle-orm';
import { readableInScope } from '../../../platform/files/index.js';
import type { EstateFeatureFactory } from '../estate.context.js';
import { estateTransfers } from '../db/transfers.table.js';
import { estatePermissions as P } from '../permissions.js';
import { transferRoutes } from './transfers.routes.js';
import { createTransfersService, DOCUMENT_STATES, TRANSFER_DOC_USE } from './transfers.service.js';

/** 房产划转 at /api/v1/estate/transfers. Documents are platform files of use estate.transfer.document. */
export const transfersFeature: EstateFeatureFactory = (ctx) => {
  ctx.files.registerUse({
    use: TRANSFER_DOC_USE, ownerType: 'estate.transfer', maxBytes: 20 * 1024 * 1024, uploadPermission: P.transferWrite,
    allowedMimes: ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    canRead: readableInScope(ctx.db, P.transferRead, async (id) => {
      const [t] = await ctx.db.select({ agencyId: estateTransfers.fromAgencyId }).from(estateTransfers).where(eq(estateTransfers.id, id));
      return t ?? null;
    }),
    // DELETE /api/v1/files/:id: whoever prepares the transfer (in its agency's scope), while it is still open
    canDelete: readableInScope(ctx.db, P.transferWrite, async (id) => {
      const [t] = await ctx.db.select({ agencyId: estateTransfers.fromAgencyId, status: estateTransfers.status }).from(estateTransfers).where(eq(estateTransfers.id, id));
      return t && DOCUMENT_STATES.includes(t.status) ? { agencyId: t.agencyId } : null;
    }),
  });
  const svc = createTransfersService(ctx, { decide: P.transferDecide });
  return { name: 'transfers', api: {}, async routes(app) { await app.register(transferRoutes(svc), { prefix: '/transfers' }); } };
};
