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
 * The total of a filtered list as a scalar subquery, so that it rides in the page's own statement
 * (PostgreSQL computes it once). `where` names the table's columns, which bind to this subquery's
 * own FROM. A page past the end returns no row to carry it: count on its own then.
 */
export const totalOf = (table: PgTable, where: SQL | undefined) => sql<number>`(select count(*) from ${table} where ${where ?? sql`true`})`.mapWith(Number);
