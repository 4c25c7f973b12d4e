/**
 * 调剂 (swap) and the end of a repair, the effects of approved lifecycle requests. A swap pairs the
 * rooms given back with the rooms received by position (roomIds[i] → targetRoomIds[i]): the received
 * room is allocated to the agency, everyone holding the given room today or later moves to its pair
 * (the old assignment ends yesterday, a new one starts today with the same kind and end), and the
 * given room is released (vacant, no agency). All inside the approval's transaction.
 */
import { and, asc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { scopeCondition, type Scope } from '../../../../platform/rbac/scope.js';
import { estateRooms as r } from '../../db/buildings.table.js';
import { estateAssignments as a, estateRequests as q } from '../../db/office.table.js';
import type { AllocationService } from '../allocation/allocation.service.js';
import { addDays } from '../shared.js';

type Request = typeof q.$inferSelect;

/** Refuses a swap whose rooms are not one given back for one received, or that receives a room it gives back. */
export function checkSwapPairs(roomIds: readonly string[], targetRoomIds: readonly string[]): void {
  if (!targetRoomIds.length) throw errors.validation([{ path: 'targetRoomIds', code: 'REQUIRED', message: '调剂须选择调入的房间' }]);
  if (roomIds.length !== targetRoomIds.length) {
    throw errors.validation([{ path: 'targetRoomIds', code: 'SWAP_UNPAIRED', message: `调出房间与调入房间须一一对应（调出 ${roomIds.length} 间，调入 ${targetRoomIds.length} 间）` }]);
  }
  const given = new Set(roomIds);
  if (given.size !== roomIds.length || new Set(targetRoomIds).size !== targetRoomIds.length) throw errors.validation([{ path: 'roomIds', code: 'DUPLICATE', message: '同一房间不能重复选择' }]);
  if (targetRoomIds.some((id) => given.has(id))) throw errors.validation([{ path: 'targetRoomIds', code: 'SWAP_SAME_ROOM', message: '调入的房间不能是调出的房间' }]);
}

export async function applySwap(tx: Db, actor: Actor, allocations: AllocationService, req: Request, today: string): Promise<void> {
  checkSwapPairs(req.roomIds, req.targetRoomIds);
  const pairOf = new Map(req.roomIds.map((from, i) => [from, req.targetRoomIds[i]!]));
  const rooms = await tx.select().from(r).where(inArray(r.id, [...req.roomIds, ...req.targetRoomIds])).orderBy(asc(r.id)).for('no key update');
  const byId = new Map(rooms.map((x) => [x.id, x]));
  for (const from of req.roomIds) {
    const x = byId.get(from);
    if (!x || x.agencyId !== req.agencyId) throw errors.rule('ESTATE_REQUEST_NOT_OWN_ROOM', `房间“${x?.number ?? from}”已不属于申请单位，不能调出`, `Room ${x?.number ?? from} is no longer the agency's`, { roomId: from });
  }
  // The rooms received: allocated to the agency first (refused when another agency took one meanwhile, or it is under repair / leased out).
  await allocations.allocate(actor, { agencyId: req.agencyId, roomIds: req.targetRoomIds, allocatedOn: today, requestId: req.id, purpose: `调剂：${req.reason}` }, tx);

  const holders = await tx.select().from(a).where(and(inArray(a.roomId, req.roomIds), or(isNull(a.endDate), gte(a.endDate, today)))).orderBy(asc(a.id)).for('no key update');
  const yesterday = addDays(today, -1);
  const moved: Array<{ personId: string; from: string; to: string; assignmentId: string }> = [];
  for (const h of holders) {
    const to = byId.get(pairOf.get(h.roomId)!)!;
    if (to.useClass !== 'office') throw errors.rule('ESTATE_ASSIGN_NOT_OFFICE', `调入房间“${to.number}”不是办公室用房，不能安排人员使用`, `Room ${to.number} is not an office room`, { roomId: to.id, useClass: to.useClass });
    if (h.startDate >= today) {
      // not begun yet (or begins today): the assignment itself moves
      await tx.update(a).set({ roomId: to.id, note: '调剂迁入', updatedAt: new Date() }).where(eq(a.id, h.id));
      moved.push({ personId: h.personId, from: h.roomId, to: to.id, assignmentId: h.id });
      continue;
    }
    await tx.update(a).set({ endDate: yesterday, note: '调剂迁出', updatedAt: new Date() }).where(eq(a.id, h.id));
    const [n] = await tx.insert(a).values({ personId: h.personId, roomId: to.id, agencyId: h.agencyId, kind: h.kind, startDate: today, endDate: h.endDate, note: '调剂迁入' }).returning({ id: a.id });
    moved.push({ personId: h.personId, from: h.roomId, to: to.id, assignmentId: n!.id });
  }
  if (moved.length) await tx.update(r).set({ status: 'in-use', updatedAt: new Date() }).where(and(inArray(r.id, [...new Set(moved.map((m) => m.to))]), inArray(r.status, ['vacant', 'reserved'])));
  await allocations.release(actor, tx, req.roomIds, `swap ${req.id}`);
  await appendAudit(tx, actor, { action: 'estate.request.swap', objectType: 'estate.request', objectId: req.id, after: { pairs: [...pairOf.entries()], moved } });
}

/** 维修完成 (confirmed by the agency's officer on site, or the center): an approved repair request is completed; its rooms leave `repair` (in use when an agency holds them, else vacant). */
export async function completeRepair(db: Db, actor: Actor, scopes: readonly Scope[], id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(q).where(and(eq(q.id, id), scopeCondition(scopes, { agencyId: q.agencyId }))).for('no key update');
    if (!before) throw errors.notFound('办公用房申请', 'Office space request');
    if (before.kind !== 'repair') throw errors.rule('ESTATE_REQUEST_NOT_REPAIR', '只有维修申请可以办结维修', 'Only a repair request can be completed', { kind: before.kind });
    if (before.status !== 'approved') throw errors.conflict('ESTATE_REQUEST_STATE', `申请当前状态（${before.status}）不能办结`, `Cannot complete a request in state ${before.status}`, { status: before.status });
    const rooms = await tx.select({ id: r.id, agencyId: r.agencyId, status: r.status }).from(r).where(inArray(r.id, before.roomIds)).for('no key update');
    for (const x of rooms.filter((y) => y.status === 'repair')) {
      await tx.update(r).set({ status: x.agencyId ? 'in-use' : 'vacant', updatedAt: new Date() }).where(eq(r.id, x.id));
    }
    const [after] = await tx.update(q).set({ status: 'completed', updatedAt: new Date() }).where(eq(q.id, id)).returning();
    await appendAudit(tx, actor, { action: 'estate.request.complete', objectType: 'estate.request', objectId: id, before: { ...before, rooms }, after });
  });
}
