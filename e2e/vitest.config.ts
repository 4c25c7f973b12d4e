import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (each starts its own server and Chromium).
export default defineConfig({
  test: {
    include: ['specs/**/*.e2e.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // why: on a loaded two-core CI machine a browser step can miss its timeout once; a test that
    // fails twice in a row still fails the run, and every retry is printed in the report.
    retry: process.env.CI ? 1 : 0,
    // One folder per run for the seeded data folder the specs' servers copy (support/server-template.ts).
    globalSetup: ['support/global-setup.ts'],
  },
});
