/** Census campaigns (摸清底数): the center opens a campaign; each agency gets a snapshot of its rooms and occupants. */
import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import { agencies } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateCensusAgencies as ca, estateCensusCampaigns as cc, estateCensusItems as ci, type CensusAgencyStatus } from '../db/census.table.js';
import { overallProgress } from './census.rules.js';
import { agencyAccounts, shanghaiDay } from './estate-shared.js';

export interface OpenCampaignInput { title: string; year: number; deadline: string; agencyIds?: string[] | undefined; note?: string | null | undefined }
export interface CampaignFilter { q?: string | undefined; status?: string | undefined; year?: number | undefined; sort?: string | undefined }

const campaignSort = { title: cc.title, year: cc.year, deadline: cc.deadline, createdAt: cc.createdAt };
const agencySort = { status: ca.status, agencyName: agencies.name, submittedAt: ca.submittedAt };

/** The SQL that takes a snapshot of every room of the campaign's agencies, with its current occupants. */
const snapshotInsert = (campaignId: string, ids: string[], roomIds: string[]) => sql`
  insert into estate_census_item (id, campaign_id, agency_id, room_id, origin, snapshot)
  select v.id, ${campaignId}, r.agency_id, r.id, 'snapshot', jsonb_build_object(
    'buildingName', b.name, 'floorName', f.name, 'number', r.number, 'useClass', r.use_class,
    'usableAreaM2', r.usable_area_m2::text,
    'occupants', coalesce((select jsonb_agg(jsonb_build_object('personId', p.id, 'name', p.name) order by p.name)
      from estate_assignment a join platform_person p on p.id = a.person_id where a.room_id = r.id and a.end_date is null), '[]'::jsonb))
  from unnest(${sql.param(ids)}::uuid[], ${sql.param(roomIds)}::uuid[]) as v(id, room_id)
  join estate_room r on r.id = v.room_id join estate_floor f on f.id = r.floor_id join estate_building b on b.id = r.building_id`;

/** Campaigns an account sees: all for the center; those its agencies take part in otherwise. */
export const visibleCampaign = (scopes: readonly Scope[]): SQL | undefined => {
  const cond = scopeCondition(scopes, { agencyId: sql`x.agency_id` });
  return cond ? sql`exists (select 1 from estate_census_agency x where x.campaign_id = ${cc.id} and ${cond})` : undefined;
};

/** 404 unless the campaign exists and the account sees it (sub-lists must not answer 200 for an unknown campaign). */
export async function assertCampaignVisible(db: Db, scopes: readonly Scope[], id: string) {
  const [row] = await db.select({ id: cc.id }).from(cc).where(and(eq(cc.id, id), visibleCampaign(scopes)));
  if (!row) throw errors.notFound('清查任务', 'Census campaign');
}

export function createCensusService(ctx: EstateContext, perms: { respond: string }) {
  const { db } = ctx;
  const visible = visibleCampaign;

  async function open(actor: Actor, input: OpenCampaignInput) {
    if (input.deadline < shanghaiDay(ctx.clock())) throw errors.validation([{ path: 'deadline', code: 'IN_THE_PAST', message: '截止日期不能早于今天' }]);
    return db.transaction(async (tx) => {
      const agencyIds = input.agencyIds?.length
        ? [...new Set(input.agencyIds)]
        : (await tx.selectDistinct({ id: estateRooms.agencyId }).from(estateRooms).where(sql`${estateRooms.agencyId} is not null`)).map((r) => r.id!);
      if (agencyIds.length === 0) throw errors.rule('CENSUS_NO_AGENCIES', '没有可参加清查的单位（尚无分配了房间的单位）', 'No agency holds rooms: nothing to census');
      const known = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, agencyIds));
      if (known.length !== agencyIds.length) throw errors.validation([{ path: 'agencyIds', code: 'NOT_FOUND', message: '部分单位不存在' }]);
      const [row] = await tx.insert(cc).values({ title: input.title, year: input.year, deadline: input.deadline, scopeKind: input.agencyIds?.length ? 'some' : 'all', note: input.note ?? null, createdBy: actor.accountId }).returning();
      const campaign = row!;
      await tx.insert(ca).values(agencyIds.map((agencyId) => ({ campaignId: campaign.id, agencyId })));
      // why ids from the server: UUIDv7 everywhere (PostgreSQL 15 has no uuidv7()); the snapshot itself is built in SQL.
      const rooms = await tx.select({ id: estateRooms.id }).from(estateRooms).where(inArray(estateRooms.agencyId, agencyIds));
      if (rooms.length) await tx.execute(snapshotInsert(campaign.id, rooms.map(() => newId()), rooms.map((r) => r.id)));
      const [n] = await tx.select({ n: count() }).from(ci).where(eq(ci.campaignId, campaign.id));
      await appendAudit(tx, actor, { action: 'estate.census.open', objectType: 'estate.census-campaign', objectId: campaign.id, after: { ...campaign, agencies: agencyIds.length, items: n?.n ?? 0 } });
      for (const agencyId of agencyIds) {
        const to = await agencyAccounts(tx, agencyId, perms.respond);
        if (to.length) await ctx.notify.send(tx, { to, title: `房产清查：${input.title}`, body: `请于 ${input.deadline} 前核对本单位房间和使用人员并提交。`, link: `/estate/census/${campaign.id}` });
      }
      return campaign;
    });
  }

  async function progressOf(campaignIds: string[], scopes: readonly Scope[]) {
    if (!campaignIds.length) return new Map<string, ReturnType<typeof overallProgress>>();
    const rows = await db.select({ campaignId: ca.campaignId, status: ca.status }).from(ca)
      .where(and(inArray(ca.campaignId, campaignIds), scopeCondition(scopes, { agencyId: ca.agencyId })));
    return new Map(campaignIds.map((id) => [id, overallProgress(rows.filter((r) => r.campaignId === id).map((r) => r.status as CensusAgencyStatus))]));
  }

  async function list(scopes: readonly Scope[], f: CampaignFilter, limit: number, offset: number) {
    const w = and(visible(scopes), f.q ? ilike(cc.title, likePattern(f.q)) : undefined, f.status ? eq(cc.status, f.status) : undefined, f.year ? eq(cc.year, f.year) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select().from(cc).where(w).orderBy(...orderBy(f.sort, campaignSort, [desc(cc.createdAt)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(cc).where(w),
    ]);
    const progress = await progressOf(rows.map((r) => r.id), scopes);
    return { items: rows.map((r) => ({ ...r, progress: progress.get(r.id)! })), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await db.select().from(cc).where(and(eq(cc.id, id), visible(scopes)));
    if (!row) throw errors.notFound('清查任务', 'Census campaign');
    return { ...row, progress: (await progressOf([id], scopes)).get(id)! };
  }

  /** Progress per agency: status and item counts, paged and sorted in SQL. */
  async function agencyProgress(scopes: readonly Scope[], id: string, f: { status?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    await get(scopes, id);
    const w = and(eq(ca.campaignId, id), scopeCondition(scopes, { agencyId: ca.agencyId }), f.status ? eq(ca.status, f.status as CensusAgencyStatus) : undefined);
    const itemCount = (extra: SQL) => sql<number>`(select count(*)::int from estate_census_item i where i.campaign_id = ${ca.campaignId} and i.agency_id = ${ca.agencyId} and ${extra})`;
    const [items, [total]] = await Promise.all([
      db.select({
        agencyId: ca.agencyId, agencyName: agencies.name, status: ca.status, submittedAt: ca.submittedAt, reconciledAt: ca.reconciledAt,
        itemCount: itemCount(sql`true`), answeredCount: itemCount(sql`i.response <> 'pending'`), correctedCount: itemCount(sql`i.response = 'corrected'`),
        undecidedCount: itemCount(sql`i.response = 'corrected' and i.decision is null`),
      }).from(ca).innerJoin(agencies, eq(agencies.id, ca.agencyId)).where(w)
        .orderBy(...orderBy(f.sort, agencySort, [asc(agencies.name)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(ca).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function close(actor: Actor, id: string) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(cc).where(eq(cc.id, id)).for('no key update');
      if (!before) throw errors.notFound('清查任务', 'Census campaign');
      if (before.status === 'closed') throw errors.conflict('CENSUS_CLOSED', '清查任务已关闭', 'The campaign is already closed');
      const [after] = await tx.update(cc).set({ status: 'closed', closedAt: new Date(), updatedAt: new Date() }).where(eq(cc.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.census.close', objectType: 'estate.census-campaign', objectId: id, before, after });
      return after!;
    });
  }

  return { open, list, get, agencyProgress, close };
}
export type CensusService = ReturnType<typeof createCensusService>;
