/** 房产划转: rooms of an agency moving to central management or to the city investment company. draft → submitted → approved → completed (or rejected / cancelled). */
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { orderBy } from '../../../platform/http/paging.js';
import { fileMetaOf, fileTable } from '../../../platform/files/index.js';
import { agencies } from '../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateAssignments } from '../db/office.table.js';
import { estateTransferDocuments as D, estateTransfers as T, type TransferDocumentKind, type TransferStatus } from '../db/transfers.table.js';
import { agencyOfCaller, centerAccounts, shanghaiDay } from '../census/estate-shared.js';

export const TRANSFER_DOC_USE = 'estate.transfer.document';
/** Documents are added or removed while the transfer is still open (not completed, rejected or cancelled). */
export const DOCUMENT_STATES: readonly TransferStatus[] = ['draft', 'submitted', 'approved'];
export const MAX_DOCUMENTS = 20;
export interface TransferInput { fromAgencyId?: string | undefined; target: 'central' | 'city-investment'; roomIds: string[]; reason: string; titleCertNo?: string | null | undefined; fileIds: string[] }

const sortable = { code: T.code, createdAt: T.createdAt, areaM2: T.areaM2, status: T.status };
const next: Record<string, { from: TransferStatus[]; to: TransferStatus }> = {
  submit: { from: ['draft'], to: 'submitted' }, approve: { from: ['submitted'], to: 'approved' }, reject: { from: ['submitted'], to: 'rejected' },
  complete: { from: ['approved'], to: 'completed' }, cancel: { from: ['draft', 'submitted'], to: 'cancelled' },
};
export type TransferAction = keyof typeof next;

export function createTransfersService(ctx: EstateContext, perms: { decide: string }) {
  const { db } = ctx;
  const select = { transfer: T, fromAgencyName: agencies.name };

  async function list(scopes: readonly Scope[], f: { id?: string | undefined; status?: string | undefined; target?: string | undefined; fromAgencyId?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: T.fromAgencyId }), f.id ? eq(T.id, f.id) : undefined, f.status ? eq(T.status, f.status as TransferStatus) : undefined, f.target ? eq(T.target, f.target) : undefined, f.fromAgencyId ? eq(T.fromAgencyId, f.fromAgencyId) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select(select).from(T).innerJoin(agencies, eq(agencies.id, T.fromAgencyId)).where(w).orderBy(...orderBy(f.sort, sortable, [desc(T.createdAt)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(T).where(w),
    ]);
    return { items: rows.map((r) => ({ ...r.transfer, fromAgencyName: r.fromAgencyName })), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [r] = await db.select(select).from(T).innerJoin(agencies, eq(agencies.id, T.fromAgencyId)).where(and(eq(T.id, id), scopeCondition(scopes, { agencyId: T.fromAgencyId })));
    if (!r) throw errors.notFound('房产划转', 'Property transfer');
    const rooms = r.transfer.roomIds.length ? await db.select({ id: estateRooms.id, number: estateRooms.number, usableAreaM2: estateRooms.usableAreaM2, buildingId: estateRooms.buildingId }).from(estateRooms).where(inArray(estateRooms.id, r.transfer.roomIds)) : [];
    const files = await ctx.files.api.listOf(TRANSFER_DOC_USE, id);
    const kinds = files.length ? await db.select({ fileId: D.fileId, kind: D.kind }).from(D).where(inArray(D.fileId, files.map((f) => f.id))) : [];
    const kindOf = new Map(kinds.map((k) => [k.fileId, k.kind]));
    const documents = files.map((f) => ({ ...fileMetaOf(f), kind: kindOf.get(f.id) ?? 'other' }));
    return { ...r.transfer, fromAgencyName: r.fromAgencyName, rooms, documents };
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: TransferInput) {
    const fromAgencyId = agencyOfCaller(scopes, input.fromAgencyId);
    return db.transaction(async (tx) => {
      if (!(await inScope(tx, scopes, { agencyId: fromAgencyId }))) throw errors.forbidden();
      const rooms = await tx.select().from(estateRooms).where(inArray(estateRooms.id, [...new Set(input.roomIds)]));
      const foreign = rooms.filter((r) => r.agencyId !== fromAgencyId);
      if (rooms.length !== new Set(input.roomIds).size || foreign.length) throw errors.validation([{ path: 'roomIds', code: 'NOT_OWN_ROOM', message: '只能划转本单位使用的房间' }]);
      const buildings = new Set(rooms.map((r) => r.buildingId));
      const area = rooms.reduce((s, r) => s + Math.round(Number(r.usableAreaM2) * 100), 0) / 100;
      const day = shanghaiDay(ctx.clock()).replaceAll('-', '');
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(T).where(sql`${T.code} like ${`HZ${day}-%`}`);
      const [row] = await tx.insert(T).values({
        code: `HZ${day}-${String(n + 1).padStart(3, '0')}`, fromAgencyId, target: input.target, buildingId: buildings.size === 1 ? [...buildings][0]! : null,
        roomIds: rooms.map((r) => r.id), areaM2: area.toFixed(2), titleCertNo: input.titleCertNo ?? null, reason: input.reason, createdBy: actor.accountId,
      }).returning();
      await ctx.files.api.attach(tx, { fileIds: input.fileIds, use: TRANSFER_DOC_USE, ownerId: row!.id, uploadedBy: actor.accountId });
      if (input.fileIds.length) await tx.insert(D).values([...new Set(input.fileIds)].map((fileId) => ({ transferId: row!.id, fileId, kind: 'other' as const })));
      await appendAudit(tx, actor, { action: 'estate.transfer.create', objectType: 'estate.transfer', objectId: row!.id, after: { ...row, fileIds: input.fileIds } });
      return row!;
    });
  }

  /** Rooms handed over: off the agency, vacant under central management or reserved for the city investment company. Occupied rooms block it. */
  async function handOver(tx: Db, t: typeof T.$inferSelect) {
    const [occ] = await tx.select({ n: count() }).from(estateAssignments).where(and(inArray(estateAssignments.roomId, t.roomIds), isNull(estateAssignments.endDate)));
    if ((occ?.n ?? 0) > 0) throw errors.rule('TRANSFER_ROOMS_OCCUPIED', `划转房间仍有 ${occ!.n} 人在用，须先腾退`, `${occ!.n} people still use the rooms; vacate them first`, { occupants: occ!.n });
    const note = t.target === 'central' ? `${t.code} 划转机关事务管理中心统一管理` : `${t.code} 划转城投公司`;
    await tx.update(estateRooms).set({ agencyId: null, status: t.target === 'central' ? 'vacant' : 'reserved', note, updatedAt: new Date() }).where(inArray(estateRooms.id, t.roomIds));
  }

  async function act(actor: Actor, scopes: readonly Scope[], id: string, action: TransferAction, note?: string) {
    if (action === 'reject' && !note?.trim()) throw errors.validation([{ path: 'note', code: 'REQUIRED', message: '退回时须说明理由' }]);
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(T).where(and(eq(T.id, id), scopeCondition(scopes, { agencyId: T.fromAgencyId }))).for('no key update');
      if (!before) throw errors.notFound('房产划转', 'Property transfer');
      const step = next[action]!;
      if (!step.from.includes(before.status)) throw errors.conflict('TRANSFER_STATE', `当前状态（${before.status}）不能执行此操作`, `Cannot ${action} a transfer in state ${before.status}`, { status: before.status });
      if (action === 'complete') await handOver(tx, before);
      const [after] = await tx.update(T).set({
        status: step.to, updatedAt: new Date(), ...(note ? { decisionNote: note } : {}),
        ...(action === 'approve' || action === 'reject' ? { decidedAt: new Date() } : {}), ...(action === 'complete' ? { completedOn: shanghaiDay(ctx.clock()) } : {}),
      }).where(eq(T.id, id)).returning();
      if (action === 'submit') {
        const to = await centerAccounts(tx, perms.decide);
        if (to.length) await ctx.notify.send(tx, { to, title: `房产划转待审核：${before.code}`, body: `面积 ${before.areaM2} ㎡，${before.reason}`, link: `/estate/transfers?id=${id}` });
      }
      await appendAudit(tx, actor, { action: `estate.transfer.${action}`, objectType: 'estate.transfer', objectId: id, before, after });
      return after!;
    });
  }

  /** 划转文件 (批复 / 协议 / 权属证明 …) added to an open transfer: files the caller uploaded for this use, at most MAX_DOCUMENTS in all. */
  async function addDocuments(actor: Actor, scopes: readonly Scope[], id: string, input: { kind: TransferDocumentKind; fileIds: string[] }) {
    return db.transaction(async (tx) => {
      const [t] = await tx.select().from(T).where(and(eq(T.id, id), scopeCondition(scopes, { agencyId: T.fromAgencyId }))).for('no key update');
      if (!t) throw errors.notFound('房产划转', 'Property transfer');
      if (!DOCUMENT_STATES.includes(t.status)) throw errors.conflict('TRANSFER_STATE', `划转已${t.status === 'completed' ? '办结' : '终止'}（${t.status}），不能再添加文件`, `Cannot add documents to a transfer in state ${t.status}`, { status: t.status });
      const fileIds = [...new Set(input.fileIds)];
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(fileTable).where(and(eq(fileTable.use, TRANSFER_DOC_USE), eq(fileTable.ownerId, id)));
      if (n + fileIds.length > MAX_DOCUMENTS) throw errors.rule('TRANSFER_DOCUMENT_LIMIT', `每项划转最多 ${MAX_DOCUMENTS} 个文件（已有 ${n} 个）`, `At most ${MAX_DOCUMENTS} documents per transfer (${n} already)`, { limit: MAX_DOCUMENTS, current: n });
      await ctx.files.api.attach(tx, { fileIds, use: TRANSFER_DOC_USE, ownerId: id, uploadedBy: actor.accountId });
      await tx.insert(D).values(fileIds.map((fileId) => ({ transferId: id, fileId, kind: input.kind })));
      await appendAudit(tx, actor, { action: 'estate.transfer.document-add', objectType: 'estate.transfer', objectId: id, after: { kind: input.kind, fileIds } });
    });
  }

  return { list, get, create, act, addDocuments };
}
export type TransfersService = ReturnType<typeof createTransfersService>;
