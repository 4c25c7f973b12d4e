/**
 * The total of a filtered list, reused for a moment.
 *
 * Counting every matching row is most of the cost of a list page on a large table (all 200,000
 * people of a province for the first page of the people list). A total is kept per database handle
 * and per exact filter (its SQL and parameters) and dropped as soon as this process commits any
 * transaction through that handle, so a user always sees their own change counted.
 *
 * For `TOTAL_TTL_MS` the kept total is simply reused. After that, and up to `TOTAL_STALE_MS`, it is
 * still answered while one count runs in the background to replace it (stale while revalidate): no
 * request waits for a recount, and 50 requests arriving together do not count 50 times. A change
 * committed by another server process, or written outside a transaction, so shows in the totals
 * once the TTL has passed and one background count has run; a total older than `TOTAL_STALE_MS` is
 * counted afresh in the page's statement. The page's rows are always read fresh.
 *
 * When no total is kept, the first request counts in its page's statement and the requests of the
 * same filter that arrive meanwhile await that count instead of counting too: after a commit of
 * this process, 50 readers of the people list count 200,000 people once, not 50 times.
 */
import { count, getTableName, sql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import { commitCount, inTransaction } from '../db/commit-hooks.js';
import type { Binds } from '../db/prepared.js';
import type { Db } from '../db/types.js';
import { totalOf } from './paging.js';

export const TOTAL_TTL_MS = 1000;
export const TOTAL_STALE_MS = 10_000;
/** How long a page waits for another request's count of the same filter before it counts alone. */
const AWAIT_MS = 5_000;
const MAX_ENTRIES = 2000;

interface Entry { total: number; at: number; commits: number; refreshing?: boolean }

const dialect = new PgDialect();
/** Per database handle: the kept totals, and the counts running now (a promise of each one's total). */
const stateByDb = new WeakMap<object, { kept: Map<string, Entry>; running: Map<string, Promise<number | undefined>> }>();

export interface ListTotal {
  /** The total as a column of the page's statement: the count subquery, or the kept number. */
  readonly sql: SQL<number>;
  /**
   * The total: from the page's first row, else (a page past the end) counted on its own; kept for
   * the pages that follow.
   */
  of(rows: ReadonlyArray<{ total: number }>, offset: number): Promise<number>;
}

/**
 * The total of `table` filtered by `where`, kept or to be counted in the page's own statement (see
 * totalOf). With `prepared`, `where` was written with its binds and has that shape (a prepared page,
 * platform/db/prepared.ts): the kept total enters as one more placeholder, and `source` tells the
 * page's shape: `counted` in the statement, `kept`, or `awaited` from a count another request of
 * the same filter is running now (the statement then carries no total).
 */
export function listTotal(db: Db, table: PgTable, where: SQL | undefined, prepared?: { binds: Binds; shape: string }): ListTotal & { source: 'counted' | 'kept' | 'awaited' } {
  const binds = prepared?.binds;
  const counted = totalOf(table, where);
  const values = binds ? { ...binds.values } : {};
  const countAlone = async () => (await db.select({ n: count() }).from(table).where(where).execute(values))[0]?.n ?? 0;
  const of = async (rows: ReadonlyArray<{ total: number }>, offset: number) => rows[0]?.total ?? (offset > 0 ? await countAlone() : 0);
  if (inTransaction(db)) return { sql: counted, of, source: 'counted' };
  const key = prepared ? `${getTableName(table)}\u0000${prepared.shape}\u0000${JSON.stringify(values)}` : cacheKey(counted);
  const { kept, running } = stateOf(db);
  const commits = commitCount(db);
  const keep = (total: number, at: number) => {
    if (commitCount(db) !== commits) return;
    kept.delete(key);
    kept.set(key, { total, at, commits });
    if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  };
  const hit = kept.get(key);
  const age = hit && hit.commits === commits ? Date.now() - hit.at : Infinity;
  if (hit && age < TOTAL_STALE_MS) {
    if (age >= TOTAL_TTL_MS && !hit.refreshing) {
      hit.refreshing = true;
      const at = Date.now();
      // why not awaited: the kept total answers now; the next requests get the recount (stale while revalidate).
      void countAlone().then((n) => keep(n, at), () => { hit.refreshing = false; });
    }
    return { sql: sql<number>`${binds ? binds.bind(hit.total) : hit.total}::int`.mapWith(Number), of, source: 'kept' };
  }
  // why keyed by the commit count too: a count that began before this process's last commit is not awaited after it.
  const runKey = `${key}\u0000${commits}`;
  const other = running.get(runKey);
  if (other) return { sql: sql<number>`null::int`, source: 'awaited', of: async () => (await other) ?? countAlone() };
  let settle!: (total: number | undefined) => void;
  const counting = new Promise<number | undefined>((resolve) => { settle = resolve; });
  running.set(runKey, counting);
  const done = (total: number | undefined) => {
    settle(total);
    clearTimeout(timer);
    if (running.get(runKey) === counting) running.delete(runKey);
  };
  // why: a page whose statement failed never asks for its total; those awaiting it then count alone.
  const timer = setTimeout(() => done(undefined), AWAIT_MS);
  timer.unref();
  const at = Date.now();
  return {
    sql: counted,
    source: 'counted',
    async of(rows, offset) {
      try {
        const total = await of(rows, offset);
        keep(total, at);
        done(total);
        return total;
      } catch (e) {
        done(undefined);
        throw e;
      }
    },
  };
}

function stateOf(db: Db) {
  let state = stateByDb.get(db);
  if (!state) stateByDb.set(db, state = { kept: new Map(), running: new Map() });
  return state;
}

function cacheKey(counted: SQL): string {
  const q = dialect.sqlToQuery(counted);
  return `${q.sql}\u0000${JSON.stringify(q.params)}`;
}
