import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.js';
import { seededTemplate } from './server-template.js';

export interface StartServerOptions {
  /** Extra or overriding environment variables for the server process. */
  env?: Record<string, string>;
  /** How long to wait for GET /readyz to answer 200 (default 120 s). */
  readyTimeoutMs?: number;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  /** The server's temporary DATA_DIR (deleted by stop()). */
  dataDir: string;
  /** SIGTERM, wait for exit, delete the data folder. Safe to call twice. */
  stop(): Promise<void>;
  /** The tail of what the server printed on stdout (e.g. the one-time bootstrap link). */
  output(): string;
}

const STDERR_TAIL_BYTES = 8 * 1024;

/** A port that was free a moment ago, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

/**
 * Starts the product's server (apps/server/src/main.ts through tsx) on a free port with a
 * fresh data folder, demo data on, and waits until /readyz answers 200.
 * DATABASE_URL is passed through when set, so the same specs run on PostgreSQL.
 * The fresh folder is a copy of the run's seeded template when there is one (server-template.ts),
 * so the server starts on demo data already there instead of seeding it again.
 */
export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zd-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: '1',
    LOG_LEVEL: 'warn',
    // E2E_WEB_DIST: serve another build of apps/web (e.g. one's own while others rebuild dist)
    WEB_DIST: process.env.E2E_WEB_DIST ?? path.join(repoRoot, 'apps', 'web', 'dist'),
  });
  // DATABASE_URL passes through when set (npm run test:pg), so specs also run on PostgreSQL.
  if (!env.DATABASE_URL) delete env.DATABASE_URL;
  // why: a database server needs a stable field key; a throwaway one is fine for a test run.
  else env.FIELD_KEY ??= Buffer.alloc(32, 3).toString('base64');
  Object.assign(env, opts.env);
  const template = await seededTemplate(env, opts.env);
  if (template) await cp(template, dataDir, { recursive: true });

  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [path.join(repoRoot, 'apps', 'server', 'src', 'main.ts')], {
    cwd: path.join(repoRoot, 'apps', 'server'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let stderr = '';
  let stdout = '';
  const keepTail = (acc: string, chunk: Buffer) => (acc + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
  child.stderr?.on('data', (c: Buffer) => (stderr = keepTail(stderr, c)));
  // why drain: a full stdout pipe would block the server's logger.
  child.stdout?.on('data', (c: Buffer) => (stdout = keepTail(stdout, c)));

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((info) => (exitInfo = info));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  let spawnFailure: Error | undefined;
  void spawnError.then((e) => (spawnFailure = e));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await terminate(child, exited, () => exitInfo !== undefined);
    await rm(dataDir, { recursive: true, force: true });
  };

  const timeoutMs = opts.readyTimeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (spawnFailure) throw new Error(`could not start the server (${tsx}): ${spawnFailure.message}`);
      if (exitInfo) {
        throw new Error(
          `the server exited before it was ready (code ${exitInfo.code}, signal ${exitInfo.signal}).\n` +
            `--- stderr (tail) ---\n${stderr}\n--- stdout (tail) ---\n${stdout}`,
        );
      }
      if (await isReady(baseUrl)) break;
      if (Date.now() > deadline) {
        throw new Error(
          `the server did not answer 200 on ${baseUrl}/readyz within ${timeoutMs / 1000} s.\n` +
            `--- stderr (tail) ---\n${stderr}\n--- stdout (tail) ---\n${stdout}`,
        );
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (e) {
    await stop();
    throw e;
  }

  return { baseUrl, dataDir, stop, output: () => stdout };
}

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

async function terminate(
  child: ChildProcess,
  exited: Promise<unknown>,
  hasExited: () => boolean,
): Promise<void> {
  if (hasExited() || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // The server gives itself 10 s to close; after 15 s, stop waiting politely.
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
