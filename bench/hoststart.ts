/**
 * Issue 13: how long the development host needs from process start to its first answer (`GET /api/health`) on a
 * store at 10× the 2024 volumes — the built host (`node out/host/cli.mjs`, start-up housekeeping after listening)
 * against the same host transpiled on the fly (`tsx electron/host/cli.ts`), interleaved. Step 9 of `npm run bench`;
 * alone: `npx tsx bench/hoststart.mts [--schaal 10]`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../electron/core/app';
import { seedDemo } from '../db/seed/demo';
import { stats, table, type Stats } from './lib';
import { kopieerAudit } from './logboeken';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The goals of issue 13: a store at 10×, and one of a million rows. */
export const HOSTSTART_DOEL_MS = 1000;
export const HOSTSTART_DOEL_1M_MS = 1500;

export interface HoststartMeting {
  schaal: number;
  mb: number;
  auditRijen: number;
  gebouwd: Stats;
  tsx: Stats;
}

async function eersteAntwoord(cmd: string, args: string[], db: string, poort: number): Promise<number> {
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

/**
 * `extraAudit`: that many more audit entries (copies of the demo's), the table that grows without end, for the goal on
 * a store of a million rows; they are sealed into the hash chain before the timed starts.
 */
export async function benchHoststart(opts: { schaal: number; runs: number; extraAudit?: number; log?: (s: string) => void }): Promise<HoststartMeting> {
  const log = opts.log ?? console.log;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-hoststart-'));
  try {
    const db = path.join(map, 'demo.sqlite');
    log(`Demodata op schaal ${opts.schaal} …`);
    const app = createApp({ dbFile: db, log: () => {} });
    seedDemo(app.ctx.sqlite, { scale: opts.schaal, now: new Date('2026-11-22T09:00:00Z') });
    if (opts.extraAudit) {
      kopieerAudit(app.ctx.sqlite, opts.extraAudit);
    }
    app.close();
    // Opening the store once seals what the seed and the copies wrote (untimed).
    createApp({ dbFile: db, log: () => {} }).close();
    spawnSync(process.execPath, ['scripts/build-host.mjs', '--altijd'], { cwd: ROOT, stdio: 'inherit' });
    const gebouwd: number[] = [];
    const tsx: number[] = [];
    let poort = 47_100 + Math.floor(Math.random() * 5_000);
    // One untimed start first (the first start after seeding also runs the housekeeping once).
    await eersteAntwoord(process.execPath, ['out/host/cli.mjs'], db, poort++);
    for (let i = 0; i < opts.runs; i++) {
      gebouwd.push(await eersteAntwoord(process.execPath, ['out/host/cli.mjs'], db, poort++));
      // One process (tsx as a loader), so that killing it leaves no child listening.
      tsx.push(await eersteAntwoord(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts'], db, poort++));
    }
    const lees = createApp({ dbFile: db, log: () => {} });
    const auditRijen = lees.ctx.sqlite.prepare('SELECT count(*) FROM audit_entry').pluck().get() as number;
    lees.close();
    return { schaal: opts.schaal, mb: Math.round(fs.statSync(db).size / 1e6), auditRijen, gebouwd: stats(gebouwd), tsx: stats(tsx) };
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
}

export function hoststartTabel(m: HoststartMeting): string {
  return table(['host', 'mediaan (ms)', 'p95 (ms)'], [['gebouwd (node out/host/cli.mjs)', m.gebouwd.medianMs, m.gebouwd.p95Ms], ['tsx electron/host/cli.ts', m.tsx.medianMs, m.tsx.p95Ms]]);
}

/** The goal missed, in Dutch, or none. */
export function hoststartDoelen(m: HoststartMeting): string[] {
  const doel = m.auditRijen >= 1_000_000 ? HOSTSTART_DOEL_1M_MS : HOSTSTART_DOEL_MS;
  return m.schaal >= 10 && m.gebouwd.medianMs > doel ? [`host klaar op schaal ${m.schaal} (${m.auditRijen.toLocaleString('nl-BE')} auditregels): ${Math.round(m.gebouwd.medianMs)} ms (doel ≤ ${doel} ms)`] : [];
}
