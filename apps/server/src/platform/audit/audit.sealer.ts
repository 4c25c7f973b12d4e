/**
 * The sealer: moves committed records from `platform_audit_pending` onto the hash chain, in id
 * order, in batches, one transaction per batch under the chain-head lock. Within a process, seals
 * are single-flight: a caller that arrives while a seal runs waits for the next one, which starts
 * after the running one and so sees the caller's committed records. Several processes serialise
 * on the head lock. A periodic sweep (and the start-up) seals what a crash or another process left.
 */
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { chainRecords, lockHead } from './audit.chain.js';
import { auditPending } from './audit.table.js';

const BATCH = 1000;

interface SealerState { running: Promise<void> | null; queued: Promise<void> | null }
const states = new WeakMap<object, SealerState>();

/** Chains one batch in one transaction; returns how many records it moved. */
async function sealBatch(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    // why lock the head before reading the pending rows: two sealers must not chain the same rows.
    const head = await lockHead(tx);
    // why delete … returning: the batch is taken off the pending table and read in one statement.
    const rows = await tx.delete(auditPending)
      .where(inArray(auditPending.id, tx.select({ id: auditPending.id }).from(auditPending).orderBy(asc(auditPending.id)).limit(BATCH))).returning();
    if (rows.length === 0) return 0;
    rows.sort((a, b) => a.id - b.id);
    await chainRecords(tx, rows, head);
    return rows.length;
  });
}

async function sealAll(db: Db): Promise<void> {
  while ((await sealBatch(db)) === BATCH) { /* next batch */ }
}

/**
 * Seals every record committed before the call; resolves when they are on the chain. Errors are
 * not thrown to the caller (its transaction has committed): the records stay pending and the next
 * seal or sweep picks them up; they are reported through `onSealError`.
 */
export function sealPending(db: Db): Promise<void> {
  let st = states.get(db);
  if (!st) states.set(db, st = { running: null, queued: null });
  const s = st;
  if (!s.running) {
    s.running = sealAll(db).catch((e: unknown) => { sealErrorHandler(e); }).finally(() => { s.running = null; });
    return s.running;
  }
  s.queued ??= s.running.then(() => { s.queued = null; return sealPending(db); });
  return s.queued;
}

let sealErrorHandler: (e: unknown) => void = () => {};

/** Where seal failures are reported (the server's logger). */
export function onSealError(handler: (e: unknown) => void): void { sealErrorHandler = handler; }

/** Seals, every `everyMs`, what other processes or a failed seal left pending; returns the stop function. */
export function startSealSweep(db: Db, everyMs = 5_000): () => void {
  const timer = setInterval(() => { void sealPending(db); }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
