/**
 * Database templates for the test suite: a database is made (migrated, or migrated and seeded)
 * once per run and cloned for each test file, instead of every file running initdb, the 14+
 * migrations and the demo seed again.
 *
 * - Embedded (PGlite): a template is a tarball of the data folder (`dumpDataDir`), loaded into a
 *   fresh in-memory database with `loadDataDir` (no initdb). The migrated template is also kept
 *   between runs in os.tmpdir()/zd-test-templates, named by a hash of the migration files and
 *   the PGlite version, so a stale template is never used.
 * - PostgreSQL (DATABASE_URL): a template is a database of this run; each file gets
 *   `create database … template …`. They are dropped when the run ends.
 *
 * Templates are made lazily, by the first test file that needs one, under a lock file in the
 * run's folder (test/global-setup.ts makes the folder and provides it); the other workers wait
 * and reuse it. Without the global setup (e.g. another vitest config) nothing is templated and
 * every file builds its own database, as before.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { migrationsFolder } from '../../src/platform/config/paths.js';
import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/database.js';
import { withFileLock, writeAtomically } from './file-lock.js';

/** What test/global-setup.ts hands to the test files. */
export interface TestRun {
  /** Folder of this run (locks, markers, embedded templates); deleted when the run ends. */
  dir: string;
  /** Short id of this run, in the names of its PostgreSQL template databases. */
  id: string;
  /** Field key (base64) for databases seeded from the demo template (their personal data is encrypted with it). */
  fieldKey: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    zdTestRun: TestRun | null;
  }
}

/** A template ready to clone. */
export interface Template {
  kind: 'pglite' | 'postgres';
  /** Tarball path (pglite) or database name (postgres). */
  source: string;
  /** When it was made (ISO); the demo seed writes dates relative to this moment. */
  madeAt: string;
}

export function testRun(): TestRun | null {
  try {
    return inject('zdTestRun') ?? null;
  } catch {
    // why: outside a vitest worker there is nothing injected; fall back to untemplated databases.
    return null;
  }
}

/** Hash of everything a migrated embedded database depends on: the migration files and the PGlite version. */
export function migrationsHash(): string {
  const h = createHash('sha256');
  const files = fs.readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.sql') || f.endsWith('.json')).sort();
  for (const f of files) h.update(f).update('\0').update(fs.readFileSync(path.join(migrationsFolder, f))).update('\0');
  h.update(pgliteVersion());
  return h.digest('hex').slice(0, 16);
}

function pgliteVersion(): string {
  let dir = path.dirname(migrationsFolder);
  for (;;) {
    const pkg = path.join(dir, 'node_modules', '@electric-sql', 'pglite', 'package.json');
    if (fs.existsSync(pkg)) return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
    const up = path.dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

interface PgliteClient { exec(sql: string): Promise<unknown>; dumpDataDir(c?: 'none' | 'gzip' | 'auto'): Promise<Blob> }

/** The tarball of an open embedded database, after a checkpoint (so a clone starts without replaying the log). */
export async function dumpEmbedded(database: Database): Promise<Uint8Array> {
  const client = (database.db as unknown as { $client: PgliteClient }).$client;
  await client.exec('checkpoint');
  return new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer());
}

/** Reads a template's marker (written last, so a template with a marker is complete). */
function readMarker(file: string): Template | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Template;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Embedded (PGlite)

const cacheDir = path.join(os.tmpdir(), 'zd-test-templates');

/** The migrated embedded template, kept between runs (by migrations hash). */
async function embeddedMigrated(): Promise<Template> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const hash = migrationsHash();
  const tar = path.join(cacheDir, `pglite-migrated-${hash}.tar`);
  const marker = `${tar}.json`;
  const found = readMarker(marker);
  if (found && fs.existsSync(found.source)) return found;
  return withFileLock(path.join(cacheDir, `pglite-migrated-${hash}.lock`), async () => {
    const again = readMarker(marker);
    if (again && fs.existsSync(again.source)) return again;
    const database = await openDatabase({});
    let dump: Uint8Array;
    try {
      await migrateDatabase(database);
      dump = await dumpEmbedded(database);
    } finally {
      await database.close();
    }
    const t: Template = { kind: 'pglite', source: tar, madeAt: new Date().toISOString() };
    // why: a migration being generated meanwhile (others work in this tree) must not land under the old hash.
    if (migrationsHash() !== hash) return { ...t, source: writeRunCopy(dump) };
    writeAtomically(tar, dump);
    writeAtomically(marker, JSON.stringify(t));
    pruneOldTemplates(hash);
    return t;
  });
}

/** Deletes migrated templates of other hashes (old migration sets) and half-written files, when a day old. */
function pruneOldTemplates(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const f of fs.readdirSync(cacheDir)) {
    if (!f.startsWith('pglite-migrated-') || (f.includes(keep) && !f.endsWith('.tmp'))) continue;
    const p = path.join(cacheDir, f);
    try {
      if (fs.statSync(p).mtimeMs < dayAgo) fs.rmSync(p, { force: true });
    } catch {
      // another run pruned it first
    }
  }
}

/** A template file for this run only (outside the shared cache). */
function writeRunCopy(dump: Uint8Array): string {
  const run = testRun();
  const file = path.join(run?.dir ?? os.tmpdir(), `pglite-migrated-unkeyed-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
  fs.writeFileSync(file, dump);
  return file;
}

async function openEmbedded(t: Template): Promise<Database> {
  const data = fs.readFileSync(t.source);
  return openDatabase({ loadDataDir: new Blob([data]) });
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let fileCopy: boolean | undefined;

/** A new database on the server of `url`, empty or cloned from a template database. */
async function createPgDatabase(url: string, name: string, template?: string): Promise<void> {
  await admin(url, async (c) => {
    if (!template) return c.query(`create database ${name}`);
    // why FILE_COPY (PostgreSQL 15+): copies the files instead of logging every block, ~2× faster for the seeded template.
    fileCopy ??= Number((await c.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v) >= 150000;
    return c.query(`create database ${name} template ${template}${fileCopy ? ' strategy file_copy' : ''}`);
  });
}

export async function dropPgDatabase(url: string, name: string): Promise<void> {
  await admin(url, (c) => c.query(`drop database if exists ${name} with (force)`));
}

/** Opens a test database on PostgreSQL (named `name`), dropped again on close. */
async function openPg(url: string, name: string): Promise<Database & { url: string }> {
  const dbUrl = withDatabase(url, name);
  const database = await openDatabase({ databaseUrl: dbUrl, poolSize: 20 });
  return {
    ...database,
    url: dbUrl,
    async close() {
      await database.close();
      await dropPgDatabase(url, name);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Both

export type Cleanup = () => Promise<void>;

/** The same database, whose close() may be called more than once (an app closes it, so does the template maker). */
function closeOnce(database: Database): Database {
  let closing: Promise<void> | undefined;
  return { ...database, close: () => (closing ??= database.close()) };
}

/**
 * The template `name` of this run, made by `make` under the run's lock if no worker made it yet.
 * `make` gets a fresh database (cloned from `base`, or empty when there is no base) and must
 * leave it open, in the state to template; it is then dumped (embedded) or kept (PostgreSQL).
 * What `make` returns runs after the dump (e.g. closing an app built on the database).
 */
export async function runTemplate(run: TestRun, name: string, base: Template | null, make: (database: Database) => Promise<Cleanup | void>): Promise<Template> {
  const url = process.env.DATABASE_URL;
  const marker = path.join(run.dir, `${name}.json`);
  const found = readMarker(marker);
  if (found) return found;
  return withFileLock(path.join(run.dir, `${name}.lock`), async () => {
    const again = readMarker(marker);
    if (again) return again;
    const madeAt = new Date().toISOString();
    let t: Template;
    if (!url) {
      const database = closeOnce(base ? await openEmbedded(base) : await openDatabase({}));
      const tar = path.join(run.dir, `${name}.tar`);
      try {
        const done = await make(database);
        writeAtomically(tar, await dumpEmbedded(database));
        await done?.();
      } finally {
        await database.close();
      }
      t = { kind: 'pglite', source: tar, madeAt };
    } else {
      const db = `zd_tpl_${run.id}_${name}`;
      await dropPgDatabase(url, db);
      await createPgDatabase(url, db, base?.source);
      // why no drop on close: this database is the template; every connection must be closed before it is cloned.
      const database = closeOnce(await openDatabase({ databaseUrl: withDatabase(url, db), poolSize: 20 }));
      try {
        const done = await make(database);
        await done?.();
      } finally {
        await database.close();
      }
      t = { kind: 'postgres', source: db, madeAt };
    }
    writeAtomically(marker, JSON.stringify(t));
    return t;
  });
}

/** This run's migrated template (embedded: shared between runs), or null without the global setup. */
export async function migratedTemplate(): Promise<Template | null> {
  const run = testRun();
  if (!run) return null;
  if (!process.env.DATABASE_URL) return embeddedMigrated();
  return runTemplate(run, 'migrated', null, migrateDatabase);
}

/** A fresh database cloned from a template (embedded: in memory; PostgreSQL: a new database, dropped on close). */
export async function openFromTemplate(t: Template): Promise<Database & { url?: string }> {
  if (t.kind === 'pglite') return openEmbedded(t);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('a PostgreSQL template needs DATABASE_URL');
  const name = `zd_test_${randomBytes(6).toString('hex')}`;
  await createPgDatabase(url, name, t.source);
  return openPg(url, name);
}

/** An empty (unmigrated) test database on PostgreSQL, dropped on close. */
export async function openEmptyPg(url: string): Promise<Database & { url: string }> {
  const name = `zd_test_${randomBytes(6).toString('hex')}`;
  await createPgDatabase(url, name);
  return openPg(url, name);
}
