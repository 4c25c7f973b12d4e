/** The data model of process definitions: assignee rules, conditions, steps. Pure (no database). */
import { z } from 'zod';

const roleCode = z.string().trim().min(1).max(64).regex(/^[a-z][a-z0-9-]*$/, '角色编码应为小写字母、数字和连字符');

/** A role held within the applicant's agency (a grant scoped to that agency, or to a person of it). */
const agencyRole = z.strictObject({ kind: z.literal('agency-role'), roleCode });
/** A named role of the center (any grant of the role whose scope covers the applicant's agency). */
const centerRole = z.strictObject({ kind: z.literal('center-role'), roleCode });
/** The head (负责人) of the applicant's department. */
const departmentHead = z.strictObject({ kind: z.literal('department-head') });
/** A specific person (every active account linked to them). */
const person = z.strictObject({ kind: z.literal('person'), personId: z.uuid() });

export const baseRule = z.discriminatedUnion('kind', [agencyRole, centerRole, departmentHead, person]);
const withFallback = { fallback: baseRule.optional() };
/** An assignee rule; when it finds nobody (other than the applicant), its `fallback` is used. */
export const assigneeRule = z.discriminatedUnion('kind', [
  agencyRole.extend(withFallback), centerRole.extend(withFallback), departmentHead.extend(withFallback), person.extend(withFallback),
]);
export type BaseRule = z.infer<typeof baseRule>;
export type AssigneeRule = z.infer<typeof assigneeRule>;

/** A step applies only when the business object matches (all given bounds hold). */
export const stepCondition = z.strictObject({
  amountFenMin: z.number().int().min(0).optional(),
  amountFenMax: z.number().int().min(0).optional(),
  kinds: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
});
export type StepCondition = z.infer<typeof stepCondition>;

export const parallelModes = ['all', 'any'] as const;
export type ParallelMode = (typeof parallelModes)[number];

export const stepDef = z.strictObject({
  name: z.string().trim().min(1).max(64),
  /** One rule = one approver party; several = a parallel step. */
  assignees: z.array(assigneeRule).min(1).max(10),
  /** With several parties: 'all' must approve (会签) or 'any' may approve (或签). */
  mode: z.enum(parallelModes).default('all'),
  condition: stepCondition.optional(),
  /** Hours until the reminder; escalation after the same period again. None: no SLA. */
  slaHours: z.number().positive().max(24 * 90).optional(),
});
export type StepDef = z.infer<typeof stepDef>;

export const stepList = z.array(stepDef).min(1).max(20);

/** Facts of the business object that conditions look at. */
export interface Subject {
  amountFen?: number | null;
  kind?: string | null;
}

export function conditionHolds(c: StepCondition | undefined, s: Subject): boolean {
  if (!c) return true;
  const amount = s.amountFen ?? 0;
  if (c.amountFenMin !== undefined && amount < c.amountFenMin) return false;
  if (c.amountFenMax !== undefined && amount > c.amountFenMax) return false;
  if (c.kinds?.length && !(s.kind && c.kinds.includes(s.kind))) return false;
  return true;
}

/** The index of the first step at or after `from` whose condition holds, or -1. */
export function nextApplicableStep(steps: readonly StepDef[], from: number, subject: Subject): number {
  for (let i = Math.max(0, from); i < steps.length; i++) if (conditionHolds(steps[i]!.condition, subject)) return i;
  return -1;
}

/** Whether a step is complete, given which parties have an approved task. */
export function stepComplete(step: StepDef, approvedParties: ReadonlySet<number>): boolean {
  if (step.assignees.length <= 1 || step.mode === 'any') return approvedParties.size > 0;
  return step.assignees.every((_, p) => approvedParties.has(p));
}

const HOUR = 3_600_000;

/** Due instant of a task created at `now` (reminder) and the escalation instant (one period later). */
export function slaInstants(step: StepDef, now: Date): { dueAt: Date | null; escalateAt: Date | null } {
  if (!step.slaHours) return { dueAt: null, escalateAt: null };
  return { dueAt: new Date(now.getTime() + step.slaHours * HOUR), escalateAt: new Date(now.getTime() + 2 * step.slaHours * HOUR) };
}
