import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import type { FilesApi } from '../../../platform/files/index.js';
import { errors } from '../../../platform/http/errors.js';
import { orderBy } from '../../../platform/http/paging.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { housingApplications, housingRounds, housingRuleSets } from '../db/housing.table.js';
import type { ApplicationInput } from './housing.schemas.js';
import { evaluate, factsOf } from './housing-rules.js';
import { shanghaiDate } from './housing-scope.js';

export const APPLICATION_FILE_USE = 'estate.housing-application.attachment';
const A = housingApplications;
const target = { agencyId: A.agencyId, departmentId: A.departmentId, personId: A.personId };

export interface ApplicationFilter { roundId?: string | undefined; status?: string | undefined; eligible?: string | undefined; agencyId?: string | undefined; q?: string | undefined; sort?: string | undefined }
export interface Applicant { actor: Actor; accountId: string | null; personId: string | null }

export function createApplicationService(db: Db, files: Pick<FilesApi, 'attach'>, clock: () => Date) {
  const cols = {
    id: A.id, roundId: A.roundId, roundName: housingRounds.name, personId: A.personId, personName: people.name, agencyId: A.agencyId, agencyName: agencies.name,
    familySize: A.familySize, ownsHomeInCity: A.ownsHomeInCity, currentHousingAreaM2: A.currentHousingAreaM2, yearsSinceHire: A.yearsSinceHire, note: A.note,
    eligible: A.eligible, reasons: A.reasons, score: A.score, breakdown: A.breakdown, status: A.status, reviewComment: A.reviewComment, reviewedBy: A.reviewedBy,
    queueRank: A.queueRank, flatId: A.flatId, createdAtTs: A.createdAt,
    attachmentIds: sql<string[]>`(select coalesce(array_agg(f.id::text order by f.created_at), '{}') from platform_file f where f.use = ${APPLICATION_FILE_USE} and f.owner_id = ${A.id})`,
  };
  const base = () => db.select(cols).from(A).innerJoin(housingRounds, eq(housingRounds.id, A.roundId)).innerJoin(people, eq(people.id, A.personId)).innerJoin(agencies, eq(agencies.id, A.agencyId));
  const out = ({ createdAtTs, ...r }: Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number]) => ({ ...r, createdAt: createdAtTs.toISOString() });

  const where = (scopes: readonly Scope[], f: ApplicationFilter): SQL | undefined => and(
    scopeCondition(scopes, target),
    f.roundId ? eq(A.roundId, f.roundId) : undefined,
    f.status ? eq(A.status, f.status) : undefined,
    f.eligible ? eq(A.eligible, f.eligible === 'true') : undefined,
    f.agencyId ? eq(A.agencyId, f.agencyId) : undefined,
    f.q ? sql`${A.personId} in (select id from platform_person where name ilike ${`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})` : undefined,
  );

  async function list(scopes: readonly Scope[], f: ApplicationFilter, limit: number, offset: number) {
    const w = where(scopes, f);
    const [rows, [total]] = await Promise.all([
      base().where(w).orderBy(...orderBy(f.sort, { score: A.score, createdAt: A.createdAt, queueRank: A.queueRank, status: A.status }, [desc(A.score), asc(A.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(A).where(w),
    ]);
    return { items: rows.map(out), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string, tx: Db = db) {
    const [row] = await tx.select(cols).from(A).innerJoin(housingRounds, eq(housingRounds.id, A.roundId)).innerJoin(people, eq(people.id, A.personId)).innerJoin(agencies, eq(agencies.id, A.agencyId))
      .where(and(eq(A.id, id), scopeCondition(scopes, target)));
    if (!row) throw errors.notFound('公租房申请', 'Housing application');
    return out(row);
  }

  /** The caller's own applications, newest first (portal). */
  async function mine(personId: string | null) {
    if (!personId) return { items: [], total: 0 };
    const rows = await base().where(eq(A.personId, personId)).orderBy(desc(A.createdAt));
    return { items: rows.map(out), total: rows.length };
  }

  /** A cadre applies in an open round; the evaluation is computed now and frozen on the row. */
  async function submit(who: Applicant, input: ApplicationInput) {
    if (!who.personId) throw errors.rule('HOUSING_NO_PERSON', '账号未关联人员档案，不能申请', 'The account is not linked to a person', {});
    return db.transaction(async (tx) => {
      const [r] = await tx.select({ round: housingRounds, body: housingRuleSets.body }).from(housingRounds)
        .innerJoin(housingRuleSets, eq(housingRuleSets.id, housingRounds.ruleSetId)).where(eq(housingRounds.id, input.roundId));
      if (!r) throw errors.validation([{ path: 'roundId', code: 'NOT_FOUND', message: '批次不存在' }]);
      const today = shanghaiDate(clock());
      if (r.round.status !== 'open' || today < r.round.applyFrom || today > r.round.applyTo) {
        throw errors.rule('HOUSING_ROUND_NOT_OPEN', `批次“${r.round.name}”不在申请期（${r.round.applyFrom} 至 ${r.round.applyTo}）`, 'The round does not accept applications now',
          { applyFrom: r.round.applyFrom, applyTo: r.round.applyTo, today });
      }
      const [p] = await tx.select({ agencyId: people.agencyId, departmentId: people.departmentId, entryDate: people.entryDate }).from(people).where(eq(people.id, who.personId!));
      if (!p) throw errors.notFound('人员', 'Person');
      const [dup] = await tx.select({ id: A.id }).from(A).where(and(eq(A.roundId, input.roundId), eq(A.personId, who.personId!)));
      if (dup) throw errors.conflict('HOUSING_APPLICATION_DUPLICATE', '您已在本批次提交过申请', 'You have already applied in this round', { applicationId: dup.id });
      const facts = factsOf({ entryDate: p.entryDate, referenceDate: r.round.referenceDate, familySize: input.familySize, ownsHomeInCity: input.ownsHomeInCity, currentHousingAreaM2: input.currentHousingAreaM2 });
      const ev = evaluate(r.body, facts);
      const [row] = await tx.insert(A).values({
        roundId: input.roundId, personId: who.personId!, agencyId: p.agencyId, departmentId: p.departmentId, accountId: who.accountId,
        familySize: input.familySize, ownsHomeInCity: input.ownsHomeInCity, currentHousingAreaM2: input.currentHousingAreaM2.toFixed(2),
        yearsSinceHire: Number(facts.yearsSinceHire).toFixed(2), note: input.note ?? null, eligible: ev.eligible, reasons: ev.reasons, score: ev.score.toFixed(2), breakdown: ev.breakdown,
      }).returning();
      await files.attach(tx, { fileIds: input.attachmentIds, use: APPLICATION_FILE_USE, ownerId: row!.id, uploadedBy: who.accountId });
      await appendAudit(tx, who.actor, { action: 'estate.housing-application.submit', objectType: 'estate.housing-application', objectId: row!.id, after: { ...row, attachmentIds: input.attachmentIds } });
      return get([{ kind: 'all' }], row!.id, tx);
    });
  }

  /** Simple review step (not the workflow engine): approve or reject, with the reason recorded. */
  async function review(actor: Actor, scopes: readonly Scope[], id: string, input: { decision: 'approve' | 'reject'; comment: string }) {
    return db.transaction(async (tx) => {
      const [a] = await tx.select().from(A).where(and(eq(A.id, id), scopeCondition(scopes, target))).for('no key update');
      if (!a) throw errors.notFound('公租房申请', 'Housing application');
      const [r] = await tx.select({ status: housingRounds.status }).from(housingRounds).where(eq(housingRounds.id, a.roundId));
      if (!r || !['open', 'review'].includes(r.status)) throw errors.rule('HOUSING_ROUND_STATE', '批次已进入公示或摇号，不能再审核', 'The round is past review', { status: r?.status ?? null });
      if (a.status !== 'submitted') throw errors.conflict('HOUSING_APPLICATION_REVIEWED', '该申请已审核', 'The application is already reviewed', { status: a.status });
      if (input.decision === 'approve' && !a.eligible) {
        const failed = a.reasons.filter((x) => !x.ok).map((x) => x.zh).join('；');
        throw errors.rule('HOUSING_NOT_ELIGIBLE', `不符合准入条件：${failed}`, 'The applicant does not meet the eligibility rules', { failed: a.reasons.filter((x) => !x.ok).map((x) => x.rule) });
      }
      const status = input.decision === 'approve' ? 'approved' : 'rejected';
      const [after] = await tx.update(A).set({ status, reviewComment: input.comment, reviewedBy: actor.name, reviewedAt: new Date(), updatedAt: new Date() }).where(eq(A.id, id)).returning();
      await appendAudit(tx, actor, { action: `estate.housing-application.${input.decision}`, objectType: 'estate.housing-application', objectId: id, before: { status: a.status }, after: { status, comment: input.comment } });
      return get([{ kind: 'all' }], after!.id, tx);
    });
  }

  /** The applicant withdraws their own application before the draw. */
  async function withdraw(who: Applicant, id: string) {
    return db.transaction(async (tx) => {
      const [a] = await tx.select().from(A).where(and(eq(A.id, id), who.personId ? eq(A.personId, who.personId) : sql`false`)).for('no key update');
      if (!a) throw errors.notFound('公租房申请', 'Housing application');
      if (!['submitted', 'approved'].includes(a.status)) {
        throw errors.rule('HOUSING_APPLICATION_FINAL', `申请状态为“${a.status}”，不能撤回`, `An application in status ${a.status} cannot be withdrawn`, { status: a.status });
      }
      await tx.update(A).set({ status: 'withdrawn', updatedAt: new Date() }).where(eq(A.id, id));
      await appendAudit(tx, who.actor, { action: 'estate.housing-application.withdraw', objectType: 'estate.housing-application', objectId: id, before: { status: a.status }, after: { status: 'withdrawn' } });
      return get([{ kind: 'all' }], id, tx);
    });
  }

  /** 轮候名单: approved applications by queue rank once drawn, by score before. */
  async function waitingList(roundId: string, limit: number, offset: number) {
    const w = and(eq(A.roundId, roundId), sql`${A.status} in ('approved', 'allocated', 'waiting')`);
    const [rows, [total]] = await Promise.all([
      base().where(w).orderBy(sql`${A.queueRank} asc nulls last`, desc(A.score), asc(A.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(A).where(w),
    ]);
    return { items: rows.map(out), total: total?.n ?? 0 };
  }

  return { list, get, mine, submit, review, withdraw, waitingList };
}
export type ApplicationService = ReturnType<typeof createApplicationService>;
