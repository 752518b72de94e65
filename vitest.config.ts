import { defineConfig } from 'vitest/config';

// Unit and integration tests under plain Node. better-sqlite3 is a native module: run test files in
// forked processes. The clock-dependent code takes its clock from the context, so TZ is pinned to
// Europe/Brussels only to make any accidental `new Date()` formatting deterministic.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    env: { TZ: 'Europe/Brussels' },
    testTimeout: 20_000,
  },
});
