import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQLWrapper } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { agencies } from '../../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Scope } from '../../../../platform/rbac/scope.js';
import type { BusinessType, Caller, WorkflowApi } from '../../../../platform/workflow/index.js';
import { likePattern } from '../../../../platform/http/paging.js';
import { estateBuildings as b, estateFloors as fl, estateRooms as r } from '../../db/buildings.table.js';
import { estateRequests as q } from '../../db/office.table.js';
import type { AllocationService } from '../allocation/allocation.service.js';
import { num, shanghaiDate } from '../shared.js';
import { applySwap, checkSwapPairs, completeRepair } from './swap.service.js';

export const requestKinds = {
  allocate: { zh: '配置', en: 'Allocation', type: 'estate.allocate' },
  swap: { zh: '调剂', en: 'Swap', type: 'estate.swap' },
  vacate: { zh: '腾退', en: 'Vacating', type: 'estate.vacate' },
  repair: { zh: '维修', en: 'Repair', type: 'estate.repair' },
} as const;
export type RequestKind = keyof typeof requestKinds;
export interface RequestInput { kind: RequestKind; agencyId: string; roomIds: string[]; targetRoomIds?: string[] | undefined; reason: string }

export function createRequestService(deps: { db: Db; workflow: WorkflowApi; allocations: AllocationService; clock: () => Date }) {
  const { db, workflow, allocations, clock } = deps;

  async function checkRooms(tx: Db, input: RequestInput) {
    if (input.kind === 'swap') checkSwapPairs(input.roomIds, input.targetRoomIds ?? []);
    const ids = [...new Set([...input.roomIds, ...(input.targetRoomIds ?? [])])];
    const rows = ids.length ? await tx.select({ id: r.id, number: r.number, agencyId: r.agencyId }).from(r).where(inArray(r.id, ids)) : [];
    if (rows.length !== ids.length) throw errors.validation([{ path: 'roomIds', code: 'NOT_FOUND', message: '有房间不存在' }]);
    const byId = new Map(rows.map((x) => [x.id, x]));
    const own = input.kind === 'allocate' ? [] : input.roomIds;
    const free = input.kind === 'allocate' ? input.roomIds : input.kind === 'swap' ? (input.targetRoomIds ?? []) : [];
    for (const id of own) {
      const x = byId.get(id)!;
      if (x.agencyId !== input.agencyId) throw errors.rule('ESTATE_REQUEST_NOT_OWN_ROOM', `房间“${x.number}”不属于申请单位`, `Room ${x.number} is not the agency's`, { roomId: id });
    }
    for (const id of free) {
      const x = byId.get(id)!;
      if (x.agencyId && x.agencyId !== input.agencyId) throw errors.conflict('ESTATE_ROOM_ALLOCATED', `房间“${x.number}”已分配给其他单位`, `Room ${x.number} is allocated to another agency`, { roomId: id });
    }
    if (input.kind === 'swap') {
      for (const id of input.targetRoomIds ?? []) {
        const x = byId.get(id)!;
        if (x.agencyId === input.agencyId) throw errors.validation([{ path: 'targetRoomIds', code: 'SWAP_OWN_ROOM', message: `调入的房间“${x.number}”已由本单位使用` }]);
      }
    }
  }

  /** Files a request and starts its approval (business type estate.<kind>) in one transaction. */
  async function create(caller: Caller, scopes: readonly Scope[], input: RequestInput) {
    return db.transaction(async (tx) => {
      if (!(await inScope(tx, scopes, { agencyId: input.agencyId }))) throw errors.forbidden();
      await checkRooms(tx, input);
      const [row] = await tx.insert(q).values({ kind: input.kind, agencyId: input.agencyId, applicantPersonId: caller.personId, roomIds: input.roomIds, targetRoomIds: input.targetRoomIds ?? [], reason: input.reason }).returning();
      const [ag] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, input.agencyId));
      const k = requestKinds[input.kind];
      const inst = await workflow.submit(caller, { businessType: k.type, businessId: row!.id, title: `办公用房${k.zh}申请：${ag?.name ?? ''}（${input.roomIds.length + (input.targetRoomIds?.length ?? 0)} 间）` }, tx); // no subject kind: the business type already is the kind
      await tx.update(q).set({ workflowInstanceId: inst.id }).where(eq(q.id, row!.id));
      await appendAudit(tx, caller.actor, { action: 'estate.request.submit', objectType: 'estate.request', objectId: row!.id, after: { ...row, workflowInstanceId: inst.id } });
      return { ...row!, workflowInstanceId: inst.id };
    });
  }

  /** onApproved: the change the request asked for, in the approval's transaction. */
  async function apply(tx: Db, id: string, actor: Actor) {
    const [req] = await tx.select().from(q).where(eq(q.id, id)).for('no key update');
    if (!req) throw new Error(`estate request ${id} missing`);
    const today = shanghaiDate(clock());
    if (req.kind === 'allocate') await allocations.allocate(actor, { agencyId: req.agencyId, roomIds: req.roomIds, allocatedOn: today, requestId: id, purpose: req.reason }, tx);
    if (req.kind === 'swap') await applySwap(tx, actor, allocations, req, today);
    if (req.kind === 'vacate') await allocations.release(actor, tx, req.roomIds, `vacate ${id}`);
    if (req.kind === 'repair') await tx.update(r).set({ status: 'repair', updatedAt: new Date() }).where(inArray(r.id, req.roomIds));
    await tx.update(q).set({ status: 'approved', decidedAt: new Date(), updatedAt: new Date() }).where(eq(q.id, id));
    await appendAudit(tx, actor, { action: `estate.request.apply`, objectType: 'estate.request', objectId: id, after: { kind: req.kind } });
  }

  const setStatus = (status: string) => async (tx: Db, id: string) => { await tx.update(q).set({ status, decidedAt: new Date(), updatedAt: new Date() }).where(eq(q.id, id)); };

  function businessTypes(): BusinessType[] {
    return (Object.keys(requestKinds) as RequestKind[]).map((kind) => ({
      type: requestKinds[kind].type, nameZh: `办公用房${requestKinds[kind].zh}`, nameEn: `Office space ${requestKinds[kind].en.toLowerCase()}`,
      link: (bid: string) => `/estate/requests?id=${bid}`,
      onApproved: (c) => apply(c.tx, c.instance.businessId, c.actor),
      onRejected: (c) => setStatus('rejected')(c.tx, c.instance.businessId),
      onWithdrawn: (c) => setStatus('withdrawn')(c.tx, c.instance.businessId),
      onReturned: (c) => setStatus('returned')(c.tx, c.instance.businessId),
    }));
  }

  /** Room labels (building + number) in the order of the request's list, so a swap's pairs line up. */
  const labels = (col: SQLWrapper) => sql<string[]>`(select coalesce(jsonb_agg(b.name || ' ' || x.number order by e.n), '[]'::jsonb)
    from jsonb_array_elements_text(${col}) with ordinality e(id, n) join estate_room x on x.id = e.id::uuid join estate_building b on b.id = x.building_id)`;
  const selection = { row: q, agencyName: agencies.name, roomLabels: labels(q.roomIds), targetRoomLabels: labels(q.targetRoomIds) };
  type Sel = { row: typeof q.$inferSelect; agencyName: string; roomLabels: string[]; targetRoomLabels: string[] };
  const view = (x: Sel) => ({ ...x.row, agencyName: x.agencyName, roomLabels: x.roomLabels, targetRoomLabels: x.targetRoomLabels });

  async function list(scopes: readonly Scope[], f: { id?: string | undefined; kind?: string | undefined; status?: string | undefined; agencyId?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: q.agencyId, personId: q.applicantPersonId }), f.id ? eq(q.id, f.id) : undefined, f.kind ? eq(q.kind, f.kind) : undefined, f.status ? eq(q.status, f.status) : undefined, f.agencyId ? eq(q.agencyId, f.agencyId) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select(selection).from(q).innerJoin(agencies, eq(agencies.id, q.agencyId)).where(w).orderBy(desc(q.createdAt), desc(q.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(q).where(w),
    ]);
    return { items: rows.map(view), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [x] = await db.select(selection).from(q).innerJoin(agencies, eq(agencies.id, q.agencyId))
      .where(and(eq(q.id, id), scopeCondition(scopes, { agencyId: q.agencyId, personId: q.applicantPersonId })));
    if (!x) throw errors.notFound('办公用房申请', 'Office space request');
    return view(x);
  }

  /**
   * The pool an agency may ask for (配置 / 调剂): vacant rooms no agency holds, with building and floor.
   * Not narrowed by the caller's scope: these rooms belong to no agency, and only what a request needs is shown.
   */
  async function availableRooms(f: { q?: string | undefined; buildingId?: string | undefined; useClass?: string | undefined }, limit: number, offset: number) {
    const w = and(isNull(r.agencyId), eq(r.status, 'vacant'), f.buildingId ? eq(r.buildingId, f.buildingId) : undefined, f.useClass ? eq(r.useClass, f.useClass) : undefined,
      f.q ? or(ilike(r.number, likePattern(f.q)), ilike(b.name, likePattern(f.q))) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select({ id: r.id, number: r.number, buildingId: r.buildingId, buildingName: b.name, floorName: fl.name, useClass: r.useClass, subUse: r.subUse, usableAreaM2: r.usableAreaM2 })
        .from(r).innerJoin(b, eq(b.id, r.buildingId)).innerJoin(fl, eq(fl.id, r.floorId)).where(w).orderBy(asc(b.name), asc(r.number), asc(r.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(r).innerJoin(b, eq(b.id, r.buildingId)).where(w),
    ]);
    return { items: rows.map((x) => ({ ...x, usableAreaM2: num(x.usableAreaM2) })), total: total?.n ?? 0 };
  }

  const complete = (actor: Actor, scopes: readonly Scope[], id: string) => completeRepair(db, actor, scopes, id);

  return { create, list, get, businessTypes, availableRooms, complete };
}
export type RequestService = ReturnType<typeof createRequestService>;
