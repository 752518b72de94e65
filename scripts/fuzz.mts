/**
 * `npm run fuzz` — the schema fuzzing of every API method (test/platform/core/fuzz.test.ts) with 10,000
 * inputs per method instead of the 200 of `npm test` (FUZZ_RUNS overrides; expect about an hour).
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
const r = spawnSync('npx', ['vitest', 'run', 'test/platform/core/fuzz.test.ts', ...process.argv.slice(2)], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
