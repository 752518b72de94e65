/**
 * Issue 13: the agreements register in Chromium at 10× and 30× the 2024 volumes, against a bare AG Grid page doing
 * the same work — one hand-written SQL page of the same 100 rows (plus the count) as JSON, drawn by AG Grid's infinite
 * row model without React, Mantine or the router. The goal's ratio: opening the register in the running app (menu
 * click → the first frame showing row 0's data) against a new bare grid on a loaded page (create → the same), both
 * timed in the page. For information also
 * whole page loads (scripts from the browser cache, as an officer's second visit), where the app's start (React,
 * Mantine, the shell) comes on top. Interleaved runs.
 *
 * Also: a sort by the "Begeleider" header in the app (click → first row of the new order drawn) and the page request
 * with a column filter and with a quick search over HTTP (the core's share of a filter round trip; the grid's own
 * typing debounce comes on top).
 *
 *   npx tsx bench/grid.ts [--schalen 10,30] [--runs 15]   (also part of `npm run bench`)
 *
 * Exits non-zero when a goal of issue 13 is missed: first rows at 10× ≤ 1.3× the bare page, at 30× no slower than at
 * 10× (within 15 % noise), sort and filter round trips ≤ 150 ms at 10×.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { aanmelden, createApp } from '../electron/core/app';
import { startHttpHost } from '../electron/host/server';
import { seedDemo } from '../db/seed/demo';
import { getalOptie, interleaved, ms, optie, ratio, table, type Gemeten, type Stats } from './lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHALEN = (optie('--schalen') ?? '10,30').split(',').map(Number);
const RUNS = getalOptie('--runs', 15);

const BARE_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>AG Grid</title><script src="/ag-grid.js"></script></head>
<body><div id="g" style="height:560px;width:1400px"></div><script>
const velden = ['id', 'organisatieNaam', 'erkenningsnummer', 'deelnemer', 'insz', 'werkpostNaam', 'startdatum', 'einddatum', 'eindeReden', 'laatsteEvaluatie', 'bron'];
let api = null;
// The grid made afresh on the loaded page (window.maak) or at load (page load measurement).
window.maak = () => {
  api?.destroy();
  api = agGrid.createGrid(document.getElementById('g'), {
    columnDefs: velden.map((field) => ({ field })),
    rowModelType: 'infinite', cacheBlockSize: 100,
    getRowId: (p) => String(p.data.id),
    datasource: { getRows(p) { fetch('/rijen?start=' + p.startRow + '&aantal=' + (p.endRow - p.startRow)).then((r) => r.json()).then((d) => p.successCallback(d.rijen, d.totaal)); } },
  });
};
maak();
</script></body></html>`;

/** The bare page's server: the grid script, the page, and one hand-written SQL page of agreements. */
function bareServer(dbFile: string): Promise<{ url: string; close: () => void }> {
  const app = createApp({ dbFile, log: () => {}, opstartTakenUitstellen: true });
  const db = app.ctx.sqlite;
  const rijen = db.prepare(`
    SELECT o.id, org.naam AS organisatieNaam, e.erkenningsnummer, substr(d.voornaam, 1, 1) || '.' || substr(d.achternaam, 1, 1) || '.' AS deelnemer,
           substr(d.insz, 1, 8) || '-***.**' AS insz, o.werkpost_naam AS werkpostNaam, o.startdatum, o.einddatum, o.einde_reden AS eindeReden,
           (SELECT max(v.datum) FROM evaluatie v WHERE v.overeenkomst_id = o.id) AS laatsteEvaluatie, o.bron
      FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id JOIN erkenning e ON e.id = o.erkenning_id JOIN deelnemer d ON d.id = o.deelnemer_id
     ORDER BY o.startdatum DESC, o.id DESC LIMIT ? OFFSET ?`);
  const tel = db.prepare('SELECT count(*) FROM overeenkomst').pluck();
  const script = fs.readFileSync(path.join(ROOT, 'node_modules/ag-grid-community/dist/ag-grid-community.min.js'));
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/ag-grid.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'public, max-age=31536000, immutable' });
      return void res.end(script);
    }
    if (u.pathname === '/rijen') {
      const body = JSON.stringify({ rijen: rijen.all(Number(u.searchParams.get('aantal')), Number(u.searchParams.get('start'))), totaal: tel.get() });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return void res.end(body);
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(BARE_HTML);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => (server.close(), app.close()) });
    }),
  );
}

/** Row 0's begeleider in a grid: the cell that shows the first row's data. */
const RIJ = (grid: string) => `${grid} .ag-row[row-index="0"] [col-id="organisatieNaam"]`;

type Meter = (start: () => void, rij: string) => Promise<number>;
/**
 * Timed in the page, for the app and the bare grid alike: from `start` (the click on the menu link, making the bare
 * grid) to the first animation frame in which row 0 shows its data — the frame that paints it. (Until 2026-12-04 the
 * clock ran in Node, over the protocol's round trips and, for the app, Playwright's query for the link.) As text,
 * evaluated in the page: the bundler's helpers for named functions do not exist there.
 */
const TOT_EERSTE_RIJ = `(start, rij) => new Promise((resolve) => {
  const t0 = performance.now();
  const kijk = () => (document.querySelector(rij)?.textContent ? resolve(performance.now() - t0) : requestAnimationFrame(kijk));
  start();
  requestAnimationFrame(kijk);
})`;

/**
 * Waits until the grid's first row shows its data: the begeleider's name in it. (Until 2026-12-04 the bench waited for
 * any cell of row 0, which the infinite row model draws empty while the block loads: it timed the placeholder row.)
 */
async function eersteDataRij(page: Page, grid: string): Promise<void> {
  await page.waitForFunction((sel) => !!document.querySelector(sel)?.textContent, RIJ(grid));
}

async function eersteRij(page: Page, url: string, grid: string): Promise<void> {
  // A page in the background gets no animation frames (AG Grid draws in them): the measured page is in front.
  await page.bringToFront();
  await page.goto('about:blank');
  await page.goto(url);
  await eersteDataRij(page, grid);
}

/**
 * In the app: from the click on "Overeenkomsten AMA WVG" in the menu (another screen open: the overview, reached and
 * settled before the clock starts) to the first row drawn. The click is dispatched in the page, as the bare grid is made
 * in the page (Playwright's own click first waits for the link to be stable over two animation frames).
 */
async function appOpenen(page: Page): Promise<Gemeten> {
  await page.bringToFront();
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await nav.getByRole('link', { name: 'Overzicht', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  await page.waitForLoadState('networkidle');
  const link = await nav.getByRole('link', { name: 'Overeenkomsten AMA WVG', exact: true }).elementHandle();
  const gemetenMs = await link.evaluate(
    (a, [meet, rij]) => (new Function(`return ${meet}`)() as Meter)(() => (a as HTMLElement).click(), rij),
    [TOT_EERSTE_RIJ, RIJ('[aria-label="Register van overeenkomsten"]')] as const,
  );
  return { gemetenMs };
}

/** The bare page: a new grid on the loaded page, to its first row drawn. */
async function kaalMaken(page: Page): Promise<Gemeten> {
  await page.bringToFront();
  const gemetenMs = await page.evaluate(
    ([meet, rij]) => (new Function(`return ${meet}`)() as Meter)(() => (window as unknown as { maak: () => void }).maak(), rij),
    [TOT_EERSTE_RIJ, RIJ('#g')] as const,
  );
  return { gemetenMs };
}

export interface GridMeting {
  schaal: number;
  overeenkomsten: number;
  /** Opening the register in the running app against a bare grid made on a loaded page (the goal's ratio). */
  app: Stats;
  kaal: Stats;
  ratio: number;
  /** Loading the whole page (the app starting on the register) against the bare page loading: for information. */
  appLaden: Stats;
  kaalLaden: Stats;
  ratioLaden: number;
  sortering: Stats;
  filterApi: Stats;
  zoekApi: Stats;
}

export async function benchGrid(schaal: number, runs = RUNS): Promise<GridMeting> {
  if (!fs.existsSync(path.join(ROOT, 'out/renderer/index.html'))) spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-grid-'));
  const dbFile = path.join(map, 'demo.sqlite');
  const app = createApp({ dbFile, log: () => {}, opstartTakenUitstellen: true });
  try {
    seedDemo(app.ctx.sqlite, { scale: schaal, now: new Date('2026-11-22T09:00:00Z') });
    const db = app.ctx.sqlite;
    const overeenkomsten = db.prepare('SELECT count(*) FROM overeenkomst').pluck().get() as number;
    const caller = aanmelden(db, { gebruiker: 'Katrien Van den Broeck', rol: 'zorg-dossierbeheerder' });
    const host = await startHttpHost({ app, caller, port: 0, staticDir: path.join(ROOT, 'out/renderer') });
    const kaal = await bareServer(dbFile);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
    try {
      const ctx = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1440, height: 900 } });
      const pApp = await ctx.newPage();
      const pKaal = await ctx.newPage();
      const appUrl = `${host.url}/#/overeenkomsten`;
      const laden = await interleaved(
        { app: () => eersteRij(pApp, appUrl, '[aria-label="Register van overeenkomsten"]'), kaal: () => eersteRij(pKaal, kaal.url, '#g') },
        { runs, warmup: 2 },
      );
      const r = await interleaved({ app: () => appOpenen(pApp), kaal: () => kaalMaken(pKaal) }, { runs, warmup: 2 });

      // Sort by the begeleider's header: from the click to the first row of the new order.
      const eersteNaam = db.prepare('SELECT o.naam FROM overeenkomst v JOIN organisatie o ON o.id = v.organisatie_id ORDER BY o.naam COLLATE NOCASE, v.id LIMIT 1').pluck().get() as string;
      const laatsteNaam = db.prepare('SELECT o.naam FROM overeenkomst v JOIN organisatie o ON o.id = v.organisatie_id ORDER BY o.naam COLLATE NOCASE DESC, v.id DESC LIMIT 1').pluck().get() as string;
      const grid = pApp.locator('[aria-label="Register van overeenkomsten"]');
      const kop = grid.locator('.ag-header-cell[col-id="organisatieNaam"] .ag-header-cell-label');
      await pApp.bringToFront();
      let stap = 0;
      const sortering = (
        await interleaved(
          {
            sortering: async (): Promise<Gemeten> => {
              // none → asc → desc → none: time the steps that end on a known first row (the click back to none is not in the clock).
              for (;;) {
                stap = (stap + 1) % 3;
                const t0 = performance.now();
                await kop.evaluate((el) => (el as HTMLElement).click()); // in the page, as for opening (no actionability wait)
                if (stap === 0) continue;
                const naam = stap === 1 ? eersteNaam : laatsteNaam;
                await pApp.waitForFunction(([sel, n]) => document.querySelector(sel)?.textContent === n, [RIJ('[aria-label="Register van overeenkomsten"]'), naam] as const);
                return { gemetenMs: performance.now() - t0 };
              }
            },
          },
          { runs, warmup: 1 },
        )
      ).sortering;

      // A column filter and a quick search as the grid sends them, over HTTP to the host.
      const post = (input: unknown) =>
        fetch(`${host.url}/api/overeenkomst.pagina`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }).then((x) => x.json());
      const api = await interleaved(
        {
          filterApi: () => post({ start: 0, aantal: 100, sortering: [{ colId: 'startdatum', sort: 'desc' }], filters: { werkpostNaam: { filterType: 'text', type: 'contains', filter: 'bakkerij' } } }),
          zoekApi: () => post({ start: 0, aantal: 100, sortering: [{ colId: 'startdatum', sort: 'desc' }], zoek: 'Lokeren' }),
        },
        { runs, warmup: 2 },
      );
      return { schaal, overeenkomsten, app: r.app, kaal: r.kaal, ratio: ratio(r.app, r.kaal), appLaden: laden.app, kaalLaden: laden.kaal, ratioLaden: ratio(laden.app, laden.kaal), sortering, filterApi: api.filterApi, zoekApi: api.zoekApi };
    } finally {
      await browser.close();
      await host.close();
      kaal.close();
    }
  } finally {
    app.close();
    fs.rmSync(map, { recursive: true, force: true });
  }
}

/** The goals of issue 13 for the register; the list of what was missed (empty: all met). */
export function gridDoelen(m: GridMeting[]): string[] {
  const gemist: string[] = [];
  const tien = m.find((x) => x.schaal === 10);
  // The words: "first rows … at 10× within 1.3× of the bare AG Grid page, at 30× no slower than at 10×" — the
  // ratio's bar is at 10× (until 2026-12-04 the bench held every scale to it); the ratio at 30× is printed for information.
  if (tien && tien.ratio > 1.3) gemist.push(`register openen op schaal 10: ${tien.ratio}× een kale AG Grid (doel ≤ 1,3×)`);
  const dertig = m.find((x) => x.schaal === 30);
  if (tien && dertig && dertig.app.medianMs > tien.app.medianMs * 1.15) gemist.push(`eerste rijen op schaal 30 (${ms(dertig.app.medianMs)}) trager dan op schaal 10 (${ms(tien.app.medianMs)})`);
  if (tien) {
    for (const [naam, s] of [['sorteren', tien.sortering], ['kolomfilter', tien.filterApi], ['snel zoeken', tien.zoekApi]] as const) {
      if (s.medianMs > 150) gemist.push(`${naam} op schaal 10: ${ms(s.medianMs)} (doel ≤ 150 ms)`);
    }
  }
  return gemist;
}

export function gridTabel(m: GridMeting[]): string {
  return table(
    ['schaal', 'overeenkomsten', 'register openen', 'kale grid', 'verhouding', 'pagina laden: app', 'kaal', 'verhouding', 'sorteren (klik → rij)', 'kolomfilter (HTTP)', 'snel zoeken (HTTP)'],
    m.map((x) => [
      x.schaal, x.overeenkomsten.toLocaleString('nl-BE'), ms(x.app.medianMs), ms(x.kaal.medianMs), `${x.ratio}×`,
      ms(x.appLaden.medianMs), ms(x.kaalLaden.medianMs), `${x.ratioLaden}×`, ms(x.sortering.medianMs), ms(x.filterApi.medianMs), ms(x.zoekApi.medianMs),
    ]),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  void (async () => {
    const metingen: GridMeting[] = [];
    for (const s of SCHALEN) {
      console.log(`Schaal ${s} …`);
      metingen.push(await benchGrid(s));
    }
    console.log(gridTabel(metingen));
    const gemist = gridDoelen(metingen);
    console.log(gemist.length ? `Doelen NIET gehaald:\n- ${gemist.join('\n- ')}` : 'Alle doelen van het register gehaald.');
    process.exit(gemist.length ? 1 : 0);
  })();
}
