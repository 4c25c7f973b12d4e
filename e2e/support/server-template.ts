/**
 * A data folder with the demo tenant already seeded, made once per run and copied by each spec's
 * server (startServer), instead of every spec's server seeding ~120 vehicles, a year of trips and
 * the estate data again (~20 s on two cores). The server starts on the copy as it restarts on its
 * own folder: the seeds find their data and add nothing.
 *
 * Made by the first startServer that needs it (scripts/seed-data-dir.mjs: the whole server is
 * composed on the folder and closed, without listening or starting its workers), under a lock in
 * the run's folder that support/global-setup.ts provides. Not used with DATABASE_URL (the data is
 * then in the database server), without the global setup, with env overrides that could change
 * what is seeded, or when the template is from another day (UTC or Asia/Shanghai) or older than
 * an hour (the demo seed writes dates relative to "now").
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
// why across the workspace: one lock-file helper for the server's test templates and these.
import { withFileLock } from '../../apps/server/test/helpers/file-lock.js';
import { repoRoot } from './paths.js';

/** What support/global-setup.ts hands to the specs. */
export interface E2eRun {
  /** Folder of this run (lock, seeded template); deleted when the run ends. */
  dir: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    zdE2eRun: E2eRun | null;
  }
}

/** Env overrides a spec may pass and still start on the seeded template (they change nothing the seed writes). */
const SEED_NEUTRAL = new Set(['WEB_DIST', 'LOG_LEVEL']);
const MAX_AGE_MS = 60 * 60_000;

/** The template of this run; `dir` null when making it failed (the servers then seed their own folders). */
interface Marker { dir: string | null; madeAt: string }

function e2eRun(): E2eRun | null {
  try {
    return inject('zdE2eRun') ?? null;
  } catch {
    // why: outside a vitest worker there is nothing injected; the server seeds its own folder.
    return null;
  }
}

const dayIn = (d: Date, offsetHours: number) => new Date(d.getTime() + offsetHours * 3600_000).toISOString().slice(0, 10);

/** Runs scripts/seed-data-dir.mjs on `dataDir` with the server's environment; throws with its output when it fails. */
async function seedDataDir(env: Record<string, string>, dataDir: string): Promise<void> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [path.join(repoRoot, 'e2e', 'scripts', 'seed-data-dir.mjs')], {
    cwd: path.join(repoRoot, 'apps', 'server'),
    env: { ...env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (c: Buffer) => { output = (output + c.toString('utf8')).slice(-8192); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  });
  if (code !== 0) throw new Error(`seeding the template data folder failed (exit ${code}):\n${output}`);
}

/**
 * The seeded template folder to copy for a server with this environment, or null when the server
 * must seed its own folder (see the file comment). `env` is the server's full environment.
 */
export async function seededTemplate(env: Record<string, string>, overrides: Record<string, string> = {}): Promise<string | null> {
  const run = e2eRun();
  if (!run || env.DATABASE_URL || env.DEMO !== '1') return null;
  if (Object.keys(overrides).some((k) => !SEED_NEUTRAL.has(k) && !(k === 'DEMO' && overrides[k] === '1'))) return null;
  const markerFile = path.join(run.dir, 'seeded.json');
  const read = (): Marker | null => {
    try {
      return JSON.parse(fs.readFileSync(markerFile, 'utf8')) as Marker;
    } catch {
      return null;
    }
  };
  const marker = read() ?? await withFileLock(path.join(run.dir, 'seeded.lock'), async () => {
    const again = read();
    if (again) return again;
    const dir = path.join(run.dir, 'seeded');
    fs.rmSync(dir, { recursive: true, force: true });
    const madeAt = new Date().toISOString();
    let m: Marker = { dir, madeAt };
    try {
      await seedDataDir(env, dir);
    } catch (e) {
      // why not fail the spec: its server seeds its own folder as before, and says what is wrong if that fails too.
      console.warn(`e2e: no seeded template this run, every server seeds its own data folder: ${(e as Error).message}`);
      m = { dir: null, madeAt };
    }
    fs.writeFileSync(`${markerFile}.tmp`, JSON.stringify(m));
    fs.renameSync(`${markerFile}.tmp`, markerFile);
    return m;
  });
  const made = new Date(marker.madeAt);
  const now = new Date();
  const fresh = now.getTime() - made.getTime() < MAX_AGE_MS && dayIn(now, 0) === dayIn(made, 0) && dayIn(now, 8) === dayIn(made, 8);
  return fresh && marker.dir ? marker.dir : null;
}
