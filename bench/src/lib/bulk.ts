import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../../apps/server/src/platform/db/types.js';

/** Array types that both drivers pass as arrays of plain values; others travel as text[] and are cast per row. */
const arrayTypes = new Set(['uuid', 'text', 'integer', 'boolean', 'bigint']);

/** A value as the text form of its column type (jsonb: JSON; timestamps: ISO 8601). */
function toText(v: unknown, type: string): string | null {
  if (v === null || v === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/**
 * `INSERT INTO t (…) SELECT … FROM unnest($1::uuid[], $2::text[], …)` in batches, from column arrays
 * keyed by the Drizzle property names of the product's table. Columns not given take their
 * database defaults (created_at, updated_at, active…). Returns the number of rows.
 */
export async function bulkInsert(db: Db, table: PgTable, cols: Record<string, readonly unknown[]>, batch = 5_000): Promise<number> {
  const all = getTableColumns(table);
  const keys = Object.keys(cols);
  const n = cols[keys[0]!]?.length ?? 0;
  const meta = keys.map((k) => {
    const col = all[k];
    if (!col) throw new Error(`${getTableName(table)} has no column ${k}`);
    if (cols[k]!.length !== n) throw new Error(`${getTableName(table)}.${k}: ${cols[k]!.length} values, expected ${n}`);
    const type = col.getSQLType();
    return { k, name: col.name, type, direct: arrayTypes.has(type) };
  });
  const names = sql.raw(meta.map((m) => `"${m.name}"`).join(', '));
  const select = sql.raw(meta.map((m, i) => (m.direct ? `u.c${i}` : `u.c${i}::${m.type}`)).join(', '));
  const alias = sql.raw(meta.map((_, i) => `c${i}`).join(', '));
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    const arrays: SQL[] = meta.map((m) => {
      const slice = cols[m.k]!.slice(start, end);
      return sql`${sql.param(m.direct ? slice : slice.map((v) => toText(v, m.type)))}::${sql.raw(m.direct ? m.type : 'text')}[]`;
    });
    await db.execute(sql`insert into ${table} (${names}) select ${select} from unnest(${sql.join(arrays, sql`, `)}) as u(${alias})`);
  }
  return n;
}
