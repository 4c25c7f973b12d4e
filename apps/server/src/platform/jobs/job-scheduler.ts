import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { newId } from '../db/columns.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { assertCron, backoffMs, nextSlot } from './cron.js';

export interface JobLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface JobContext {
  name: string;
  /** The cron slot this run stands for (for a manual run: when it was asked for). */
  scheduledFor: Date;
  attempt: number;
  runId: string;
  trigger: 'schedule' | 'manual';
  db: Db;
  log: JobLogger;
}

export interface JobDefinition {
  /** Stable name, e.g. 'platform.notify.purge-outbox'. */
  name: string;
  /** 5 fields (min hour dom mon dow) or 6 with seconds first; Asia/Shanghai time. */
  cron: string;
  handler: (ctx: JobContext) => Promise<void>;
  /** Further attempts after a failed one (default 3). */
  retries?: number;
  /** First back-off (default 30 s), doubled per attempt up to `maxBackoffMs` (default 1 h). */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export interface SchedulerOptions {
  log?: JobLogger;
  /** Names this process in `lease_owner` and `run_by`; default host:pid:random. */
  owner?: string;
  pollMs?: number;
  /** How long a claim is held without a heartbeat (default 60 s); renewed every third of it. */
  leaseMs?: number;
  /** Jobs this process runs at the same time (default 4). */
  concurrency?: number;
}

export interface Claim {
  name: string;
  token: string;
  slot: Date;
  retry: boolean;
}

export interface RunResult {
  runId: string;
  status: 'succeeded' | 'failed' | 'retrying' | 'skipped';
  error?: string;
}

const silent: JobLogger = { info() {}, warn() {}, error() {} };
type Row = Record<string, unknown>;
const rowsOf = (r: unknown): Row[] => (r as { rows: Row[] }).rows;
const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 2000);

/** Cron jobs that run once per slot across all processes on one database. */
export function createScheduler(db: Db, opts: SchedulerOptions = {}) {
  const log = opts.log ?? silent;
  const owner = opts.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 60_000;
  const concurrency = opts.concurrency ?? 4;
  const defs = new Map<string, Required<JobDefinition>>();
  const unsynced = new Set<string>();
  const inflight = new Set<Promise<unknown>>();
  let claims = 0;
  let timer: NodeJS.Timeout | undefined;
  let pumping: Promise<void> | undefined;
  let stopping = false;

  async function dbNow(tx: Db = db): Promise<Date> {
    return asDate(rowsOf(await tx.execute(sql`select now() as now`))[0]!.now);
  }

  function register(def: JobDefinition): void {
    if (defs.has(def.name)) throw new Error(`job ${def.name} registered twice`);
    assertCron(def.cron);
    defs.set(def.name, { retries: 3, backoffMs: 30_000, maxBackoffMs: 3_600_000, ...def });
    unsynced.add(def.name);
  }

  /** Writes registered jobs to `platform_job`; a changed cron restarts the schedule from now. */
  async function sync(): Promise<void> {
    if (!unsynced.size) return;
    const now = await dbNow();
    for (const name of [...unsynced]) {
      const def = defs.get(name)!;
      await db.execute(sql`
        insert into platform_job (name, cron, next_run_at) values (${name}, ${def.cron}, ${nextSlot(def.cron, now)})
        on conflict (name) do update set cron = excluded.cron, updated_at = now(),
          next_run_at = case when platform_job.cron = excluded.cron then platform_job.next_run_at else excluded.next_run_at end,
          retry_slot = case when platform_job.cron = excluded.cron then platform_job.retry_slot end`);
      unsynced.delete(name);
    }
  }

  /** Takes the lease of one due job of this process, or returns null. Two processes never get the same row. */
  async function claim(): Promise<Claim | null> {
    if (!defs.size) return null;
    const token = `${owner}#${(claims += 1)}`;
    const rows = rowsOf(await db.execute(sql`
      update platform_job set lease_owner = ${token}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval, updated_at = now()
      where name = (
        select name from platform_job
        where enabled and next_run_at <= now() and (lease_until is null or lease_until < now())
          and name = any(${sql.param([...defs.keys()])}::text[])
        order by next_run_at limit 1 for update skip locked)
      returning name, next_run_at, retry_slot`));
    const r = rows[0];
    if (!r) return null;
    return { name: String(r.name), token, slot: asDate(r.retry_slot ?? r.next_run_at), retry: r.retry_slot != null };
  }

  /** Runs a claimed slot: opens (or takes over) its run row, calls the handler, records the outcome, advances the job. */
  async function execute(c: Claim): Promise<RunResult> {
    const def = defs.get(c.name)!;
    const opened = rowsOf(await db.execute(sql`
      insert into platform_job_run (id, job_name, scheduled_for, trigger, status, attempt, run_by)
      values (${newId()}, ${c.name}, ${c.slot}, 'schedule', 'running', 1, ${owner})
      on conflict (job_name, scheduled_for) do update
        set status = 'running', attempt = platform_job_run.attempt + 1, started_at = now(), finished_at = null, run_by = excluded.run_by
        where platform_job_run.status in ('running', 'retrying')
      returning id, attempt`))[0];
    if (!opened) {
      // The slot already finished (another process ran it): never run it twice, just move on.
      await release(c, def, 'advance');
      return { runId: '', status: 'skipped' };
    }
    const runId = String(opened.id);
    const attempt = Number(opened.attempt);
    const maxAttempts = def.retries + 1;
    let error: string | undefined;
    if (attempt > maxAttempts) {
      error = `gave up after ${maxAttempts} attempts (the last holder stopped without finishing)`;
    } else {
      const beat = setInterval(() => {
        void db.execute(sql`update platform_job set lease_until = now() + ${`${leaseMs} milliseconds`}::interval where name = ${c.name} and lease_owner = ${c.token}`)
          .catch((e: unknown) => log.warn({ job: c.name, err: message(e) }, 'job lease renewal failed'));
      }, Math.max(50, Math.floor(leaseMs / 3)));
      beat.unref();
      try {
        await def.handler({ name: c.name, scheduledFor: c.slot, attempt, runId, trigger: 'schedule', db, log });
      } catch (e) {
        error = message(e);
      } finally {
        clearInterval(beat);
      }
    }
    const retry = error !== undefined && attempt < maxAttempts;
    const status = error === undefined ? 'succeeded' : retry ? 'retrying' : 'failed';
    await db.transaction(async (tx) => {
      await tx.execute(sql`update platform_job_run set status = ${status}, finished_at = now(), error = ${error ?? null} where id = ${runId}`);
      await release(c, def, retry ? 'retry' : 'advance', tx, attempt);
    });
    if (error !== undefined) log.warn({ job: c.name, slot: c.slot.toISOString(), attempt, err: error }, retry ? 'job failed, will retry' : 'job failed');
    return { runId, status, ...(error !== undefined ? { error } : {}) };
  }

  /** Frees the lease and sets when the job is due: the retry time, or the next cron slot after the later of slot and now. */
  async function release(c: Claim, def: Required<JobDefinition>, mode: 'retry' | 'advance', tx: Db = db, attempt = 0): Promise<void> {
    let res;
    if (mode === 'retry') {
      res = await tx.execute(sql`
        update platform_job set next_run_at = now() + ${`${backoffMs(attempt, def.backoffMs, def.maxBackoffMs)} milliseconds`}::interval,
          retry_slot = ${c.slot}, lease_owner = null, lease_until = null, updated_at = now()
        where name = ${c.name} and lease_owner = ${c.token} returning name`);
    } else {
      const now = await dbNow(tx);
      const next = nextSlot(def.cron, c.slot > now ? c.slot : now);
      res = await tx.execute(sql`
        update platform_job set next_run_at = ${next}, retry_slot = null, lease_owner = null, lease_until = null, updated_at = now()
        where name = ${c.name} and lease_owner = ${c.token} returning name`);
    }
    if (!rowsOf(res).length) log.warn({ job: c.name, slot: c.slot.toISOString() }, 'job lease was lost before the run finished');
  }

  /** Claims and runs due jobs one after another until none is due (tests, the command line). */
  async function runDue(): Promise<RunResult[]> {
    await sync();
    const out: RunResult[] = [];
    for (let c = await claim(); c; c = await claim()) out.push(await execute(c));
    return out;
  }

  /** Runs a job at once, outside its schedule, in this process; one attempt, recorded as a manual run. */
  async function runNow(name: string, actor?: Actor): Promise<{ runId: string; done: Promise<RunResult> }> {
    const def = defs.get(name);
    if (!def) throw errors.notFound('任务', 'Job');
    await sync();
    const runId = newId();
    const scheduledFor = await db.transaction(async (tx) => {
      const r = rowsOf(await tx.execute(sql`
        insert into platform_job_run (id, job_name, scheduled_for, trigger, status, attempt, run_by, triggered_by)
        values (${runId}, ${name}, clock_timestamp(), 'manual', 'running', 1, ${owner}, ${actor?.accountId ?? null})
        on conflict (job_name, scheduled_for) do nothing returning scheduled_for`))[0];
      if (!r) throw errors.conflict('JOB_RUN_COLLIDES', '该任务刚刚启动过一次，请稍后再试', 'A run of this job started at the same instant; try again');
      if (actor) await appendAudit(tx, actor, { action: 'platform.job.run-now', objectType: 'platform.job', objectId: name, after: { runId } });
      return asDate(r.scheduled_for);
    });
    const done = (async (): Promise<RunResult> => {
      let error: string | undefined;
      try {
        await def.handler({ name, scheduledFor, attempt: 1, runId, trigger: 'manual', db, log });
      } catch (e) {
        error = message(e);
      }
      const status = error === undefined ? 'succeeded' : 'failed';
      await db.execute(sql`update platform_job_run set status = ${status}, finished_at = now(), error = ${error ?? null} where id = ${runId}`);
      return { runId, status, ...(error !== undefined ? { error } : {}) };
    })();
    return { runId, done };
  }

  async function pump(): Promise<void> {
    try {
      await sync();
      while (!stopping && inflight.size < concurrency) {
        const c = await claim();
        if (!c) break;
        const p: Promise<unknown> = execute(c)
          .catch((e: unknown) => log.error({ job: c.name, err: message(e) }, 'job bookkeeping failed'))
          .finally(() => inflight.delete(p));
        inflight.add(p);
      }
    } catch (e) {
      log.error({ err: message(e) }, 'job poll failed');
    }
  }

  return {
    owner, register, sync, claim, execute, runDue, runNow,
    registered: () => [...defs.keys()],
    has: (name: string) => defs.has(name),
    /** Starts polling (an unref'd interval: it never keeps the process alive). */
    start(): void {
      if (timer) return;
      stopping = false;
      const tick = () => {
        if (!pumping) pumping = pump().finally(() => { pumping = undefined; });
      };
      timer = setInterval(tick, pollMs);
      timer.unref();
      tick();
    },
    /** Stops polling and waits for the runs in progress. */
    async stop(): Promise<void> {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await pumping;
      await Promise.allSettled([...inflight]);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
