/**
 * Vitest global setup: one folder and id per run, for the database templates the test files make
 * and share (helpers/templates.ts). Removes them when the run ends.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { TestRun } from './helpers/templates.js';

export default function setup(project: TestProject): () => Promise<void> {
  pruneOldRuns();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zd-test-run-'));
  const run: TestRun = { dir, id: randomBytes(5).toString('hex'), fieldKey: randomBytes(32).toString('base64') };
  project.provide('zdTestRun', run);
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    const url = process.env.DATABASE_URL;
    if (!url) return;
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      for (const name of ['demo', 'migrated']) await c.query(`drop database if exists zd_tpl_${run.id}_${name} with (force)`);
    } finally {
      await c.end();
    }
  };
}

/** Deletes the folders of runs that ended without their teardown (killed), once a day old. */
function pruneOldRuns(): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const f of fs.readdirSync(os.tmpdir())) {
    if (!f.startsWith('zd-test-run-')) continue;
    const p = path.join(os.tmpdir(), f);
    try {
      if (fs.statSync(p).mtimeMs < dayAgo) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // another run pruned it first
    }
  }
}
