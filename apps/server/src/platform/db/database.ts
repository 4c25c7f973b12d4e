import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from '../config/paths.js';
import { withCommitHooks } from './commit-hooks.js';
import { lockDataDir } from './lock.js';
import * as schema from './schema.js';
import type { Db } from './types.js';

export const TIME_ZONE = 'Asia/Shanghai';

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL (several statements allowed, no parameters). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; undefined = in memory. */
  dataDir?: string | undefined;
  /** A dump of an already-migrated embedded database (test template), to skip initdb. */
  loadDataDir?: Blob | File | undefined;
  poolSize?: number;
  /** Told about errors of idle pooled connections (they are replaced). */
  onIdleError?: (err: Error) => void;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10, options: `-c TimeZone=${TIME_ZONE}` });
    // why: an idle connection that the server drops (restart, failover, admin command) must not crash the process; the pool replaces it.
    pool.on('error', (err) => { opts.onIdleError?.(err); });
    const db = withCommitHooks(drizzleNodePg(pool, { schema }) as unknown as Db);
    return {
      db,
      kind: 'postgres',
      exec: async (text) => { await pool.query(text); },
      close: () => pool.end(),
    };
  }
  const release = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
  try {
    const client = new PGlite({
      ...(opts.dataDir ? { dataDir: path.join(opts.dataDir, 'pglite') } : {}),
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
      extensions: { btree_gist },
    });
    await client.waitReady;
    await client.exec(`SET TIME ZONE '${TIME_ZONE}'`);
    const db = withCommitHooks(drizzlePglite(client, { schema }) as unknown as Db);
    return {
      db,
      kind: 'pglite',
      exec: async (text) => { await client.exec(text); },
      close: async () => {
        try { await client.close(); } finally { release(); }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/** Applies the generated SQL migrations (idempotent). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') await migrateNodePg(database.db as never, { migrationsFolder });
  else await migratePglite(database.db as never, { migrationsFolder });
}

/** True when every migration file has been applied. */
export async function migrationsApplied(database: Database, expected: number): Promise<boolean> {
  const r = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const row = (r as unknown as { rows: Array<{ n: number }> }).rows[0];
  return (row?.n ?? 0) >= expected;
}
