/** Lease contracts: the generated rent schedule, receipts, arrears as of a date, expiry reminders. */
import { and, asc, count, desc, eq, gte, lte, or, isNull, ne, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { errors } from '../../../platform/http/errors.js';
import { orderBy } from '../../../platform/http/paging.js';
import { agencies } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateLeaseContracts as C, estateLeaseListings as L, estateLessees as E, estateRentInstalments as I, estateRentReceipts as RR } from '../db/leasing.table.js';
import { centerAccounts, shanghaiDay } from '../census/estate-shared.js';
import { addDays, arrearsAsOf, daysBetween, rentSchedule } from './rent-schedule.js';

export interface ContractInput { code: string; listingId: string; lesseeId: string; startsOn: string; endsOn: string; monthlyRentFen: number; depositFen: number; cycleMonths: number; signedOn?: string | null | undefined; note?: string | null | undefined }
export interface ReceiptInput { paidOn: string; amountFen: number; method: string; receiptNo?: string | null | undefined; note?: string | null | undefined }

const contractSort = { code: C.code, startsOn: C.startsOn, endsOn: C.endsOn, monthlyRentFen: C.monthlyRentFen };

export function createContractsService(ctx: EstateContext, perms: { write: string }) {
  const { db } = ctx;
  const select = {
    id: C.id, code: C.code, listingId: C.listingId, listingTitle: L.title, agencyId: C.agencyId, agencyName: agencies.name, lesseeId: C.lesseeId, lesseeName: E.name,
    startsOn: C.startsOn, endsOn: C.endsOn, monthlyRentFen: C.monthlyRentFen, depositFen: C.depositFen, cycleMonths: C.cycleMonths, status: C.status, signedOn: C.signedOn, note: C.note,
  };
  const base = () => db.select(select).from(C).innerJoin(L, eq(L.id, C.listingId)).innerJoin(E, eq(E.id, C.lesseeId)).innerJoin(agencies, eq(agencies.id, C.agencyId));

  async function list(scopes: readonly Scope[], f: { status?: string | undefined; agencyId?: string | undefined; endingBefore?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: C.agencyId }), f.status ? eq(C.status, f.status) : undefined, f.agencyId ? eq(C.agencyId, f.agencyId) : undefined, f.endingBefore ? lte(C.endsOn, f.endingBefore) : undefined);
    const [items, [total]] = await Promise.all([
      base().where(w).orderBy(...orderBy(f.sort, contractSort, [desc(C.startsOn), asc(C.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(C).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  /** A contract with its schedule; each instalment shows what is settled by receipts up to today (oldest first). */
  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await base().where(and(eq(C.id, id), scopeCondition(scopes, { agencyId: C.agencyId })));
    if (!row) throw errors.notFound('租赁合同', 'Lease contract');
    const [inst, receipts] = await Promise.all([
      db.select().from(I).where(eq(I.contractId, id)).orderBy(asc(I.seq)),
      db.select().from(RR).where(eq(RR.contractId, id)).orderBy(asc(RR.paidOn), asc(RR.createdAt)),
    ]);
    let paid = receipts.reduce((s, r) => s + r.amountFen, 0);
    const schedule = inst.map((i) => { const settled = Math.min(paid, i.amountFen); paid -= settled; return { seq: i.seq, periodStart: i.periodStart, periodEnd: i.periodEnd, dueOn: i.dueOn, amountFen: i.amountFen, paidFen: settled }; });
    const today = shanghaiDay(ctx.clock());
    const arrears = arrearsAsOf(inst, receipts, addDays(today, 1)).filter((a) => a.dueOn < today);
    return { ...row, schedule, receipts, totalRentFen: inst.reduce((s, i) => s + i.amountFen, 0), receivedFen: receipts.reduce((s, r) => s + r.amountFen, 0), overdueFen: arrears.reduce((s, a) => s + a.outstandingFen, 0) };
  }

  async function create(actor: Actor, input: ContractInput) {
    if (daysBetween(input.startsOn, input.endsOn) < 0) throw errors.validation([{ path: 'endsOn', code: 'BEFORE_START', message: '合同结束日期不能早于开始日期' }]);
    return db.transaction(async (tx) => {
      const [listing] = await tx.select().from(L).where(eq(L.id, input.listingId)).for('no key update');
      if (!listing) throw errors.validation([{ path: 'listingId', code: 'NOT_FOUND', message: '出租房源不存在' }]);
      if (listing.status !== 'open') throw errors.conflict('LEASE_LISTING_NOT_OPEN', '房源不是待租状态', 'The listing is not open for lease', { status: listing.status });
      const [lessee] = await tx.select().from(E).where(eq(E.id, input.lesseeId));
      if (!lessee) throw errors.validation([{ path: 'lesseeId', code: 'NOT_FOUND', message: '承租方不存在' }]);
      const [dup] = await tx.select({ id: C.id }).from(C).where(eq(C.code, input.code));
      if (dup) throw errors.conflict('LEASE_CONTRACT_CODE', `合同编号“${input.code}”已存在`, 'The contract code is taken', { contractId: dup.id });
      const [row] = await tx.insert(C).values({ ...input, agencyId: listing.agencyId, signedOn: input.signedOn ?? null, note: input.note ?? null }).returning();
      const schedule = rentSchedule(input);
      await tx.insert(I).values(schedule.map((s) => ({ ...s, contractId: row!.id })));
      await tx.update(L).set({ status: 'leased', updatedAt: new Date() }).where(eq(L.id, listing.id));
      if (listing.roomId) await tx.update(estateRooms).set({ status: 'leased-out', updatedAt: new Date() }).where(eq(estateRooms.id, listing.roomId));
      await appendAudit(tx, actor, { action: 'estate.leasing.contract.create', objectType: 'estate.lease-contract', objectId: row!.id, after: { ...row, instalments: schedule.length, totalRentFen: schedule.reduce((s, i) => s + i.amountFen, 0) } });
      return row!;
    });
  }

  async function terminate(actor: Actor, id: string, input: { endedOn: string; reason: string }) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(C).where(eq(C.id, id)).for('no key update');
      if (!before) throw errors.notFound('租赁合同', 'Lease contract');
      if (before.status !== 'active') throw errors.conflict('LEASE_CONTRACT_ENDED', '合同已终止', 'The contract has ended already');
      const [after] = await tx.update(C).set({ status: input.endedOn >= before.endsOn ? 'ended' : 'terminated', note: [before.note, `终止：${input.endedOn} ${input.reason}`].filter(Boolean).join('\n'), updatedAt: new Date() }).where(eq(C.id, id)).returning();
      await tx.delete(I).where(and(eq(I.contractId, id), sql`${I.dueOn} > ${input.endedOn}::date`));
      const [listing] = await tx.update(L).set({ status: 'open', updatedAt: new Date() }).where(eq(L.id, before.listingId)).returning();
      if (listing?.roomId) await tx.update(estateRooms).set({ status: 'vacant', updatedAt: new Date() }).where(eq(estateRooms.id, listing.roomId));
      await appendAudit(tx, actor, { action: 'estate.leasing.contract.terminate', objectType: 'estate.lease-contract', objectId: id, before, after: { ...after, ...input } });
      return after!;
    });
  }

  async function addReceipt(actor: Actor, id: string, input: ReceiptInput) {
    return db.transaction(async (tx) => {
      const [c] = await tx.select().from(C).where(eq(C.id, id)).for('no key update');
      if (!c) throw errors.notFound('租赁合同', 'Lease contract');
      if (input.paidOn < c.startsOn) throw errors.rule('RECEIPT_BEFORE_LEASE', `收款日期早于合同开始日期 ${c.startsOn}`, `The payment date is before the lease start ${c.startsOn}`, { startsOn: c.startsOn });
      const [row] = await tx.insert(RR).values({ ...input, contractId: id, receiptNo: input.receiptNo ?? null, note: input.note ?? null, createdBy: actor.accountId }).returning();
      await appendAudit(tx, actor, { action: 'estate.leasing.receipt.create', objectType: 'estate.rent-receipt', objectId: row!.id, after: row });
      return row!;
    });
  }

  /**
   * Arrears as of a date, one row per contract: receipts paid on or before the date settle instalments
   * oldest first (window sums), unsettled instalments due before the date are overdue. Paged in SQL.
   */
  async function arrears(scopes: readonly Scope[], asOf: string, f: { agencyId?: string | undefined }, limit: number, offset: number) {
    const scope = scopeCondition(scopes, { agencyId: sql`c.agency_id` }) ?? sql`true`;
    const r = await db.execute(sql`
      with paid as (select contract_id, sum(amount_fen) as total from estate_rent_receipt where paid_on <= ${asOf}::date group by contract_id),
      due as (select i.contract_id, i.due_on, i.amount_fen, sum(i.amount_fen) over (partition by i.contract_id order by i.seq) as cum
        from estate_rent_instalment i join estate_lease_contract c on c.id = i.contract_id
        where i.due_on < ${asOf}::date and ${scope} ${f.agencyId ? sql`and c.agency_id = ${f.agencyId}` : sql``}),
      owed as (select d.contract_id, d.due_on, least(d.amount_fen, greatest(0, d.cum - coalesce(p.total, 0))) as outstanding
        from due d left join paid p on p.contract_id = d.contract_id)
      select c.id as contract_id, c.code, ag.name as agency_name, e.name as lessee_name, l.title as listing_title,
        sum(o.outstanding)::bigint as overdue_fen, count(*)::int as instalments, min(o.due_on)::text as oldest_due_on,
        (${asOf}::date - min(o.due_on))::int as max_days_overdue, count(*) over ()::int as total
      from owed o join estate_lease_contract c on c.id = o.contract_id join platform_agency ag on ag.id = c.agency_id
        join estate_lessee e on e.id = c.lessee_id join estate_lease_listing l on l.id = c.listing_id
      where o.outstanding > 0
      group by c.id, c.code, ag.name, e.name, l.title
      order by max_days_overdue desc, c.code limit ${limit} offset ${offset}`);
    const rows = (r as unknown as { rows: Array<Record<string, string | number>> }).rows;
    return {
      asOf, total: Number(rows[0]?.total ?? 0),
      items: rows.map((x) => ({ contractId: String(x.contract_id), code: String(x.code), agencyName: String(x.agency_name), lesseeName: String(x.lessee_name), listingTitle: String(x.listing_title), overdueFen: Number(x.overdue_fen), instalments: Number(x.instalments), oldestDueOn: String(x.oldest_due_on), maxDaysOverdue: Number(x.max_days_overdue) })),
    };
  }

  /** Reminds the center of active contracts ending within 60 days: first time seen, then 30, 7 and 1 day before. */
  async function remindExpiries(now = ctx.clock()) {
    const today = shanghaiDay(now);
    const due = (await db.select({ id: C.id, code: C.code, endsOn: C.endsOn, last: C.lastExpiryNoticeOn }).from(C)
      .where(and(eq(C.status, 'active'), gte(C.endsOn, today), lte(C.endsOn, addDays(today, 60)), or(isNull(C.lastExpiryNoticeOn), ne(C.lastExpiryNoticeOn, today)))))
      .filter((c) => c.last === null || [30, 7, 1].includes(daysBetween(today, c.endsOn)));
    if (!due.length) return 0;
    await db.transaction(async (tx) => {
      const to = await centerAccounts(tx, perms.write);
      for (const c of due) {
        if (to.length) await ctx.notify.send(tx, { to, title: `租赁合同即将到期：${c.code}`, body: `合同 ${c.code} 将于 ${c.endsOn} 到期（还有 ${daysBetween(today, c.endsOn)} 天），请办理续租或收回。`, link: `/estate/leasing/contracts/${c.id}` });
        await tx.update(C).set({ lastExpiryNoticeOn: today }).where(eq(C.id, c.id));
      }
    });
    return due.length;
  }

  return { list, get, create, terminate, addReceipt, arrears, remindExpiries };
}
export type ContractsService = ReturnType<typeof createContractsService>;
