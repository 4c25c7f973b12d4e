import { and, eq } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { canonicalJson, sm3Hex } from '../crypto/hash.js';
import { newId } from '../db/columns.js';
import type { Db } from '../db/types.js';
import { AppError, errors } from '../http/errors.js';
import type { Scope } from '../rbac/scope.js';
import { processRuns } from './events.table.js';
import { emitEvent } from './events.types.js';

/** What a step gets: the run's transaction, `emit` into the outbox in that transaction, and who runs it. */
export interface StepContext {
  tx: Db;
  actor: Actor;
  /** The caller's data scopes for the process permission (services check targets against them). */
  scopes: readonly Scope[];
  runId: string;
  emit(type: string, payload: Record<string, unknown>): Promise<string>;
}

/** A named step: one module or platform service call, recording what it made in `state`. */
export interface ProcessStep<S> {
  name: string;
  run(ctx: StepContext, state: S): Promise<void>;
}

export interface ProcessDefinition<I, S, R> {
  /** kebab-case, the folder name: 'onboard-person'. */
  name: string;
  /** The working state of one run, from its input. */
  init(input: I): S;
  /** Reads done before the transaction opens (look-ups of reference data); no writes. */
  prepare?(state: S): Promise<void>;
  steps: ReadonlyArray<ProcessStep<S>>;
  /** What the run returns and stores for replays (JSON; no secrets). */
  result(state: S): R;
  /** The part of the input that identifies a request (secrets left out); default the whole input. */
  fingerprint?(input: I): unknown;
}

export interface RunOptions {
  idempotencyKey: string;
  actor: Actor;
  scopes?: readonly Scope[];
  /** Test hook: throw right after this step, inside the transaction. */
  failAfterStep?: string;
}

export interface RunOutcome<R> {
  runId: string;
  result: R;
  /** True when the key had run before and the stored result is returned. */
  replayed: boolean;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The failure thrown by `failAfterStep`. */
export class InjectedStepFailure extends Error {
  constructor(public readonly step: string) {
    super(`injected failure after step ${step}`);
    this.name = 'InjectedStepFailure';
  }
}

class AlreadyRun extends Error {}

/** Names the failing step in the error (AppErrors keep their status and code). */
function atStep(e: unknown, process: string, step: string): unknown {
  if (e instanceof AppError) return new AppError(e.status, e.code, e.messageZh, e.messageEn, e.fields, { ...e.ref, process, step });
  if (e instanceof Error && !(e instanceof InjectedStepFailure)) e.message = `${process}/${step}: ${e.message}`;
  return e;
}

/**
 * Runs every step of a process in one transaction: all of its writes, audit records, outbox events
 * and the process-run row commit together or not at all. A second call with the same idempotency
 * key returns the stored result without running again (409 if the input differs).
 */
export async function runProcess<I, S, R>(db: Db, def: ProcessDefinition<I, S, R>, input: I, opts: RunOptions): Promise<RunOutcome<R>> {
  if (!KEY.test(opts.idempotencyKey)) {
    throw errors.validation([{ path: 'Idempotency-Key', code: 'INVALID', message: '幂等键应为 1–200 个可见 ASCII 字符' }], '请求缺少有效的幂等键（Idempotency-Key）', 'A valid Idempotency-Key header is required');
  }
  if (opts.failAfterStep && !def.steps.some((s) => s.name === opts.failAfterStep)) throw new Error(`process ${def.name} has no step ${opts.failAfterStep}`);
  const inputHash = sm3Hex(canonicalJson(def.fingerprint ? def.fingerprint(input) : input));
  const stored = async () => {
    const [run] = await db.select().from(processRuns).where(and(eq(processRuns.processName, def.name), eq(processRuns.idempotencyKey, opts.idempotencyKey)));
    if (!run) return undefined;
    if (run.inputHash !== inputHash) {
      throw errors.conflict('IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一份不同的请求', 'The Idempotency-Key was used before with a different request', { runId: run.id, process: def.name });
    }
    return { runId: run.id, result: run.result as R, replayed: true };
  };

  const before = await stored();
  if (before) return before;
  const state = def.init(input);
  await def.prepare?.(state);
  try {
    return await db.transaction(async (tx) => {
      const runId = newId();
      // why: a concurrent run with the same key waits here on the unique index until the other commits.
      const claimed = await tx.insert(processRuns).values({
        id: runId, processName: def.name, idempotencyKey: opts.idempotencyKey, inputHash, status: 'running', actorAccountId: opts.actor.accountId,
      }).onConflictDoNothing().returning({ id: processRuns.id });
      if (!claimed.length) throw new AlreadyRun();
      const ctx: StepContext = {
        tx, actor: opts.actor, scopes: opts.scopes ?? [{ kind: 'all' }], runId,
        emit: (type, payload) => emitEvent(tx, type, payload, { actorAccountId: opts.actor.accountId, processRunId: runId }),
      };
      for (const step of def.steps) {
        try {
          await step.run(ctx, state);
        } catch (e) {
          throw atStep(e, def.name, step.name);
        }
        if (opts.failAfterStep === step.name) throw new InjectedStepFailure(step.name);
      }
      const result = def.result(state);
      await tx.update(processRuns).set({ status: 'succeeded', result, finishedAt: new Date() }).where(eq(processRuns.id, runId));
      await appendAudit(tx, opts.actor, {
        action: `process.${def.name}.run`, objectType: 'process-run', objectId: runId, after: { process: def.name, idempotencyKey: opts.idempotencyKey, result },
      });
      return { runId, result, replayed: false };
    });
  } catch (e) {
    if (!(e instanceof AlreadyRun)) throw e;
    const again = await stored();
    if (!again) throw new Error(`process run ${def.name}/${opts.idempotencyKey} vanished`, { cause: e });
    return again;
  }
}
