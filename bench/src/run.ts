/**
 * Load scenarios against the real server.
 *
 *   npm run bench -- <scenario[,scenario…]|all> [--duration 10] [--connections 50] [--warmup 2] [--cold-starts 3] [--tsx]
 *
 * Uses the database seeded by `npm run bench:seed` (DATABASE_URL, else DATA_DIR / --data-dir,
 * default ./.data-bench). Each run first measures the floor: a prepared primary-key read served by
 * a bare Fastify server on the same database (floor-server.ts; stopped before the product starts,
 * as an embedded database admits one process), and the product's own /healthz (a bare route in the
 * product's process). Then it builds and starts the product as `npm start` does (`node
 * apps/server/dist/src/main.js`; with --tsx, the sources through tsx), DEMO=0, signs in
 * and drives each scenario with autocannon, sampling the server's RSS. Prints one JSON line per
 * scenario on stdout; progress goes to stderr.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { flag, numberOpt, parseArgs, stringOpt } from './lib/args.js';
import { BENCH_PASSWORD, repoRoot, serverEnv, targetFromEnv, type Target } from './lib/env.js';
import { runLoad, type LoadResult } from './lib/load.js';
import { moduleLoad, moduleLoadScenarios, moduleReport, moduleReportScenarios, randomCursors, signInWithCsrf, type ModuleLoadScenario, type ModuleReportScenario } from './lib/module-scenarios.js';
import { freePort, sampleCpu, sampleRss, startProcess, workerPid, type Spawned } from './lib/server.js';

const readScenarios = ['people-list', 'people-list-head', 'people-list-next', 'people-search', 'agency-list', 'person-by-id', 'audit-records'] as const;
export const scenarios = ['floor', ...readScenarios, 'login-storm', ...moduleLoadScenarios, ...moduleReportScenarios, 'cold-start'] as const;
type Scenario = (typeof scenarios)[number];

const log = (msg: string) => process.stderr.write(`bench ${msg}\n`);
const pickFrom = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const round = (n: number | null, d = 1) => (n === null ? null : Number(n.toFixed(d)));
/** Frequent surnames (the generator weights them by rank). */
const searchSurnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '林'];

interface CpuUse { serverCpuPct: number | null; dbCpuPct: number | null; loadgenCpuPct: number }
interface Sample { personIds: string[]; agencyIds: string[]; loginUsers: string[]; people: number; auditRecords: number; scale: string | null }
interface Ctx {
  target: Target; sample: Sample; duration: number; connections: number; warmup: number;
  floorPkRps: number | null; scale: string; tsx: boolean;
}

function line(ctx: Ctx, scenario: string, r: (LoadResult & Partial<CpuUse>) | null, rssMaxMb: number | null, extra: Record<string, unknown> = {}) {
  const out = {
    scenario, scale: ctx.scale, db: ctx.target.kind,
    requestsPerSec: r?.requestsPerSec ?? null, p50Ms: r?.p50Ms ?? null, p95Ms: r?.p95Ms ?? null, p99Ms: r?.p99Ms ?? null,
    errors: r?.errors ?? 0, non2xx: r?.non2xx ?? 0, rssMaxMb: round(rssMaxMb, 0),
    floorRatio: r && ctx.floorPkRps ? round(r.requestsPerSec / ctx.floorPkRps, 3) : null,
    connections: ctx.connections, durationSec: ctx.duration, loadAvg1: round(os.loadavg()[0]!, 1),
    ...(r?.statuses ? { statuses: r.statuses } : {}),
    ...(r && 'serverCpuPct' in r ? { serverCpuPct: r.serverCpuPct, dbCpuPct: r.dbCpuPct, loadgenCpuPct: r.loadgenCpuPct } : {}),
    ...extra,
  };
  console.log(JSON.stringify(out));
  return out;
}

/** Warm-up (not recorded), then the measured run with the RSS of `pid` sampled throughout. */
async function measure(ctx: Ctx, pid: number, o: Omit<Parameters<typeof runLoad>[0], 'connections' | 'durationSec'>) {
  if (ctx.warmup > 0) await runLoad({ ...o, connections: ctx.connections, durationSec: ctx.warmup });
  const rss = sampleRss(pid);
  const cpu = sampleCpu(pid, ctx.target.databaseUrl ? new URL(ctx.target.databaseUrl).pathname.slice(1) || 'postgres' : null);
  const r = await runLoad({ ...o, connections: ctx.connections, durationSec: ctx.duration });
  return { r: { ...r, ...cpu.stop() }, rss: rss.stop() };
}

async function signIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${body.slice(0, 300)} — was the database seeded with npm run bench:seed?`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('zd_session='));
  if (!cookie) throw new Error(`sign-in of ${username}: no session cookie`);
  return cookie;
}

async function probe(base: string, path: string, cookie: string): Promise<void> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${body.slice(0, 300)}`);
}

/** The server as production runs it (`npm start`: the compiled build), or the TypeScript sources through tsx with --tsx. */
async function startProduct(ctx: Ctx): Promise<Spawned> {
  const port = await freePort();
  return startProcess(ctx.tsx ? 'apps/server/src/main.ts' : 'apps/server/dist/src/main.js', serverEnv(ctx.target, { HOST: '127.0.0.1', DEMO: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production', SECURE_COOKIES: '0' }), port, '/readyz', 120_000);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const requested = (args.positional[0] ?? 'all').split(',').filter(Boolean);
  for (const w of requested) if (w !== 'all' && !(scenarios as readonly string[]).includes(w)) throw new Error(`unknown scenario "${w}"; one of: all, ${scenarios.join(', ')} (or several, comma-separated)`);
  const all = requested.includes('all');
  const wanted = new Set<Scenario>(all ? scenarios : requested as Scenario[]);
  const dataDirOpt = args.options.get('data-dir');
  const ctx: Ctx = {
    target: targetFromEnv(typeof dataDirOpt === 'string' ? dataDirOpt : undefined),
    sample: { personIds: [], agencyIds: [], loginUsers: [], people: 0, auditRecords: 0, scale: null },
    duration: numberOpt(args, 'duration', 10), connections: numberOpt(args, 'connections', 50), warmup: numberOpt(args, 'warmup', 2),
    floorPkRps: null, scale: 'unknown', tsx: flag(args, 'tsx'),
  };
  if (!ctx.tsx) {
    log('building the server (npm run build -w apps/server), as npm start does');
    execFileSync('npm', ['run', 'build', '-w', 'apps/server'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const coldStarts = Math.max(1, Math.round(numberOpt(args, 'cold-starts', 3)));
  const skipFloor = flag(args, 'no-floor');

  // 1. The primary-key floor (and the sample the scenarios draw from).
  {
    const port = await freePort();
    const floor = await startProcess('bench/src/floor-server.ts', serverEnv(ctx.target), port, '/healthz');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/sample`);
      ctx.sample = await res.json() as Sample;
      ctx.scale = stringOpt(args, 'scale', ctx.sample.scale ?? `${ctx.sample.people}-people`);
      if (ctx.sample.personIds.length === 0) throw new Error('no people in the database: run npm run bench:seed first');
      log(`${ctx.target.kind}, scale ${ctx.scale} (${ctx.sample.people} people, ${ctx.sample.auditRecords} audit records), ${ctx.connections} connections, ${ctx.duration} s per scenario`);
      if (!skipFloor) {
        log('floor-pk: GET /pk/:id, prepared select by primary key, bare Fastify');
        const { r, rss } = await measure(ctx, workerPid(floor.child.pid!), { url: `http://127.0.0.1:${port}`, nextPath: () => `/pk/${pickFrom(ctx.sample.personIds)}` });
        ctx.floorPkRps = r.requestsPerSec;
        line(ctx, 'floor-pk', r, rss);
      }
    } finally { await floor.stop(); }
  }

  // 2. The product.
  log('starting the server');
  let server = await startProduct(ctx);
  const firstReadyMs = server.readyMs;
  try {
    let base = `http://127.0.0.1:${server.port}`;
    const pid = () => workerPid(server.child.pid!);
    log(`ready in ${Math.round(firstReadyMs)} ms (pid ${pid()})`);
    if (!skipFloor) {
      log('floor-healthz: GET /healthz in the product process');
      const { r, rss } = await measure(ctx, pid(), { url: base, nextPath: () => '/healthz' });
      line(ctx, 'floor-healthz', r, rss);
      // why restart: tens of thousands of requests a second grow the heap; the scenarios' RSS is then their own.
      await server.stop();
      server = await startProduct(ctx);
      base = `http://127.0.0.1:${server.port}`;
    }
    const center = await signIn(base, 'bench-center');

    for (const s of scenarios) {
      if (!wanted.has(s) || s === 'floor' || s === 'cold-start') continue;
      log(s);
      if (s === 'login-storm') {
        // Distinct accounts, so that no single account row is contended; every sign-in verifies an argon2id hash.
        const users = ctx.sample.loginUsers;
        if (users.length === 0) throw new Error('no bench-user-* accounts: run npm run bench:seed');
        let i = 0;
        const { r, rss } = await measure(ctx, pid(), {
          url: base, method: 'POST', headers: { 'content-type': 'application/json' },
          nextPath: () => '/api/v1/auth/login', nextBody: () => JSON.stringify({ username: users[i++ % users.length], password: BENCH_PASSWORD }),
        });
        line(ctx, s, r, rss);
        continue;
      }
      if ((moduleLoadScenarios as readonly string[]).includes(s)) {
        const o = await moduleLoad(s as ModuleLoadScenario, base, await signInWithCsrf(base, 'bench-center', BENCH_PASSWORD), ctx.sample.agencyIds);
        const { r, rss } = await measure(ctx, pid(), o);
        line(ctx, s, r, rss);
        continue;
      }
      if ((moduleReportScenarios as readonly string[]).includes(s)) {
        const rss = sampleRss(pid());
        const extra = await moduleReport(s as ModuleReportScenario, base, await signInWithCsrf(base, 'bench-center', BENCH_PASSWORD));
        line(ctx, s, null, rss.stop(), extra);
        continue;
      }
      const cookie = s === 'audit-records' ? await signIn(base, 'bench-auditor') : center;
      const peoplePages = Math.max(1, Math.floor(ctx.sample.people / 20));
      const agencyPages = Math.max(1, Math.floor(ctx.sample.agencyIds.length / 20));
      const cursors = s === 'people-list-next' ? await randomCursors(base, '/api/v1/org/people', { cookie: center, csrf: '' }, ctx.sample.people) : [];
      const nextPath: Record<(typeof readScenarios)[number], () => string> = {
        'people-list': () => `/api/v1/org/people?page=${1 + Math.floor(Math.random() * peoplePages)}&pageSize=20`,
        'people-list-next': () => `/api/v1/org/people?after=${pickFrom(cursors)}&pageSize=20`,
        'people-list-head': () => `/api/v1/org/people?page=${1 + Math.floor(Math.random() * Math.min(10, peoplePages))}&pageSize=20`,
        'people-search': () => `/api/v1/org/people?q=${encodeURIComponent(pickFrom(searchSurnames))}&agencyId=${pickFrom(ctx.sample.agencyIds)}&pageSize=20`,
        'agency-list': () => `/api/v1/org/agencies?page=${1 + Math.floor(Math.random() * agencyPages)}&pageSize=20`,
        'person-by-id': () => `/api/v1/org/people/${pickFrom(ctx.sample.personIds)}`,
        'audit-records': () => `/api/v1/audit/records?page=${1 + Math.floor(Math.random() * 50)}&pageSize=20`,
      };
      const next = nextPath[s as keyof typeof nextPath];
      await probe(base, next(), cookie);
      const { r, rss } = await measure(ctx, pid(), { url: base, headers: { cookie }, nextPath: next });
      line(ctx, s, r, rss);
    }

    if (wanted.has('cold-start')) {
      // Spawn → /readyz 200, with the data in place (the compiled server as npm start runs it; with --tsx, tsx compiles on each start).
      const runs: number[] = [Math.round(firstReadyMs)];
      for (let k = 1; k < coldStarts; k++) {
        await server.stop();
        server = await startProduct(ctx);
        runs.push(Math.round(server.readyMs));
      }
      const sorted = [...runs].sort((a, b) => a - b);
      log(`cold-start: ${runs.join(', ')} ms`);
      line(ctx, 'cold-start', null, sampleRss(pid()).stop(), { coldStartMs: sorted[Math.floor((sorted.length - 1) / 2)], coldStartMaxMs: sorted[sorted.length - 1], coldStartRunsMs: runs });
    }
  } catch (e) {
    process.stderr.write(server.output());
    throw e;
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
