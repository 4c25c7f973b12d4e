/**
 * Vitest global setup of the browser tests: one folder per run for the seeded data folder the
 * specs' servers copy (support/server-template.ts). Removed when the run ends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { E2eRun } from './server-template.js';

export default function setup(project: TestProject): () => void {
  pruneOldRuns();
  const run: E2eRun = { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'zd-e2e-run-')) };
  project.provide('zdE2eRun', run);
  return () => fs.rmSync(run.dir, { recursive: true, force: true });
}

/** Deletes the folders of runs that ended without their teardown (killed), once a day old. */
function pruneOldRuns(): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const f of fs.readdirSync(os.tmpdir())) {
    if (!f.startsWith('zd-e2e-run-')) continue;
    const p = path.join(os.tmpdir(), f);
    try {
      if (fs.statSync(p).mtimeMs < dayAgo) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // another run pruned it first
    }
  }
}
