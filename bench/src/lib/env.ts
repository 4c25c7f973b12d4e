import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/src/lib → ../../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Password of every bench account (meets the product's password policy). */
export const BENCH_PASSWORD = 'Bench#Zd2025';

/**
 * A fixed field-encryption key for the bench database, so that the seeder and the server
 * (started later, in another process) encrypt and blind-index with the same key. Never a real key.
 */
export const BENCH_FIELD_KEY = createHash('sha256').update('zd-bench-field-key').digest('base64');

/** Where the bench data lives: PostgreSQL when DATABASE_URL is set, else an embedded folder. */
export interface Target {
  kind: 'postgres' | 'pglite';
  databaseUrl: string | undefined;
  dataDir: string;
}

export function targetFromEnv(dataDirOpt?: string): Target {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = path.resolve(dataDirOpt ?? process.env.DATA_DIR ?? './.data-bench');
  return { kind: databaseUrl ? 'postgres' : 'pglite', databaseUrl, dataDir };
}

/** The environment of a process that opens the bench database (server, floor server). */
export function serverEnv(target: Target, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FIELD_KEY: BENCH_FIELD_KEY, ...extra };
  if (target.databaseUrl) { env.DATABASE_URL = target.databaseUrl; delete env.DATA_DIR; } else { env.DATA_DIR = target.dataDir; delete env.DATABASE_URL; }
  return env;
}
