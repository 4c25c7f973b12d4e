import { z } from 'zod';
import { listQuery } from '../http/paging.js';

export const jobRunStatus = z.enum(['running', 'retrying', 'succeeded', 'failed', 'skipped']);

export const jobRun = z.object({
  id: z.string(),
  jobName: z.string(),
  scheduledFor: z.iso.datetime({ offset: true }),
  trigger: z.enum(['schedule', 'manual']),
  status: jobRunStatus,
  attempt: z.number().int(),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  runBy: z.string().nullable(),
  error: z.string().nullable(),
}).meta({ id: 'JobRun' });

export const job = z.object({
  name: z.string(),
  cron: z.string(),
  enabled: z.boolean(),
  nextRunAt: z.iso.datetime({ offset: true }),
  /** Set while a retry of a failed slot is pending. */
  retrySlot: z.iso.datetime({ offset: true }).nullable(),
  leaseOwner: z.string().nullable(),
  leaseUntil: z.iso.datetime({ offset: true }).nullable(),
  /** Whether this server process knows the job (has its handler). */
  registered: z.boolean(),
  lastRun: jobRun.nullable(),
}).meta({ id: 'Job' });

export const jobListQuery = z.object({ page: listQuery.page, pageSize: listQuery.pageSize });
export const jobRunListQuery = z.object({ page: listQuery.page, pageSize: listQuery.pageSize, status: jobRunStatus.optional() });
export const jobNameParams = z.object({ name: z.string().min(1).max(200) });
export const runNowResult = z.object({ runId: z.string() });
