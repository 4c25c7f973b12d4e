/** Reads: the My tasks inbox, my submissions, an instance with its tasks and timeline. */
import { aliasedTable, and, asc, count, desc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import { accounts } from '../auth/auth.table.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import { agencies, departments, people } from '../org/org.table.js';
import type { BusinessTypeRegistry } from './business-types.js';
import { linkOf, type EngineCtx } from './engine.core.js';
import { conditionHolds } from './workflow.model.js';
import { wfEvents, wfInstances, wfTasks, type InstanceStatus } from './workflow.table.js';

export interface Paging { limit: number; offset: number; sort?: string | undefined; q?: string | undefined }

const applicant = aliasedTable(accounts, 'wf_applicant');
const typeName = (types: BusinessTypeRegistry, t: string) => ({ businessTypeName: types.get(t)?.nameZh ?? t, businessTypeNameEn: types.get(t)?.nameEn ?? t });

export function createTaskQueries(ctx: EngineCtx) {
  const { db, types } = ctx;

  /** The inbox of one account: its open tasks (or the ones it has dealt with), across all business types. */
  async function myTasks(accountId: string, f: Paging & { status: 'open' | 'done'; businessType?: string | undefined; instanceId?: string | undefined }, now = ctx.clock()) {
    const where = and(
      eq(wfTasks.accountId, accountId),
      f.status === 'open' ? eq(wfTasks.status, 'open') : and(ne(wfTasks.status, 'open'), ne(wfTasks.status, 'cancelled')),
      f.businessType ? eq(wfInstances.businessType, f.businessType) : undefined,
      f.instanceId ? eq(wfTasks.instanceId, f.instanceId) : undefined,
      f.q ? ilike(wfInstances.title, likePattern(f.q)) : undefined,
    );
    const order = orderBy(f.sort, { dueAt: wfTasks.dueAt, createdAt: wfTasks.createdAt, actedAt: wfTasks.actedAt, title: wfInstances.title },
      f.status === 'open' ? [sql`${wfTasks.dueAt} asc nulls last`, asc(wfTasks.createdAt), asc(wfTasks.id)] : [desc(wfTasks.actedAt), desc(wfTasks.id)]);
    const [rows, [total]] = await Promise.all([
      db.select({ task: wfTasks, inst: wfInstances, applicantName: applicant.displayName, agencyName: agencies.name })
        .from(wfTasks).innerJoin(wfInstances, eq(wfInstances.id, wfTasks.instanceId))
        .innerJoin(applicant, eq(applicant.id, wfInstances.applicantAccountId)).innerJoin(agencies, eq(agencies.id, wfInstances.agencyId))
        .where(where).orderBy(...order).limit(f.limit).offset(f.offset),
      db.select({ n: count() }).from(wfTasks).innerJoin(wfInstances, eq(wfInstances.id, wfTasks.instanceId)).where(where),
    ]);
    return {
      items: rows.map(({ task, inst, applicantName, agencyName }) => ({
        id: task.id, instanceId: inst.id, businessType: inst.businessType, ...typeName(types, inst.businessType), businessId: inst.businessId,
        title: inst.title, stepIndex: task.stepIndex, stepName: inst.steps[task.stepIndex]?.name ?? '', party: task.party,
        status: task.status, via: task.via, dueAt: task.dueAt, overdue: !!task.dueAt && task.status === 'open' && task.dueAt <= now,
        remindedAt: task.remindedAt, applicantName, agencyName, instanceStatus: inst.status, submittedAt: inst.createdAt,
        createdAt: task.createdAt, actedAt: task.actedAt, comment: task.comment, link: linkOf(ctx, inst),
      })),
      total: total?.n ?? 0,
    };
  }

  async function openCount(accountId: string) {
    const [r] = await db.select({ n: count() }).from(wfTasks).where(and(eq(wfTasks.accountId, accountId), eq(wfTasks.status, 'open')));
    return { open: r?.n ?? 0 };
  }

  /** Instances the account submitted. */
  async function myInstances(accountId: string, f: Paging & { status?: InstanceStatus | undefined; businessType?: string | undefined }) {
    const where = and(
      eq(wfInstances.applicantAccountId, accountId),
      f.status ? eq(wfInstances.status, f.status) : undefined,
      f.businessType ? eq(wfInstances.businessType, f.businessType) : undefined,
      f.q ? ilike(wfInstances.title, likePattern(f.q)) : undefined,
    );
    const order = orderBy(f.sort, { createdAt: wfInstances.createdAt, title: wfInstances.title, status: wfInstances.status }, [desc(wfInstances.createdAt), desc(wfInstances.id)]);
    const [rows, [total]] = await Promise.all([
      db.select().from(wfInstances).where(where).orderBy(...order).limit(f.limit).offset(f.offset),
      db.select({ n: count() }).from(wfInstances).where(where),
    ]);
    return { items: rows.map((i) => summary(i)), total: total?.n ?? 0 };
  }

  const summary = (i: typeof wfInstances.$inferSelect) => ({
    id: i.id, businessType: i.businessType, ...typeName(types, i.businessType), businessId: i.businessId, title: i.title, status: i.status,
    currentStep: i.currentStep, currentStepName: i.steps[i.currentStep]?.name ?? null, round: i.round, createdAt: i.createdAt, finishedAt: i.finishedAt, link: linkOf(ctx, i),
  });

  /** Whether an account may see an instance: applicant, holder of a task (past or present), or process administrator. */
  async function visible(inst: typeof wfInstances.$inferSelect, accountId: string, canDefine: boolean) {
    if (canDefine || inst.applicantAccountId === accountId) return true;
    const [t] = await db.select({ id: wfTasks.id }).from(wfTasks).where(and(eq(wfTasks.instanceId, inst.id), eq(wfTasks.accountId, accountId))).limit(1);
    return !!t;
  }

  async function canSee(id: string, accountId: string, canDefine: boolean): Promise<boolean> {
    const [inst] = await db.select().from(wfInstances).where(eq(wfInstances.id, id));
    return !!inst && visible(inst, accountId, canDefine);
  }

  async function instance(id: string, accountId: string, canDefine: boolean) {
    const [row] = await db.select({ inst: wfInstances, applicantName: applicant.displayName, personName: people.name, agencyName: agencies.name, departmentName: departments.name })
      .from(wfInstances).innerJoin(applicant, eq(applicant.id, wfInstances.applicantAccountId)).innerJoin(people, eq(people.id, wfInstances.applicantPersonId))
      .innerJoin(agencies, eq(agencies.id, wfInstances.agencyId)).leftJoin(departments, eq(departments.id, wfInstances.departmentId))
      .where(eq(wfInstances.id, id));
    if (!row || !(await visible(row.inst, accountId, canDefine))) throw errors.notFound('审批单', 'Approval instance');
    const i = row.inst;
    const [tasks, events] = await Promise.all([
      db.select({ t: wfTasks, accountName: accounts.displayName }).from(wfTasks).innerJoin(accounts, eq(accounts.id, wfTasks.accountId))
        .where(eq(wfTasks.instanceId, id)).orderBy(asc(wfTasks.round), asc(wfTasks.stepIndex), asc(wfTasks.createdAt), asc(wfTasks.id)),
      db.select({ e: wfEvents, accountName: accounts.displayName }).from(wfEvents).leftJoin(accounts, eq(accounts.id, wfEvents.accountId))
        .where(eq(wfEvents.instanceId, id)).orderBy(asc(wfEvents.at), asc(wfEvents.id)),
    ]);
    return {
      ...summary(i), subject: i.subject, applicantName: row.applicantName, applicantPersonName: row.personName, agencyName: row.agencyName,
      departmentName: row.departmentName, applicantAccountId: i.applicantAccountId,
      steps: i.steps.map((s, index) => ({ index, name: s.name, mode: s.mode, slaHours: s.slaHours ?? null, parties: s.assignees.length, applies: conditionHolds(s.condition, i.subject) })),
      tasks: tasks.map(({ t, accountName }) => ({
        id: t.id, stepIndex: t.stepIndex, party: t.party, round: t.round, accountId: t.accountId, accountName, status: t.status, via: t.via,
        dueAt: t.dueAt, remindedAt: t.remindedAt, escalatedAt: t.escalatedAt, actedAt: t.actedAt, comment: t.comment, createdAt: t.createdAt,
      })),
      events: events.map(({ e, accountName }) => ({
        id: e.id, at: e.at, action: e.action, actorName: accountName ?? (e.actorName === 'system' ? '系统' : e.actorName), stepIndex: e.stepIndex,
        comment: e.comment, attachmentIds: e.attachmentIds, details: e.details ?? {},
      })),
    };
  }

  /** Active accounts to delegate to, by name (at most 20): an address book for any signed-in account. */
  async function assignableAccounts(q: string | undefined) {
    const items = await db.select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName, agencyName: agencies.name })
      .from(accounts).leftJoin(people, eq(people.id, accounts.personId)).leftJoin(agencies, eq(agencies.id, people.agencyId))
      .where(and(eq(accounts.status, 'active'), q ? or(ilike(accounts.displayName, likePattern(q)), ilike(accounts.username, likePattern(q)), ilike(people.name, likePattern(q))) : undefined,
        sql`not exists (select 1 from platform_grant g join platform_role r on r.id = g.role_id where g.account_id = ${accounts.id} and r.category <> 'business')`))
      .orderBy(asc(accounts.displayName), asc(accounts.id)).limit(20);
    return { items, total: items.length };
  }

  /** Open tasks of several instances (for modules showing "waiting for …"). */
  async function openTasksOf(instanceIds: string[]) {
    if (!instanceIds.length) return [];
    return db.select({ instanceId: wfTasks.instanceId, accountId: wfTasks.accountId, stepIndex: wfTasks.stepIndex }).from(wfTasks)
      .where(and(inArray(wfTasks.instanceId, instanceIds), eq(wfTasks.status, 'open')));
  }

  return { myTasks, openCount, myInstances, instance, visible, canSee, assignableAccounts, openTasksOf };
}

export type TaskQueries = ReturnType<typeof createTaskQueries>;
