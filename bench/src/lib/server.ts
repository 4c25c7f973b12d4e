import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { repoRoot } from './env.js';

export const tsxBin = path.join(repoRoot, 'node_modules/.bin/tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first successful readiness response. */
  readyMs: number;
  /** The last lines the process wrote (for error messages). */
  output: () => string;
  stop(): Promise<void>;
}

/** The node flags of the server's `npm start` script (source maps, heap limit), so the bench runs what production runs. */
function productionNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'apps/server/package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((a) => a.startsWith('--'));
}

/**
 * Starts `<entry>` with the environment — compiled JavaScript with node and the flags of
 * `npm start`, TypeScript through tsx — and waits until GET <readyPath> answers 200.
 */
export async function startProcess(entry: string, env: NodeJS.ProcessEnv, port: number, readyPath: string, timeoutMs = 60_000): Promise<Spawned> {
  const t0 = performance.now();
  const [cmd, args] = entry.endsWith('.js') ? [process.execPath, [...productionNodeFlags(), entry]] : [tsxBin, [entry]];
  const child = spawn(cmd, args, { cwd: repoRoot, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (b: Buffer) => { tail = (tail + b.toString()).slice(-4000); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null = null;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', (code, signal) => { exited = code ?? (signal ? 128 : 1); resolve(); }));

  const stop = async () => {
    if (exited !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = t0 + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`${path.basename(entry)} exited with ${exited} before it was ready:\n${tail}`);
    if (performance.now() > deadline) { await stop(); throw new Error(`${path.basename(entry)} not ready after ${timeoutMs} ms:\n${tail}`); }
    try {
      const res = await fetch(`http://127.0.0.1:${port}${readyPath}`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, port, readyMs: performance.now() - t0, output: () => tail, stop };
}

/** The pid that does the work: tsx runs the entry in a child node process; the deepest first descendant. */
export function workerPid(pid: number): number {
  let cur = pid;
  for (let depth = 0; depth < 5; depth++) {
    let first: number | undefined;
    try {
      first = fs.readFileSync(`/proc/${cur}/task/${cur}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)[0];
    } catch { return cur; }
    if (first === undefined) return cur;
    cur = first;
  }
  return cur;
}

export function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch { return null; }
}

/** Samples the RSS of a process every `everyMs`; `stop()` returns the maximum seen, in MB. */
export function sampleRss(pid: number, everyMs = 200): { stop(): number | null; current(): number | null } {
  let max: number | null = null;
  const take = () => { const v = rssMb(pid); if (v !== null && (max === null || v > max)) max = v; };
  take();
  const timer = setInterval(take, everyMs);
  return { stop() { clearInterval(timer); take(); return max; }, current: () => rssMb(pid) };
}

const TICKS_PER_SEC = 100;
/** CPU time (user + system) of a process, in ms; null when it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SEC;
  } catch { return null; }
}

/** CPU time of the local PostgreSQL backends serving database `dbName` (their title names it), in ms. */
export function backendsCpuMs(dbName: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres: ') || !cmd.includes(` ${dbName} `)) continue;
      const ms = cpuMs(Number(e));
      if (ms !== null) out.set(Number(e), ms);
    } catch { /* gone */ }
  }
  return out;
}

/** CPU used by a process, its database backends and this process between start and stop, as % of one core. */
export function sampleCpu(pid: number, dbName: string | null): { stop(): { serverCpuPct: number | null; dbCpuPct: number | null; loadgenCpuPct: number } } {
  const t0 = performance.now();
  const s0 = cpuMs(pid);
  const d0 = dbName ? backendsCpuMs(dbName) : null;
  const l0 = process.cpuUsage();
  return {
    stop() {
      const wall = performance.now() - t0;
      const s1 = cpuMs(pid);
      const l = process.cpuUsage(l0);
      let db: number | null = null;
      if (d0 && dbName) {
        db = 0;
        for (const [p, ms] of backendsCpuMs(dbName)) db += ms - (d0.get(p) ?? 0);
      }
      const pct = (ms: number | null) => (ms === null ? null : Math.round((100 * ms) / wall));
      return { serverCpuPct: pct(s0 !== null && s1 !== null ? s1 - s0 : null), dbCpuPct: pct(db), loadgenCpuPct: pct((l.user + l.system) / 1000)! };
    },
  };
}
