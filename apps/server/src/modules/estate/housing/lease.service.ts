import { and, asc, count, desc, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { accounts } from '../../../platform/auth/auth.table.js';
import type { Db } from '../../../platform/db/types.js';
import type { FilesApi } from '../../../platform/files/index.js';
import { errors } from '../../../platform/http/errors.js';
import { people } from '../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { housingBills, housingChecklists, housingLeases, housingPayments, type ChecklistItem } from '../db/housing-lease.table.js';
import { housingApplications, housingFlats, housingRounds, housingRuleSets } from '../db/housing.table.js';
import { monthsOf, termEnd } from './housing-scope.js';

export const CHECKLIST_PHOTO_USE = 'estate.housing-checklist.photo';
const L = housingLeases;
const target = { agencyId: L.agencyId, departmentId: L.departmentId, personId: L.personId };
const iso = <T extends { createdAt: Date; updatedAt?: Date }>({ createdAt, updatedAt: _u, ...r }: T) => ({ ...r, createdAt: createdAt.toISOString() });

/** A lease with its tenant's name and its flat's label (estate, building, unit, number), joined in the same query. */
const withNames = (tx: Db) => tx.select({ ...getTableColumns(L), personName: people.name, flatLabel: sql<string>`concat(${housingFlats.estateName}, ${housingFlats.buildingName}, ${housingFlats.unit}, ${housingFlats.number})` })
  .from(L).innerJoin(people, eq(people.id, L.personId)).innerJoin(housingFlats, eq(housingFlats.id, L.flatId));

export interface LeaseInput {
  applicationId?: string | undefined; flatId?: string | undefined; personId?: string | undefined; startDate: string;
  termMonths?: number | undefined; rentFen?: number | undefined; depositFen?: number | undefined; reminderDays?: number[] | undefined;
}

export function createLeaseService(db: Db, files: Pick<FilesApi, 'attach'>) {
  const lockLease = async (tx: Db, scopes: readonly Scope[], id: string) => {
    const [l] = await tx.select().from(L).where(and(eq(L.id, id), scopeCondition(scopes, target))).for('no key update');
    if (!l) throw errors.notFound('租约', 'Lease');
    return l;
  };

  /** Signs a lease: from an allocated application (terms from its round's rule set), or directly for a flat and a person. */
  async function create(actor: Actor, scopes: readonly Scope[], input: LeaseInput) {
    return db.transaction(async (tx) => {
      let flatId = input.flatId; let personId = input.personId; let policy: { termMonths: number; depositMonths: number; reminderDays: number[] } | undefined;
      if (input.applicationId) {
        const [a] = await tx.select({ app: housingApplications, lease: housingRuleSets.body }).from(housingApplications)
          .innerJoin(housingRounds, eq(housingRounds.id, housingApplications.roundId)).innerJoin(housingRuleSets, eq(housingRuleSets.id, housingRounds.ruleSetId))
          .where(eq(housingApplications.id, input.applicationId));
        if (!a) throw errors.validation([{ path: 'applicationId', code: 'NOT_FOUND', message: '申请不存在' }]);
        if (a.app.status !== 'allocated' || !a.app.flatId) throw errors.rule('HOUSING_NOT_ALLOCATED', '该申请未配租房源', 'The application has no allocated flat', { status: a.app.status });
        flatId = a.app.flatId; personId = a.app.personId; policy = a.lease.lease;
      }
      if (!flatId || !personId) throw errors.validation([{ path: 'flatId', code: 'REQUIRED', message: '请指定申请，或同时指定房源和承租人' }]);
      const termMonths = input.termMonths ?? policy?.termMonths;
      if (!termMonths) throw errors.validation([{ path: 'termMonths', code: 'REQUIRED', message: '请填写租期（月）' }]);
      const [f] = await tx.select().from(housingFlats).where(eq(housingFlats.id, flatId)).for('no key update');
      if (!f) throw errors.validation([{ path: 'flatId', code: 'NOT_FOUND', message: '房源不存在' }]);
      const [active] = await tx.select({ id: L.id }).from(L).where(and(eq(L.flatId, flatId), eq(L.status, 'active')));
      if (active) throw errors.conflict('HOUSING_FLAT_LEASED', '该房源已有生效租约', 'The flat already has an active lease', { leaseId: active.id });
      if (!input.applicationId && f.status !== 'available') throw errors.rule('HOUSING_FLAT_UNAVAILABLE', `房源状态为“${f.status}”，不能出租`, 'The flat is not available', { status: f.status });
      const [p] = await tx.select({ agencyId: people.agencyId, departmentId: people.departmentId }).from(people).where(eq(people.id, personId));
      if (!p) throw errors.validation([{ path: 'personId', code: 'NOT_FOUND', message: '承租人不存在' }]);
      if (!(await inScope(tx, scopes, { agencyId: p.agencyId, departmentId: p.departmentId, personId }))) throw errors.forbidden();
      const [acct] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId)).orderBy(asc(accounts.createdAt)).limit(1);
      const rentFen = input.rentFen ?? f.rentFen;
      const depositFen = input.depositFen ?? rentFen * (policy?.depositMonths ?? 0);
      const endDate = termEnd(input.startDate, termMonths);
      const [row] = await tx.insert(L).values({
        flatId, applicationId: input.applicationId ?? null, personId, agencyId: p.agencyId, departmentId: p.departmentId, accountId: acct?.id ?? null,
        startDate: input.startDate, endDate, rentFen, depositFen, reminderDays: input.reminderDays ?? policy?.reminderDays ?? [60, 30, 7],
      }).returning();
      await tx.insert(housingBills).values(monthsOf(input.startDate, endDate).map((month) => ({ leaseId: row!.id, month, amountFen: rentFen })));
      await tx.update(housingFlats).set({ status: 'allocated', updatedAt: new Date() }).where(eq(housingFlats.id, flatId));
      await appendAudit(tx, actor, { action: 'estate.housing-lease.create', objectType: 'estate.housing-lease', objectId: row!.id, after: row });
      return iso(row!);
    });
  }

  async function list(scopes: readonly Scope[], f: { status?: string | undefined; personId?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, target), f.status ? eq(L.status, f.status) : undefined, f.personId ? eq(L.personId, f.personId) : undefined);
    const [rows, [total]] = await Promise.all([withNames(db).where(w).orderBy(desc(L.startDate), asc(L.id)).limit(limit).offset(offset), db.select({ n: count() }).from(L).where(w)]);
    return { items: rows.map(iso), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [l] = await withNames(db).where(and(eq(L.id, id), scopeCondition(scopes, target)));
    if (!l) throw errors.notFound('租约', 'Lease');
    const [bills, checklists] = await Promise.all([
      db.select().from(housingBills).where(eq(housingBills.leaseId, id)).orderBy(asc(housingBills.month)),
      db.select().from(housingChecklists).where(eq(housingChecklists.leaseId, id)).orderBy(asc(housingChecklists.createdAt)),
    ]);
    return { ...iso(l), bills: bills.map(iso), checklists: checklists.map(iso) };
  }

  /** The cadre's own leases (portal), active first. */
  async function mine(personId: string | null) {
    if (!personId) return { items: [], total: 0 };
    const ids = await db.select({ id: L.id }).from(L).where(eq(L.personId, personId)).orderBy(asc(L.status), desc(L.startDate));
    const items = await Promise.all(ids.map((x) => get([{ kind: 'self', personId }], x.id)));
    return { items, total: items.length };
  }

  /** A payment against a month's bill; never more than is outstanding. */
  async function pay(actor: Actor, scopes: readonly Scope[], leaseId: string, billId: string, input: { amountFen: number; paidOn: string; method: string; note?: string | null | undefined }) {
    return db.transaction(async (tx) => {
      await lockLease(tx, scopes, leaseId);
      const [b] = await tx.select().from(housingBills).where(and(eq(housingBills.id, billId), eq(housingBills.leaseId, leaseId))).for('no key update');
      if (!b) throw errors.notFound('账单', 'Bill');
      const outstanding = b.amountFen - b.paidFen;
      if (b.status === 'cancelled' || input.amountFen > outstanding) {
        throw errors.rule('HOUSING_OVERPAYMENT', `本期待缴 ${(outstanding / 100).toFixed(2)} 元，缴款不能超过待缴金额`, `Outstanding ${outstanding} fen; a payment cannot exceed it`, { outstandingFen: outstanding, status: b.status });
      }
      const [pmt] = await tx.insert(housingPayments).values({ billId, ...input, note: input.note ?? null }).returning();
      const paidFen = b.paidFen + input.amountFen;
      const [after] = await tx.update(housingBills).set({ paidFen, status: paidFen === b.amountFen ? 'paid' : 'partial', updatedAt: new Date() }).where(eq(housingBills.id, billId)).returning();
      await appendAudit(tx, actor, { action: 'estate.housing-bill.pay', objectType: 'estate.housing-bill', objectId: billId, before: { paidFen: b.paidFen, status: b.status }, after: { paidFen, status: after!.status, paymentId: pmt!.id } });
      return iso(after!);
    });
  }

  /** 入住/退房交接清单, one of each per lease; photos are platform files attached to the checklist. */
  async function checklist(actor: Actor, scopes: readonly Scope[], leaseId: string, input: { kind: 'move-in' | 'move-out'; checkedOn: string; items: ChecklistItem[] }, uploadedBy: string | null) {
    return db.transaction(async (tx) => {
      const l = await lockLease(tx, scopes, leaseId);
      if (l.status !== 'active') throw errors.rule('HOUSING_LEASE_ENDED', '租约已结束', 'The lease has ended', { status: l.status });
      const [dup] = await tx.select({ id: housingChecklists.id }).from(housingChecklists).where(and(eq(housingChecklists.leaseId, leaseId), eq(housingChecklists.kind, input.kind)));
      if (dup) throw errors.conflict('HOUSING_CHECKLIST_EXISTS', '该交接清单已登记', 'This checklist is already recorded', { checklistId: dup.id });
      const [row] = await tx.insert(housingChecklists).values({ leaseId, kind: input.kind, items: input.items, checkedOn: input.checkedOn, checkedBy: actor.name }).returning();
      await files.attach(tx, { fileIds: input.items.flatMap((i) => i.photoFileIds), use: CHECKLIST_PHOTO_USE, ownerId: row!.id, uploadedBy });
      await appendAudit(tx, actor, { action: `estate.housing-lease.${input.kind}`, objectType: 'estate.housing-lease', objectId: leaseId, after: row });
      return iso(row!);
    });
  }

  /** 退出: needs the move-out checklist; frees the flat and cancels the unpaid bills after the exit month. */
  async function exit(actor: Actor, scopes: readonly Scope[], leaseId: string, input: { reason: string; exitDate: string; note?: string | null | undefined }) {
    return db.transaction(async (tx) => {
      const l = await lockLease(tx, scopes, leaseId);
      if (l.status !== 'active') throw errors.conflict('HOUSING_LEASE_ENDED', '租约已结束', 'The lease has already ended', { status: l.status });
      if (input.exitDate < l.startDate) throw errors.validation([{ path: 'exitDate', code: 'BEFORE_START', message: '退出日期不能早于租约开始日期' }]);
      const [out] = await tx.select({ id: housingChecklists.id }).from(housingChecklists).where(and(eq(housingChecklists.leaseId, leaseId), eq(housingChecklists.kind, 'move-out')));
      if (!out) throw errors.rule('HOUSING_MOVE_OUT_CHECKLIST_MISSING', '请先登记退房交接清单', 'Record the move-out checklist first', { leaseId });
      const [after] = await tx.update(L).set({ status: 'ended', exitReason: input.reason, exitDate: input.exitDate, exitNote: input.note ?? null, updatedAt: new Date() }).where(eq(L.id, leaseId)).returning();
      const cancelled = await tx.update(housingBills).set({ status: 'cancelled', updatedAt: new Date() })
        .where(and(eq(housingBills.leaseId, leaseId), gt(housingBills.month, input.exitDate.slice(0, 7)), eq(housingBills.paidFen, 0))).returning({ id: housingBills.id });
      await tx.update(housingFlats).set({ status: 'available', updatedAt: new Date() }).where(eq(housingFlats.id, l.flatId));
      await appendAudit(tx, actor, { action: 'estate.housing-lease.exit', objectType: 'estate.housing-lease', objectId: leaseId, before: { status: l.status }, after: { status: 'ended', ...input, cancelledBills: cancelled.length } });
      return iso(after!);
    });
  }

  return { create, list, get, mine, pay, checklist, exit };
}
export type LeaseService = ReturnType<typeof createLeaseService>;
