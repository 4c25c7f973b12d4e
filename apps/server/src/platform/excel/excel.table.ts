import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';

/**
 * One upload through the import framework (see README.md). `status` moves
 * validating → invalid | ready → committing → done | failed. `checkpoint` is the last sheet row whose
 * validation is saved (errors included), so an interrupted validation resumes after it.
 */
export const importJobs = pgTable('platform_import_job', {
  id: idColumn(),
  /** The definition's name, e.g. 'org.person'. */
  name: text('name').notNull(),
  status: text('status').notNull().default('validating'),
  /** Data rows in the file (known once validation has finished). */
  totalRows: integer('total_rows').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  /** Rows processed by the current phase (validation or commit). */
  progress: integer('progress').notNull().default(0),
  /** Last sheet row whose validation is saved; 0 before the first batch. */
  checkpoint: integer('checkpoint').notNull().default(0),
  createdBy: uuid('created_by'),
  actorName: text('actor_name').notNull(),
  actorIp: text('actor_ip'),
  /** The uploader's scopes for the definition's permission, used by the background validation. */
  scopes: jsonb('scopes').notNull(),
  /** The stored upload (a temporary file the framework owns; removed when the job is done). */
  filePath: text('file_path').notNull(),
  originalName: text('original_name'),
  /** Rows created by the commit. */
  created: integer('created'),
  /** Why the job failed (not row errors: those are in platform_import_error). */
  failure: text('failure'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('platform_import_job_status_idx').on(t.status, t.updatedAt),
  index('platform_import_job_created_by_idx').on(t.createdBy, t.createdAt),
]);

/** Every row error of a job (row = sheet row number, column = the header text). */
export const importErrors = pgTable('platform_import_error', {
  id: idColumn(),
  jobId: uuid('job_id').notNull().references(() => importJobs.id, { onDelete: 'cascade' }),
  row: integer('row').notNull(),
  column: text('column').notNull(),
  message: text('message').notNull(),
}, (t) => [
  index('platform_import_error_job_row_idx').on(t.jobId, t.row),
]);
