/**
 * End-to-end plumbing: a fresh database, the real core behind the HTTP host on 127.0.0.1 serving the
 * built renderer (out/renderer), and Debian's Chromium driven by playwright-core.
 *
 *   const e = await startE2E({ user: 'An Peeters', role: 'zorg-dossierbeheerder' });
 *   await e.page.getByText('Organisaties').click();
 *   await e.screenshot('organisaties');   // test-results/screenshots/organisaties.png
 *   await e.close();
 *
 * Chromium: `CHROMIUM_PATH` or /usr/bin/chromium (`apt-get install -y chromium`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { aanmelden, createApp, type App } from '../../electron/core/app';
import type { Caller } from '../../electron/core/platform/context';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { Rol } from '../../shared/api/roles';
import { startHttpHost, type HttpHost } from '../../electron/host/server';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface E2EOptions {
  role?: Rol;
  user?: string;
  /** The core's clock (default: the real time). */
  now?: () => Date;
  /** Open the app page before returning (default true). */
  goto?: boolean;
  viewport?: { width: number; height: number };
  /**
   * Give the signed-in user's medewerker record an e-mail address and a phone number (through
   * `medewerker.save` as a beheerder). Letters are refused while the contact person is unreachable
   * (Bestuursdecreet art. II.20), so tests that issue letters set this.
   */
  bereikbaar?: boolean;
  /**
   * Let the accessibility checker (axe-core, injected as a script) run in the page: the app's CSP forbids injected
   * scripts, so only tests that audit accessibility relax it, in their own browser context.
   */
  axe?: boolean;
  /** Reuse this browser (one per test file); `close()` then only closes this test's context. */
  browser?: Browser;
}

export interface E2E {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  /** http://127.0.0.1:<port> */
  url: string;
  app: App;
  host: HttpHost;
  caller: Caller;
  dbFile: string;
  /** Uncaught page errors and console errors seen so far (a test can assert none). */
  errors: string[];
  /** Call the core as the signed-in user (or `as`); resolves with the value, throws on an error envelope. */
  call<K extends MethodName>(method: K, input: Input<K>, as?: Caller): Promise<Output<K>>;
  /** Save a full-page screenshot to test-results/screenshots/<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  /**
   * A second person on the same core (e.g. the ondertekenaar for four eyes): signed in, reachable for
   * letters, with their own HTTP host and browser context (closed with `close()`).
   */
  als(wie: Omit<Caller, 'medewerkerId'>): Promise<Page>;
  close(): Promise<void>;
}

/** Go to a route of the app in a page (HashRouter). */
export async function naar(p: Page, pad: string): Promise<void> {
  await p.goto(`${p.url().split('#')[0]}#${pad}`);
}

export async function startE2E(opts: E2EOptions = {}): Promise<E2E> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer/index.html ontbreekt: bouw eerst de renderer (npm run build:renderer; npm run test:e2e doet dat zelf).');
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium niet gevonden op ${executablePath}: apt-get install -y chromium, of zet CHROMIUM_PATH.`);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-e2e-'));
  const dbFile = path.join(dir, 'e2e.sqlite');
  const aanmelding = { gebruiker: opts.user ?? 'An Peeters', rol: opts.role ?? 'zorg-dossierbeheerder' } as const;
  const app = createApp({ dbFile, version: '0.0.0-e2e', now: opts.now, log: () => {} });
  const cleanup: (() => Promise<void> | void)[] = [() => app.close(), () => fs.rmSync(dir, { recursive: true, force: true })];
  const runCleanup = async () => {
    for (const fn of cleanup.splice(0).reverse()) {
      try {
        await fn();
      } catch {
        // best effort
      }
    }
  };

  try {
    const caller = aanmelden(app.ctx.sqlite, aanmelding);
    if (opts.bereikbaar) await maakBereikbaar(app, caller.gebruiker);
    const host = await startHttpHost({ app, caller, port: 0, staticDir: RENDERER_DIR });
    cleanup.push(() => host.close());

    const browser = opts.browser ?? (await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }));
    if (!opts.browser) cleanup.push(() => browser.close());
    const context = await browser.newContext({
      locale: 'nl-BE',
      timezoneId: 'Europe/Brussels',
      viewport: opts.viewport ?? { width: 1440, height: 900 },
      acceptDownloads: true,
      bypassCSP: opts.axe === true,
    });
    cleanup.push(() => context.close());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
    });
    if (opts.goto !== false) await page.goto(host.url, { waitUntil: 'load' });

    return {
      page,
      context,
      browser,
      url: host.url,
      app,
      host,
      caller,
      dbFile,
      errors,
      call: (method, input, as) => callAs(app, as ?? caller, method, input),
      async screenshot(name) {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
        // The header and menu are position: fixed; scrolled down, a full-page image would show them in the
        // middle of the page over the content. Take it from the top, then restore the scroll position.
        const y = await page.evaluate(() => window.scrollY);
        if (y) await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: file, fullPage: true });
        if (y) await page.evaluate((v) => window.scrollTo(0, v), y);
        return file;
      },
      async als(wie) {
        const c = aanmelden(app.ctx.sqlite, wie);
        await maakBereikbaar(app, c.gebruiker);
        const h = await startHttpHost({ app, caller: c, port: 0, staticDir: RENDERER_DIR });
        cleanup.push(() => h.close());
        const ctx = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
        cleanup.push(() => ctx.close());
        const p = await ctx.newPage();
        await p.goto(h.url, { waitUntil: 'load' });
        await p.getByTestId('gebruiker').getByText(c.gebruiker).waitFor();
        return p;
      },
      close: runCleanup,
    };
  } catch (err) {
    await runCleanup();
    throw err;
  }
}

/** Launch Debian's Chromium once, for `startE2E({ browser })` (the caller closes it). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** The router as `caller`: the value, or an Error with the envelope's code and Dutch message. */
export async function callAs<K extends MethodName>(app: App, caller: Caller, method: K, input: Input<K>): Promise<Output<K>> {
  const env = await app.router(method, input, caller);
  if (!env.ok) throw Object.assign(new Error(`${method}: ${env.error.code}: ${env.error.message}`), { fout: env.error });
  return env.value as Output<K>;
}

/** The administrator who completes staff records in the tests. */
const beheerder = (app: App): Caller => aanmelden(app.ctx.sqlite, { gebruiker: 'Beheerder', rol: 'beheerder' });

/**
 * Complete a medewerker's e-mail and phone (letters need a reachable contact person, Bestuursdecreet
 * art. II.20), through the API as a beheerder so it is audited like any change.
 */
export async function maakBereikbaar(app: App, naam: string): Promise<void> {
  const m = (await callAs(app, beheerder(app), 'medewerker.list', {})).find((x) => x.naam === naam);
  if (!m) throw new Error(`Medewerker ${naam} bestaat niet`);
  if (m.email && m.telefoon) return;
  const { id, functie, departement, dienst, magOndertekenen, delegatie, actief, versie } = m;
  await callAs(app, beheerder(app), 'medewerker.save', {
    id, versie, naam, functie, departement, dienst, magOndertekenen, delegatie, actief,
    email: `${naam.toLowerCase().replace(/\s+/g, '.')}@vlaanderen.be`,
    telefoon: '02 553 00 00',
  });
}

export interface AxeSchending {
  id: string;
  impact: string | null;
  help: string;
  doelen: string[];
}

/**
 * WCAG 2.1 A/AA violations on the page now (axe-core), only the serious and critical ones, each with up to three
 * targets. Needs a context started with `axe: true`.
 */
export async function axeSchendingen(page: Page): Promise<AxeSchending[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const r = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, doelen: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}
