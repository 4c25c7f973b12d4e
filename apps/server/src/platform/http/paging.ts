import { asc, desc, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { errors } from './errors.js';

/** `?page=1&pageSize=20&sort=field:asc,other:desc&q=` — the list query of every endpoint. */
export const listQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.string().max(200).optional(),
  q: z.string().trim().max(100).optional(),
};

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export function offsetOf(q: { page: number; pageSize: number }) {
  return { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
}

/** Parses `sort` against the sortable columns; unknown fields are a 400 naming the field. */
export function orderBy(sort: string | undefined, columns: Record<string, SQLWrapper>, fallback: SQL[]): SQL[] {
  if (!sort) return fallback;
  const out: SQL[] = [];
  for (const part of sort.split(',')) {
    const [field = '', dir = 'asc'] = part.split(':');
    const col = columns[field];
    if (!col || (dir !== 'asc' && dir !== 'desc')) {
      throw errors.validation([{ path: 'sort', code: 'BAD_SORT', message: `不能按“${field}”排序；可排序字段：${Object.keys(columns).join('、')}` }]);
    }
    out.push(dir === 'asc' ? asc(col as never) : desc(col as never));
  }
  return [...out, ...fallback];
}

/** Rows put back into the order of the page's ids (a page is chosen on ids first, then its rows are joined). */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Escapes LIKE wildcards in user text. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The condition that selects a page's rows: `id = any(array(<ids>))`, the ids chosen on the table
 * alone by `where` and `order` (an index walk). PostgreSQL then reads exactly the page's rows by
 * primary key, whatever the table's size; a join to the ids could be planned as a hash join over
 * the whole table (20 ms for a page of 40,000 people).
 *
 * For a prepared page (platform/db/prepared.ts) the limit is written into the statement, and so is
 * an offset of 0 (first pages, keyset pages): with both known PostgreSQL plans the statement once
 * and keeps the plan. A placeholder limit is planned for 10 % of the table, a plan PostgreSQL rejects
 * for one made afresh at every execution (0.2 ms each). A later page's offset stays the placeholder
 * `offset`. `shape` tells the statement's shape apart by these.
 */
export function pageOfIds(id: SQLWrapper, table: SQLWrapper, where: SQL | undefined, order: readonly SQL[], limit: number, offset: number): { where: SQL; shape: string } {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new Error(`pageOfIds: bad limit ${limit}`);
  const skip = offset === 0 ? sql`` : sql` offset ${sql.placeholder('offset')}`;
  return {
    where: sql`${id} = any(array(select ${id} from ${table} where ${where ?? sql`true`} order by ${sql.join([...order], sql`, `)} limit ${sql.raw(String(limit))}${skip}))`,
    shape: `${limit}/${offset === 0 ? 'first' : 'offset'}`,
  };
}

/**
 * A column of the row that `key` names, read as a scalar subquery (one primary-key probe per row of
 * the page) instead of a join, which the planner may turn into a scan of the whole related table.
 */
export const lookup = <T>(table: SQLWrapper, column: SQLWrapper, id: SQLWrapper, key: SQLWrapper) =>
  keepQualified(sql<T>`(select ${column} from ${table} where ${id} = ${key})`);

/**
 * `expression` nested one level, so that its columns stay qualified by their tables in the selection
 * of a single-table select. Drizzle strips the table from the top-level columns of such a selection's
 * SQL; a correlated subquery in it would then compare its own columns (`where "id" = "agency_id"`).
 */
export const keepQualified = <T>(expression: SQL<T>): SQL<T> => sql<T>`${expression}`;

/**
 * The total of a filtered list as a scalar subquery, so that it rides in the page's own statement
 * (PostgreSQL computes it once). `where` names the table's columns, which bind to this subquery's
 * own FROM. A page past the end returns no row to carry it: count on its own then.
 */
export const totalOf = (table: PgTable, where: SQL | undefined) => sql<number>`(select count(*) from ${table} where ${where ?? sql`true`})`.mapWith(Number);

/**
 * `?after=`: the page after the row this cursor names, in the list's default order — keyset
 * paging, as fast on the last page as on the first (an index range instead of skipping `OFFSET`
 * rows). The answer's `nextCursor` names its last row (null on a short page).
 */
export const afterQuery = { after: z.string().max(400).regex(/^[A-Za-z0-9_-]+$/).optional() };

export const keysetPageOf = <T extends z.ZodType>(item: T) => z.object({
  items: z.array(item), total: z.number().int(), nextCursor: z.string().nullable().describe('?after= of the next page (keyset paging); null on a short page'),
});

/** The cursor naming a row by the values of the list's default-order keys. */
export const cursorOf = (values: ReadonlyArray<string | number>): string => Buffer.from(JSON.stringify(values)).toString('base64url');

/** The next cursor of a page: its last row's keys when the page is full, else null. */
export function nextCursorOf<R>(rows: readonly R[], limit: number, keysOf: (row: R) => ReadonlyArray<string | number>): string | null {
  const last = rows[rows.length - 1];
  return rows.length === limit && last !== undefined ? cursorOf(keysOf(last)) : null;
}

/**
 * The rows after the cursor in the order of `keys` (non-null columns, the last one unique; all
 * ascending, or all descending): one row comparison that the order's index serves. 400 naming
 * `after` when the cursor is not one of ours or comes with another `sort`.
 */
export function afterCursor(cursor: string, keys: readonly SQLWrapper[], sort: string | undefined, direction: 'asc' | 'desc' = 'asc', bind: (v: unknown) => unknown = (v) => v): SQL {
  if (sort) throw errors.validation([{ path: 'after', code: 'CURSOR_WITH_SORT', message: '游标翻页只按默认顺序进行，不能同时指定排序（sort）' }]);
  let values: unknown = null;
  try { values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')); } catch { /* not JSON: refused below */ }
  if (!Array.isArray(values) || values.length !== keys.length || !values.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw errors.validation([{ path: 'after', code: 'BAD_CURSOR', message: '翻页游标无效，请从第一页重新翻页' }]);
  }
  return sql`(${sql.join(keys.map((k) => sql`${k}`), sql`, `)}) ${sql.raw(direction === 'asc' ? '>' : '<')} (${sql.join(values.map((v) => sql`${bind(v)}`), sql`, `)})`;
}
