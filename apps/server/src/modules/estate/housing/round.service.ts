import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { orderBy } from '../../../platform/http/paging.js';
import type { Scope } from '../../../platform/rbac/scope.js';
import { housingApplications, housingObjections, housingRounds, housingRuleSets } from '../db/housing.table.js';
import type { RoundInput } from './housing.schemas.js';
import type { RuleSetBody } from './housing-rules.js';
import { regionInScope } from './flat.service.js';
import { regionScope, shanghaiDate } from './housing-scope.js';

const audit = (tx: Db, actor: Actor, action: string, objectId: string, before: unknown, after: unknown) =>
  appendAudit(tx, actor, { action: `estate.housing-round.${action}`, objectType: 'estate.housing-round', objectId, before, after });

export function createRoundService(db: Db, clock: () => Date) {
  const roundCols = {
    id: housingRounds.id, code: housingRounds.code, name: housingRounds.name, regionId: housingRounds.regionId, ruleSetId: housingRounds.ruleSetId,
    ruleSetName: housingRuleSets.name, method: housingRounds.method, referenceDate: housingRounds.referenceDate, applyFrom: housingRounds.applyFrom,
    applyTo: housingRounds.applyTo, noticeStart: housingRounds.noticeStart, noticeEnd: housingRounds.noticeEnd, quota: housingRounds.quota, status: housingRounds.status,
    applicationCount: sql<number>`(select count(*)::int from estate_housing_application a where a.round_id = ${housingRounds.id})`,
  };
  const base = () => db.select(roundCols).from(housingRounds).innerJoin(housingRuleSets, eq(housingRuleSets.id, housingRounds.ruleSetId));

  async function listRuleSets() {
    const items = await db.select().from(housingRuleSets).orderBy(desc(housingRuleSets.effectiveFrom), asc(housingRuleSets.name));
    return { items: items.map(({ createdAt: _c, ...r }) => r), total: items.length };
  }

  async function createRuleSet(actor: Actor, input: { name: string; effectiveFrom: string; effectiveTo?: string | null | undefined; source: string; body: RuleSetBody }) {
    if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
      throw errors.validation([{ path: 'effectiveTo', code: 'BEFORE_START', message: '失效日期不能早于生效日期' }]);
    }
    return db.transaction(async (tx) => {
      const [dup] = await tx.select({ id: housingRuleSets.id }).from(housingRuleSets).where(eq(housingRuleSets.name, input.name));
      if (dup) throw errors.conflict('HOUSING_RULE_SET_DUPLICATE', `规则“${input.name}”已存在`, 'A rule set with this name exists', { ruleSetId: dup.id });
      const [row] = await tx.insert(housingRuleSets).values({ ...input, effectiveTo: input.effectiveTo ?? null }).returning();
      await appendAudit(tx, actor, { action: 'estate.housing-rule-set.create', objectType: 'estate.housing-rule-set', objectId: row!.id, after: row });
      const { createdAt: _c, ...r } = row!;
      return r;
    });
  }

  async function list(scopes: readonly Scope[], f: { status?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(regionScope(scopes, housingRounds.regionId), f.status ? eq(housingRounds.status, f.status) : undefined);
    const [items, [total]] = await Promise.all([
      base().where(w).orderBy(...orderBy(f.sort, { applyFrom: housingRounds.applyFrom, code: housingRounds.code }, [desc(housingRounds.applyFrom), asc(housingRounds.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(housingRounds).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string, tx: Db = db) {
    const [row] = await tx.select(roundCols).from(housingRounds).innerJoin(housingRuleSets, eq(housingRuleSets.id, housingRounds.ruleSetId))
      .where(and(eq(housingRounds.id, id), regionScope(scopes, housingRounds.regionId)));
    if (!row) throw errors.notFound('批次', 'Housing round');
    return row;
  }

  /** The round row, locked, for a state change. */
  async function lock(tx: Db, scopes: readonly Scope[], id: string) {
    const [row] = await tx.select().from(housingRounds).where(and(eq(housingRounds.id, id), regionScope(scopes, housingRounds.regionId))).for('no key update');
    if (!row) throw errors.notFound('批次', 'Housing round');
    return row;
  }

  const wrongState = (r: { status: string }, wanted: string) => errors.rule('HOUSING_ROUND_STATE', `批次当前状态为“${r.status}”，此操作要求“${wanted}”`, `The round is ${r.status}; this needs ${wanted}`, { status: r.status, required: wanted });

  async function create(actor: Actor, scopes: readonly Scope[], input: RoundInput) {
    if (input.applyTo < input.applyFrom) throw errors.validation([{ path: 'applyTo', code: 'BEFORE_START', message: '申请截止日期不能早于开始日期' }]);
    return db.transaction(async (tx) => {
      if (!(await regionInScope(tx, scopes, input.regionId))) throw errors.forbidden();
      const [rs] = await tx.select().from(housingRuleSets).where(eq(housingRuleSets.id, input.ruleSetId));
      if (!rs) throw errors.validation([{ path: 'ruleSetId', code: 'NOT_FOUND', message: '所选规则不存在' }]);
      if (rs.effectiveFrom > input.referenceDate || (rs.effectiveTo && rs.effectiveTo < input.referenceDate)) {
        throw errors.rule('HOUSING_RULE_SET_NOT_EFFECTIVE', `规则“${rs.name}”在 ${input.referenceDate} 不在有效期（${rs.effectiveFrom} 至 ${rs.effectiveTo ?? '长期'}）内`,
          `Rule set ${rs.name} is not in force on ${input.referenceDate}`, { effectiveFrom: rs.effectiveFrom, effectiveTo: rs.effectiveTo });
      }
      const [dup] = await tx.select({ id: housingRounds.id }).from(housingRounds).where(eq(housingRounds.code, input.code));
      if (dup) throw errors.conflict('HOUSING_ROUND_DUPLICATE', `批次编号“${input.code}”已存在`, 'A round with this code exists', { roundId: dup.id });
      const [row] = await tx.insert(housingRounds).values(input).returning();
      await audit(tx, actor, 'create', row!.id, null, row);
      return get(scopes, row!.id, tx);
    });
  }

  /** 截止申请 → review. */
  async function closeApplications(actor: Actor, scopes: readonly Scope[], id: string) {
    return db.transaction(async (tx) => {
      const r = await lock(tx, scopes, id);
      if (r.status !== 'open') throw wrongState(r, 'open');
      await tx.update(housingRounds).set({ status: 'review', updatedAt: new Date() }).where(eq(housingRounds.id, id));
      await audit(tx, actor, 'close-applications', id, { status: r.status }, { status: 'review' });
      return get(scopes, id, tx);
    });
  }

  /** 公示: every application reviewed; the approved ones are published from start to end. */
  async function publishNotice(actor: Actor, scopes: readonly Scope[], id: string, input: { noticeStart: string; noticeEnd: string }) {
    if (input.noticeEnd < input.noticeStart) throw errors.validation([{ path: 'noticeEnd', code: 'BEFORE_START', message: '公示结束日期不能早于开始日期' }]);
    return db.transaction(async (tx) => {
      const r = await lock(tx, scopes, id);
      if (r.status !== 'review') throw wrongState(r, 'review');
      const [pending] = await tx.select({ n: count() }).from(housingApplications).where(and(eq(housingApplications.roundId, id), eq(housingApplications.status, 'submitted')));
      if (pending && pending.n > 0) {
        throw errors.rule('HOUSING_REVIEW_PENDING', `尚有 ${pending.n} 份申请未审核，不能公示`, `${pending.n} applications are not reviewed yet`, { pending: pending.n });
      }
      await tx.update(housingRounds).set({ status: 'notice', ...input, updatedAt: new Date() }).where(eq(housingRounds.id, id));
      await audit(tx, actor, 'notice', id, { status: r.status }, { status: 'notice', ...input });
      return get(scopes, id, tx);
    });
  }

  /** 异议: only during the notice period (Shanghai calendar days, inclusive), against an approved application. */
  async function raiseObjection(actor: Actor, input: { applicationId: string; text: string }) {
    return db.transaction(async (tx) => {
      const [a] = await tx.select({ roundId: housingApplications.roundId, status: housingApplications.status }).from(housingApplications).where(eq(housingApplications.id, input.applicationId));
      if (!a || a.status !== 'approved') throw errors.notFound('公示中的申请', 'Application under notice');
      const [r] = await tx.select().from(housingRounds).where(eq(housingRounds.id, a.roundId));
      const today = shanghaiDate(clock());
      if (!r || r.status !== 'notice' || !r.noticeStart || !r.noticeEnd || today < r.noticeStart || today > r.noticeEnd) {
        throw errors.rule('HOUSING_NOTICE_CLOSED', '不在公示期内，不能提出异议', 'Objections are accepted only during the notice period', { noticeStart: r?.noticeStart ?? null, noticeEnd: r?.noticeEnd ?? null, today });
      }
      const [row] = await tx.insert(housingObjections).values({ roundId: a.roundId, applicationId: input.applicationId, text: input.text, raisedBy: actor.name }).returning();
      await appendAudit(tx, actor, { action: 'estate.housing-objection.create', objectType: 'estate.housing-objection', objectId: row!.id, after: row });
      return { ...row!, createdAt: row!.createdAt.toISOString() };
    });
  }

  /** Upheld: the application is rejected with the resolution as its reason; dismissed: it stays. */
  async function resolveObjection(actor: Actor, scopes: readonly Scope[], roundId: string, objectionId: string, input: { decision: 'upheld' | 'dismissed'; resolution: string }) {
    return db.transaction(async (tx) => {
      await lock(tx, scopes, roundId);
      const [o] = await tx.select().from(housingObjections).where(and(eq(housingObjections.id, objectionId), eq(housingObjections.roundId, roundId))).for('no key update');
      if (!o) throw errors.notFound('异议', 'Objection');
      if (o.status !== 'open') throw errors.conflict('HOUSING_OBJECTION_RESOLVED', '该异议已处理', 'The objection is already resolved', { status: o.status });
      const [after] = await tx.update(housingObjections).set({ status: input.decision, resolution: input.resolution, updatedAt: new Date() }).where(eq(housingObjections.id, objectionId)).returning();
      if (input.decision === 'upheld') {
        await tx.update(housingApplications).set({ status: 'rejected', reviewComment: `公示异议成立：${input.resolution}`, reviewedBy: actor.name, reviewedAt: new Date(), updatedAt: new Date() })
          .where(eq(housingApplications.id, o.applicationId));
      }
      await appendAudit(tx, actor, { action: 'estate.housing-objection.resolve', objectType: 'estate.housing-objection', objectId: objectionId, before: o, after });
      return { ...after!, createdAt: after!.createdAt.toISOString() };
    });
  }

  async function objections(scopes: readonly Scope[], roundId: string) {
    await get(scopes, roundId);
    const rows = await db.select().from(housingObjections).where(eq(housingObjections.roundId, roundId)).orderBy(asc(housingObjections.createdAt), asc(housingObjections.id));
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total: rows.length };
  }

  return { listRuleSets, createRuleSet, list, get, lock, create, closeApplications, publishNotice, raiseObjection, resolveObjection, objections, wrongState };
}
export type RoundService = ReturnType<typeof createRoundService>;
