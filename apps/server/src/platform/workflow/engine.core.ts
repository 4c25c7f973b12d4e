/** Shared pieces of the engine: the caller, the notifier, the timeline, step activation and the end of an instance. */
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { resolveParty, type Applicant } from './assignees.js';
import type { BusinessTypeRegistry, CallbackContext } from './business-types.js';
import { nextApplicableStep, slaInstants } from './workflow.model.js';
import { wfEvents, wfInstances, wfTasks, type InstanceStatus } from './workflow.table.js';

/** The signed-in account acting (from `req.auth`). */
export interface Caller {
  actor: Actor & { accountId: string };
  personId: string | null;
}

/**
 * Sends a notification to accounts. The notifications engine provides the real one; `opts.tx`
 * is the transaction of the action, so that nothing is sent if it rolls back.
 */
export type Notifier = (accountIds: string[], title: string, body: string, opts?: { tx?: Db; link?: string | null }) => Promise<void>;

export interface SentNotification { accountIds: string[]; title: string; body: string; link: string | null }

/** The default notifier: only records (the last 200) in memory. */
export function recordingNotifier(): Notifier & { sent: SentNotification[] } {
  const sent: SentNotification[] = [];
  const fn = (async (accountIds, title, body, opts) => {
    sent.push({ accountIds, title, body, link: opts?.link ?? null });
    if (sent.length > 200) sent.shift();
  }) as Notifier & { sent: SentNotification[] };
  fn.sent = sent;
  return fn;
}

export const SYSTEM: Actor = { accountId: null, name: 'system', ip: null };

export type Instance = typeof wfInstances.$inferSelect;
export type Task = typeof wfTasks.$inferSelect;

export interface EngineCtx {
  db: Db;
  types: BusinessTypeRegistry;
  notify: Notifier;
  escalationRole: string;
  clock: () => Date;
  /** Attaches uploaded files to the instance (the files engine), in the action's transaction. */
  attachFiles?: AttachFiles;
}

export type AttachFiles = (tx: Db, req: { fileIds: readonly string[]; instanceId: string; uploadedBy: string | null }) => Promise<void>;

export interface EventInput {
  action: string;
  actor: Actor;
  stepIndex?: number | null;
  taskId?: string | null;
  comment?: string | null;
  attachmentIds?: string[] | undefined;
  details?: Record<string, unknown> | null;
  at?: Date;
}

export async function addEvent(tx: Db, instanceId: string, e: EventInput, attachFiles?: AttachFiles): Promise<void> {
  if (e.attachmentIds?.length) {
    if (!attachFiles) throw new Error('attachments need the files engine');
    await attachFiles(tx, { fileIds: e.attachmentIds, instanceId, uploadedBy: e.actor.accountId });
  }
  await tx.insert(wfEvents).values({
    instanceId, at: e.at ?? new Date(), accountId: e.actor.accountId, actorName: e.actor.name, action: e.action,
    stepIndex: e.stepIndex ?? null, taskId: e.taskId ?? null, comment: e.comment ?? null,
    attachmentIds: e.attachmentIds ?? [], details: e.details ?? null,
  });
}

export const applicantOf = (i: Instance): Applicant =>
  ({ accountId: i.applicantAccountId, personId: i.applicantPersonId, agencyId: i.agencyId, departmentId: i.departmentId });

export const linkOf = (ctx: EngineCtx, i: Instance) => ctx.types.get(i.businessType)?.link?.(i.businessId) ?? `/workflow/tasks?instanceId=${i.id}`;

/** Closes every open task of the instance (or of one step). */
export async function cancelOpenTasks(tx: Db, instanceId: string, stepIndex?: number): Promise<void> {
  await tx.update(wfTasks).set({ status: 'cancelled', actedAt: new Date() })
    .where(and(eq(wfTasks.instanceId, instanceId), eq(wfTasks.status, 'open'), stepIndex !== undefined ? eq(wfTasks.stepIndex, stepIndex) : undefined));
}

/** Starts the first applicable step at or after `from`, or approves the instance when none is left. */
export async function activateFrom(ctx: EngineCtx, tx: Db, inst: Instance, from: number): Promise<Instance> {
  const now = ctx.clock();
  const i = nextApplicableStep(inst.steps, from, inst.subject);
  for (let s = from; s < (i === -1 ? inst.steps.length : i); s++) {
    await addEvent(tx, inst.id, { action: 'skip', actor: SYSTEM, stepIndex: s, details: { reason: 'condition' } });
  }
  if (i === -1) return finish(ctx, tx, inst, 'approved', SYSTEM, null);
  const step = inst.steps[i]!;
  const { dueAt, escalateAt } = slaInstants(step, now);
  const assigned: string[] = [];
  for (const [party, rule] of step.assignees.entries()) {
    const { accountIds, via } = await resolveParty(tx, rule, applicantOf(inst), ctx.escalationRole);
    await tx.insert(wfTasks).values(accountIds.map((accountId) => ({ instanceId: inst.id, stepIndex: i, party, round: inst.round, accountId, via, dueAt, escalateAt })));
    assigned.push(...accountIds);
    if (via !== 'rule') await addEvent(tx, inst.id, { action: 'reassign', actor: SYSTEM, stepIndex: i, details: { party, via } });
  }
  const [next] = await tx.update(wfInstances).set({ currentStep: i, updatedAt: now }).where(eq(wfInstances.id, inst.id)).returning();
  await addEvent(tx, inst.id, { action: 'step', actor: SYSTEM, stepIndex: i, details: { name: step.name, dueAt: dueAt?.toISOString() ?? null } });
  await ctx.notify([...new Set(assigned)], `待审批：${inst.title}`, `“${inst.title}”已到“${step.name}”步骤，请及时处理。`, { tx, link: linkOf(ctx, inst) });
  return next!;
}

const endings = { approved: 'onApproved', rejected: 'onRejected', withdrawn: 'onWithdrawn', returned: 'onReturned' } as const;
const endingZh = { approved: '已通过', rejected: '已驳回', withdrawn: '已撤回', returned: '已退回修改' } as const;

/** Ends (or returns) an instance: closes its tasks, records it, tells the applicant and runs the business type's callback. */
export async function finish(ctx: EngineCtx, tx: Db, inst: Instance, status: Exclude<InstanceStatus, 'running'>, actor: Actor, comment: string | null): Promise<Instance> {
  await cancelOpenTasks(tx, inst.id);
  const now = ctx.clock();
  const [next] = await tx.update(wfInstances)
    .set({ status, currentStep: -1, finishedAt: status === 'returned' ? null : now, updatedAt: now })
    .where(eq(wfInstances.id, inst.id)).returning();
  if (status === 'approved') await addEvent(tx, inst.id, { action: 'approved', actor: SYSTEM });
  const cb = ctx.types.get(inst.businessType)?.[endings[status]];
  const cbCtx: CallbackContext = { tx, actor, comment, instance: { ...next!, status } };
  if (cb) await cb(cbCtx);
  await ctx.notify([inst.applicantAccountId], `申请${endingZh[status]}：${inst.title}`, `您提交的“${inst.title}”${endingZh[status]}。${comment ? `意见：${comment}` : ''}`, { tx, link: linkOf(ctx, inst) });
  return next!;
}

export async function audit(tx: Db, actor: Actor, action: string, inst: Instance, after: Partial<Instance> & Record<string, unknown>): Promise<void> {
  await appendAudit(tx, actor, {
    action: `workflow.instance.${action}`, objectType: 'workflow-instance', objectId: inst.id,
    before: { status: inst.status, currentStep: inst.currentStep, round: inst.round }, after,
  });
}

/** Parties of a step (in this round) that have an approved task. */
export async function approvedParties(tx: Db, inst: Instance, stepIndex: number): Promise<Set<number>> {
  const rows = await tx.selectDistinct({ party: wfTasks.party }).from(wfTasks)
    .where(and(eq(wfTasks.instanceId, inst.id), eq(wfTasks.stepIndex, stepIndex), eq(wfTasks.round, inst.round), inArray(wfTasks.status, ['approved'])));
  return new Set(rows.map((r) => r.party));
}
