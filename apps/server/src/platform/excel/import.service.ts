import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, asc, count, eq, gt, lt, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { newId } from '../db/columns.js';
import type { Db } from '../db/types.js';
import { AppError, errors as httpErrors } from '../http/errors.js';
import type { Scope } from '../rbac/scope.js';
import { importErrors, importJobs } from './excel.table.js';
import { readSheetBatches } from './import.reader.js';
import { checkRow, headerErrors, rememberKeys, SeenKeys } from './import.rows.js';
import type { AnyImportDefinition, ImportContext, ParsedRow, RowError } from './import.types.js';

export const BATCH_SIZE = 1000;
export const FIRST_ERRORS = 500;

export interface ImportServiceDeps {
  db: Db;
  /** DATA_DIR: uploads go to DATA_DIR/imports. Without it a temporary folder is used. */
  dataDir?: string | undefined;
  log?: { warn: (o: unknown, msg?: string) => void; error: (o: unknown, msg?: string) => void } | undefined;
  /** Upload size limit (default 100 MB). */
  maxBytes?: number;
  /** A validation whose job row has not moved for this long is considered dead and resumed (default 2 min). */
  staleAfterMs?: number;
}

type Job = typeof importJobs.$inferSelect;

class RevalidationFailed extends Error {
  constructor(readonly rowErrors: RowError[]) { super('rows became invalid before commit'); }
}

const lockKey = (jobId: string) => sql`hashtextextended(${jobId}, 0)`;

export function createImportService(deps: ImportServiceDeps) {
  const { db } = deps;
  const defs = new Map<string, AnyImportDefinition>();
  const dir = deps.dataDir ? path.join(deps.dataDir, 'imports') : fs.mkdtempSync(path.join(os.tmpdir(), 'zd-imports-'));
  const temporaryDir = !deps.dataDir;
  /** Progress of commits running in this process (their job row is only written when the transaction ends). */
  const live = new Map<string, number>();
  const running = new Set<Promise<void>>();

  function define(def: AnyImportDefinition): void {
    if (defs.has(def.name)) throw new Error(`import ${def.name} is already defined`);
    defs.set(def.name, def);
  }
  function definition(name: string): AnyImportDefinition {
    const d = defs.get(name);
    if (!d) throw httpErrors.notFound('导入类型', 'Import type');
    return d;
  }

  /** Runs work in the background of this process, recording an unexpected failure on the job. */
  function kick(jobId: string, work: () => Promise<void>): Promise<void> {
    const p = work().catch(async (e: unknown) => {
      deps.log?.error({ err: e, jobId }, 'import job failed');
      const failure = e instanceof AppError ? e.messageZh : '处理导入文件时出错';
      await db.update(importJobs).set({ status: 'failed', failure, updatedAt: new Date() }).where(eq(importJobs.id, jobId)).catch(() => undefined);
    }).finally(() => { running.delete(p); });
    running.add(p);
    return p;
  }

  async function saveErrors(tx: Db, jobId: string, errs: RowError[]) {
    for (let i = 0; i < errs.length; i += 1000) {
      await tx.insert(importErrors).values(errs.slice(i, i + 1000).map((e) => ({ jobId, row: e.row, column: e.column, message: e.message })));
    }
  }

  /** Stores the upload, creates the job and starts validating it in the background. */
  async function upload(name: string, actor: Actor, scopes: readonly Scope[], body: Readable | Buffer, originalName?: string) {
    const def = definition(name);
    const id = newId();
    await fs.promises.mkdir(dir, { recursive: true });
    const filePath = path.join(dir, `${id}.xlsx`);
    const max = deps.maxBytes ?? 100 * 1024 * 1024;
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        size += chunk.length;
        if (size > max) cb(new AppError(413, 'BODY_TOO_LARGE', `文件过大（上限 ${Math.round(max / 1048576)} MB）`, 'The file is too large'));
        else cb(null, chunk);
      },
    });
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, limit, fs.createWriteStream(filePath, { mode: 0o600 }));
    } catch (e) {
      await fs.promises.rm(filePath, { force: true });
      throw e;
    }
    if (size === 0) {
      await fs.promises.rm(filePath, { force: true });
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请上传 Excel（.xlsx）文件', 'Upload an .xlsx file');
    }
    await db.insert(importJobs).values({
      id, name: def.name, createdBy: actor.accountId, actorName: actor.name, actorIp: actor.ip, scopes: scopes as unknown as object,
      filePath, originalName: originalName ?? null,
    });
    const done = kick(id, () => validate(id));
    return { id, done };
  }

  /** Validation, resumable: rows up to the job's checkpoint are only re-read for duplicate keys. */
  async function validate(jobId: string): Promise<void> {
    const [job] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
    if (!job || job.status !== 'validating') return;
    const def = definition(job.name);
    const checkpoint = job.checkpoint;
    await db.delete(importErrors).where(and(eq(importErrors.jobId, jobId), gt(importErrors.row, checkpoint)));
    const [{ n: saved } = { n: 0 }] = await db.select({ n: count() }).from(importErrors).where(eq(importErrors.jobId, jobId));
    let errorCount = saved;
    let processed = checkpoint > 0 ? job.progress : 0;
    let checkedHeaders = checkpoint > 0;
    const seen = new SeenKeys();
    const ctx: ImportContext = { tx: db, actor: actorOf(job), scopes: job.scopes as Scope[], jobId };
    for await (const { headers, rows } of readSheetBatches(job.filePath, BATCH_SIZE)) {
      if (!checkedHeaders) {
        checkedHeaders = true;
        const missing = headerErrors(def, headers);
        if (missing.length) {
          await db.transaction(async (tx) => {
            await saveErrors(tx, jobId, missing);
            await tx.update(importJobs).set({ status: 'invalid', errorCount: missing.length, updatedAt: new Date() }).where(eq(importJobs.id, jobId));
          });
          return;
        }
      }
      const errs: RowError[] = [];
      const parsed: Array<ParsedRow<unknown>> = [];
      let fresh = 0;
      for (const r of rows) {
        if (r.row <= checkpoint) { rememberKeys(def, r, seen); continue; }
        fresh += 1;
        const res = checkRow(def, r, seen);
        errs.push(...res.errors);
        if (res.parsed) parsed.push(res.parsed);
      }
      if (!fresh) continue;
      if (parsed.length) errs.push(...(await def.resolve(parsed, ctx)).errors);
      processed += fresh;
      errorCount += errs.length;
      const lastRow = rows[rows.length - 1]!.row;
      await db.transaction(async (tx) => {
        await saveErrors(tx, jobId, errs);
        await tx.update(importJobs).set({ checkpoint: lastRow, progress: processed, errorCount, updatedAt: new Date() }).where(eq(importJobs.id, jobId));
      });
    }
    if (processed === 0) {
      await db.transaction(async (tx) => {
        await saveErrors(tx, jobId, [{ row: 1, column: '', message: '文件中没有数据行' }]);
        await tx.update(importJobs).set({ status: 'invalid', errorCount: 1, updatedAt: new Date() }).where(eq(importJobs.id, jobId));
      });
      return;
    }
    await db.update(importJobs).set({ status: errorCount ? 'invalid' : 'ready', totalRows: processed, progress: processed, updatedAt: new Date() }).where(eq(importJobs.id, jobId));
  }

  /**
   * The commit: ONE transaction reading the file again, re-checking each batch (references may have
   * changed since validation), inserting it in bulk and auditing it. The job becomes 'done' inside the
   * same transaction, so either everything is in or nothing is.
   */
  async function commit(jobId: string, actor: Actor, scopes: readonly Scope[]) {
    const [job] = await db.update(importJobs).set({ status: 'committing', progress: 0, updatedAt: new Date() })
      .where(and(eq(importJobs.id, jobId), eq(importJobs.status, 'ready'))).returning();
    if (!job) {
      const [cur] = await db.select({ status: importJobs.status }).from(importJobs).where(eq(importJobs.id, jobId));
      if (!cur) throw httpErrors.notFound('导入任务', 'Import job');
      throw new AppError(409, 'IMPORT_NOT_READY', `导入任务当前状态为“${statusZh[cur.status] ?? cur.status}”，只有校验通过的任务可以提交`, `The import job is ${cur.status}; only a ready job can be committed`, undefined, { status: cur.status });
    }
    const def = definition(job.name);
    live.set(jobId, 0);
    const done = kick(jobId, async () => {
      try {
        await db.transaction(async (tx) => {
          await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(jobId)})`);
          const ctx: ImportContext = { tx, actor, scopes, jobId };
          const seen = new SeenKeys();
          let created = 0;
          let index = 0;
          for await (const { rows } of readSheetBatches(job.filePath, BATCH_SIZE)) {
            if (!rows.length) continue;
            const errs: RowError[] = [];
            const parsed: Array<ParsedRow<unknown>> = [];
            for (const r of rows) {
              const res = checkRow(def, r, seen);
              errs.push(...res.errors);
              if (res.parsed) parsed.push(res.parsed);
            }
            const resolved = parsed.length ? await def.resolve(parsed, ctx) : { errors: [], rows: [] };
            errs.push(...resolved.errors);
            if (errs.length) throw new RevalidationFailed(errs);
            const ids = await def.insertBatch(tx, resolved.rows, ctx);
            index += 1;
            await appendAudit(tx, actor, def.auditSummary(ids, { jobId, index, firstRow: rows[0]!.row, lastRow: rows[rows.length - 1]!.row }));
            created += ids.length;
            live.set(jobId, created);
          }
          await tx.update(importJobs).set({ status: 'done', created, progress: created, updatedAt: new Date() }).where(eq(importJobs.id, jobId));
        });
        await fs.promises.rm(job.filePath, { force: true });
      } catch (e) {
        if (!(e instanceof RevalidationFailed)) throw e;
        await db.transaction(async (tx) => {
          await tx.delete(importErrors).where(eq(importErrors.jobId, jobId));
          await saveErrors(tx, jobId, e.rowErrors);
          await tx.update(importJobs).set({ status: 'invalid', errorCount: e.rowErrors.length, updatedAt: new Date() }).where(eq(importJobs.id, jobId));
        });
      } finally {
        live.delete(jobId);
      }
    });
    return { id: jobId, done };
  }

  async function get(jobId: string) {
    const [job] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
    if (!job) throw httpErrors.notFound('导入任务', 'Import job');
    const firstErrors = await db.select({ row: importErrors.row, column: importErrors.column, message: importErrors.message }).from(importErrors)
      .where(eq(importErrors.jobId, jobId)).orderBy(asc(importErrors.row), asc(importErrors.id)).limit(FIRST_ERRORS);
    const progress = live.get(jobId) ?? job.progress;
    return { job, view: {
      id: job.id, name: job.name, status: job.status, totalRows: job.totalRows, progress, errorCount: job.errorCount,
      created: job.created, failure: job.failure, errors: firstErrors, createdAt: job.createdAt.toISOString(), updatedAt: job.updatedAt.toISOString(),
    } };
  }

  /** Every error of a job in row order, page by page. */
  async function* allErrors(jobId: string): AsyncGenerator<RowError> {
    let after = { row: -1, id: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const page = await db.select({ id: importErrors.id, row: importErrors.row, column: importErrors.column, message: importErrors.message }).from(importErrors)
        .where(and(eq(importErrors.jobId, jobId), sql`(${importErrors.row}, ${importErrors.id}) > (${after.row}, ${after.id}::uuid)`))
        .orderBy(asc(importErrors.row), asc(importErrors.id)).limit(1000);
      yield* page;
      if (page.length < 1000) return;
      const last = page[page.length - 1]!;
      after = { row: last.row, id: last.id };
    }
  }

  /**
   * After a restart: validations that stopped moving resume from their checkpoint; a commit whose
   * process died was rolled back by the database, so its job goes back to 'ready' and can be committed again.
   */
  async function resumeInterrupted(now = new Date()): Promise<{ resumed: string[]; reset: string[] }> {
    const stale = new Date(now.getTime() - (deps.staleAfterMs ?? 120_000));
    const validating = await db.select({ id: importJobs.id }).from(importJobs).where(and(eq(importJobs.status, 'validating'), lt(importJobs.updatedAt, stale)));
    const committing = await db.select({ id: importJobs.id }).from(importJobs).where(eq(importJobs.status, 'committing'));
    const reset: string[] = [];
    for (const { id } of committing) {
      if (live.has(id)) continue;
      const freed = await db.transaction(async (tx) => {
        const r: unknown = await tx.execute(sql`select pg_try_advisory_xact_lock(${lockKey(id)}) as free`);
        const free = (((r as { rows?: unknown[] }).rows ?? r) as Array<{ free: boolean }>)[0]?.free === true;
        if (free) await tx.update(importJobs).set({ status: 'ready', progress: 0, updatedAt: new Date() }).where(and(eq(importJobs.id, id), eq(importJobs.status, 'committing')));
        return free;
      });
      if (freed) reset.push(id);
    }
    for (const { id } of validating) {
      await db.update(importJobs).set({ updatedAt: new Date() }).where(eq(importJobs.id, id));
      void kick(id, () => validate(id));
    }
    return { resumed: validating.map((v) => v.id), reset };
  }

  /** Waits for the background work of this process (shutdown, tests). */
  async function idle(): Promise<void> {
    while (running.size) await Promise.allSettled([...running]);
  }

  async function close(): Promise<void> {
    await idle();
    if (temporaryDir) await fs.promises.rm(dir, { recursive: true, force: true });
  }

  return { define, definition, definitions: () => [...defs.values()], upload, validate, commit, get, allErrors, resumeInterrupted, idle, close };
}

export const statusZh: Record<string, string> = {
  validating: '校验中', invalid: '校验未通过', ready: '待提交', committing: '提交中', done: '已完成', failed: '失败',
};

function actorOf(job: Job): Actor {
  return { accountId: job.createdBy, name: job.actorName, ip: job.actorIp };
}

export type ImportService = ReturnType<typeof createImportService>;
