import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'UTC' },
    // One folder per run for the database templates the test files share (test/helpers/templates.ts).
    globalSetup: ['test/global-setup.ts'],
  },
});
