/**
 * SLA of open tasks: at `due_at` the assignee gets one reminder; at `escalate_at` (one more SLA
 * period) the step is escalated to the escalation role (the center). Safe with several server
 * processes: rows are claimed with FOR UPDATE SKIP LOCKED.
 */
import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { escalationTargets } from './assignees.js';
import { addEvent, applicantOf, linkOf, SYSTEM, type EngineCtx } from './engine.core.js';
import { wfInstances, wfTasks } from './workflow.table.js';

const BATCH = 200;

export function createSla(ctx: EngineCtx) {
  async function remind(tx: Db, now: Date): Promise<number> {
    const due = await tx.select({ task: wfTasks, inst: wfInstances }).from(wfTasks)
      .innerJoin(wfInstances, eq(wfInstances.id, wfTasks.instanceId))
      .where(and(eq(wfTasks.status, 'open'), lte(wfTasks.dueAt, now), isNull(wfTasks.remindedAt)))
      .orderBy(wfTasks.dueAt).limit(BATCH).for('no key update', { of: wfTasks, skipLocked: true });
    for (const { task, inst } of due) {
      await tx.update(wfTasks).set({ remindedAt: now }).where(eq(wfTasks.id, task.id));
      await addEvent(tx, inst.id, { action: 'remind', actor: SYSTEM, at: now, stepIndex: task.stepIndex, taskId: task.id, details: { accountId: task.accountId, dueAt: task.dueAt?.toISOString() } });
      const step = inst.steps[task.stepIndex];
      await ctx.notify([task.accountId], `审批超时提醒：${inst.title}`, `“${inst.title}”的“${step?.name ?? ''}”步骤已超过办理时限，请尽快处理。`, { tx, link: linkOf(ctx, inst) });
    }
    return due.length;
  }

  async function escalate(tx: Db, now: Date): Promise<number> {
    const late = await tx.select({ task: wfTasks, inst: wfInstances }).from(wfTasks)
      .innerJoin(wfInstances, eq(wfInstances.id, wfTasks.instanceId))
      .where(and(eq(wfTasks.status, 'open'), lte(wfTasks.escalateAt, now), isNotNull(wfTasks.remindedAt), isNull(wfTasks.escalatedAt)))
      .orderBy(wfTasks.escalateAt).limit(BATCH).for('no key update', { of: wfTasks, skipLocked: true });
    for (const { task, inst } of late) {
      await tx.update(wfTasks).set({ escalatedAt: now }).where(eq(wfTasks.id, task.id));
      const holding = new Set((await tx.select({ accountId: wfTasks.accountId }).from(wfTasks).where(and(
        eq(wfTasks.instanceId, inst.id), eq(wfTasks.stepIndex, task.stepIndex), eq(wfTasks.round, task.round), eq(wfTasks.party, task.party), eq(wfTasks.status, 'open'),
      ))).map((r) => r.accountId));
      const targets = (await escalationTargets(tx, ctx.escalationRole, applicantOf(inst))).filter((a) => !holding.has(a));
      if (targets.length) {
        await tx.insert(wfTasks).values(targets.map((accountId) => ({
          instanceId: inst.id, stepIndex: task.stepIndex, party: task.party, round: task.round, accountId, via: 'escalated', delegatedFromTaskId: task.id,
        })));
      }
      await addEvent(tx, inst.id, { action: 'escalate', actor: SYSTEM, at: now, stepIndex: task.stepIndex, taskId: task.id, details: { from: task.accountId, to: targets, role: ctx.escalationRole } });
      await appendAudit(tx, SYSTEM, { action: 'workflow.instance.escalate', objectType: 'workflow-instance', objectId: inst.id, after: { taskId: task.id, to: targets } });
      const step = inst.steps[task.stepIndex];
      await ctx.notify(targets, `审批超时升级：${inst.title}`, `“${inst.title}”的“${step?.name ?? ''}”步骤超时未办，已升级由您处理。`, { tx, link: linkOf(ctx, inst) });
    }
    return late.length;
  }

  /** Sends due reminders and escalations as of `now`; returns how many of each. */
  async function checkSla(now: Date = ctx.clock()): Promise<{ reminded: number; escalated: number }> {
    return ctx.db.transaction(async (tx) => {
      const reminded = await remind(tx, now);
      const escalated = await escalate(tx, now);
      return { reminded, escalated };
    });
  }

  return { checkSla };
}
