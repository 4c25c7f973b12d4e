/**
 * `npm run job -- <name>`: runs one scheduled job now, in this process, against the configured
 * database, and records it as a manual run. `npm run job` alone lists the jobs.
 * Exit 0 when the job succeeded; 1 when it failed or is unknown; 2 when the server cannot start.
 */
import { buildApp } from '../app.js';
import { ConfigError, loadConfig } from '../platform/config/config.js';
import type { Jobs } from '../platform/jobs/index.js';

async function main(name: string | undefined): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) { console.error(e.message); return 2; }
    throw e;
  }
  // The whole server is composed (every module registers its jobs) but does not listen or poll.
  const app = await buildApp({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  try {
    const jobs = (app.platform as unknown as { jobs?: Jobs }).jobs;
    if (!jobs) { console.error('the jobs engine is not wired into this server'); return 2; }
    const known = jobs.api.registered().sort();
    if (!name) {
      console.log(`定时任务 / jobs:\n${known.map((n) => `  ${n}`).join('\n')}`);
      return 0;
    }
    if (!known.includes(name)) {
      console.error(`没有名为 ${name} 的任务 / no job named ${name}. Jobs: ${known.join(', ')}`);
      return 1;
    }
    const started = Date.now();
    const { runId, done } = await jobs.api.runNow(name, { accountId: null, name: 'cli', ip: null });
    const result = await done;
    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (result.status === 'succeeded') {
      console.log(`任务 ${name} 已完成 / job ${name} succeeded in ${took} (run ${runId})`);
      return 0;
    }
    console.error(`任务 ${name} 失败 / job ${name} failed after ${took} (run ${runId}): ${result.error ?? ''}`);
    return 1;
  } finally {
    await app.close();
  }
}

main(process.argv[2]).then((code) => process.exit(code), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
