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
  },
});
