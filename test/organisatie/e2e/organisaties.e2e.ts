/**
 * The foundation issue's scenario in the browser, as a Zorg dossierbeheerder:
 * register an organisation (an invalid KBO is refused on the field and nothing is stored), correct it,
 * find it in the register with the quick search, open it with the keyboard, make an ontvangstmelding
 * (preview, then issue), find the letter under Brieven, register its registered-mail sending and see
 * the deemed receipt date. A second organisation with the same KBO gets the CONFLICT message.
 * Each step saves a screenshot in test-results/screenshots/organisaties-*.png.
 *
 * The tests in this file build on each other (one browser, one page, one database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startE2E, type E2E } from '../../helpers/e2e';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { deemedReceipt } from '../../../shared/kernel/termijn';
import { formatDatum } from '../../../shared/kernel/format';
import { onderwerpOntvangstmelding } from '../../../electron/core/letters/ontvangstmelding';
import { pdfLayout } from '../../helpers/pdf';

const ONGELDIG_KBO = '0417.497.107';
const GELDIG_KBO = '0417.497.106';
const NAAM = 'vzw De Brug';
const KBO_FOUT = 'Dit ondernemingsnummer klopt niet: het controlegetal (laatste twee cijfers) is fout.';

let e: E2E;
let page: Page;
/** Today in Brussels according to the core (the e2e host runs on the real clock). */
let vandaag: string;
let organisatieId: number;

const nav = () => page.getByRole('navigation', { name: 'Hoofdnavigatie' });
const h1 = (naam: string) => page.getByRole('heading', { level: 1, name: naam, exact: true });
const cel = (grid: Locator, rij: number, kolom: string) => grid.locator(`.ag-row[row-index="${rij}"] [col-id="${kolom}"]`);
const tekst = (l: Locator) => expect.poll(() => l.innerText().catch(() => ''), { timeout: 10_000 });

/** The Dutch messages Mantine shows under an input: the texts of the elements in its aria-describedby. */
async function veldFouten(input: Locator): Promise<string[]> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id.endsWith('-error'))
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? ''),
  );
}

async function vulOrganisatie(kbo: string, naam = NAAM): Promise<void> {
  const form = page.getByRole('form', { name: 'Nieuwe organisatie' });
  await form.getByLabel('Naam', { exact: true }).fill(naam);
  await form.getByLabel('Ondernemingsnummer').fill(kbo);
  await form.getByLabel('Type organisatie').selectOption({ label: 'Centrum voor algemeen welzijnswerk' });
  await form.getByLabel('Straat en nummer').fill('Kerkstraat 1');
  await form.getByLabel('Postcode').fill('9000');
  await form.getByLabel('Gemeente').fill('Gent');
  await form.getByLabel('Werk- en zorgregio').selectOption('GENT');
  await form.getByLabel('IBAN').fill('BE68 5390 0754 7034');
  await form.getByLabel('E-mail', { exact: true }).fill('info@debrug.be');
  await form.getByLabel('Telefoon', { exact: true }).fill('09 123 45 67');
  await form.getByLabel('Naam contactpersoon 1').fill('Jan Claes');
  await form.getByLabel('Functie contactpersoon 1').fill('Directeur');
  await form.getByLabel('E-mail contactpersoon 1').fill('jan.claes@debrug.be');
}

async function naarNieuweOrganisatie(): Promise<void> {
  await nav().getByRole('link', { name: 'Organisaties' }).click();
  await h1('Organisaties').waitFor();
  await page.getByRole('button', { name: 'Nieuwe organisatie' }).click();
  await h1('Nieuwe organisatie').waitFor();
}

describe('organisaties: registreren, terugvinden, ontvangstmelding, verzending', () => {
  beforeAll(async () => {
    // `bereikbaar`: the signed-in user is the contact person in the letter; the core refuses letters
    // while that medewerker has neither e-mail nor phone (Bestuursdecreet art. II.20), so the setup
    // completes both through `medewerker.save` as a beheerder.
    e = await startE2E({ user: 'An Peeters', role: 'zorg-dossierbeheerder', bereikbaar: true });
    page = e.page;
    vandaag = (await e.call('sessie.get', {})).vandaag;
    await page.getByTestId('gebruiker').getByText('An Peeters').waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('weigert een ongeldig ondernemingsnummer op het veld en bewaart niets', async () => {
    const creates: string[] = [];
    page.on('request', (r) => r.url().endsWith('/api/organisatie.create') && creates.push(r.url()));

    await naarNieuweOrganisatie();
    await vulOrganisatie(ONGELDIG_KBO);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const kbo = page.getByLabel('Ondernemingsnummer');
    await expect.poll(() => kbo.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => veldFouten(kbo)).toEqual([KBO_FOUT]);
    await page.getByText(KBO_FOUT).waitFor();
    // Only this field is wrong.
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    await page.getByText('Verbeter de aangeduide velden.').waitFor();
    expect(page.url()).toMatch(/#\/organisaties\/nieuw$/);
    await e.screenshot('organisaties-1-ongeldig-kbo');

    // Nothing stored, nothing audited, not even sent.
    expect(await e.call('organisatie.list', {})).toEqual([]);
    expect(await e.call('audit.list', { entiteit: 'organisatie' })).toEqual([]);
    expect(creates).toEqual([]);
  });

  it('bewaart na verbetering en toont de fiche met de historiek', async () => {
    const kbo = page.getByLabel('Ondernemingsnummer');
    await kbo.fill(GELDIG_KBO);
    await kbo.blur();
    await expect.poll(() => kbo.getAttribute('aria-invalid')).not.toBe('true');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await page.waitForURL(/#\/organisaties\/\d+$/);
    organisatieId = Number(/\/organisaties\/(\d+)$/.exec(page.url())![1]);
    await h1(NAAM).waitFor();
    const gegevens = page.getByTestId('organisatie-gegevens');
    await tekst(gegevens).toContain(GELDIG_KBO);
    await tekst(gegevens).toContain('Kerkstraat 1, 9000 Gent');
    await tekst(gegevens).toContain('BE68 5390 0754 7034');
    await tekst(gegevens).toContain(formatDatum(vandaag)); // Geregistreerd op, nl-BE
    await tekst(page.getByTestId('wijzigingshistoriek')).toContain('door An Peeters');
    await tekst(page.getByTestId('meldingen')).toContain('Organisatie bewaard');
    await e.screenshot('organisaties-2-fiche');

    const lijst = await e.call('organisatie.list', {});
    expect(lijst.map((o) => [o.id, o.kbo])).toEqual([[organisatieId, GELDIG_KBO]]);
    const audit = await e.call('audit.list', { entiteit: 'organisatie' });
    expect(audit.map((a) => [a.entiteitId, a.actie, a.gebruiker])).toEqual([[String(organisatieId), 'aangemaakt', 'An Peeters']]);
  });

  it('vindt ze met de snelzoeker en opent ze met het toetsenbord', async () => {
    // Two more organisations (through the API) so the quick search has something to filter out.
    for (const [naam, kbo] of [
      ['CAW Oost-Vlaanderen', kboFromBase(4483181)],
      ['CGG Eclips', kboFromBase(4601469)],
    ]) {
      await e.call('organisatie.create', {
        naam, kbo, typeCode: 'CGG', straat: 'Markt 2', postcode: '9000', gemeente: 'Gent', regioCode: 'GENT',
        contactpersonen: [{ naam: 'Contact' }],
      });
    }

    await nav().getByRole('link', { name: 'Organisaties' }).click();
    await h1('Organisaties').waitFor();
    const grid = page.getByRole('region', { name: 'Lijst van organisaties' });
    await tekst(page.getByTestId('organisaties-telling')).toBe('3 organisaties');

    // Keyboard only from here: type in the search box, Tab into the grid, arrow to the row, Enter.
    await page.getByLabel('Zoeken').focus();
    await page.keyboard.type('0417497106'); // the number without dots also matches
    await tekst(page.getByTestId('organisaties-telling')).toBe('1 van 3 organisaties');
    await tekst(cel(grid, 0, 'naam')).toBe(NAAM);
    await tekst(cel(grid, 0, 'kbo')).toBe(GELDIG_KBO);
    await e.screenshot('organisaties-3-zoeken');

    let inGrid = false;
    for (let i = 0; i < 12 && !inGrid; i++) {
      await page.keyboard.press('Tab');
      inGrid = await page.evaluate(() => !!document.activeElement?.closest('.ag-root'));
    }
    expect(inGrid, 'Tab bereikt de lijst').toBe(true);
    // Tab lands on a column header; go down to the first row.
    for (let i = 0; i < 3; i++) {
      const opRij = await page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index') ?? null);
      if (opRij === '0') break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))).toBe('0');
    await page.keyboard.press('Enter');

    await page.waitForURL(new RegExp(`#/organisaties/${organisatieId}$`));
    await h1(NAAM).waitFor();
  });

  it('maakt een ontvangstmelding: eerst het voorbeeld, dan uitgeven', async () => {
    await page.getByRole('button', { name: 'Ontvangstmelding maken' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Ontvangstmelding maken' });
    await dialoog.waitFor();
    await dialoog.getByLabel('Soort aanvraag').selectOption({ label: 'Aanvraag tot erkenning AMA WVG' });
    await dialoog.getByLabel('Ontvangen op').fill(vandaag);
    await dialoog.getByLabel('Kanaal').selectOption({ label: 'E-mail' });
    await dialoog.getByLabel('Uw kenmerk').fill('DB/2026/17');

    const antwoord = page.waitForResponse((r) => r.url().endsWith('/api/brief.voorbeeld'));
    await dialoog.getByRole('button', { name: 'Voorbeeld' }).click();
    const voorbeeld = dialoog.locator('iframe[title="Voorbeeld van de ontvangstmelding"]');
    await voorbeeld.waitFor();
    expect(await voorbeeld.getAttribute('src')).toMatch(/^blob:/);
    // Headless Chromium draws no PDF in the iframe: read the previewed PDF's text instead.
    const { value } = (await (await antwoord).json()) as { value: { pdfBase64: string } };
    const pdf = Buffer.from(value.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfTekst = pdfLayout(pdf);
    expect(pdfTekst).toContain(NAAM);
    expect(pdfTekst).toContain('DB/2026/17');
    await e.screenshot('organisaties-4-voorbeeld');
    // A preview stores nothing.
    expect(await e.call('document.list', {})).toEqual([]);

    await dialoog.getByRole('button', { name: 'Uitgeven' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    const kenmerk = `ZORG/${vandaag.slice(0, 4)}/000001`;
    await tekst(page.getByTestId('meldingen')).toContain(`Kenmerk ${kenmerk}`);
    const brieven = page.getByTestId('organisatie-brieven');
    await tekst(brieven).toContain(kenmerk);
    await tekst(brieven).toContain(onderwerpOntvangstmelding('erkenning-ama-wvg'));
    await tekst(brieven).toContain(formatDatum(vandaag));
    await tekst(brieven).toContain('Nog niet');
    await e.screenshot('organisaties-5-brief-uitgegeven');
  });

  it('toont de brief onder Brieven en registreert de aangetekende verzending met de geachte ontvangst', async () => {
    const kenmerk = `ZORG/${vandaag.slice(0, 4)}/000001`;
    const onderwerp = onderwerpOntvangstmelding('erkenning-ama-wvg');
    await nav().getByRole('link', { name: 'Brieven' }).click();
    await h1('Brieven').waitFor();
    const grid = page.getByRole('region', { name: 'Lijst van brieven' });
    await tekst(page.getByTestId('brieven-telling')).toBe('1 brief');
    await tekst(cel(grid, 0, 'kenmerk')).toBe(kenmerk);
    await tekst(cel(grid, 0, 'onderwerp')).toBe(onderwerp);
    await tekst(cel(grid, 0, 'organisatieNaam')).toBe(NAAM);
    await tekst(cel(grid, 0, 'aangemaaktOp')).toBe(formatDatum(vandaag));
    await tekst(cel(grid, 0, 'verzonden')).toBe('Nog niet');

    await cel(grid, 0, 'onderwerp').dblclick();
    await page.waitForURL(/#\/brieven\/\d+$/);
    const detail = page.getByTestId('document-detail');
    await tekst(detail.getByRole('heading', { level: 2 })).toBe(`Ontvangstmelding ${kenmerk}`);
    await tekst(detail).toContain('Nog geen verzending geregistreerd.');
    await e.screenshot('organisaties-6-brieven');

    await detail.getByLabel('Verzendkanaal').selectOption('aangetekend');
    await detail.getByLabel('Verzonden op').fill(vandaag);
    await detail.getByLabel('Bewijsreferentie').fill('RR123456789BE');
    await detail.getByRole('button', { name: 'Verzending registreren' }).click();

    const geacht = formatDatum(deemedReceipt(vandaag));
    const verzendingen = page.getByTestId('verzendingen');
    await verzendingen.waitFor();
    const rij = verzendingen.locator('tbody tr');
    await expect.poll(() => rij.count()).toBe(1);
    expect(await rij.locator('td').allInnerTexts()).toEqual([
      'Aangetekende zending',
      formatDatum(vandaag),
      '',
      geacht,
      'RR123456789BE',
      expect.stringMatching(/^An Peeters, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/),
    ]);
    await tekst(page.getByTestId('meldingen')).toContain(`Geacht ontvangen op ${geacht}.`);
    await tekst(cel(grid, 0, 'verzonden')).toBe(`Aangetekende zending ${formatDatum(vandaag)}`);
    await e.screenshot('organisaties-7-verzending');

    const [doc] = await e.call('document.list', {});
    expect(doc.verzendingen.map((v) => [v.kanaal, v.verzondenOp, v.geachtOntvangenOp])).toEqual([
      ['aangetekend', vandaag, deemedReceipt(vandaag)],
    ]);
    expect(e.errors).toEqual([]);
  });

  it('een tweede organisatie met hetzelfde ondernemingsnummer krijgt de CONFLICT-melding', async () => {
    await naarNieuweOrganisatie();
    await vulOrganisatie('0417 497 106', 'vzw De Brug bis'); // spaces instead of dots: the same number
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const fout = page.getByTestId('formulierfout');
    await tekst(fout).toContain(`Ondernemingsnummer ${GELDIG_KBO} is al geregistreerd voor "${NAAM}".`);
    const kbo = page.getByLabel('Ondernemingsnummer');
    await expect.poll(() => kbo.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => veldFouten(kbo)).toEqual([`Al geregistreerd voor "${NAAM}".`]);
    expect(page.url()).toMatch(/#\/organisaties\/nieuw$/);
    await e.screenshot('organisaties-8-dubbel-kbo');

    expect((await e.call('organisatie.list', {})).map((o) => o.naam).sort()).toEqual(['CAW Oost-Vlaanderen', 'CGG Eclips', NAAM]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await h1('Organisaties').waitFor();
    // The browser logs the refused request (HTTP 409) itself; anything else would be an error.
    expect(e.errors.filter((m) => !/status of 409/.test(m))).toEqual([]);
  });

  it('met de lijst van postcodes vult de postcode de gemeente en de regio in, en een gemeente of regio die niet past, geeft een waarschuwing', async () => {
    // The list as a beheerder loads it (the import itself: test/platform/core/postcode.test.ts).
    const ins = e.app.ctx.sqlite.prepare('INSERT INTO postcode_plaats (postcode, plaatsnaam, gemeente, regio_code) VALUES (?, ?, ?, ?)');
    ins.run('9000', 'Gent', 'Gent', 'GENT');
    ins.run('1000', 'Brussel', 'Brussel', null);
    ins.run('2000', 'Antwerpen', 'Antwerpen', 'ANTWERPEN');
    await naarNieuweOrganisatie();
    const form = page.getByRole('form', { name: 'Nieuwe organisatie' });
    await form.getByLabel('Postcode').fill('9000');
    await expect.poll(() => form.getByLabel('Gemeente').inputValue()).toBe('Gent');
    await expect.poll(() => form.getByLabel('Werk- en zorgregio').inputValue()).toBe('GENT');
    const waarschuwingen = () => form.getByRole('status').allInnerTexts();
    expect(await waarschuwingen()).toEqual([]);
    // The case: postcode 1000 with "Gent".
    await form.getByLabel('Postcode').fill('1000');
    await expect.poll(waarschuwingen).toEqual(['Let op: postcode 1000 hoort bij Brussel, niet bij Gent. Controleer de postcode of de gemeente.']);
    // A region of the same province that the list does not give the postcode.
    await form.getByLabel('Postcode').fill('2000');
    await form.getByLabel('Gemeente').fill('antwerpen');
    await form.getByLabel('Werk- en zorgregio').selectOption('KEMPEN');
    await expect.poll(waarschuwingen).toEqual(['Let op: postcode 2000 ligt in Regio Antwerpen. Controleer de postcode of de regio.']);
    await e.screenshot('organisaties-9-postcode');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await h1('Organisaties').waitFor();
    expect(e.errors.filter((m) => !/status of 409/.test(m))).toEqual([]);
  });
});
