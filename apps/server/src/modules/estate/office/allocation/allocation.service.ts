import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { agencies } from '../../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../../platform/rbac/scope.js';
import { estateBuildings as b, estateFloors as f, estateRooms as r } from '../../db/buildings.table.js';
import { estateAllocationRooms as ar, estateAllocations as al } from '../../db/office.table.js';
import { area, areaText, num } from '../shared.js';

export interface AllocationInput { agencyId: string; roomIds: string[]; allocatedOn: string; purpose?: string | null | undefined; requestId?: string | null | undefined }

/** 文号: 舟机事房协〔2026〕3号 / 舟机事房证〔2026〕3号 — the n-th allocation of the year. */
export const documentNumbers = (year: string, n: number) => ({ agreementNo: `舟机事房协〔${year}〕${n}号`, certificateNo: `舟机事房证〔${year}〕${n}号` });

export function createAllocationService(db: Db) {
  /** Allocates vacant rooms (not held by another agency) to an agency, numbering its 使用协议 and 分配使用凭证. Usable in an outer transaction. */
  async function allocate(actor: Actor, input: AllocationInput, outer?: Db) {
    const run = async (tx: Db) => {
      const [ag] = await tx.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.id, input.agencyId));
      if (!ag) throw errors.validation([{ path: 'agencyId', code: 'NOT_FOUND', message: '单位不存在' }]);
      const ids = [...new Set(input.roomIds)];
      const rooms = await tx.select().from(r).where(inArray(r.id, ids)).orderBy(asc(r.id)).for('no key update');
      if (rooms.length !== ids.length) throw errors.validation([{ path: 'roomIds', code: 'NOT_FOUND', message: '有房间不存在' }]);
      const taken = rooms.find((x) => x.agencyId && x.agencyId !== input.agencyId);
      if (taken) throw errors.conflict('ESTATE_ROOM_ALLOCATED', `房间“${taken.number}”已分配给其他单位，须先腾退或调剂`, `Room ${taken.number} is allocated to another agency`, { roomId: taken.id, agencyId: taken.agencyId });
      const unusable = rooms.find((x) => ['leased-out', 'repair'].includes(x.status));
      if (unusable) throw errors.conflict('ESTATE_ROOM_UNAVAILABLE', `房间“${unusable.number}”当前状态不能分配`, `Room ${unusable.number} cannot be allocated (${unusable.status})`, { roomId: unusable.id, status: unusable.status });
      const year = input.allocatedOn.slice(0, 4);
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('estate.allocation.number'))`);
      const [n] = await tx.select({ n: count() }).from(al).where(sql`extract(year from ${al.allocatedOn}) = ${Number(year)}`);
      const total = area(rooms.reduce((s, x) => s + num(x.usableAreaM2), 0));
      const [row] = await tx.insert(al).values({
        agencyId: input.agencyId, ...documentNumbers(year, (n?.n ?? 0) + 1), allocatedOn: input.allocatedOn, purpose: input.purpose ?? null,
        totalAreaM2: areaText(total)!, requestId: input.requestId ?? null,
      }).returning();
      await tx.insert(ar).values(rooms.map((x) => ({ allocationId: row!.id, roomId: x.id, usableAreaM2: x.usableAreaM2 })));
      await tx.update(r).set({ agencyId: input.agencyId, status: sql`case when ${r.status} in ('vacant', 'reserved') then 'in-use' else ${r.status} end`, updatedAt: new Date() }).where(inArray(r.id, ids));
      await appendAudit(tx, actor, { action: 'estate.allocation.create', objectType: 'estate.allocation', objectId: row!.id, after: { ...row, roomIds: ids } });
      return row!;
    };
    return outer ? run(outer) : db.transaction(run);
  }

  /** Takes rooms back from an agency (腾退): refused while anyone still holds one. */
  async function release(actor: Actor, tx: Db, roomIds: string[], why: string) {
    const busy = (await tx.execute(sql`select r.number from estate_assignment a join estate_room r on r.id = a.room_id
      where a.room_id in (${sql.join(roomIds.map((id) => sql`${id}`), sql`, `)}) and (a.end_date is null or a.end_date >= (now() at time zone 'Asia/Shanghai')::date) limit 1`)) as { rows: Array<{ number: string }> };
    if (busy.rows[0]) throw errors.conflict('ESTATE_ROOM_OCCUPIED', `房间“${busy.rows[0].number}”仍有人员使用，须先结束用房登记`, `Room ${busy.rows[0].number} is still occupied`, { number: busy.rows[0].number });
    const before = await tx.select({ id: r.id, agencyId: r.agencyId, status: r.status }).from(r).where(inArray(r.id, roomIds));
    await tx.update(r).set({ agencyId: null, status: 'vacant', updatedAt: new Date() }).where(inArray(r.id, roomIds));
    await appendAudit(tx, actor, { action: 'estate.room.release', objectType: 'estate.room', objectId: roomIds[0] ?? null, before, after: { roomIds, why } });
  }

  async function revoke(actor: Actor, id: string) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(al).where(eq(al.id, id)).for('no key update');
      if (!before) throw errors.notFound('配置记录', 'Allocation');
      if (before.status !== 'active') throw errors.conflict('ESTATE_ALLOCATION_REVOKED', '该配置已撤销', 'The allocation is already revoked');
      const rooms = await tx.select({ roomId: ar.roomId }).from(ar).innerJoin(r, eq(r.id, ar.roomId)).where(and(eq(ar.allocationId, id), eq(r.agencyId, before.agencyId)));
      if (rooms.length) await release(actor, tx, rooms.map((x) => x.roomId), `revoke ${before.agreementNo}`);
      const [after] = await tx.update(al).set({ status: 'revoked', updatedAt: new Date() }).where(eq(al.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.allocation.revoke', objectType: 'estate.allocation', objectId: id, before, after });
      return after!;
    });
  }

  const view = (x: typeof al.$inferSelect & { agencyName: string }) => ({ ...x, totalAreaM2: num(x.totalAreaM2) });

  async function list(scopes: readonly Scope[], fl: { agencyId?: string | undefined; status?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: al.agencyId }), fl.agencyId ? eq(al.agencyId, fl.agencyId) : undefined, fl.status ? eq(al.status, fl.status) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select({ row: al, agencyName: agencies.name }).from(al).innerJoin(agencies, eq(agencies.id, al.agencyId)).where(w).orderBy(desc(al.allocatedOn), desc(al.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(al).where(w),
    ]);
    return { items: rows.map((x) => view({ ...x.row, agencyName: x.agencyName })), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [x] = await db.select({ row: al, agencyName: agencies.name, agencyAddress: agencies.address }).from(al).innerJoin(agencies, eq(agencies.id, al.agencyId))
      .where(and(eq(al.id, id), scopeCondition(scopes, { agencyId: al.agencyId })));
    if (!x) throw errors.notFound('配置记录', 'Allocation');
    const rooms = await db.select({ roomId: r.id, number: r.number, buildingName: b.name, buildingAddress: b.address, titleCertNo: b.titleCertNo, floorName: f.name, useClass: r.useClass, subUse: r.subUse, usableAreaM2: ar.usableAreaM2 })
      .from(ar).innerJoin(r, eq(r.id, ar.roomId)).innerJoin(f, eq(f.id, r.floorId)).innerJoin(b, eq(b.id, r.buildingId)).where(eq(ar.allocationId, id)).orderBy(asc(b.name), asc(r.number));
    return { ...view({ ...x.row, agencyName: x.agencyName }), agencyAddress: x.agencyAddress, rooms: rooms.map((y) => ({ ...y, usableAreaM2: num(y.usableAreaM2) })) };
  }

  return { allocate, release, revoke, list, get };
}
export type AllocationService = ReturnType<typeof createAllocationService>;
export type AllocationDetail = Awaited<ReturnType<AllocationService['get']>>;
