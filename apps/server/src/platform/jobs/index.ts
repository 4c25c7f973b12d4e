/** Scheduled jobs: cron slots that run once across all server processes on one database. */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.js';
import { createScheduler, type SchedulerOptions } from './job-scheduler.js';
import { jobsRoutes } from './jobs.routes.js';
import { createJobsQueries } from './jobs.service.js';

export { registerJobsPermissions, jobsPermissions } from './jobs.permissions.js';
export { JOB_TIME_ZONE, nextSlot } from './cron.js';
export type { JobContext, JobDefinition, JobLogger, RunResult, SchedulerOptions } from './job-scheduler.js';

export function createJobs(db: Db, opts: SchedulerOptions = {}) {
  const scheduler = createScheduler(db, opts);
  const queries = createJobsQueries(db, scheduler.has);
  const api = {
    /** `jobs.register({ name, cron, handler: async (ctx) => …, retries })` — call before or after start(). */
    register: scheduler.register,
    /** Runs a job now in this process: `{ runId, done }`, `done` settles when the handler has finished. */
    runNow: scheduler.runNow,
    /** Claims and runs every due job once, in this process (tests, maintenance). */
    runDue: scheduler.runDue,
    registered: scheduler.registered,
    list: queries.list,
    runs: queries.runs,
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(jobsRoutes(scheduler, queries), { prefix: '/api/v1/jobs' });
    },
    /** Starts the poller (idempotent). */
    start: scheduler.start,
    /** Stops the poller and waits for running jobs (idempotent). */
    stop: scheduler.stop,
  };
}

export type Jobs = ReturnType<typeof createJobs>;
export type JobsApi = Jobs['api'];
