import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './helpers';
import { readMetaCsp } from '../../electron/host/csp';

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

  it('the page is served with the CSP of its meta tag', async () => {
    const res = await e.page.request.get(e.url);
    const header = res.headers()['content-security-policy'];
    expect(header).toBeTruthy();
    expect(readMetaCsp(await res.text())).toBe(header);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });
});
