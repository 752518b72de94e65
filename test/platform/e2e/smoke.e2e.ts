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

  it('the page is served with the CSP of its meta tag', async () => {
    const res = await e.page.request.get(e.url);
    const header = res.headers()['content-security-policy'];
    expect(header).toBeTruthy();
    expect(readMetaCsp(await res.text())).toBe(header);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });
});
