/** 市外房产: out-of-city properties entrusted to trustees — use, maintenance and lease records, periodic trustee reports with due dates and reminders. */
import { and, asc, count, desc, eq, ilike, isNull, lte, ne, or } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import { agencies } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateRemoteProperties as RP, estateRemoteRecords as RC, estateRemoteReports as RT } from '../db/remote.table.js';
import { addDays, addMonths } from '../leasing/rent-schedule.js';
import { agencyAccounts, area2, shanghaiDay } from '../census/estate-shared.js';

export interface PropertyInput { name: string; city: string; address: string; agencyId: string; trusteeName: string; trusteeContact?: string | null | undefined; trusteeAccountId?: string | null | undefined; currentUse: string; areaM2: number; titleCertNo?: string | null | undefined; reportCycleMonths: number; firstReportDue: string; note?: string | null | undefined }
export interface RecordInput { kind: 'use' | 'maintenance' | 'lease'; occurredOn: string; endsOn?: string | null | undefined; counterparty?: string | null | undefined; amountFen?: number | null | undefined; description: string }
export interface ReportInput { submittedOn?: string | undefined; occupancy: string; content: string; issues?: string | null | undefined }

export function createRemoteService(ctx: EstateContext, perms: { report: string }) {
  const { db } = ctx;
  const select = { p: RP, agencyName: agencies.name };

  async function list(scopes: readonly Scope[], f: { q?: string | undefined; city?: string | undefined; dueBefore?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: RP.agencyId }), f.q ? or(ilike(RP.name, likePattern(f.q)), ilike(RP.address, likePattern(f.q)), ilike(RP.trusteeName, likePattern(f.q))) : undefined,
      f.city ? eq(RP.city, f.city) : undefined, f.dueBefore ? lte(RP.nextReportDue, f.dueBefore) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select(select).from(RP).innerJoin(agencies, eq(agencies.id, RP.agencyId)).where(w).orderBy(...orderBy(f.sort, { name: RP.name, city: RP.city, nextReportDue: RP.nextReportDue, areaM2: RP.areaM2 }, [asc(RP.nextReportDue), asc(RP.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(RP).where(w),
    ]);
    return { items: rows.map((r) => ({ ...r.p, agencyName: r.agencyName })), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [r] = await db.select(select).from(RP).innerJoin(agencies, eq(agencies.id, RP.agencyId)).where(and(eq(RP.id, id), scopeCondition(scopes, { agencyId: RP.agencyId })));
    if (!r) throw errors.notFound('市外房产', 'Out-of-city property');
    const [records, reports] = await Promise.all([
      db.select().from(RC).where(eq(RC.propertyId, id)).orderBy(desc(RC.occurredOn), desc(RC.createdAt)).limit(200),
      db.select().from(RT).where(eq(RT.propertyId, id)).orderBy(desc(RT.dueOn)).limit(100),
    ]);
    return { ...r.p, agencyName: r.agencyName, records, reports };
  }

  async function create(actor: Actor, input: PropertyInput) {
    return db.transaction(async (tx) => {
      const { firstReportDue, ...rest } = input;
      const [row] = await tx.insert(RP).values({ ...rest, areaM2: area2(input.areaM2)!, nextReportDue: firstReportDue, trusteeContact: input.trusteeContact ?? null, trusteeAccountId: input.trusteeAccountId ?? null, titleCertNo: input.titleCertNo ?? null, note: input.note ?? null }).returning();
      await appendAudit(tx, actor, { action: 'estate.remote.create', objectType: 'estate.remote-property', objectId: row!.id, after: row });
      return row!;
    });
  }

  async function addRecord(actor: Actor, id: string, input: RecordInput) {
    return db.transaction(async (tx) => {
      const [p] = await tx.select({ id: RP.id }).from(RP).where(eq(RP.id, id));
      if (!p) throw errors.notFound('市外房产', 'Out-of-city property');
      if (input.endsOn && input.endsOn < input.occurredOn) throw errors.validation([{ path: 'endsOn', code: 'BEFORE_START', message: '结束日期不能早于开始日期' }]);
      const [row] = await tx.insert(RC).values({ ...input, propertyId: id, endsOn: input.endsOn ?? null, counterparty: input.counterparty ?? null, amountFen: input.amountFen ?? null, createdBy: actor.accountId }).returning();
      if (input.kind === 'use') await tx.update(RP).set({ currentUse: input.description, updatedAt: new Date() }).where(eq(RP.id, id));
      await appendAudit(tx, actor, { action: `estate.remote.record.${input.kind}`, objectType: 'estate.remote-property', objectId: id, after: row });
      return row!;
    });
  }

  /** The trustee's report for the period due now; the next due date moves on by the cycle. */
  async function submitReport(actor: Actor, scopes: readonly Scope[], id: string, input: ReportInput) {
    return db.transaction(async (tx) => {
      const [p] = await tx.select().from(RP).where(and(eq(RP.id, id), scopeCondition(scopes, { agencyId: RP.agencyId }))).for('no key update');
      if (!p) throw errors.notFound('市外房产', 'Out-of-city property');
      const submittedOn = input.submittedOn ?? shanghaiDay(ctx.clock());
      const [row] = await tx.insert(RT).values({ propertyId: id, dueOn: p.nextReportDue, submittedOn, occupancy: input.occupancy, content: input.content, issues: input.issues ?? null, createdBy: actor.accountId }).returning();
      const nextDue = addMonths(p.nextReportDue, p.reportCycleMonths);
      await tx.update(RP).set({ nextReportDue: nextDue, lastRemindedOn: null, updatedAt: new Date() }).where(eq(RP.id, id));
      await appendAudit(tx, actor, { action: 'estate.remote.report', objectType: 'estate.remote-property', objectId: id, before: { nextReportDue: p.nextReportDue }, after: { ...row, nextReportDue: nextDue, late: submittedOn > p.nextReportDue } });
      return { ...row!, late: submittedOn > p.nextReportDue, nextReportDue: nextDue };
    });
  }

  /** Reports due within 7 days or overdue: the trustee (or the agency's officers) reminded once a day. */
  async function remindReports(now = ctx.clock()) {
    const today = shanghaiDay(now);
    const due = await db.select({ id: RP.id, name: RP.name, agencyId: RP.agencyId, trusteeAccountId: RP.trusteeAccountId, nextReportDue: RP.nextReportDue }).from(RP)
      .where(and(eq(RP.status, 'active'), lte(RP.nextReportDue, addDays(today, 7)), or(isNull(RP.lastRemindedOn), ne(RP.lastRemindedOn, today))));
    for (const d of due) {
      await db.transaction(async (tx) => {
        const to = d.trusteeAccountId ? [d.trusteeAccountId] : await agencyAccounts(tx, d.agencyId, perms.report);
        const late = d.nextReportDue < today;
        if (to.length) await ctx.notify.send(tx, { to, title: `${late ? '受托报告已逾期' : '受托报告即将到期'}：${d.name}`, body: `本期报告应于 ${d.nextReportDue} 前报送（使用、维修、出租情况）。`, link: `/estate/remote/${d.id}` });
        await tx.update(RP).set({ lastRemindedOn: today }).where(eq(RP.id, d.id));
      });
    }
    return due.length;
  }

  return { list, get, create, addRecord, submitReport, remindReports };
}
export type RemoteService = ReturnType<typeof createRemoteService>;
