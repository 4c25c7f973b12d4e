/** The center's side of a census: the differences reported by agencies, accepted (applied) or rejected. */
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { agencies } from '../../../platform/org/org.table.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateCensusAgencies as ca, estateCensusItems as ci } from '../db/census.table.js';
import { estateAssignments } from '../db/office.table.js';
import { occupantChanges } from './census.rules.js';
import { assertCampaignVisible } from './census.service.js';
import { isUniqueViolation, shanghaiDay } from './estate-shared.js';

export interface DecideInput { decision: 'accept' | 'reject'; reason?: string | undefined }

export function createCensusReconcileService(ctx: EstateContext) {
  const { db } = ctx;

  async function listDifferences(campaignId: string, f: { agencyId?: string | undefined; decided?: boolean | undefined }, limit: number, offset: number) {
    await assertCampaignVisible(db, [{ kind: 'all' }], campaignId); // unscoped: the route needs estate:census:manage (center)
    const w = and(eq(ci.campaignId, campaignId), eq(ci.response, 'corrected'), f.agencyId ? eq(ci.agencyId, f.agencyId) : undefined,
      f.decided === undefined ? undefined : f.decided ? sql`${ci.decision} is not null` : isNull(ci.decision));
    const [rows, [total]] = await Promise.all([
      db.select({ item: ci, agencyName: agencies.name, agencyStatus: ca.status }).from(ci).innerJoin(agencies, eq(agencies.id, ci.agencyId))
        .innerJoin(ca, and(eq(ca.campaignId, ci.campaignId), eq(ca.agencyId, ci.agencyId))).where(w)
        .orderBy(asc(agencies.name), asc(ci.origin), sql`coalesce(${ci.snapshot}->>'number', ${ci.number})`, asc(ci.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(ci).where(w),
    ]);
    return { items: rows.map((r) => ({ ...r.item, agencyName: r.agencyName, agencyStatus: r.agencyStatus })), total: total?.n ?? 0 };
  }

  /** Makes the room's open assignments match the census occupants: ends who left, starts who came. */
  async function applyOccupants(tx: Db, roomId: string, agencyId: string, wanted: string[], day: string) {
    const open = await tx.select({ id: estateAssignments.id, personId: estateAssignments.personId }).from(estateAssignments)
      .where(and(eq(estateAssignments.roomId, roomId), isNull(estateAssignments.endDate))).for('no key update');
    const { end, start } = occupantChanges(open.map((o) => o.personId), wanted);
    for (const o of open.filter((x) => end.includes(x.personId))) {
      await tx.update(estateAssignments).set({ endDate: day, note: '房产清查核定', updatedAt: new Date() }).where(eq(estateAssignments.id, o.id));
    }
    if (start.length) await tx.insert(estateAssignments).values(start.map((personId) => ({ personId, roomId, agencyId, kind: 'main', startDate: day, note: '房产清查核定' })));
    return { ended: end.length, started: start.length };
  }

  async function maybeReconciled(tx: Db, campaignId: string, agencyId: string) {
    const [open] = await tx.select({ n: count() }).from(ci).where(and(eq(ci.campaignId, campaignId), eq(ci.agencyId, agencyId), eq(ci.response, 'corrected'), isNull(ci.decision)));
    if ((open?.n ?? 0) === 0) {
      await tx.update(ca).set({ status: 'reconciled', reconciledAt: new Date(), updatedAt: new Date() }).where(and(eq(ca.campaignId, campaignId), eq(ca.agencyId, agencyId)));
    }
  }

  async function decide(actor: Actor, campaignId: string, itemId: string, input: DecideInput) {
    if (input.decision === 'reject' && !input.reason?.trim()) throw errors.validation([{ path: 'reason', code: 'REQUIRED', message: '驳回时须填写理由' }]);
    return db.transaction(async (tx) => {
      const [item] = await tx.select().from(ci).where(and(eq(ci.id, itemId), eq(ci.campaignId, campaignId))).for('no key update');
      if (!item) throw errors.notFound('清查房间', 'Census item');
      if (item.response !== 'corrected') throw errors.rule('CENSUS_NOT_A_DIFFERENCE', '该房间没有更正内容，无需核定', 'This item reports no difference');
      if (item.decision) throw errors.conflict('CENSUS_DECIDED', '该差异已核定', 'This difference was already decided', { decision: item.decision });
      const [agencyRow] = await tx.select().from(ca).where(and(eq(ca.campaignId, campaignId), eq(ca.agencyId, item.agencyId))).for('no key update');
      if (agencyRow?.status !== 'submitted') throw errors.rule('CENSUS_NOT_SUBMITTED', '单位尚未提交清查结果，不能核定', 'The agency has not submitted its census yet', { status: agencyRow?.status });
      const applied: Record<string, unknown> = {};
      if (input.decision === 'accept') {
        const day = shanghaiDay(ctx.clock());
        let roomId = item.roomId;
        if (item.origin === 'added') {
          const [room] = await tx.transaction(async (sp) => sp.insert(estateRooms).values({
            floorId: item.floorId!, buildingId: item.buildingId!, number: item.number!, useClass: item.useClass!, usableAreaM2: item.usableAreaM2!,
            agencyId: item.agencyId, status: (item.occupants?.length ?? 0) > 0 ? 'in-use' : 'vacant', note: `房产清查补录：${item.note ?? ''}`,
          }).returning()).catch(async (e: unknown) => {
            // estate_room_floor_number_uq: the room was registered on that floor after it was added in the census.
            if (!isUniqueViolation(e)) throw e;
            const [clash] = await tx.select({ id: estateRooms.id }).from(estateRooms).where(and(eq(estateRooms.floorId, item.floorId!), eq(estateRooms.number, item.number!)));
            throw errors.conflict('CENSUS_ROOM_EXISTS', `该楼层已登记房间“${item.number!}”，不能再按补报新建；请驳回本条补报`,
              `Room ${item.number!} is already registered on this floor; reject this added room instead`, { floorId: item.floorId, number: item.number, ...(clash ? { roomId: clash.id } : {}) });
          });
          roomId = room!.id;
          applied.roomCreated = room;
          await tx.update(ci).set({ roomId }).where(eq(ci.id, itemId));
        } else {
          const patch = { ...(item.usableAreaM2 ? { usableAreaM2: item.usableAreaM2 } : {}), ...(item.useClass ? { useClass: item.useClass } : {}) };
          if (Object.keys(patch).length) {
            const [before] = await tx.select().from(estateRooms).where(eq(estateRooms.id, roomId!)).for('no key update');
            const [after] = await tx.update(estateRooms).set({ ...patch, updatedAt: new Date() }).where(eq(estateRooms.id, roomId!)).returning();
            applied.room = { before, after };
          }
        }
        if (item.occupants) applied.occupants = await applyOccupants(tx, roomId!, item.agencyId, item.occupants.map((o) => o.personId), day);
      }
      const [after] = await tx.update(ci).set({ decision: input.decision === 'accept' ? 'accepted' : 'rejected', decisionReason: input.reason ?? null, decidedAt: new Date(), decidedBy: actor.accountId, updatedAt: new Date() }).where(eq(ci.id, itemId)).returning();
      await maybeReconciled(tx, campaignId, item.agencyId);
      await appendAudit(tx, actor, { action: `estate.census.${input.decision}`, objectType: 'estate.census-item', objectId: itemId, before: item, after: { ...after, applied } });
      return after!;
    });
  }

  /** Marks a submitted agency reconciled when it has no undecided difference (e.g. everything confirmed). */
  async function reconcileAgency(actor: Actor, campaignId: string, agencyId: string) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(ca).where(and(eq(ca.campaignId, campaignId), eq(ca.agencyId, agencyId))).for('no key update');
      if (!before) throw errors.notFound('清查单位', 'Census agency');
      if (before.status !== 'submitted') throw errors.rule('CENSUS_NOT_SUBMITTED', '单位尚未提交或已核定', 'The agency is not in the submitted state', { status: before.status });
      await maybeReconciled(tx, campaignId, agencyId);
      const [after] = await tx.select().from(ca).where(eq(ca.id, before.id));
      if (after!.status !== 'reconciled') throw errors.rule('CENSUS_UNDECIDED', '还有差异未核定', 'Some differences are not decided yet');
      await appendAudit(tx, actor, { action: 'estate.census.reconcile', objectType: 'estate.census-agency', objectId: before.id, before, after });
      return after!;
    });
  }

  return { listDifferences, decide, reconcileAgency };
}
export type CensusReconcileService = ReturnType<typeof createCensusReconcileService>;
