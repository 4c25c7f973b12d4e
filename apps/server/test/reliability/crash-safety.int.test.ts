/**
 * Crash safety: the real server, killed with SIGKILL in the middle of a write load, restarted on
 * the same data. Every write the client saw acknowledged must be there, nothing may be half
 * written (a department without its audit record, or the reverse), and the audit chain must verify.
 *
 * The server runs as `node --import tsx apps/server/src/main.ts` (the same code the tsx CLI runs),
 * so that the signals reach the server process itself.
 *
 * Runs on the embedded database (a fresh data folder) or, when DATABASE_URL is set, on a fresh
 * database of that PostgreSQL server. The kill moment comes from a seeded generator: the seed is
 * printed, and CRASH_SEED=<n> replays it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/audit.service.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { DEMO_PASSWORD } from '../../src/platform/tenant/tenant.service.js';
import { mulberry32 } from './prng.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');
const mainTs = path.join(repo, 'apps/server/src/main.ts');
const NAME_PREFIX = '崩溃测试';
const LOOPS = 4;

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

interface Server { child: ChildProcess; base: string; output: () => string }

function startServer(env: NodeJS.ProcessEnv, port: number): Server {
  // why: node with tsx's loader, not the tsx CLI: the CLI is a parent process that cannot relay
  // SIGKILL (the server would live on as an orphan) and turns a slow SIGTERM into a SIGKILL.
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], { cwd: path.join(repo, 'apps/server'), env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer) => { out = (out + b.toString()).slice(-8000); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, base: `http://127.0.0.1:${port}`, output: () => out };
}

async function waitReady(s: Server, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (s.child.exitCode !== null) throw new Error(`server exited with ${s.child.exitCode} before it was ready:\n${s.output()}`);
    try {
      const r = await fetch(`${s.base}/readyz`);
      if (r.status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${s.output()}`);
}

const exited = (c: ChildProcess) => new Promise<void>((resolve) => {
  if (c.exitCode !== null || c.signalCode !== null) resolve();
  else c.once('exit', () => resolve());
});

async function stopGracefully(s: Server): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill('SIGTERM');
  const t = setTimeout(() => s.child.kill('SIGKILL'), 15_000);
  await exited(s.child);
  clearTimeout(t);
}

interface Client { cookie: string; csrf: string }

async function signIn(base: string, username: string): Promise<Client> {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const body = await r.json() as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

const headers = (c: Client) => ({ cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/json' });

/** A fresh database on the PostgreSQL server of DATABASE_URL; returns its URL and a drop function. */
async function freshPostgresDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `zd_crash_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

describe('crash safety: SIGKILL under write load, then restart on the same data', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('keeps every acknowledged write, writes nothing by halves, and keeps the audit chain intact', async () => {
    const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Math.floor(Math.random() * 2 ** 31);
    const rand = mulberry32(seed);
    const killAfterMs = 1000 + Math.floor(rand() * 2000);
    const onPostgres = Boolean(process.env.DATABASE_URL);
    console.log(`crash-safety: seed=${seed} (replay with CRASH_SEED=${seed}); SIGKILL after ${killAfterMs} ms of write load; database=${onPostgres ? 'postgresql' : 'embedded'}`);

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zd-crash-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'warn', NODE_ENV: 'development' };
    delete env.DATABASE_URL;
    delete env.VITEST; delete env.VITEST_WORKER_ID; delete env.VITEST_POOL_ID;
    let databaseUrl: string | undefined;
    if (process.env.DATABASE_URL) {
      const fresh = await freshPostgresDatabase(process.env.DATABASE_URL);
      cleanups.push(fresh.drop);
      databaseUrl = fresh.url;
      env.DATABASE_URL = databaseUrl;
      env.FIELD_KEY = Buffer.alloc(32, 9).toString('base64');
    }
    const port = await freePort();

    // 1. First life: start, sign in, write under load, and die at a random moment.
    const first = startServer(env, port);
    cleanups.push(() => { if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL'); });
    await waitReady(first);
    const center = await signIn(first.base, 'center');
    const agencies = await (await fetch(`${first.base}/api/v1/org/agencies?pageSize=5`, { headers: headers(center) })).json() as { items: Array<{ id: string }> };
    const agencyIds = agencies.items.map((a) => a.id);
    expect(agencyIds.length).toBeGreaterThan(0);

    const acked: Array<{ id: string; name: string; agencyId: string }> = [];
    const otherStatuses: number[] = [];
    let killed = false;
    const loop = async (n: number) => {
      for (let i = 0; !killed; i += 1) {
        const body = { agencyId: agencyIds[(n + i) % agencyIds.length]!, name: `${NAME_PREFIX}-${seed}-${n}-${i}` };
        try {
          const r = await fetch(`${first.base}/api/v1/org/departments`, { method: 'POST', headers: headers(center), body: JSON.stringify(body) });
          const text = await r.text();
          if (r.status === 201) {
            const created = JSON.parse(text) as { id: string; name: string; agencyId: string };
            expect(created.name).toBe(body.name);
            acked.push({ id: created.id, name: body.name, agencyId: body.agencyId });
          } else {
            otherStatuses.push(r.status);
          }
        } catch {
          // why: the connection dies with the server; this write was never acknowledged.
          if (killed) return;
          throw new Error(`write failed before the kill:\n${first.output()}`);
        }
      }
    };
    const loops = Array.from({ length: LOOPS }, (_, n) => loop(n));
    await new Promise((r) => setTimeout(r, killAfterMs));
    killed = true;
    first.child.kill('SIGKILL');
    await exited(first.child);
    await Promise.all(loops);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(otherStatuses, 'no write may fail before the kill').toEqual([]);
    expect(acked.length, 'the load acknowledged some writes before the kill').toBeGreaterThan(5);
    if (!onPostgres) expect(fs.existsSync(path.join(dataDir, '.lock')), 'the killed process leaves its lock file').toBe(true);
    console.log(`crash-safety: ${acked.length} writes acknowledged before the kill`);

    // 2. Second life on the same data (the embedded database takes over the dead process's lock).
    const second = startServer(env, port);
    cleanups.push(() => { if (second.child.exitCode === null && second.child.signalCode === null) second.child.kill('SIGKILL'); });
    await waitReady(second);
    const again = await signIn(second.base, 'center');
    const missing: string[] = [];
    for (let i = 0; i < acked.length; i += 8) {
      await Promise.all(acked.slice(i, i + 8).map(async (a) => {
        const r = await fetch(`${second.base}/api/v1/org/departments/${a.id}`, { headers: headers(again) });
        if (r.status !== 200) { missing.push(`${a.id} (${r.status})`); return; }
        const d = await r.json() as { name: string; agencyId: string };
        if (d.name !== a.name || d.agencyId !== a.agencyId) missing.push(`${a.id} (changed: ${JSON.stringify(d)})`);
      }));
    }
    expect(missing, 'acknowledged departments missing after the restart').toEqual([]);
    // A write after the restart works and extends the chain.
    const after = await fetch(`${second.base}/api/v1/org/departments`, { method: 'POST', headers: headers(again), body: JSON.stringify({ agencyId: agencyIds[0], name: `${NAME_PREFIX}-${seed}-after` }) });
    expect(after.status).toBe(201);
    await stopGracefully(second);
    expect(second.child.exitCode).toBe(0);
    if (!onPostgres) expect(fs.existsSync(path.join(dataDir, '.lock')), 'a clean stop releases the lock').toBe(false);

    // 3. Direct look at the data, with the server stopped.
    const database: Database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
    try {
      const db = database.db;
      const like = `${NAME_PREFIX}-${seed}-%`;
      const deps = rowsOf<{ id: string; name: string; audits: number }>(await db.execute(sql`
        select d.id::text as id, d.name, (select count(*)::int from platform_audit_log l where l.object_type = 'department' and l.object_id = d.id::text) as audits
        from platform_department d where d.name like ${like}`));
      const byId = new Map(deps.map((d) => [d.id, d]));
      for (const a of acked) expect(byId.has(a.id), `acknowledged department ${a.id} is in the table`).toBe(true);
      const halfWritten = deps.filter((d) => d.audits !== 1);
      expect(halfWritten, 'every department created has exactly one audit record').toEqual([]);
      const orphans = rowsOf<{ object_id: string }>(await db.execute(sql`
        select l.object_id from platform_audit_log l
        where l.object_type = 'department' and l.action = 'org.department.create'
          and not exists (select 1 from platform_department d where d.id::text = l.object_id)`));
      expect(orphans, 'no audit record of a department that does not exist').toEqual([]);
      // Committed but not acknowledged (the kill came between commit and response) is fine; report it.
      console.log(`crash-safety: ${deps.length} departments in the table (${deps.length - acked.length - 1} committed but never acknowledged)`);
      const chain = await verifyAuditChain(db);
      expect(chain).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  }, 240_000);
});
