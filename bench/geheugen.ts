/**
 * Issue 13: the host's memory after an officer opened every register on a store at 30× the 2024 volumes. The built host
 * (`node out/host/cli.mjs`, what `npm run serve` runs) is its own process, so its resident memory is measured alone
 * (Linux: /proc/<pid>/status, VmRSS now and VmHWM the peak); Chromium opens every screen of the main menu and the
 * registers behind tabs, waits until their grids are filled, and scrolls the big ones. Step 10 of `npm run bench`;
 * alone: `npx tsx bench/geheugen.mts [--schaal 30]`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createApp } from '../electron/core/app';
import { seedDemo } from '../db/seed/demo';
import { NAV_ITEMS } from '../renderer/src/app/nav';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The goal of issue 13: resident memory after every register was opened at 30×. */
export const GEHEUGEN_DOEL_MB = 400;

/** Registers behind a tab, besides the screens of the main menu. */
const TABBLADEN = ['/erkenningen/register', '/overeenkomsten/evaluaties', '/samenwerkingsverbanden/trajecten', '/contingenten/deelnames', '/contingenten/evaluatie'];

export interface GeheugenMeting {
  schaal: number;
  schermen: number;
  /** Resident memory after the last screen, and the peak, in MB. */
  rssMb: number;
  piekMb: number;
  naStartMb: number;
}

function geheugen(pid: number): { rss: number; piek: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (veld: string) => Number(new RegExp(`^${veld}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), piek: Math.round(kb('VmHWM') / 1024) };
}

async function klaar(url: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function benchGeheugen(opts: { schaal: number; log?: (s: string) => void }): Promise<GeheugenMeting> {
  const log = opts.log ?? console.log;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-geheugen-'));
  let host: ChildProcess | null = null;
  try {
    const db = path.join(map, 'demo.sqlite');
    log(`Demodata op schaal ${opts.schaal} …`);
    const app = createApp({ dbFile: db, log: () => {} });
    seedDemo(app.ctx.sqlite, { scale: opts.schaal, now: new Date('2026-11-22T09:00:00Z') });
    app.close();
    spawnSync(process.execPath, ['scripts/build-host.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (!fs.existsSync(path.join(ROOT, 'out/renderer/index.html'))) spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
    const poort = 48_100 + Math.floor(Math.random() * 5_000);
    const url = `http://127.0.0.1:${poort}`;
    host = spawn(process.execPath, ['out/host/cli.mjs', '--port', String(poort), '--db', db, '--no-build', '--user', 'Katrien Van den Broeck', '--role', 'zorg-dossierbeheerder'], { cwd: ROOT, stdio: 'ignore' });
    await klaar(url);
    // Let the start-up housekeeping (after listening) finish before the first reading.
    await new Promise((r) => setTimeout(r, 3000));
    const naStart = geheugen(host.pid!);

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
    const paden = [...NAV_ITEMS.map((n) => n.pad), ...TABBLADEN];
    try {
      const page = await (await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1440, height: 900 } })).newPage();
      for (const pad of paden) {
        await page.goto(`${url}/#${pad}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
        const bezig = () => page.locator('.ag-overlay-loading-wrapper >> visible=true').count();
        for (const eind = Date.now() + 120_000; (await bezig()) > 0; ) {
          if (Date.now() > eind) throw new Error(`${pad}: na 2 minuten nog niet geladen`);
          await page.waitForTimeout(100);
        }
        // Scroll the grids a long way down: a paged register then asks more blocks.
        for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 4000);
        await page.waitForTimeout(300);
      }
    } finally {
      await browser.close();
    }
    const na = geheugen(host.pid!);
    return { schaal: opts.schaal, schermen: paden.length, rssMb: na.rss, piekMb: na.piek, naStartMb: naStart.rss };
  } finally {
    if (host) {
      host.kill('SIGKILL');
      await new Promise((r) => host!.once('exit', r));
    }
    fs.rmSync(map, { recursive: true, force: true });
  }
}

export function geheugenDoelen(m: GeheugenMeting): string[] {
  return m.schaal >= 30 && m.rssMb > GEHEUGEN_DOEL_MB ? [`geheugen van de host na alle registers op schaal ${m.schaal}: ${m.rssMb} MB (doel ≤ ${GEHEUGEN_DOEL_MB} MB)`] : [];
}

export function geheugenTekst(m: GeheugenMeting): string {
  return `schaal ${m.schaal}, ${m.schermen} schermen: na de start ${m.naStartMb} MB, na alle registers ${m.rssMb} MB (piek ${m.piekMb} MB; doel ≤ ${GEHEUGEN_DOEL_MB} MB)`;
}
