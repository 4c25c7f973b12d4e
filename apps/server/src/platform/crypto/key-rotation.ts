import { sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import type { EncryptedColumn } from './encrypted-columns.js';
import type { FieldCrypto } from './field-crypto.js';

export interface RotationOptions {
  /** The new key as current, the old key(s) as previous keys. */
  crypto: FieldCrypto;
  columns: readonly EncryptedColumn[];
  actor: Actor;
  /** Rows per transaction (default 500). */
  batchSize?: number;
  onBatch?: (progress: { table: string; column: string; rows: number; total: number }) => void;
}

export interface ColumnRotation {
  table: string;
  column: string;
  /** Rows re-encrypted by this run. */
  rotated: number;
  batches: number;
  /** Rows that hold a value under the new key after the run (including earlier, interrupted runs). */
  current: number;
}

type Rows<T> = { rows: T[] };
const rowsOf = <T>(r: unknown): T[] => (r as Rows<T>).rows;

/** The SQL type of the id column, to cast the batch's ids back (keeps the primary key index usable). */
async function idType(db: Db, c: EncryptedColumn): Promise<string> {
  const r = rowsOf<{ t: string | null }>(await db.execute(sql`select format_type(a.atttypid, a.atttypmod) as t from pg_attribute a
    where a.attrelid = to_regclass(${c.table}::text) and a.attname = ${c.idColumn} and not a.attisdropped`));
  const t = r[0]?.t;
  if (!t) throw new Error(`encrypted column ${c.table}.${c.encColumn}: no column ${c.idColumn} in table ${c.table}`);
  if (!/^[a-z][a-z0-9 _(),]*$/.test(t)) throw new Error(`unexpected id type ${t}`);
  return t;
}

/**
 * Re-encrypts every registered column with the current key of `crypto` and recomputes its blind
 * index, in batches of `batchSize` rows, each batch in one transaction with one audit record.
 * Resumable: a value already under the new key (`v2:<newKeyId>:…`) is skipped, so after an
 * interruption the same command simply continues. A value no known key can open stops the run
 * (naming the row); the batches before it stay committed.
 */
export async function rotateEncryptedColumns(db: Db, opts: RotationOptions): Promise<ColumnRotation[]> {
  const { crypto, actor } = opts;
  const batchSize = opts.batchSize ?? 500;
  const done = `v2:${crypto.keyId}:%`;
  const out: ColumnRotation[] = [];
  for (const c of opts.columns) {
    const type = sql.raw(await idType(db, c));
    const [t, id, enc] = [sql.identifier(c.table), sql.identifier(c.idColumn), sql.identifier(c.encColumn)];
    const result: ColumnRotation = { table: c.table, column: c.encColumn, rotated: 0, batches: 0, current: 0 };
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const rows = rowsOf<{ id: string; enc: string }>(await tx.execute(sql`select ${id}::text as id, ${enc} as enc from ${t}
          where ${enc} is not null and ${enc} not like ${done} order by ${id} limit ${batchSize} for no key update`));
        if (rows.length === 0) return 0;
        const ids: string[] = [];
        const encs: string[] = [];
        const bidxs: string[] = [];
        const from = new Set<string>();
        for (const r of rows) {
          let plain: string;
          try {
            plain = crypto.decrypt(r.enc);
          } catch (e) {
            throw new Error(`${c.table}.${c.encColumn} row ${r.id}: cannot decrypt with the old key (${(e as Error).message})`, { cause: e });
          }
          from.add(r.enc.startsWith('v2:') ? r.enc.slice(3, 11) : 'v1');
          ids.push(r.id);
          encs.push(crypto.encrypt(plain));
          bidxs.push(crypto.blindIndex(plain));
        }
        const setBidx = c.bidxColumn ? sql`, ${sql.identifier(c.bidxColumn)} = v.bidx` : sql``;
        await tx.execute(sql`update ${t} as x set ${enc} = v.enc${setBidx}
          from unnest(${sql.param(ids)}::text[], ${sql.param(encs)}::text[], ${sql.param(bidxs)}::text[]) as v(id, enc, bidx)
          where x.${id} = v.id::${type}`);
        await appendAudit(tx, actor, {
          action: 'platform.crypto.rotate',
          objectType: 'encrypted-column',
          objectId: `${c.table}.${c.encColumn}`,
          after: { rows: rows.length, fromKeys: [...from].sort(), toKey: crypto.keyId, firstId: ids[0], lastId: ids[ids.length - 1] },
        });
        return rows.length;
      });
      if (n === 0) break;
      result.rotated += n;
      result.batches += 1;
      opts.onBatch?.({ table: c.table, column: c.encColumn, rows: n, total: result.rotated });
    }
    const [cur] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${t} where ${enc} like ${done}`));
    result.current = cur?.n ?? 0;
    out.push(result);
  }
  return out;
}
