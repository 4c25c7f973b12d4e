/** The agency side of a census: its items, confirm / correct / add a missing room, submit. */
import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateFloors, estateRooms } from '../db/buildings.table.js';
import { estateCensusAgencies as ca, estateCensusCampaigns as cc, estateCensusItems as ci, type CensusAgencyStatus, type CensusOccupant, type CensusResponse } from '../db/census.table.js';
import { differences, statusAfterAnswer } from './census.rules.js';
import { assertCampaignVisible } from './census.service.js';
import { agencyOfCaller, area2, isUniqueViolation } from './estate-shared.js';

export interface ItemFilter { agencyId?: string | undefined; response?: string | undefined; q?: string | undefined; sort?: string | undefined }
export interface CorrectInput { usableAreaM2?: number | undefined; useClass?: string | undefined; occupantIds?: string[] | undefined; note: string }
export interface AddRoomInput { agencyId?: string | undefined; buildingId: string; floorId: string; number: string; useClass: string; usableAreaM2: number; occupantIds: string[]; note: string }

const itemSort = { number: sql`coalesce(${ci.snapshot}->>'number', ${ci.number})`, response: ci.response, respondedAt: ci.respondedAt };

export function createCensusItemsService(ctx: EstateContext) {
  const { db } = ctx;

  async function myItems(scopes: readonly Scope[], campaignId: string, f: ItemFilter, limit: number, offset: number) {
    await assertCampaignVisible(db, scopes, campaignId);
    const w = and(eq(ci.campaignId, campaignId), scopeCondition(scopes, { agencyId: ci.agencyId }),
      f.agencyId ? eq(ci.agencyId, f.agencyId) : undefined, f.response ? eq(ci.response, f.response as CensusResponse) : undefined,
      f.q ? or(sql`${ci.snapshot}->>'number' ilike ${likePattern(f.q)}`, ilike(ci.number, likePattern(f.q)), sql`${ci.snapshot}->>'buildingName' ilike ${likePattern(f.q)}`) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select({ item: ci, agencyName: agencies.name }).from(ci).innerJoin(agencies, eq(agencies.id, ci.agencyId)).where(w)
        .orderBy(...orderBy(f.sort, itemSort, [asc(ci.origin), sql`${ci.snapshot}->>'buildingName'`, sql`${ci.snapshot}->>'number'`, asc(ci.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(ci).where(w),
    ]);
    return { items: rows.map((r) => ({ ...r.item, agencyName: r.agencyName })), total: total?.n ?? 0 };
  }

  /** Locks the agency's row of an open campaign for an answer; 409 once submitted. */
  async function lockAgency(tx: Db, campaignId: string, agencyId: string) {
    const [camp] = await tx.select().from(cc).where(eq(cc.id, campaignId));
    if (!camp) throw errors.notFound('清查任务', 'Census campaign');
    if (camp.status !== 'open') throw errors.conflict('CENSUS_CLOSED', '清查任务已关闭，不能再填报', 'The campaign is closed');
    const [row] = await tx.select().from(ca).where(and(eq(ca.campaignId, campaignId), eq(ca.agencyId, agencyId))).for('no key update');
    if (!row) throw errors.notFound('清查单位', 'Census agency');
    if (row.status === 'submitted' || row.status === 'reconciled') {
      throw errors.conflict('CENSUS_SUBMITTED', '本单位清查结果已提交，不能再修改', 'This agency has already submitted its census', { agencyId, status: row.status });
    }
    return row;
  }

  async function markAnswered(tx: Db, row: { id: string; status: string }) {
    const next = statusAfterAnswer(row.status as CensusAgencyStatus);
    if (next !== row.status) await tx.update(ca).set({ status: next, updatedAt: new Date() }).where(eq(ca.id, row.id));
  }

  async function lockItem(tx: Db, scopes: readonly Scope[], campaignId: string, itemId: string) {
    const [item] = await tx.select().from(ci).where(and(eq(ci.id, itemId), eq(ci.campaignId, campaignId), scopeCondition(scopes, { agencyId: ci.agencyId }))).for('no key update');
    if (!item) throw errors.notFound('清查房间', 'Census item');
    return item;
  }

  /** Occupants by id: active people of the agency (400 naming the field otherwise). */
  async function occupantsOf(tx: Db, agencyId: string, ids: string[]): Promise<CensusOccupant[]> {
    const uniq = [...new Set(ids)];
    if (!uniq.length) return [];
    const rows = await tx.select({ personId: people.id, name: people.name }).from(people).where(and(inArray(people.id, uniq), eq(people.agencyId, agencyId), eq(people.status, 'active')));
    if (rows.length !== uniq.length) throw errors.validation([{ path: 'occupantIds', code: 'NOT_IN_AGENCY', message: '使用人员须为本单位在职人员' }]);
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  }

  async function confirm(actor: Actor, scopes: readonly Scope[], campaignId: string, itemId: string) {
    return db.transaction(async (tx) => {
      const before = await lockItem(tx, scopes, campaignId, itemId);
      if (before.origin !== 'snapshot') throw errors.rule('CENSUS_ADDED_ROOM', '补报的房间无需确认', 'An added room needs no confirmation');
      const agencyRow = await lockAgency(tx, campaignId, before.agencyId);
      const [after] = await tx.update(ci).set({ response: 'confirmed', usableAreaM2: null, useClass: null, occupants: null, note: null, respondedAt: new Date(), respondedBy: actor.accountId, updatedAt: new Date() }).where(eq(ci.id, itemId)).returning();
      await markAnswered(tx, agencyRow);
      await appendAudit(tx, actor, { action: 'estate.census.confirm', objectType: 'estate.census-item', objectId: itemId, before, after });
      return after!;
    });
  }

  async function correct(actor: Actor, scopes: readonly Scope[], campaignId: string, itemId: string, input: CorrectInput) {
    return db.transaction(async (tx) => {
      const before = await lockItem(tx, scopes, campaignId, itemId);
      const agencyRow = await lockAgency(tx, campaignId, before.agencyId);
      const occupants = input.occupantIds ? await occupantsOf(tx, before.agencyId, input.occupantIds) : null;
      const patch = { usableAreaM2: area2(input.usableAreaM2), useClass: input.useClass ?? null, occupants };
      if (before.snapshot && differences(before.snapshot, patch).length === 0) {
        throw errors.rule('CENSUS_NO_CHANGE', '更正内容与登记信息一致，请直接确认', 'The correction changes nothing; confirm the room instead');
      }
      const [after] = await tx.update(ci).set({ ...patch, response: 'corrected', note: input.note, respondedAt: new Date(), respondedBy: actor.accountId, updatedAt: new Date() }).where(eq(ci.id, itemId)).returning();
      await markAnswered(tx, agencyRow);
      await appendAudit(tx, actor, { action: 'estate.census.correct', objectType: 'estate.census-item', objectId: itemId, before, after });
      return after!;
    });
  }

  async function addRoom(actor: Actor, scopes: readonly Scope[], campaignId: string, input: AddRoomInput) {
    const agencyId = agencyOfCaller(scopes, input.agencyId);
    return db.transaction(async (tx) => {
      if (!(await inScope(tx, scopes, { agencyId }))) throw errors.forbidden();
      const agencyRow = await lockAgency(tx, campaignId, agencyId);
      const [floor] = await tx.select().from(estateFloors).where(and(eq(estateFloors.id, input.floorId), eq(estateFloors.buildingId, input.buildingId)));
      if (!floor) throw errors.validation([{ path: 'floorId', code: 'NOT_FOUND', message: '楼层不存在或不属于所选楼宇' }]);
      const [clash] = await tx.select({ id: estateRooms.id }).from(estateRooms).where(and(eq(estateRooms.floorId, input.floorId), eq(estateRooms.number, input.number)));
      if (clash) throw errors.conflict('CENSUS_ROOM_EXISTS', `该楼层已登记房间“${input.number}”，请在清查清单中更正`, `Room ${input.number} is already registered on this floor`, { roomId: clash.id });
      const occupants = await occupantsOf(tx, agencyId, input.occupantIds);
      // The partial unique index estate_census_item_added_uq is the one guard (no check-then-insert race):
      // the insert runs in a savepoint so a collision leaves the transaction usable to name the existing item.
      let row: typeof ci.$inferSelect | undefined;
      try {
        [row] = await tx.transaction(async (sp) => sp.insert(ci).values({
          campaignId, agencyId, origin: 'added', response: 'corrected', buildingId: input.buildingId, floorId: input.floorId, number: input.number,
          useClass: input.useClass, usableAreaM2: area2(input.usableAreaM2), occupants, note: input.note, respondedAt: new Date(), respondedBy: actor.accountId,
        }).returning());
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        throw await addedClash(tx, campaignId, input.floorId, input.number);
      }
      await markAnswered(tx, agencyRow);
      await appendAudit(tx, actor, { action: 'estate.census.add-room', objectType: 'estate.census-item', objectId: row!.id, after: row });
      return row!;
    });
  }

  /** 409 naming the item that already adds this room (floor + number) in the campaign, and its agency. */
  async function addedClash(tx: Db, campaignId: string, floorId: string, number: string) {
    const [dup] = await tx.select({ id: ci.id, agencyId: ci.agencyId, agencyName: agencies.name }).from(ci).innerJoin(agencies, eq(agencies.id, ci.agencyId))
      .where(and(eq(ci.campaignId, campaignId), eq(ci.origin, 'added'), eq(ci.floorId, floorId), eq(ci.number, number)));
    const by = dup ? `（由${dup.agencyName}补报）` : '';
    return errors.conflict('CENSUS_ROOM_ADDED', `本次清查中该楼层的房间“${number}”已被补报${by}，不能重复补报`,
      `Room ${number} on this floor was already added in this campaign${dup ? ` (by ${dup.agencyName})` : ''}`,
      { campaignId, floorId, number, ...(dup ? { itemId: dup.id, agencyId: dup.agencyId } : {}) });
  }

  async function submit(actor: Actor, scopes: readonly Scope[], campaignId: string, given?: string) {
    const agencyId = agencyOfCaller(scopes, given);
    return db.transaction(async (tx) => {
      if (!(await inScope(tx, scopes, { agencyId }))) throw errors.notFound('清查单位', 'Census agency');
      const before = await lockAgency(tx, campaignId, agencyId);
      const [pending] = await tx.select({ n: count() }).from(ci).where(and(eq(ci.campaignId, campaignId), eq(ci.agencyId, agencyId), eq(ci.response, 'pending')));
      if ((pending?.n ?? 0) > 0) {
        throw errors.rule('CENSUS_INCOMPLETE', `还有 ${pending!.n} 个房间未确认或更正，全部核对后才能提交`, `${pending!.n} rooms are neither confirmed nor corrected`, { pending: pending!.n });
      }
      const [after] = await tx.update(ca).set({ status: 'submitted', submittedAt: new Date(), submittedBy: actor.accountId, updatedAt: new Date() }).where(eq(ca.id, before.id)).returning();
      await appendAudit(tx, actor, { action: 'estate.census.submit', objectType: 'estate.census-agency', objectId: before.id, before, after });
      return after!;
    });
  }

  return { myItems, confirm, correct, addRoom, submit };
}
export type CensusItemsService = ReturnType<typeof createCensusItemsService>;
