import { defineConfig } from 'vitest/config';

// Unit and integration tests under plain Node. better-sqlite3 is a native module: run test files in
// forked processes. The clock-dependent code takes its clock from the context, so TZ is pinned to
// Europe/Brussels only to make any accidental `new Date()` formatting deterministic.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    // WZT_TEST_TZ=UTC (a second CI pass) shows code that takes a legal date from the machine's time zone.
    env: { TZ: process.env.WZT_TEST_TZ ?? 'Europe/Brussels' },
    testTimeout: 20_000,
    // Holidays outside the generated table come from the library, as in the application.
    setupFiles: ['test/helpers/feestdagen.ts'],
  },
});
