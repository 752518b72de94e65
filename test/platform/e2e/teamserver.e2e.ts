/**
 * Issue 11 in Chromium: two officers in two browser contexts against one team server (HTTPS, a real OpenID provider
 * on loopback with test accounts). Katrien (zorg-dossierbeheerder) drafts a decision; Geert (ondertekenaar) has the
 * approvals screen open and sees the draft appear without reloading (server-sent events), approves it; Katrien's open
 * screen follows. Someone without a role sees nothing; signing out ends the session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, RENDERER_DIR, SCREENSHOT_DIR, naar } from '../../helpers/e2e';
import { startTeamOmgeving, zetTeamPersoneel, type TeamOmgeving } from '../../helpers/teamserver';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { inszFor } from '../../../shared/kernel/insz';
import type { App } from '../../../electron/core/app';

/** Katrien drafts, Geert signs. */
const personeel = (app: App) => zetTeamPersoneel(app, [
  { naam: 'Katrien Van den Broeck', functie: 'Dossierbeheerder', subject: 'katrien', rollen: ['zorg-dossierbeheerder'] },
  { naam: 'Geert Vermeersch', functie: 'Afdelingshoofd', subject: 'geert', rollen: ['ondertekenaar'], magOndertekenen: true },
]);

let t: TeamOmgeving;
let browser: Browser;
const contexten: BrowserContext[] = [];

const h1 = (p: Page, naam: string | RegExp) => p.getByRole('heading', { level: 1, name: naam });
const tekst = (l: Locator) => expect.poll(() => l.innerText().catch(() => ''), { timeout: 15_000 });
const knop = (p: Page | Locator, naam: string) => p.getByRole('button', { name: naam, exact: true });

/** A fresh browser context, signed in through the provider's form. */
async function aangemeld(login: string): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'nl-BE', viewport: { width: 1440, height: 900 } });
  contexten.push(context);
  const page = await context.newPage();
  await page.goto(t.url);
  await page.getByLabel('Gebruikersnaam').fill(login);
  await page.getByLabel('Wachtwoord').fill('test');
  await knop(page, 'Aanmelden').click();
  await page.waitForURL(`${t.url}/**`);
  return page;
}

/** An API call from inside the signed-in page: its own cookie session and CSRF token, like the renderer does. */
async function apiIn<T>(page: Page, methode: string, input: unknown): Promise<{ ok: boolean; value: T; error?: { code: string; message: string } }> {
  return page.evaluate(async ([m, i]) => {
    const { token } = (await (await fetch('/api/csrf')).json()) as { token: string };
    const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token }, body: JSON.stringify(i) });
    return r.json();
  }, [methode, input] as const);
}

beforeAll(async () => {
  t = await startTeamOmgeving({ voorbereiden: personeel, staticDir: RENDERER_DIR });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  for (const c of contexten) await c.close().catch(() => {});
  await browser?.close();
  await t?.close();
});

describe('teamserver: twee medewerkers, één databank, echte aanmelding', () => {
  let katrien: Page;
  let geert: Page;

  it('aanmelden bij de identiteitsprovider brengt elk naar de toepassing, met naam en rol uit de databank', async () => {
    katrien = await aangemeld('katrien');
    await tekst(katrien.getByTestId('gebruiker')).toContain('Katrien Van den Broeck');
    await tekst(katrien.getByTestId('gebruiker')).toContain('Dossierbeheerder Departement Zorg');
    geert = await aangemeld('geert');
    await tekst(geert.getByTestId('gebruiker')).toContain('Geert Vermeersch');
    await tekst(geert.getByTestId('gebruiker')).toContain('Ondertekenaar');
    await expect(katrien.getByText('Ontwikkelmodus').count()).resolves.toBe(0);
  }, 60_000);

  it('Katrien maakt een ontwerpbeslissing; Geerts open scherm toont ze zonder herladen; hij keurt goed', async () => {
    await naar(geert, '/beslissingen');
    await h1(geert, 'Goedkeuringen').waitFor();
    await tekst(geert.getByTestId('goedkeuringen-telling')).toBe('0 beslissingen');

    const org = await apiIn<{ id: number }>(katrien, 'organisatie.create', {
      naam: 'vzw De Brug', kbo: kboFromBase(4174971), typeCode: 'CAW', straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent', regioCode: 'GENT',
      iban: 'BE68 5390 0754 7034', email: 'info@debrug.be', telefoon: '09 123 45 67', contactpersonen: [{ naam: 'An Peeters', functie: 'Directeur', email: 'an@debrug.be', telefoon: '' }],
    });
    expect(org.ok, JSON.stringify(org.error)).toBe(true);
    const vandaag = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
    const a = await apiIn<{ id: number }>(katrien, 'aanvraag.registreer', {
      organisatieId: org.value.id, soort: 'erkenning-ama-wvg', ontvangenOp: vandaag, kanaal: 'e-loket', verzekeringVerklaard: true,
      personeel: [{ naam: 'Sofie Maes', insz: inszFor('1985-07-30', 33), bachelorRichting: 'sociaal' }],
    });
    expect(a.ok, JSON.stringify(a.error)).toBe(true);
    await naar(katrien, `/aanvragen/${a.value.id}`);
    const ontwerp = await apiIn<{ id: number }>(katrien, 'aanvraag.ontvankelijkheid', {
      id: a.value.id, ontvankelijk: true, datum: vandaag,
      feiten: 'De aanvraag is volledig ontvangen en nagekeken.', rechtsgronden: 'Alle voorwaarden van art. 46 zijn vervuld.',
    });
    expect(ontwerp.ok, JSON.stringify(ontwerp.error)).toBe(true);
    // Live: the signatory's open screen refreshes on the server-sent event.
    await tekst(geert.getByTestId('goedkeuringen-telling')).toBe('1 beslissing');

    // She may not approve (her role does not allow it), whatever her browser sends.
    const zelf = await apiIn(katrien, 'beslissing.goedkeuren', { id: ontwerp.value.id });
    expect(zelf).toMatchObject({ ok: false, error: { code: 'VERBODEN' } });

    const rij = geert.getByRole('region', { name: 'Beslissingen' }).locator('.ag-row[row-index="0"]');
    await rij.dblclick();
    await h1(geert, /^Beslissing \d+:/).waitFor();
    await knop(geert, 'Goedkeuren en ondertekenen').click();
    await knop(geert.getByRole('dialog', { name: 'Goedkeuren en ondertekenen' }), 'Ja, goedkeuren en ondertekenen').click();
    await tekst(geert.getByTestId('beslissing-status')).toBe('Uitgegeven');
    await geert.screenshot({ path: path.join(SCREENSHOT_DIR, 'teamserver-goedgekeurd.png'), fullPage: true });
    const b = t.app.ctx.sqlite.prepare('SELECT b.status, m.subject FROM beslissing b JOIN medewerker m ON m.id = b.goedgekeurd_door_id WHERE b.id = ?').get(ontwerp.value.id);
    expect(b).toEqual({ status: 'uitgegeven', subject: 'geert' });
  }, 90_000);

  it('wie aanmeldt zonder rol ziet niets en weet bij wie aan te kloppen', async () => {
    const nele = await aangemeld('nieuw');
    await h1(nele, 'Nog geen toegang').waitFor();
    await tekst(nele.getByTestId('geen-rol')).toContain('Vraag een beheerder');
  }, 60_000);

  it('afmelden beëindigt de sessie: de API antwoordt 401 en de toepassing vraagt opnieuw aan te melden', async () => {
    await geert.getByRole('link', { name: 'Afmelden' }).click();
    await h1(geert, 'Afgemeld').waitFor({ timeout: 15_000 }).catch(async (err) => {
      throw new Error(`${(err as Error).message}\n${geert.url()}\n${(await geert.content()).slice(0, 1500)}`);
    });
    const r = await geert.evaluate(async () => (await fetch('/api/csrf')).status);
    expect(r).toBe(401);
    await geert.goto(t.url);
    await geert.getByLabel('Gebruikersnaam').waitFor();
  }, 60_000);
});
