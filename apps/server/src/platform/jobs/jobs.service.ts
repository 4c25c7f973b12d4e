import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { scheduledJobRuns as jobRuns, scheduledJobs as jobs } from './jobs.table.js';

type RunRow = typeof jobRuns.$inferSelect;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

function runOut(r: RunRow) {
  return {
    id: r.id, jobName: r.jobName, scheduledFor: r.scheduledFor.toISOString(), trigger: r.trigger as 'schedule' | 'manual',
    status: r.status as 'running' | 'retrying' | 'succeeded' | 'failed' | 'skipped', attempt: r.attempt,
    startedAt: r.startedAt.toISOString(), finishedAt: iso(r.finishedAt), runBy: r.runBy, error: r.error,
  };
}

/** Read side of the console page: jobs with their last run, and the runs of one job. */
export function createJobsQueries(db: Db, isRegistered: (name: string) => boolean) {
  async function list(limit: number, offset: number) {
    const [rows, [total]] = await Promise.all([
      db.select().from(jobs).orderBy(asc(jobs.name)).limit(limit).offset(offset),
      db.select({ n: count() }).from(jobs),
    ]);
    const names = rows.map((r) => r.name);
    const last = names.length
      ? await db.selectDistinctOn([jobRuns.jobName]).from(jobRuns).where(inArray(jobRuns.jobName, names)).orderBy(jobRuns.jobName, desc(jobRuns.startedAt))
      : [];
    const lastBy = new Map(last.map((r) => [r.jobName, r]));
    return {
      total: total?.n ?? 0,
      items: rows.map((j) => {
        const lr = lastBy.get(j.name);
        return {
          name: j.name, cron: j.cron, enabled: j.enabled, nextRunAt: j.nextRunAt.toISOString(), retrySlot: iso(j.retrySlot),
          leaseOwner: j.leaseOwner, leaseUntil: iso(j.leaseUntil), registered: isRegistered(j.name), lastRun: lr ? runOut(lr) : null,
        };
      }),
    };
  }

  async function runs(name: string, filter: { status?: string | undefined }, limit: number, offset: number) {
    const [j] = await db.select({ name: jobs.name }).from(jobs).where(eq(jobs.name, name));
    if (!j) throw errors.notFound('任务', 'Job');
    const where: SQL | undefined = and(eq(jobRuns.jobName, name), filter.status ? eq(jobRuns.status, filter.status) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select().from(jobRuns).where(where).orderBy(desc(jobRuns.startedAt), desc(jobRuns.id)).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(jobRuns).where(where),
    ]);
    return { total: total?.n ?? 0, items: rows.map(runOut) };
  }

  return { list, runs };
}

export type JobsQueries = ReturnType<typeof createJobsQueries>;
