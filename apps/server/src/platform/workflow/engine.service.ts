/** The actions of the engine: submit, approve, reject, return, withdraw, resubmit, delegate, comment. */
import { and, eq } from 'drizzle-orm';
import { accounts } from '../auth/auth.table.js';
import type { Db } from '../db/types.js';
import { AppError, errors } from '../http/errors.js';
import { people } from '../org/org.table.js';
import type { DefinitionService } from './definitions.service.js';
import {
  activateFrom, addEvent, applicantOf, approvedParties, audit, cancelOpenTasks, finish, linkOf,
  type Caller, type EngineCtx, type Instance, type Task,
} from './engine.core.js';
import { stepComplete, type Subject } from './workflow.model.js';
import { wfInstances, wfTasks } from './workflow.table.js';

export interface SubmitInput {
  businessType: string;
  businessId: string;
  title: string;
  subject?: Subject;
  comment?: string | null;
  attachmentIds?: string[];
}

export interface ActInput {
  comment?: string | null | undefined;
  attachmentIds?: string[] | undefined;
}

const selfApproval = () => new AppError(422, 'WF_SELF_APPROVAL', '不能审批本人提交的申请', 'Nobody may approve their own request');

export function createEngine(ctx: EngineCtx, definitions: DefinitionService) {
  const { db } = ctx;
  const inTx = <T>(txIn: Db | undefined, fn: (tx: Db) => Promise<T>) => (txIn ? fn(txIn) : db.transaction(fn));

  async function lockInstance(tx: Db, id: string): Promise<Instance> {
    const [inst] = await tx.select().from(wfInstances).where(eq(wfInstances.id, id)).for('no key update');
    if (!inst) throw errors.notFound('审批单', 'Approval instance');
    return inst;
  }

  /** Submits a business object for approval, inside the module's own transaction when given. */
  async function submit(caller: Caller, input: SubmitInput, txIn?: Db): Promise<Instance> {
    if (!ctx.types.get(input.businessType)) throw errors.validation([{ path: 'businessType', code: 'UNKNOWN_TYPE', message: `业务类型“${input.businessType}”未注册` }]);
    if (!caller.personId) throw errors.rule('WF_NO_PERSON', '当前账号未关联人员，不能提交审批', 'The account is not linked to a person');
    return inTx(txIn, async (tx) => {
      const [p] = await tx.select({ agencyId: people.agencyId, departmentId: people.departmentId }).from(people).where(eq(people.id, caller.personId!));
      if (!p) throw errors.rule('WF_NO_PERSON', '当前账号关联的人员不存在', 'The linked person does not exist');
      const def = await definitions.choose(tx, input.businessType, p.agencyId);
      const [inst] = await tx.insert(wfInstances).values({
        definitionId: def.id, definitionVersion: def.version, businessType: input.businessType, businessId: input.businessId,
        title: input.title, subject: input.subject ?? {}, steps: def.steps, applicantAccountId: caller.actor.accountId,
        applicantPersonId: caller.personId!, agencyId: p.agencyId, departmentId: p.departmentId, status: 'running',
      }).returning();
      await addEvent(tx, inst!.id, { action: 'submit', actor: caller.actor, comment: input.comment ?? null, attachmentIds: input.attachmentIds, details: { definition: def.name, version: def.version } }, ctx.attachFiles);
      const started = await activateFrom(ctx, tx, inst!, 0);
      await audit(tx, caller.actor, 'submit', inst!, { status: started.status, currentStep: started.currentStep, businessType: input.businessType, businessId: input.businessId });
      return started;
    });
  }

  /** Locks the task's instance and checks that the caller may act on this open task. */
  async function taskForAction(tx: Db, caller: Caller, taskId: string): Promise<{ task: Task; inst: Instance }> {
    const [t] = await tx.select().from(wfTasks).where(eq(wfTasks.id, taskId));
    if (!t) throw errors.notFound('待办', 'Task');
    const inst = await lockInstance(tx, t.instanceId);
    const [task] = await tx.select().from(wfTasks).where(eq(wfTasks.id, taskId)).for('no key update');
    if (caller.actor.accountId === inst.applicantAccountId || (caller.personId && caller.personId === inst.applicantPersonId)) throw selfApproval();
    if (task!.accountId !== caller.actor.accountId) throw errors.notFound('待办', 'Task');
    if (task!.status !== 'open' || inst.status !== 'running') throw errors.conflict('WF_TASK_CLOSED', '该待办已处理或已失效', 'The task is no longer open', { taskId, status: task!.status });
    return { task: task!, inst };
  }

  async function closeTask(tx: Db, task: Task, status: Task['status'], input: ActInput) {
    await tx.update(wfTasks).set({ status, actedAt: ctx.clock(), comment: input.comment ?? null }).where(eq(wfTasks.id, task.id));
  }

  async function approve(caller: Caller, taskId: string, input: ActInput = {}) {
    return db.transaction(async (tx) => {
      const { task, inst } = await taskForAction(tx, caller, taskId);
      await closeTask(tx, task, 'approved', input);
      // Within a party one approval suffices: the other holders' tasks close.
      await tx.update(wfTasks).set({ status: 'cancelled', actedAt: ctx.clock() }).where(and(
        eq(wfTasks.instanceId, inst.id), eq(wfTasks.stepIndex, task.stepIndex), eq(wfTasks.round, task.round), eq(wfTasks.party, task.party), eq(wfTasks.status, 'open')));
      await addEvent(tx, inst.id, { action: 'approve', actor: caller.actor, stepIndex: task.stepIndex, taskId, comment: input.comment ?? null, attachmentIds: input.attachmentIds }, ctx.attachFiles);
      const step = inst.steps[task.stepIndex]!;
      let next = inst;
      if (stepComplete(step, await approvedParties(tx, inst, task.stepIndex))) {
        await cancelOpenTasks(tx, inst.id, task.stepIndex);
        next = await activateFrom(ctx, tx, inst, task.stepIndex + 1);
      }
      await audit(tx, caller.actor, 'approve', inst, { status: next.status, currentStep: next.currentStep, taskId });
      return next;
    });
  }

  /** Reject (驳回, the request ends) or return for edits (退回修改, the applicant may resubmit). */
  async function decide(caller: Caller, taskId: string, outcome: 'rejected' | 'returned', input: ActInput) {
    if (!input.comment?.trim()) throw errors.validation([{ path: 'comment', code: 'REQUIRED', message: outcome === 'rejected' ? '驳回时请填写意见' : '退回时请说明需要修改的内容' }]);
    return db.transaction(async (tx) => {
      const { task, inst } = await taskForAction(tx, caller, taskId);
      await closeTask(tx, task, outcome, input);
      await addEvent(tx, inst.id, { action: outcome === 'rejected' ? 'reject' : 'return', actor: caller.actor, stepIndex: task.stepIndex, taskId, comment: input.comment ?? null, attachmentIds: input.attachmentIds }, ctx.attachFiles);
      const next = await finish(ctx, tx, inst, outcome, caller.actor, input.comment ?? null);
      await audit(tx, caller.actor, outcome === 'rejected' ? 'reject' : 'return', inst, { status: next.status, taskId });
      return next;
    });
  }

  async function delegate(caller: Caller, taskId: string, input: ActInput & { toAccountId: string }) {
    return db.transaction(async (tx) => {
      const { task, inst } = await taskForAction(tx, caller, taskId);
      const [to] = await tx.select({ id: accounts.id, name: accounts.displayName, personId: accounts.personId, status: accounts.status }).from(accounts).where(eq(accounts.id, input.toAccountId));
      if (!to || to.status !== 'active') throw errors.validation([{ path: 'toAccountId', code: 'NOT_FOUND', message: '受托人账号不存在或已停用' }]);
      if (to.id === inst.applicantAccountId || (to.personId && to.personId === inst.applicantPersonId)) throw selfApproval();
      if (to.id === caller.actor.accountId) throw errors.validation([{ path: 'toAccountId', code: 'SELF', message: '不能委托给自己' }]);
      const [dup] = await tx.select({ id: wfTasks.id }).from(wfTasks).where(and(eq(wfTasks.instanceId, inst.id), eq(wfTasks.stepIndex, task.stepIndex), eq(wfTasks.round, task.round), eq(wfTasks.party, task.party), eq(wfTasks.accountId, to.id), eq(wfTasks.status, 'open')));
      if (dup) throw errors.conflict('WF_ALREADY_ASSIGNED', `${to.name} 已有该步骤的待办`, 'That account already has this task', { taskId: dup.id });
      await closeTask(tx, task, 'delegated', input);
      const [created] = await tx.insert(wfTasks).values({
        instanceId: inst.id, stepIndex: task.stepIndex, party: task.party, round: task.round, accountId: to.id, via: 'delegated',
        delegatedFromTaskId: task.id, dueAt: task.dueAt, escalateAt: task.escalateAt, remindedAt: task.remindedAt,
      }).returning();
      await addEvent(tx, inst.id, { action: 'delegate', actor: caller.actor, stepIndex: task.stepIndex, taskId, comment: input.comment ?? null, attachmentIds: input.attachmentIds, details: { toAccountId: to.id, toName: to.name } }, ctx.attachFiles);
      await ctx.notify([to.id], `委托审批：${inst.title}`, `${caller.actor.name} 将“${inst.title}”的审批委托给您。`, { tx, link: linkOf(ctx, inst) });
      await audit(tx, caller.actor, 'delegate', inst, { taskId, newTaskId: created!.id, toAccountId: to.id });
      return created!;
    });
  }

  /** Whether the caller takes part: the applicant, or an account that holds or held a task. */
  async function participates(tx: Db, inst: Instance, accountId: string): Promise<boolean> {
    if (inst.applicantAccountId === accountId) return true;
    const [t] = await tx.select({ id: wfTasks.id }).from(wfTasks).where(and(eq(wfTasks.instanceId, inst.id), eq(wfTasks.accountId, accountId))).limit(1);
    return !!t;
  }

  /** A comment (with attachments) on the timeline, by a participant or a process administrator. */
  async function comment(caller: Caller, instanceId: string, input: ActInput, canDefine = false) {
    if (!input.comment?.trim()) throw errors.validation([{ path: 'comment', code: 'REQUIRED', message: '请填写意见' }]);
    return db.transaction(async (tx) => {
      const inst = await lockInstance(tx, instanceId);
      if (!canDefine && !(await participates(tx, inst, caller.actor.accountId))) throw errors.notFound('审批单', 'Approval instance');
      await addEvent(tx, inst.id, { action: 'comment', actor: caller.actor, stepIndex: inst.currentStep >= 0 ? inst.currentStep : null, comment: input.comment ?? null, attachmentIds: input.attachmentIds }, ctx.attachFiles);
      await audit(tx, caller.actor, 'comment', inst, { comment: input.comment });
    });
  }

  async function applicantInstance(tx: Db, caller: Caller, instanceId: string) {
    const inst = await lockInstance(tx, instanceId);
    if (inst.applicantAccountId !== caller.actor.accountId) throw errors.notFound('审批单', 'Approval instance');
    return inst;
  }

  async function withdraw(caller: Caller, instanceId: string, input: ActInput = {}, txIn?: Db) {
    return inTx(txIn, async (tx) => {
      const inst = await applicantInstance(tx, caller, instanceId);
      if (inst.status !== 'running' && inst.status !== 'returned') throw errors.conflict('WF_FINISHED', '审批已结束，不能撤回', 'The approval has ended', { status: inst.status });
      await addEvent(tx, inst.id, { action: 'withdraw', actor: caller.actor, comment: input.comment ?? null });
      const next = await finish(ctx, tx, inst, 'withdrawn', caller.actor, input.comment ?? null);
      await audit(tx, caller.actor, 'withdraw', inst, { status: next.status });
      return next;
    });
  }

  /** After a return for edits: the applicant submits again (new title or facts allowed); the steps start over. */
  async function resubmit(caller: Caller, instanceId: string, input: ActInput & { title?: string; subject?: Subject } = {}, txIn?: Db) {
    return inTx(txIn, async (tx) => {
      const inst = await applicantInstance(tx, caller, instanceId);
      if (inst.status !== 'returned') throw errors.conflict('WF_NOT_RETURNED', '只有被退回的申请可以重新提交', 'Only a returned request can be resubmitted', { status: inst.status });
      const [reopened] = await tx.update(wfInstances).set({
        status: 'running', round: inst.round + 1, updatedAt: ctx.clock(),
        ...(input.title ? { title: input.title } : {}), ...(input.subject ? { subject: input.subject } : {}),
      }).where(eq(wfInstances.id, inst.id)).returning();
      await addEvent(tx, inst.id, { action: 'resubmit', actor: caller.actor, comment: input.comment ?? null, attachmentIds: input.attachmentIds }, ctx.attachFiles);
      const next = await activateFrom(ctx, tx, reopened!, 0);
      await audit(tx, caller.actor, 'resubmit', inst, { status: next.status, round: next.round });
      return next;
    });
  }

  return {
    submit, approve, delegate, comment, withdraw, resubmit,
    reject: (c: Caller, taskId: string, input: ActInput) => decide(c, taskId, 'rejected', input),
    returnForEdits: (c: Caller, taskId: string, input: ActInput) => decide(c, taskId, 'returned', input),
    participates: (inst: Instance, accountId: string) => participates(db, inst, accountId),
    applicantOf,
  };
}

export type Engine = ReturnType<typeof createEngine>;
