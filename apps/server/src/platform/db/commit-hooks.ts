/**
 * Work to run at the end of a transaction, just before it commits.
 *
 * `withCommitHooks(db)` wraps `db.transaction` (and the savepoints opened inside it): when the
 * callback of the outermost transaction has finished, the items queued in it (`pendingList`) are
 * written in the same transaction, and then it commits. Items queued inside a savepoint join the
 * enclosing transaction's list when the savepoint succeeds and are dropped when it rolls back.
 * A failing write rolls the whole transaction back.
 *
 * Why: the audit trail queues its records here; they are inserted (without a lock) as the
 * transaction ends and chained by the sealer after the commit, so no audited write holds the
 * chain head's lock (audit/audit.service.ts).
 */
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './types.js';

/** Items queued in a transaction and the function that writes them just before its commit. */
interface Pending { items: unknown[]; flush: (tx: Db, items: unknown[]) => Promise<void>; afterCommit: ((db: Db) => Promise<void>) | undefined }

const pendingOf = new WeakMap<object, Map<symbol, Pending>>();

/** True when `db` is a transaction (or a savepoint inside one), not the pooled handle. */
export const inTransaction = (db: Db): boolean => db instanceof PgTransaction;

/**
 * The list of items queued under `key` in `tx`, to be written by `flush` just before the commit
 * (all of a key's items in one call, in the order they were queued); `afterCommit`, if given, runs
 * once the transaction has committed (with the pooled handle) and before `transaction()` returns.
 * Returns null when `tx` was not opened through a handle wrapped by `withCommitHooks`; the caller
 * then writes at once.
 */
export function pendingList<T>(tx: Db, key: symbol, flush: (tx: Db, items: T[]) => Promise<void>, afterCommit?: (db: Db) => Promise<void>): T[] | null {
  const lists = pendingOf.get(tx);
  if (!lists) return null;
  let p = lists.get(key);
  if (!p) lists.set(key, p = { items: [], flush: flush as Pending['flush'], afterCommit });
  return p.items as T[];
}

type TransactionFn = (fn: (tx: Db) => Promise<unknown>, config?: unknown) => Promise<unknown>;

function wrapSavepoints(tx: Db): void {
  const open = tx.transaction.bind(tx) as TransactionFn;
  (tx as { transaction: TransactionFn }).transaction = (fn, config) => open(async (sp) => {
    const mine = new Map<symbol, Pending>();
    pendingOf.set(sp, mine);
    wrapSavepoints(sp);
    const result = await fn(sp);
    // why: the savepoint's work is now part of the enclosing transaction; so are its queued items.
    const parent = pendingOf.get(tx);
    for (const [key, p] of mine) {
      const into = parent?.get(key);
      if (into) into.items.push(...p.items);
      else parent?.set(key, p);
    }
    return result;
  }, config);
}

const commitsOf = new WeakMap<object, number>();

/**
 * How many transactions this process has committed through `db` (wrapped by `withCommitHooks`):
 * what was read before a change of the count may be out of date (list totals use it).
 */
export const commitCount = (db: Db): number => commitsOf.get(db) ?? 0;

/** Wraps the handle's `transaction` so that the lists queued with `pendingList` are written before each commit. */
export function withCommitHooks(db: Db): Db {
  const open = db.transaction.bind(db) as TransactionFn;
  commitsOf.set(db, 0);
  (db as { transaction: TransactionFn }).transaction = async (fn, config) => {
    const lists = new Map<symbol, Pending>();
    const result = await open(async (tx) => {
      pendingOf.set(tx, lists);
      wrapSavepoints(tx);
      const r = await fn(tx);
      for (const p of lists.values()) if (p.items.length) await p.flush(tx, p.items);
      pendingOf.delete(tx);
      return r;
    }, config);
    commitsOf.set(db, (commitsOf.get(db) ?? 0) + 1);
    for (const p of lists.values()) if (p.items.length && p.afterCommit) await p.afterCommit(db);
    return result;
  };
  return db;
}
