/**
 * A seconds-long check that the benchmarks work: seeds the smoke scale (2 regions, 50 agencies,
 * 2,000 people) and runs the people list and read, the vehicle list, dispatch and floor plan for 2 s each, and
 * times the month's fuel disclosure and the agency compliance view once each. Exits non-zero when a step fails, a JSON line
 * is missing, or any request errored or answered other than 2xx.
 *
 *   bash scripts/with-postgres.sh npm run bench:smoke
 */
import { spawn } from 'node:child_process';
import { repoRoot } from './lib/env.js';
import { tsxBin } from './lib/server.js';

function run(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsxBin, args, { cwd: repoRoot, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (b: Buffer) => { stdout += b.toString(); process.stdout.write(b); });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    console.error('bench:smoke runs on PostgreSQL: bash scripts/with-postgres.sh npm run bench:smoke');
    return 2;
  }
  const seed = await run(['bench/src/seed.ts', '--scale', 'smoke', '--reset']);
  if (seed.code !== 0) { console.error(`bench:smoke: seeding failed (exit ${seed.code})`); return 1; }

  const reports = ['fleet-disclosure', 'estate-compliance-agencies'];
  const loads = ['people-list', 'person-by-id', 'fleet-vehicles', 'fleet-vehicles-next', 'fleet-dispatch', 'estate-floor-plan'];
  const expected = ['floor-pk', 'floor-healthz', ...loads, ...reports];
  const problems: string[] = [];
  {
    const r = await run(['bench/src/run.ts', [...loads, ...reports].join(','), '--duration', '2', '--warmup', '0.5', '--connections', '10']);
    if (r.code !== 0) problems.push(`bench run: exit ${r.code}`);
    for (const text of r.stdout.split('\n').filter((l) => l.startsWith('{'))) {
      const o = JSON.parse(text) as { scenario: string; requestsPerSec: number | null; medianMs?: number; rows?: number; errors: number; non2xx: number };
      const at = expected.indexOf(o.scenario);
      if (at >= 0) expected.splice(at, 1);
      if (o.errors > 0 || o.non2xx > 0) problems.push(`${o.scenario}: ${o.errors} errors, ${o.non2xx} non-2xx responses`);
      if (reports.includes(o.scenario)) {
        if (!o.medianMs || !o.rows) problems.push(`${o.scenario}: no timed report with rows`);
      } else if (!o.requestsPerSec) problems.push(`${o.scenario}: no requests completed`);
    }
  }
  if (expected.length > 0) problems.push(`missing JSON lines: ${expected.join(', ')}`);
  if (problems.length > 0) {
    console.error(`bench:smoke FAILED:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.error('bench:smoke ok');
  return 0;
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
