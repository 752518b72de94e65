/**
 * Every screen, for a beheerder and for a lezer: it loads without console or page errors, shows its
 * one h1 (also the window title) and its content in nl-BE formats, and what the role may not do is
 * not offered. A screenshot of each screen is saved as a test artifact:
 * test-results/screenshots/<scherm>.png (beheerder) and <scherm>-lezer.png.
 *
 * One browser for the file; each role gets its own database and host (the host's user is fixed) with
 * the same small data set: one organisation with one issued, sent letter.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, maakBereikbaar, startE2E, type E2E } from '../../helpers/e2e';
import { aanmelden } from '../../../electron/core/app';
import type { Rol } from '../../../shared/api/roles';
import { deemedReceipt } from '../../../shared/kernel/termijn';
import { formatDatum, formatDatumLang } from '../../../shared/kernel/format';

const DATUM = /^\d{2}\/\d{2}\/\d{4}$/;
const TIJDSTIP = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;
const DOSSIERBEHEERDER = { gebruiker: 'Els Janssens', rol: 'zorg-dossierbeheerder' } as const;

const tekst = (l: Locator) => expect.poll(() => l.innerText().catch(() => ''), { timeout: 10_000 });
const cel = (grid: Locator, rij: number, kolom: string) => grid.locator(`.ag-row[row-index="${rij}"] [col-id="${kolom}"]`);

/** One organisation with an ontvangstmelding sent by registered mail, entered by a Zorg dossierbeheerder. */
async function zaaiGegevens(e: E2E): Promise<void> {
  // The letter's contact person is the issuing user; letters are refused while that medewerker has
  // no e-mail and no phone (Bestuursdecreet art. II.20), so complete them first.
  const dossierbeheerder = aanmelden(e.app.ctx.sqlite, DOSSIERBEHEERDER);
  await maakBereikbaar(e.app, DOSSIERBEHEERDER.gebruiker);
  const { vandaag } = await e.call('sessie.get', {});
  const o = await e.call(
    'organisatie.create',
    {
      naam: 'vzw De Brug', kbo: '0417.497.106', typeCode: 'CAW', straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent',
      regioCode: 'GENT', iban: 'BE68 5390 0754 7034', email: 'info@debrug.be', telefoon: '09 123 45 67',
      contactpersonen: [{ naam: 'Jan Claes', functie: 'Directeur', email: 'jan.claes@debrug.be' }],
    },
    dossierbeheerder,
  );
  const doc = await e.call(
    'brief.uitgeven',
    { briefType: 'ontvangstmelding', organisatieId: o.id, aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: vandaag, kanaalAanvraag: 'e-loket' },
    dossierbeheerder,
  );
  await e.call('verzending.registreer', { documentId: doc.id, kanaal: 'aangetekend', verzondenOp: vandaag }, dossierbeheerder);
}

interface Scherm {
  naam: string;
  titel: string;
  /** Reach it: a link in the main navigation, or a custom step. */
  ga: (page: Page) => Promise<void>;
  /** Wait for and check the content (role-specific where the role matters). */
  check: (page: Page, rol: Rol, vandaag: string) => Promise<void>;
}

/**
 * Grid headers with a word broken over two lines ("Ondernemingsnum-mer"): each word's text should sit on one line. A
 * soft hyphen marks where a header may wrap ("Ondernemings-nummer"): each part counts as a word.
 */
const afgebrokenKopwoorden = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ag-header-cell-text')]
      .filter((el) => el.offsetParent !== null && el.firstChild?.nodeType === Node.TEXT_NODE)
      .flatMap((el) => {
        const tekst = el.firstChild as Text;
        const gebroken: string[] = [];
        // The line of one character: its last rect (a part after a soft hyphen also gets the hyphen drawn at the end of
        // the line before). A word is broken when its first and last characters lie on different lines.
        const regel = (i: number) => {
          const r = document.createRange();
          r.setStart(tekst, i);
          r.setEnd(tekst, i + 1);
          const rects = [...r.getClientRects()];
          return Math.round(rects[rects.length - 1]?.top ?? 0);
        };
        for (const m of tekst.data.matchAll(/[^\s\u00AD]+/g)) {
          if (regel(m.index) !== regel(m.index + m[0].length - 1)) gebroken.push(m[0]);
        }
        return gebroken;
      }),
  );

const viaMenu = (label: string) => (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: label, exact: true }).click();

/** Areas still being built: a placeholder today ("Nog niet beschikbaar"), a real screen later; either way it says something. */
const inhoud = async (page: Page) => {
  await expect.poll(() => page.locator('main').innerText().then((t) => t.trim().split('\n').length), { timeout: 10_000 }).toBeGreaterThan(1);
};

const SCHERMEN: Scherm[] = [
  {
    naam: 'overzicht',
    titel: 'Overzicht',
    ga: viaMenu('Overzicht'),
    async check(page, _rol, vandaag) {
      await page.getByText(`Vandaag is het ${formatDatumLang(vandaag)}.`).waitFor();
      await tekst(page.getByTestId('kengetal-actieve-organisaties')).toBe('1');
      await tekst(page.getByTestId('kengetal-actieve-erkenningen')).toBe('0');
      await tekst(page.getByTestId('kengetal-ter-goedkeuring')).toBe('0');
      await tekst(page.getByTestId('kengetal-brieven-maand')).toBe('1');
    },
  },
  {
    naam: 'organisaties',
    titel: 'Organisaties',
    ga: viaMenu('Organisaties'),
    async check(page, rol) {
      const grid = page.getByRole('region', { name: 'Lijst van organisaties' });
      await tekst(page.getByTestId('organisaties-telling')).toBe('1 organisatie');
      await tekst(cel(grid, 0, 'naam')).toBe('vzw De Brug');
      await tekst(cel(grid, 0, 'kbo')).toBe('0417.497.106');
      await tekst(cel(grid, 0, 'status')).toBe('Actief');
      expect(await page.getByRole('button', { name: 'Nieuwe organisatie' }).count()).toBe(rol === 'lezer' ? 0 : 1);
    },
  },
  { naam: 'erkenningen', titel: 'Erkenningen AMA WVG', ga: viaMenu('Erkenningen AMA WVG'), check: inhoud },
  { naam: 'samenwerkingsverbanden', titel: 'Samenwerkingsverbanden Zorg', ga: viaMenu('Samenwerkingsverbanden Zorg'), check: inhoud },
  { naam: 'contingenten', titel: 'Contingenten AMA SE', ga: viaMenu('Contingenten AMA SE'), check: inhoud },
  { naam: 'jaarverslag', titel: 'Jaarverslag werk- en zorgtrajecten', ga: viaMenu('Jaarverslag'), check: inhoud },
  {
    naam: 'brieven',
    titel: 'Brieven',
    ga: viaMenu('Brieven'),
    async check(page, rol, vandaag) {
      const grid = page.getByRole('region', { name: 'Lijst van brieven' });
      await tekst(page.getByTestId('brieven-telling')).toBe('1 brief');
      await tekst(cel(grid, 0, 'kenmerk')).toBe(`ZORG/${vandaag.slice(0, 4)}/000001`);
      await tekst(cel(grid, 0, 'aangemaaktOp')).toBe(formatDatum(vandaag));
      await tekst(cel(grid, 0, 'verzonden')).toBe(`Aangetekende zending ${formatDatum(vandaag)}`);
      // Open it: details with the sending register.
      await cel(grid, 0, 'kenmerk').click();
      const rij = page.getByTestId('verzendingen').locator('tbody tr');
      await tekst(rij).toContain(formatDatum(deemedReceipt(vandaag)));
      const cellen = await rij.locator('td').allInnerTexts();
      expect(cellen[1]).toMatch(DATUM);
      expect(cellen[3]).toMatch(DATUM);
      expect(await page.getByRole('button', { name: 'Verzending registreren' }).count()).toBe(rol === 'lezer' ? 0 : 1);
    },
  },
  {
    naam: 'parameters',
    titel: 'Parameters',
    ga: viaMenu('Parameters'),
    async check(page, rol) {
      const grid = page.getByRole('region', { name: 'Lijst van parameters' });
      await tekst(page.getByTestId('parameters-telling')).toMatch(/^\d+ periodes$/);
      await page.getByLabel('Zoeken').fill('AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR');
      await tekst(page.getByTestId('parameters-telling')).toMatch(/^1 van \d+ periodes$/);
      await tekst(cel(grid, 0, 'code')).toBe('AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR');
      await tekst(cel(grid, 0, 'waarde')).toBe('€ 1.061,20');
      await tekst(cel(grid, 0, 'geldigVan')).toBe('01/01/2024');
      await tekst(cel(grid, 0, 'geldigTot')).toBe('onbepaald');
      // A month of the year by its name, a year without a thousands separator.
      await page.getByLabel('Zoeken').fill('AMA_SE_AFREKENING_MAAND');
      await tekst(cel(grid, 0, 'waarde')).toBe('maart');
      await page.getByLabel('Zoeken').fill('AMA_SE_EERSTE_EVALUATIEJAAR');
      await tekst(cel(grid, 0, 'waarde')).toBe('2024');
      await page.getByLabel('Zoeken').fill('AMA_SE_VERMINDERING_AFRONDING');
      await tekst(cel(grid, 0, 'waarde')).toBe('0 (naar beneden)');
      const form = page.getByRole('heading', { name: 'Nieuwe periode' });
      if (rol === 'lezer') {
        expect(await form.count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
        await page.getByText('Alleen een beheerder kan een nieuwe periode toevoegen.').waitFor();
      } else {
        await form.waitFor();
        await page.getByRole('button', { name: 'Opslaan' }).waitFor();
      }
    },
  },
  {
    naam: 'termijn',
    titel: 'Termijn berekenen',
    // Reached from the Parameters screen (not in the menu).
    ga: (page) => page.getByRole('link', { name: 'Termijn berekenen' }).click(),
    async check(page) {
      const form = page.getByRole('form', { name: 'Termijn berekenen' });
      // Typed as an officer writes it, day first, whatever the browser's language (this Chromium's is en-US, whose own
      // date field would read 4/12 as 12 April): 4 December 2026 + 17 calendar days = Monday 21 December 2026.
      const start = form.getByLabel('Startdatum');
      await start.fill('4/12/2026');
      await form.getByLabel('Aantal dagen').fill('17');
      await expect.poll(() => start.inputValue()).toBe('04/12/2026');
      await form.getByLabel('Soort dagen').selectOption('kalenderdagen');
      await form.getByRole('button', { name: 'Berekenen' }).click();
      const resultaat = page.getByTestId('termijn-resultaat');
      await tekst(resultaat.getByRole('heading')).toBe('Vervaldatum: 21/12/2026');
      const afleiding = await resultaat.locator('li').allInnerTexts();
      expect(afleiding.length).toBeGreaterThanOrEqual(2);
      expect(afleiding[0]).toContain('04/12/2026');
      expect(afleiding[0]).toContain('17 kalenderdagen');
      expect(afleiding.join('\n')).toContain('21/12/2026');
      // Text that is no date is put back to the field's value when the field is left: what is shown is what counts, and a
      // line under the field, linked to it, says so until the field is typed in again.
      await start.fill('31/02/2026');
      await form.getByLabel('Aantal dagen').focus();
      await expect.poll(() => start.inputValue()).toBe('04/12/2026');
      const beschrijving = () =>
        start.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').filter(Boolean).sort());
      const uitleg = 'Dag van de gebeurtenis; telt niet mee.';
      await expect.poll(beschrijving).toEqual(['"31/02/2026" is geen datum (typ dd/mm/jjjj): de datum blijft 04/12/2026.', uitleg]);
      await start.fill('');
      await form.getByLabel('Aantal dagen').focus();
      await expect.poll(() => start.inputValue()).toBe('04/12/2026');
      await expect.poll(beschrijving).toEqual([uitleg, 'Dit veld is verplicht: de datum blijft 04/12/2026.']);
      // Eight digits, as typed on the number pad, are ddmmjjjj.
      await start.fill('05122026');
      await expect.poll(beschrijving).toEqual([uitleg]);
      await form.getByLabel('Aantal dagen').focus();
      await expect.poll(() => start.inputValue()).toBe('05/12/2026');
      await expect.poll(() => start.getAttribute('aria-invalid')).not.toBe('true');
    },
  },
  {
    naam: 'postcodes',
    titel: 'Postcodes',
    // Reached from the Parameters screen (not in the menu).
    ga: async (page) => {
      await viaMenu('Parameters')(page);
      await page.getByRole('link', { name: 'Postcodes' }).click();
    },
    async check(page, rol) {
      const stand = page.getByRole('status').filter({ hasText: 'lijst' });
      await tekst(stand).toBe('De lijst is nog leeg: alleen de provincie van een postcode wordt gecontroleerd.');
      if (rol === 'lezer') {
        await page.getByText('Alleen een beheerder kan de lijst inlezen.').waitFor();
        expect(await page.getByRole('group', { name: 'Voorbeeldbestanden' }).count()).toBe(0);
        return;
      }
      // The beheerder loads the valid sample: check, then import all.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Voorbeeldbestanden' }).getByRole('button', { name: 'Geldig voorbeeld' }).click()]);
      const bestand = path.join(os.tmpdir(), `wzt-${process.pid}-${download.suggestedFilename()}`);
      await download.saveAs(bestand);
      await page.locator('input[type="file"]').setInputFiles(bestand);
      await page.getByRole('button', { name: 'Controleren' }).click();
      await tekst(page.getByTestId('importrapport')).toContain('9 rijen gelezen: 9 geldig, 0 met fouten.');
      await page.getByRole('button', { name: 'Alles importeren' }).click();
      await tekst(stand).toBe('De lijst telt 9 plaatsen onder 9 postcodes; 8 plaatsen hebben een werk- en zorgregio.');
      fs.rmSync(bestand, { force: true });
    },
  },
  {
    naam: 'medewerkers',
    titel: 'Medewerkers',
    ga: viaMenu('Medewerkers'),
    async check(page, rol) {
      const grid = page.getByRole('region', { name: 'Lijst van medewerkers' });
      await tekst(page.getByTestId('medewerkers-telling')).toMatch(/^\d+ medewerkers$/);
      await grid.getByText(DOSSIERBEHEERDER.gebruiker, { exact: true }).waitFor();
      if (rol === 'lezer') {
        await page.getByText('Alleen een beheerder kan medewerkers toevoegen of wijzigen.').waitFor();
        expect(await page.getByRole('heading', { name: 'Nieuwe medewerker' }).count()).toBe(0);
      } else {
        await page.getByRole('heading', { name: 'Nieuwe medewerker' }).waitFor();
      }
    },
  },
  {
    naam: 'audit',
    titel: 'Audit',
    ga: viaMenu('Audit'),
    async check(page) {
      const grid = page.getByRole('region', { name: 'Audittrail' });
      await tekst(page.getByTestId('audit-telling')).toMatch(/^\d+ auditregels$/);
      await tekst(cel(grid, 0, 'tijdstip')).toMatch(TIJDSTIP);
      await grid.getByText('organisatie.create').first().waitFor();
    },
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const [rol, gebruiker] of [
  ['beheerder', 'Bart Beheer'],
  ['lezer', 'Lotte Lezer'],
] as const) {
  describe(`schermen als ${rol}`, () => {
    let e: E2E;
    let vandaag: string;
    beforeAll(async () => {
      e = await startE2E({ role: rol, user: gebruiker, browser, goto: false });
      await zaaiGegevens(e);
      vandaag = (await e.call('sessie.get', {})).vandaag;
      await e.page.goto(e.url, { waitUntil: 'load' });
      const kop = e.page.getByTestId('gebruiker');
      await kop.getByText(gebruiker).waitFor();
      await kop.getByText(rol === 'lezer' ? 'Lezer' : 'Beheerder', { exact: true }).waitFor();
    });
    afterAll(async () => {
      await e?.close();
    });

    for (const s of SCHERMEN) {
      it(`${s.titel}: laadt zonder fouten en toont de kop`, async () => {
        const { page } = e;
        const fouten = e.errors.length;
        await s.ga(page);
        const h1 = page.getByRole('heading', { level: 1 });
        await tekst(h1).toBe(s.titel);
        expect(await h1.count()).toBe(1);
        await expect.poll(() => page.title()).toBe(`${s.titel} – WZT Backoffice`);
        await s.check(page, rol, vandaag);
        // Nothing left loading.
        await expect.poll(() => page.getByRole('status').filter({ hasText: 'Laden' }).count()).toBe(0);
        await e.screenshot(rol === 'beheerder' ? s.naam : `${s.naam}-${rol}`);
        expect(await afgebrokenKopwoorden(page)).toEqual([]);
        // The current screen's menu item (in bold) stays inside the menu.
        expect(await page.locator('.hoofdnav a[aria-current="page"]').evaluate((a) => a.scrollWidth <= a.clientWidth)).toBe(true);
        expect(e.errors.slice(fouten)).toEqual([]);
      });
    }

    it('de fiche van een organisatie: acties alleen voor wie mag', async () => {
      const { page } = e;
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Organisaties', exact: true }).click();
      await cel(page.getByRole('region', { name: 'Lijst van organisaties' }), 0, 'naam').dblclick();
      await page.getByRole('heading', { level: 1, name: 'vzw De Brug' }).waitFor();
      await tekst(page.getByTestId('organisatie-brieven')).toContain(`Aangetekende zending ${formatDatum(vandaag)}`);
      await tekst(page.getByTestId('wijzigingshistoriek')).toContain(`door ${DOSSIERBEHEERDER.gebruiker}`);
      const acties = ['Wijzigen', 'Ontvangstmelding maken'];
      for (const naam of acties) {
        expect(await page.getByRole('button', { name: naam }).or(page.getByRole('link', { name: naam })).count()).toBe(rol === 'lezer' ? 0 : 1);
      }
      await e.screenshot(rol === 'beheerder' ? 'organisatie-fiche' : 'organisatie-fiche-lezer');
      expect(e.errors).toEqual([]);
    });
  });
}
