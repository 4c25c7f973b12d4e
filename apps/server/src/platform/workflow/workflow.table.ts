import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/auth.table.js';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';
import { agencies, departments, people, regions } from '../org/org.table.js';
import type { StepDef, Subject } from './workflow.model.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const fileIds = (name: string) => uuid(name).array().notNull().default(sql`'{}'::uuid[]`);

/** A process definition of a business type, for all regions (`region_id` null) or one region and its children. */
export const wfDefinitions = pgTable('platform_wf_definition', {
  id: idColumn(),
  businessType: text('business_type').notNull(),
  regionId: uuid('region_id').references(() => regions.id),
  name: text('name').notNull(),
  description: text('description'),
  /** Ordered steps (assignee rules, condition, parallel mode, SLA); copied into each instance on submit. */
  steps: jsonb('steps').$type<StepDef[]>().notNull(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('platform_wf_definition_type_idx').on(t.businessType, t.active), index('platform_wf_definition_region_idx').on(t.regionId)]);

export const instanceStatuses = ['running', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type InstanceStatus = (typeof instanceStatuses)[number];

/** One run of a definition for one business object. */
export const wfInstances = pgTable('platform_wf_instance', {
  id: idColumn(),
  definitionId: uuid('definition_id').notNull().references(() => wfDefinitions.id),
  definitionVersion: integer('definition_version').notNull(),
  businessType: text('business_type').notNull(),
  businessId: text('business_id').notNull(),
  title: text('title').notNull(),
  /** Facts of the business object that step conditions look at (amountFen, kind). */
  subject: jsonb('subject').$type<Subject>().notNull(),
  /** The definition's steps as they were on submit: later edits do not change running instances. */
  steps: jsonb('steps').$type<StepDef[]>().notNull(),
  applicantAccountId: uuid('applicant_account_id').notNull().references(() => accounts.id),
  applicantPersonId: uuid('applicant_person_id').notNull().references(() => people.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  departmentId: uuid('department_id').references(() => departments.id),
  status: text('status').$type<InstanceStatus>().notNull(),
  /** Index of the current step; -1 before the first and after the last. */
  currentStep: integer('current_step').notNull().default(-1),
  /** Incremented on every resubmission after a return. */
  round: integer('round').notNull().default(1),
  finishedAt: instant('finished_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('platform_wf_instance_business_idx').on(t.businessType, t.businessId),
  index('platform_wf_instance_applicant_idx').on(t.applicantAccountId, t.status),
  index('platform_wf_instance_agency_idx').on(t.agencyId),
  index('platform_wf_instance_definition_idx').on(t.definitionId),
  index('platform_wf_instance_person_idx').on(t.applicantPersonId),
  index('platform_wf_instance_department_idx').on(t.departmentId),
]);

export const taskStatuses = ['open', 'approved', 'rejected', 'returned', 'delegated', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** A task of one account in one step; `party` is the index of the step's assignee rule it came from. */
export const wfTasks = pgTable('platform_wf_task', {
  id: idColumn(),
  instanceId: uuid('instance_id').notNull().references(() => wfInstances.id),
  stepIndex: integer('step_index').notNull(),
  party: integer('party').notNull(),
  round: integer('round').notNull(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  status: text('status').$type<TaskStatus>().notNull().default('open'),
  /** How the assignee was found: rule, fallback, no-assignee, delegated, escalated. */
  via: text('via').notNull(),
  delegatedFromTaskId: uuid('delegated_from_task_id'),
  dueAt: instant('due_at'),
  escalateAt: instant('escalate_at'),
  remindedAt: instant('reminded_at'),
  escalatedAt: instant('escalated_at'),
  actedAt: instant('acted_at'),
  comment: text('comment'),
  createdAt: createdAt(),
}, (t) => [
  index('platform_wf_task_account_idx').on(t.accountId, t.status),
  index('platform_wf_task_instance_idx').on(t.instanceId, t.stepIndex),
  index('platform_wf_task_due_idx').on(t.status, t.dueAt),
  index('platform_wf_task_escalate_idx').on(t.status, t.escalateAt),
]);

/** The timeline of an instance: every action, reminder and escalation, in order. */
export const wfEvents = pgTable('platform_wf_event', {
  id: idColumn(),
  instanceId: uuid('instance_id').notNull().references(() => wfInstances.id),
  at: instant('at').notNull().defaultNow(),
  accountId: uuid('account_id'),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  stepIndex: integer('step_index'),
  taskId: uuid('task_id'),
  comment: text('comment'),
  /** File ids (the files engine comes later). */
  attachmentIds: fileIds('attachment_ids'),
  details: jsonb('details').$type<Record<string, unknown>>(),
}, (t) => [index('platform_wf_event_instance_idx').on(t.instanceId, t.at)]);

export const requestStatuses = ['pending', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** 事项申请: the generic request business type (`platform.request`) the engine registers itself. */
export const wfRequests = pgTable('platform_wf_request', {
  id: idColumn(),
  title: text('title').notNull(),
  kind: text('kind').notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }),
  description: text('description'),
  attachmentIds: fileIds('attachment_ids'),
  applicantAccountId: uuid('applicant_account_id').notNull().references(() => accounts.id),
  applicantPersonId: uuid('applicant_person_id').notNull().references(() => people.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  departmentId: uuid('department_id').references(() => departments.id),
  status: text('status').$type<RequestStatus>().notNull(),
  instanceId: uuid('instance_id'),
  decidedAt: instant('decided_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('platform_wf_request_applicant_idx').on(t.applicantAccountId),
  index('platform_wf_request_agency_idx').on(t.agencyId),
  index('platform_wf_request_person_idx').on(t.applicantPersonId),
  index('platform_wf_request_department_idx').on(t.departmentId),
  index('platform_wf_request_status_idx').on(t.status),
]);
