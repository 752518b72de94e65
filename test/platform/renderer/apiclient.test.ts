/**
 * The renderer's API client over HTTP: the CSRF token is fetched once per page, and once it is known a call's request
 * leaves at once — in the caller's own task, not after it (issue 13: a register asks for its first page while React
 * builds the screen; awaiting the token first held that request until the grid had been built).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Aanvraag = { url: string; headers: Record<string, string>; body?: string };

function host(token: string | null) {
  const aanvragen: Aanvraag[] = [];
  const fetch = vi.fn(async (url: string, init?: { headers?: Record<string, string>; body?: string }) => {
    aanvragen.push({ url, headers: init?.headers ?? {}, body: init?.body });
    if (url === '/api/csrf') {
      // The development host has no CSRF protection: it answers this route with an error envelope.
      return token ? Response.json({ token }) : Response.json({ ok: false, error: { code: 'NIET_GEVONDEN', message: 'Niet gevonden.' } }, { status: 404 });
    }
    return Response.json({ ok: true, value: { antwoord: url } });
  });
  return { fetch, aanvragen };
}

async function client() {
  vi.resetModules(); // the token is remembered per page: a fresh module is a fresh page
  return import('../../../renderer/src/api/client');
}

describe('API-client: het CSRF-token en wanneer een vraag vertrekt', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('de eerste vraag haalt eerst het token; de volgende vertrekt meteen, met het token, zonder het opnieuw te vragen', async () => {
    const h = host('t0k3n');
    vi.stubGlobal('fetch', h.fetch);
    const { call } = await client();

    await expect(call('organisatie.list', {})).resolves.toEqual({ antwoord: '/api/organisatie.list' });
    expect(h.aanvragen.map((a) => a.url)).toEqual(['/api/csrf', '/api/organisatie.list']);

    const antwoord = call('overeenkomst.pagina', { start: 0, aantal: 100 });
    // Sent before the caller's task ends: no await stands between call() and fetch().
    expect(h.aanvragen.map((a) => a.url)).toEqual(['/api/csrf', '/api/organisatie.list', '/api/overeenkomst.pagina']);
    expect(h.aanvragen[2].headers['x-csrf-token']).toBe('t0k3n');
    expect(JSON.parse(h.aanvragen[2].body!)).toEqual({ start: 0, aantal: 100 });
    await expect(antwoord).resolves.toEqual({ antwoord: '/api/overeenkomst.pagina' });
  });

  it('een host zonder CSRF-bescherming: geen token in de vraag, en ook dan vertrekt de volgende vraag meteen', async () => {
    const h = host(null);
    vi.stubGlobal('fetch', h.fetch);
    const { call } = await client();

    await call('organisatie.list', {});
    const antwoord = call('organisatie.list', {});
    expect(h.aanvragen.map((a) => a.url)).toEqual(['/api/csrf', '/api/organisatie.list', '/api/organisatie.list']);
    expect(h.aanvragen[2].headers).not.toHaveProperty('x-csrf-token');
    await antwoord;
    expect(h.fetch.mock.calls.filter(([url]) => url === '/api/csrf')).toHaveLength(1);
  });

  it('zolang het token niet gekend is, wachten gelijktijdige vragen op één en dezelfde tokenvraag', async () => {
    const h = host('t0k3n');
    vi.stubGlobal('fetch', h.fetch);
    const { call } = await client();

    await Promise.all([call('organisatie.list', {}), call('rapport.dashboard', {})]);
    expect(h.aanvragen.filter((a) => a.url === '/api/csrf')).toHaveLength(1);
    expect(h.aanvragen.filter((a) => a.url !== '/api/csrf').every((a) => a.headers['x-csrf-token'] === 't0k3n')).toBe(true);
  });
});
