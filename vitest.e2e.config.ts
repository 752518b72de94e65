import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the real core behind the HTTP host, the built renderer (out/renderer, built by
// `npm run test:e2e` first), files `test/<module>/e2e/*.e2e.ts` and Debian's Chromium through playwright-core. One forked process, files
// one after another (each test starts its own host and browser), generous timeouts.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.e2e.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    env: { TZ: 'Europe/Brussels' },
  },
});
