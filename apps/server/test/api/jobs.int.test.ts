import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAuditHead } from '../../src/platform/audit/audit.service.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import type { Db } from '../../src/platform/db/types.js';
import { installErrorHandler } from '../../src/platform/http/error-handler.js';
import { createJobs, jobsPermissions } from '../../src/platform/jobs/index.js';
import { createScheduler } from '../../src/platform/jobs/job-scheduler.js';
import { openTestDatabase } from '../helpers/test-db.js';

type Row = Record<string, unknown>;
const rows = async (db: Db, q: ReturnType<typeof sql>) => (await db.execute(q) as unknown as { rows: Row[] }).rows;
const makeDue = (db: Db, name: string) => db.execute(sql`update platform_job set next_run_at = now() - interval '1 second', retry_slot = null, lease_owner = null, lease_until = null where name = ${name}`);

describe('scheduled jobs', () => {
  let database: Database & { url?: string };
  let db: Db;
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    await ensureAuditHead(db);
  });
  afterAll(async () => { await database.close(); });

  it('a job scheduled every second runs once per slot with two server processes on one PostgreSQL (one process on the embedded database)', async () => {
    // Two processes = two schedulers, each with its own connection pool to the same database.
    const second = database.kind === 'postgres' ? await openDatabase({ databaseUrl: database.url, poolSize: 4 }) : undefined;
    const dbs = second ? [db, second.db] : [db];
    const calls: Array<{ slot: number; owner: string }> = [];
    const schedulers = dbs.map((d, i) => {
      const s = createScheduler(d, { owner: `process-${i + 1}`, pollMs: 50 });
      s.register({ name: 'test.every-second', cron: '* * * * * *', handler: async (ctx) => { calls.push({ slot: ctx.scheduledFor.getTime(), owner: `process-${i + 1}` }); await sleep(120); } });
      return s;
    });
    try {
      for (const s of schedulers) s.start();
      await sleep(5000);
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
      await second?.close();
    }
    const slots = calls.map((c) => c.slot).sort((a, b) => a - b);
    expect(slots.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots.every((t) => t % 1000 === 0)).toBe(true);
    // Successive runs are successive seconds: no slot ran twice, and none was dropped while both were polling.
    const gaps = slots.slice(1).map((t, i) => t - slots[i]!);
    expect(gaps.filter((g) => g !== 1000).length).toBeLessThanOrEqual(1);
    const recorded = await rows(db, sql`select scheduled_for, status, attempt from platform_job_run where job_name = 'test.every-second'`);
    expect(recorded.length).toBe(slots.length);
    expect(recorded.every((r) => r.status === 'succeeded' && Number(r.attempt) === 1)).toBe(true);
    console.info(`every-second job: ${slots.length} slots, by ${[...new Set(calls.map((c) => c.owner))].join(' and ')}`);
  }, 30_000);

  it('concurrent claims of a due job: exactly one process gets it', async () => {
    const second = database.kind === 'postgres' ? await openDatabase({ databaseUrl: database.url, poolSize: 2 }) : undefined;
    const a = createScheduler(db, { owner: 'a' });
    const b = createScheduler(second?.db ?? db, { owner: 'b' });
    for (const s of [a, b]) s.register({ name: 'test.race', cron: '0 3 * * *', handler: async () => {} });
    try {
      await a.sync();
      await b.sync();
      for (let round = 0; round < 10; round += 1) {
        await makeDue(db, 'test.race');
        const got = (await Promise.all([a.claim(), b.claim(), a.claim(), b.claim()])).filter(Boolean);
        expect(got.length).toBe(1);
      }
    } finally {
      await second?.close();
    }
  });

  it('the unique slot guard: a leased job is not claimed again, and a finished slot never runs twice', async () => {
    const s = createScheduler(db, { owner: 'guard' });
    let calls = 0;
    s.register({ name: 'test.guard', cron: '0 3 * * *', handler: async () => { calls += 1; } });
    await s.sync();
    await makeDue(db, 'test.guard');
    const first = await s.claim();
    expect(first).not.toBeNull();
    expect(await s.claim()).toBeNull();
    expect(await s.execute(first!)).toMatchObject({ status: 'succeeded' });
    const [job] = await rows(db, sql`select next_run_at, lease_owner from platform_job where name = 'test.guard'`);
    expect(new Date(job!.next_run_at as string).getTime()).toBeGreaterThan(Date.now());
    expect(job!.lease_owner).toBeNull();
    // A process with a stale view puts the same slot back and claims it: the run row refuses it.
    await db.execute(sql`update platform_job set next_run_at = ${first!.slot} where name = 'test.guard'`);
    const again = await s.claim();
    expect(again!.slot.getTime()).toBe(first!.slot.getTime());
    expect(await s.execute(again!)).toMatchObject({ status: 'skipped' });
    expect(calls).toBe(1);
    const runs = await rows(db, sql`select count(*)::int as n from platform_job_run where job_name = 'test.guard'`);
    expect(runs[0]!.n).toBe(1);
  });

  it('a slot whose process died is taken over when the lease expires', async () => {
    const dead = createScheduler(db, { owner: 'dead' });
    const alive = createScheduler(db, { owner: 'alive' });
    const seen: number[] = [];
    for (const s of [dead, alive]) s.register({ name: 'test.takeover', cron: '0 3 * * *', handler: async (ctx) => { seen.push(ctx.attempt); } });
    await dead.sync();
    await makeDue(db, 'test.takeover');
    const c = await dead.claim();
    // The dead process had opened its run row, then vanished without a heartbeat.
    await db.execute(sql`insert into platform_job_run (id, job_name, scheduled_for, status, attempt, run_by) values (gen_random_uuid(), 'test.takeover', ${c!.slot}, 'running', 1, 'dead')`);
    expect(await alive.claim()).toBeNull();
    await db.execute(sql`update platform_job set lease_until = now() - interval '1 second' where name = 'test.takeover'`);
    const taken = await alive.claim();
    expect(taken!.slot.getTime()).toBe(c!.slot.getTime());
    expect(await alive.execute(taken!)).toMatchObject({ status: 'succeeded' });
    expect(seen).toEqual([2]);
    const [run] = await rows(db, sql`select status, attempt, run_by from platform_job_run where job_name = 'test.takeover'`);
    expect(run).toMatchObject({ status: 'succeeded', attempt: 2, run_by: 'alive' });
  });

  it('retries a failed slot with exponential back-off, then gives up after the last attempt', async () => {
    const s = createScheduler(db, { owner: 'retry' });
    let flaky = 0;
    s.register({ name: 'test.flaky', cron: '0 4 * * *', retries: 2, backoffMs: 400, handler: async () => { flaky += 1; if (flaky < 3) throw new Error(`失败 ${flaky}`); } });
    s.register({ name: 'test.broken', cron: '0 5 * * *', retries: 1, backoffMs: 100, handler: async () => { throw new Error('always'); } });
    await s.sync();
    await makeDue(db, 'test.flaky');
    const [r1] = await s.runDue();
    expect(r1).toMatchObject({ status: 'retrying', error: '失败 1' });
    const [j1] = await rows(db, sql`select retry_slot, next_run_at - now() as wait from platform_job where name = 'test.flaky'`);
    expect(j1!.retry_slot).not.toBeNull();
    expect(await s.runDue()).toEqual([]); // not due before the back-off has passed
    await sleep(450);
    expect((await s.runDue())[0]).toMatchObject({ status: 'retrying' });
    await sleep(450);
    expect(await s.runDue()).toEqual([]); // the second back-off is twice the first: 800 ms
    await sleep(450);
    expect((await s.runDue())[0]).toMatchObject({ status: 'succeeded' });
    const runs = await rows(db, sql`select status, attempt, error from platform_job_run where job_name = 'test.flaky'`);
    expect(runs).toEqual([{ status: 'succeeded', attempt: 3, error: null }]);
    const [j2] = await rows(db, sql`select retry_slot from platform_job where name = 'test.flaky'`);
    expect(j2!.retry_slot).toBeNull();

    await makeDue(db, 'test.broken');
    expect((await s.runDue())[0]).toMatchObject({ status: 'retrying' });
    await sleep(150);
    expect((await s.runDue())[0]).toMatchObject({ status: 'failed', error: 'always' });
    const [b] = await rows(db, sql`select retry_slot, next_run_at > now() as future from platform_job where name = 'test.broken'`);
    expect(b).toMatchObject({ retry_slot: null, future: true });
  });

  it('cron is read in Asia/Shanghai; the console API lists jobs with their last run and runs one now', async () => {
    const jobs = createJobs(db, { owner: 'api' });
    let manual = 0;
    jobs.api.register({ name: 'test.nightly', cron: '0 2 * * *', handler: async (ctx) => { if (ctx.trigger === 'manual') manual += 1; } });
    expect(() => jobs.api.register({ name: 'test.bad', cron: 'every day', handler: async () => {} })).toThrow(/invalid cron/);
    const app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installErrorHandler(app);
    const permissions: Record<string, string | undefined> = {};
    app.addHook('onRoute', (r) => { permissions[`${String(r.method)} ${r.url}`] = (r.config as { permission?: string } | undefined)?.permission; });
    // why: sign-in and permission checks belong to the access hook, tested in the API suites; here a fixed system administrator.
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (req) => { req.auth = { accountId: '01900000-0000-7000-8000-000000000001', username: 'sysadmin' } as never; });
    await jobs.registerRoutes(app);
    await app.ready();
    try {
      expect(permissions['GET /api/v1/jobs']).toBe(jobsPermissions.jobRead);
      expect(permissions['POST /api/v1/jobs/:name/run-now']).toBe(jobsPermissions.jobRun);
      await jobs.api.runDue(); // syncs the registration
      const list = (await app.inject({ method: 'GET', url: '/api/v1/jobs?pageSize=200' })).json() as { items: Array<{ name: string; nextRunAt: string; registered: boolean; lastRun: unknown }>; total: number };
      const nightly = list.items.find((j) => j.name === 'test.nightly')!;
      expect(nightly.registered).toBe(true);
      // 02:00 in Shanghai is 18:00 UTC, whatever the process time zone (the suite runs with TZ=UTC).
      expect(new Date(nightly.nextRunAt).getUTCHours()).toBe(18);
      expect(list.items.find((j) => j.name === 'test.guard')!.registered).toBe(false);

      const res = await app.inject({ method: 'POST', url: '/api/v1/jobs/test.nightly/run-now' });
      expect(res.statusCode).toBe(202);
      const { runId } = res.json() as { runId: string };
      for (let i = 0; i < 50 && manual === 0; i += 1) await sleep(20);
      await sleep(50);
      const runs = (await app.inject({ method: 'GET', url: '/api/v1/jobs/test.nightly/runs' })).json() as { items: Array<{ id: string; trigger: string; status: string }>; total: number };
      expect(runs.items[0]).toMatchObject({ id: runId, trigger: 'manual', status: 'succeeded' });
      const audit = await rows(db, sql`select object_id from platform_audit_log where action = 'platform.job.run-now'`);
      expect(audit.map((a) => a.object_id)).toContain('test.nightly');
      expect((await app.inject({ method: 'POST', url: '/api/v1/jobs/nope/run-now' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/v1/jobs/nope/runs' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});

