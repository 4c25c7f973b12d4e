import { and, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { readDemoOrgSummary } from '../../../platform/demo/demo-org.seed.js';
import type { EstateFeatureFactory } from '../estate.context.js';
import { estateCensusAgencies as ca, estateCensusCampaigns as cc, estateCensusItems as ci } from '../db/census.table.js';
import { estatePermissions as P } from '../permissions.js';
import { addDays } from '../leasing/rent-schedule.js';
import { createCensusItemsService } from './census-items.service.js';
import { createCensusReconcileService } from './census-reconcile.service.js';
import { censusRoutes } from './census.routes.js';
import { createCensusService } from './census.service.js';
import { agencyAccounts, shanghaiDay } from './estate-shared.js';

const system: Actor = { accountId: null, name: 'system', ip: null };

/** 摸清底数: census campaigns at /api/v1/estate/census-campaigns. */
export const censusFeature: EstateFeatureFactory = (ctx) => {
  const campaigns = createCensusService(ctx, { respond: P.censusRespond });
  const items = createCensusItemsService(ctx);
  const reconcile = createCensusReconcileService(ctx);

  /** Reminds agencies that have not submitted, from 3 days before the deadline, once a day. */
  async function remindDeadlines(now = ctx.clock()) {
    const today = shanghaiDay(now);
    const due = await ctx.db.select({ id: ca.id, agencyId: ca.agencyId, title: cc.title, deadline: cc.deadline, campaignId: cc.id }).from(ca).innerJoin(cc, eq(cc.id, ca.campaignId))
      .where(and(eq(cc.status, 'open'), inArray(ca.status, ['not_started', 'in_progress']), lte(cc.deadline, addDays(today, 3)), or(isNull(ca.lastRemindedOn), ne(ca.lastRemindedOn, today))));
    for (const d of due) {
      await ctx.db.transaction(async (tx) => {
        const to = await agencyAccounts(tx, d.agencyId, P.censusRespond);
        const late = d.deadline < today;
        if (to.length) await ctx.notify.send(tx, { to, title: late ? `房产清查已逾期：${d.title}` : `房产清查即将截止：${d.title}`, body: `截止日期 ${d.deadline}，请尽快核对并提交本单位清查结果。`, link: `/estate/census/${d.campaignId}` });
        await tx.update(ca).set({ lastRemindedOn: today }).where(eq(ca.id, d.id));
      });
    }
    return due.length;
  }

  /** Demo: one open campaign; every demo agency but the `agency` account's has answered, some submitted. */
  async function seedDemo() {
    const [existing] = await ctx.db.select({ id: cc.id }).from(cc).limit(1);
    if (existing) return;
    const [anyRoom] = (await ctx.db.execute(sql`select 1 as x from estate_room where agency_id is not null limit 1`) as unknown as { rows: unknown[] }).rows;
    if (!anyRoom) return;
    const org = await readDemoOrgSummary(ctx.db);
    const year = Number(shanghaiDay(ctx.clock()).slice(0, 4));
    const c = await campaigns.open(system, { title: `${year}年度党政机关办公用房清查（摸清底数）`, year, deadline: addDays(shanghaiDay(ctx.clock()), 30) });
    const others = await ctx.db.select({ agencyId: ca.agencyId }).from(ca).where(and(eq(ca.campaignId, c.id), ne(ca.agencyId, org.sampleAgencyId))).orderBy(ca.agencyId);
    // Every third agency has not started; the others confirmed every room; one in three of all submitted. Bulk, one transaction, one audit record.
    const answered = others.filter((_o, i) => i % 3 !== 2).map((o) => o.agencyId);
    const submitted = others.filter((_o, i) => i % 3 === 0).map((o) => o.agencyId);
    if (!answered.length) return;
    await ctx.db.transaction(async (tx) => {
      const now = new Date();
      await tx.update(ci).set({ response: 'confirmed', respondedAt: now, updatedAt: now }).where(and(eq(ci.campaignId, c.id), inArray(ci.agencyId, answered)));
      await tx.update(ca).set({ status: 'in_progress', updatedAt: now }).where(and(eq(ca.campaignId, c.id), inArray(ca.agencyId, answered)));
      if (submitted.length) await tx.update(ca).set({ status: 'submitted', submittedAt: now, updatedAt: now }).where(and(eq(ca.campaignId, c.id), inArray(ca.agencyId, submitted)));
      await appendAudit(tx, system, { action: 'estate.census.demo-seed', objectType: 'estate.census-campaign', objectId: c.id, after: { answered: answered.length, submitted: submitted.length } });
    });
  }

  return {
    name: 'census',
    api: { remindDeadlines },
    async routes(app) { await app.register(censusRoutes({ campaigns, items, reconcile }), { prefix: '/census-campaigns' }); },
    jobs: [{ name: 'estate.census.remind', cron: '0 9 * * *', handler: async () => { await remindDeadlines(); } }],
    seedDemo,
  };
};
