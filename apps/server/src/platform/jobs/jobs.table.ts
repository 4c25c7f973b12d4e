import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per registered job. A process runs a job only while it holds the row's lease
 * (`lease_owner`, `lease_until`), taken with `FOR UPDATE SKIP LOCKED`.
 */
export const scheduledJobs = pgTable('platform_job', {
  name: text('name').primaryKey(),
  cron: text('cron').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  /** When the job is due next: the next cron slot, or the time of the next retry. */
  nextRunAt: ts('next_run_at').notNull(),
  /** The slot being retried after a failed attempt; null = the next run is the slot `next_run_at`. */
  retrySlot: ts('retry_slot'),
  leaseOwner: text('lease_owner'),
  leaseUntil: ts('lease_until'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [index('platform_job_due_idx').on(t.nextRunAt)]);

/** One row per slot (or manual run): the unique (job, slot) makes a slot run at most once. */
export const scheduledJobRuns = pgTable('platform_job_run', {
  id: idColumn(),
  jobName: text('job_name').notNull().references(() => scheduledJobs.name),
  scheduledFor: ts('scheduled_for').notNull(),
  /** 'schedule' or 'manual' (run now from the console or the command line). */
  trigger: text('trigger').notNull().default('schedule'),
  /** running | retrying | succeeded | failed | skipped */
  status: text('status').notNull(),
  attempt: integer('attempt').notNull().default(1),
  startedAt: ts('started_at').notNull().defaultNow(),
  finishedAt: ts('finished_at'),
  runBy: text('run_by'),
  error: text('error'),
  triggeredBy: uuid('triggered_by'),
}, (t) => [
  uniqueIndex('platform_job_run_slot_uq').on(t.jobName, t.scheduledFor),
  index('platform_job_run_started_idx').on(t.jobName, t.startedAt),
  index('platform_job_run_open_idx').on(t.status).where(sql`status in ('running', 'retrying')`),
]);
