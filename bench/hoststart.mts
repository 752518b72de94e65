/**
 * Issue 13: how long the development host needs from process start to its first answer (`GET /api/health`) on a
 * store at 10× the 2024 volumes — the built host (`node out/host/cli.mjs`, start-up housekeeping after listening)
 * against the same host transpiled on the fly (`tsx electron/host/cli.ts`), interleaved, 5 runs each.
 *
 *   npx tsx bench/hoststart.mts [--schaal 10]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../electron/core/app';
import { seedDemo } from '../db/seed/demo';
import { stats, table } from './lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schaal = Number(process.argv[process.argv.indexOf('--schaal') + 1]) || 10;

async function eersteAntwoord(cmd: string, args: string[], poort: number): Promise<number> {
  const start = performance.now();
  const p = spawn(cmd, [...args, '--port', String(poort), '--db', db, '--no-build'], { cwd: ROOT, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const r = await fetch(`http://127.0.0.1:${poort}/api/health`);
        if (r.ok) return performance.now() - start;
      } catch {
        /* not yet listening */
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    p.kill('SIGKILL');
    await new Promise((r) => p.once('exit', r));
  }
}

const map = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-hoststart-'));
const db = path.join(map, 'demo.sqlite');
console.log(`Demodata op schaal ${schaal} …`);
const app = createApp({ dbFile: db, log: () => {} });
const s = seedDemo(app.ctx.sqlite, { scale: schaal, now: new Date('2026-11-22T09:00:00Z') });
app.close();
console.log(`  ${s.organisaties} organisaties; ${(fs.statSync(db).size / 1e6).toFixed(0)} MB`);
spawnSync(process.execPath, ['scripts/build-host.mjs', '--altijd'], { cwd: ROOT, stdio: 'inherit' });

const gebouwd: number[] = [];
const tsx: number[] = [];
let poort = 47_100 + Math.floor(Math.random() * 5_000);
// One untimed start of each first (the first start after seeding also runs the housekeeping once).
await eersteAntwoord(process.execPath, ['out/host/cli.mjs'], poort++);
for (let i = 0; i < 5; i++) {
  gebouwd.push(await eersteAntwoord(process.execPath, ['out/host/cli.mjs'], poort++));
  // One process (tsx as a loader), so that killing it leaves no child listening.
  tsx.push(await eersteAntwoord(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts'], poort++));
}
const g = stats(gebouwd);
const t = stats(tsx);
console.log(table(['host', 'mediaan (ms)', 'p95 (ms)'], [['gebouwd (node out/host/cli.mjs)', g.medianMs, g.p95Ms], ['tsx electron/host/cli.ts', t.medianMs, t.p95Ms]]));
console.log(`Doel: ≤ 1000 ms op schaal 10 — ${g.medianMs <= 1000 ? 'gehaald' : 'NIET gehaald'}`);
fs.rmSync(map, { recursive: true, force: true });
process.exit(g.medianMs <= 1000 ? 0 : 1);
