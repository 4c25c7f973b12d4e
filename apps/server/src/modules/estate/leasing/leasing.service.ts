/** Leasing out vacant property (对外出租): listings and lessees. */
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import { agencies } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateBuildings, estateRooms } from '../db/buildings.table.js';
import { estateLeaseListings as L, estateLessees as E } from '../db/leasing.table.js';
import { area2 } from '../census/estate-shared.js';

export interface ListingInput { agencyId: string; buildingId: string; roomId?: string | null | undefined; title: string; areaM2: number; askingMonthlyRentFen: number; description?: string | null | undefined }
export interface LesseeInput { agencyId: string; name: string; kind: 'company' | 'person'; creditCode?: string | null | undefined; contactName?: string | null | undefined; contactPhone?: string | null | undefined; note?: string | null | undefined }

const listingSort = { title: L.title, areaM2: L.areaM2, askingMonthlyRentFen: L.askingMonthlyRentFen, createdAt: L.createdAt };

export function createLeasingService(ctx: EstateContext) {
  const { db } = ctx;
  const listingSelect = { id: L.id, agencyId: L.agencyId, agencyName: agencies.name, buildingId: L.buildingId, buildingName: estateBuildings.name, roomId: L.roomId, title: L.title, areaM2: L.areaM2, askingMonthlyRentFen: L.askingMonthlyRentFen, status: L.status, description: L.description, createdAt: L.createdAt };

  async function listListings(scopes: readonly Scope[], f: { q?: string | undefined; status?: string | undefined; agencyId?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w: SQL | undefined = and(scopeCondition(scopes, { agencyId: L.agencyId }), f.q ? ilike(L.title, likePattern(f.q)) : undefined, f.status ? eq(L.status, f.status) : undefined, f.agencyId ? eq(L.agencyId, f.agencyId) : undefined);
    const [items, [total]] = await Promise.all([
      db.select(listingSelect).from(L).innerJoin(agencies, eq(agencies.id, L.agencyId)).innerJoin(estateBuildings, eq(estateBuildings.id, L.buildingId))
        .where(w).orderBy(...orderBy(f.sort, listingSort, [desc(L.createdAt)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(L).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function getListing(scopes: readonly Scope[], id: string) {
    const [row] = await db.select(listingSelect).from(L).innerJoin(agencies, eq(agencies.id, L.agencyId)).innerJoin(estateBuildings, eq(estateBuildings.id, L.buildingId))
      .where(and(eq(L.id, id), scopeCondition(scopes, { agencyId: L.agencyId })));
    if (!row) throw errors.notFound('出租房源', 'Listing');
    return row;
  }

  async function createListing(actor: Actor, input: ListingInput) {
    return db.transaction(async (tx) => {
      if (input.roomId) {
        const [room] = await tx.select().from(estateRooms).where(and(eq(estateRooms.id, input.roomId), eq(estateRooms.buildingId, input.buildingId))).for('no key update');
        if (!room) throw errors.validation([{ path: 'roomId', code: 'NOT_FOUND', message: '房间不存在或不属于所选楼宇' }]);
        if (room.status !== 'vacant') throw errors.rule('LEASE_ROOM_NOT_VACANT', `房间“${room.number}”不是空置状态，不能对外出租`, `Room ${room.number} is not vacant`, { roomId: room.id, status: room.status });
        const [open] = await tx.select({ id: L.id }).from(L).where(and(eq(L.roomId, input.roomId), or(eq(L.status, 'open'), eq(L.status, 'leased'))));
        if (open) throw errors.conflict('LEASE_LISTING_EXISTS', '该房间已有出租房源', 'The room already has a listing', { listingId: open.id });
      }
      const [row] = await tx.insert(L).values({ ...input, roomId: input.roomId ?? null, description: input.description ?? null, areaM2: area2(input.areaM2)! }).returning();
      await appendAudit(tx, actor, { action: 'estate.leasing.listing.create', objectType: 'estate.lease-listing', objectId: row!.id, after: row });
      return row!;
    });
  }

  async function setListingStatus(actor: Actor, id: string, status: 'open' | 'withdrawn') {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(L).where(eq(L.id, id)).for('no key update');
      if (!before) throw errors.notFound('出租房源', 'Listing');
      if (before.status === 'leased') throw errors.conflict('LEASE_LISTING_LEASED', '房源已出租，请先终止合同', 'The listing is leased; end the contract first');
      const [after] = await tx.update(L).set({ status, updatedAt: new Date() }).where(eq(L.id, id)).returning();
      await appendAudit(tx, actor, { action: `estate.leasing.listing.${status === 'open' ? 'reopen' : 'withdraw'}`, objectType: 'estate.lease-listing', objectId: id, before, after });
      return after!;
    });
  }

  async function listLessees(scopes: readonly Scope[], f: { q?: string | undefined; agencyId?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: E.agencyId }), f.q ? or(ilike(E.name, likePattern(f.q)), ilike(E.creditCode, likePattern(f.q))) : undefined, f.agencyId ? eq(E.agencyId, f.agencyId) : undefined);
    const [items, [total]] = await Promise.all([
      db.select().from(E).where(w).orderBy(E.name, E.id).limit(limit).offset(offset),
      db.select({ n: count() }).from(E).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function createLessee(actor: Actor, input: LesseeInput) {
    return db.transaction(async (tx) => {
      if (input.creditCode) {
        const [dup] = await tx.select({ id: E.id }).from(E).where(and(eq(E.agencyId, input.agencyId), eq(E.creditCode, input.creditCode)));
        if (dup) throw errors.conflict('LESSEE_DUPLICATE', `统一社会信用代码“${input.creditCode}”已登记`, 'A lessee with this credit code exists', { lesseeId: dup.id });
      }
      const [row] = await tx.insert(E).values({ ...input, creditCode: input.creditCode ?? null, contactName: input.contactName ?? null, contactPhone: input.contactPhone ?? null, note: input.note ?? null }).returning();
      await appendAudit(tx, actor, { action: 'estate.leasing.lessee.create', objectType: 'estate.lessee', objectId: row!.id, after: row });
      return row!;
    });
  }

  return { listListings, getListing, createListing, setListingStatus, listLessees, createLessee };
}
export type LeasingService = ReturnType<typeof createLeasingService>;
