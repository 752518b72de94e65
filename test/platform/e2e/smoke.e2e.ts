import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../../helpers/e2e';
import { readMetaCsp } from '../../../electron/host/csp';

describe('smoke', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ user: 'An Peeters', role: 'zorg-dossierbeheerder' });
  });
  afterAll(async () => {
    await e?.close();
  });

  it('loads the app shell with the product name and the signed-in user', async () => {
    await expect.poll(() => e.page.title()).toContain('WZT Backoffice');
    await e.page.getByText('WZT Backoffice').first().waitFor({ state: 'visible' });
    await e.page.getByText('An Peeters').first().waitFor({ state: 'visible' });
    await e.screenshot('smoke-shell');
    expect(e.errors).toEqual([]);
  });

  it('Alt+number opens an area from the keyboard (Alt+3: Erkenningen AMA WVG, Alt+1: Overzicht)', async () => {
    await e.page.keyboard.press('Alt+3');
    await e.page.getByRole('heading', { level: 1, name: 'Erkenningen AMA WVG' }).waitFor();
    // The focus goes to the area's first field, so what the user types next is not lost.
    await expect.poll(() => e.page.evaluate(() => document.activeElement?.closest('#inhoud') !== null && document.activeElement !== document.body), { timeout: 5000 }).toBe(true);
    await e.page.keyboard.press('Alt+1');
    await e.page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    expect(await e.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Organisaties', exact: true }).getAttribute('aria-keyshortcuts')).toBe('Alt+2');
  });

  it('the menu hides and shows (button, Alt+0), the registers take the width, and it stays as the officer left it', async () => {
    const p = e.page;
    // The AMA SE contingents: at 1440 px with the menu its columns are wider than the grid (it scrolls sideways), without
    // the menu they fit.
    await p.goto(`${e.url}#/contingenten`);
    const menu = p.getByRole('navigation', { name: 'Hoofdnavigatie' });
    const grid = p.getByRole('region', { name: 'Contingenten AMA SE' });
    await grid.getByRole('columnheader', { name: /Maatwerkbedrijf/ }).waitFor();
    const zijwaarts = () => grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => el.scrollWidth - el.clientWidth);
    await expect.poll(zijwaarts, { timeout: 5000 }).toBeGreaterThan(0);
    await p.getByRole('button', { name: 'Menu verbergen' }).click();
    await menu.waitFor({ state: 'hidden' });
    expect(await p.getByRole('button', { name: 'Menu tonen' }).getAttribute('aria-expanded')).toBe('false');
    await expect.poll(zijwaarts, { timeout: 5000 }).toBeLessThanOrEqual(0);
    await p.reload();
    await p.getByRole('button', { name: 'Menu tonen' }).waitFor();
    expect(await menu.isVisible()).toBe(false);
    await p.keyboard.press('Alt+0');
    await menu.waitFor({ state: 'visible' });
    expect(await p.getByRole('button', { name: 'Menu verbergen' }).getAttribute('aria-expanded')).toBe('true');
    // The overview lists the shortcuts, the menu's from the menu itself.
    await p.goto(`${e.url}#/`);
    const sneltoetsen = p.getByRole('table', { name: 'Sneltoetsen' });
    await expect.poll(() => sneltoetsen.innerText()).toContain('Het menu verbergen of tonen');
    expect(await sneltoetsen.getByRole('row', { name: /Alt \+ 3/ }).innerText()).toContain('Erkenningen AMA WVG');
    expect(e.errors).toEqual([]);
  });

  it('an address whose dossier number is no number is a page that does not exist (not a refused field)', async () => {
    for (const pad of ['/contingenten/begeleidingsovereenkomsten', '/organisaties/abc/wijzigen', '/organisaties/0']) {
      await e.page.goto(`${e.url}#${pad}`);
      await e.page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      expect(await e.page.getByText(/Geef een geldig id/).count(), pad).toBe(0);
    }
    expect(e.errors).toEqual([]);
  });

  it('the page is served with the CSP of its meta tag', async () => {
    const res = await e.page.request.get(e.url);
    const header = res.headers()['content-security-policy'];
    expect(header).toBeTruthy();
    expect(readMetaCsp(await res.text())).toBe(header);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });
});
