/**
 * Issue 4 in the browser: AMA WVG agreements and the half-yearly subsidy, with two people.
 *
 *  1. Import agreements from an e-loket export: the check shows the rejected row (its row number,
 *     the field and the Dutch message); "Alles importeren" then imports nothing; the officer fixes
 *     the row in the file and imports all three; one agreement is opened and evaluated.
 *  2. Register an agreement by hand: a Dutch message on the field first, then saved.
 *  3. Compute the first half-year of 2026: the proposal per begeleider, the computation of each
 *     participant line, a preview of the berekeningsnota; an ondertekenaar approves (four eyes) and
 *     the statements are issued; one statement is opened and read (pdftotext); the payment file is
 *     exported (CSV) and checked.
 *  4. The retention screen (beheerder) reports what it would anonymise.
 *
 * One core, three HTTP hosts: An Peeters (zorg-dossierbeheerder), Olga Ondertekenaar and a beheerder.
 * The clock is pinned at 22/11/2026. Screenshots: test-results/screenshots/subsidie-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCREENSHOT_DIR, naar, startE2E, type E2E } from '../../helpers/e2e';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { inszFor } from '../../../shared/kernel/insz';
import { pdfTekst } from '../../helpers/pdf';

const OLGA = { gebruiker: 'Olga Ondertekenaar', rol: 'ondertekenaar' } as const;
const BEA = { gebruiker: 'Bea Beheerder', rol: 'beheerder' } as const;
const klok = new Date('2026-11-22T09:00:00Z');
const KBO = kboFromBase(4174972);
const IBAN = 'BE68 5390 0754 7034';

let e: E2E;
let page: Page;
let olga: Page;
let bea: Page;
let erkenningsnummer = '';
let runId = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-e2e-subsidie-'));

const h1 = (p: Page, naam: string | RegExp) => p.getByRole('heading', { level: 1, name: naam });
const tekst = (l: Locator) => expect.poll(() => l.innerText().catch(() => ''), { timeout: 15_000 });
const knop = (p: Page | Locator, naam: string | RegExp) => p.getByRole('button', { name: naam, exact: typeof naam === 'string' });
const shot = (naam: string) => e.screenshot(`subsidie-${naam}`);



/** The e-loket export: three participants with the one begeleider; `fout` breaks the second INSZ. */
function exportBestand(fout: boolean): string {
  const kop = 'organisatietype;erkenningsnummer;voornaam;achternaam;rijksregisternummer;werkpost;werkpost_kbo;werkpost_adres;startdatum;einddatum;contact_email';
  const rij = (voornaam: string, achternaam: string, insz: string, werkpost: string, start: string, einde = '') =>
    ['CAW', erkenningsnummer, voornaam, achternaam, insz, werkpost, '', 'Kerkstraat 1, 9000 Gent', start, einde, 'info@debrug.be'].join(';');
  const tweede = inszFor('1985-01-01', 3).replace(/\D/g, '');
  const fouteControle = `${tweede.slice(0, 9)}${String((Number(tweede.slice(9)) + 1) % 97).padStart(2, '0')}`;
  return [
    kop,
    rij('Jan', 'Peeters', inszFor('1990-05-17', 21), 'Kringwinkel Gent', '01/01/2025'),
    rij('An', 'Claes', fout ? fouteControle : tweede, 'Bibliotheek Gent', '01/03/2026'),
    rij('Els', 'Maes', inszFor('1970-03-03', 7), 'Dierenasiel Gent', '01/01/2026', '31/03/2026'),
  ].join('\r\n');
}

describe('overeenkomsten en subsidie AMA WVG: import, halfjaarberekening, goedkeuring, nota en betaalbestand', () => {
  beforeAll(async () => {
    e = await startE2E({ user: 'An Peeters', role: 'zorg-dossierbeheerder', bereikbaar: true, now: () => klok });
    page = e.page;
    const org = await e.call('organisatie.create', {
      naam: 'vzw De Brug', kbo: KBO, typeCode: 'CAW', straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent', regioCode: 'GENT',
      email: 'info@debrug.be', iban: IBAN, contactpersonen: [{ naam: 'Jan Claes', functie: 'Directeur' }],
    });
    const erk = await e.call('overgang.registreer', { organisatieId: org.id, erkenningsnummer: 'AMA-2019-0042', geldigVan: '2022-06-01', geldigTot: '2028-12-31' });
    erkenningsnummer = erk.erkenningsnummer;
    olga = await e.als(OLGA);
    bea = await e.als(BEA);
    await page.reload();
    await page.getByTestId('gebruiker').waitFor();
  });
  afterAll(async () => {
    await e?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('import: de controle toont de geweigerde rij met veld en melding; alles importeren bewaart dan niets', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overeenkomsten AMA WVG', exact: true }).click();
    await h1(page, 'Overeenkomsten AMA WVG').waitFor();
    await page.getByRole('tab', { name: 'Importeren' }).click();
    // The sample files fit this store: the one with typical mistakes, downloaded and checked, shows them row by row.
    const voorbeelden = page.getByRole('group', { name: 'Voorbeeldbestanden' });
    const [download] = await Promise.all([page.waitForEvent('download'), knop(voorbeelden, 'Voorbeeld met typische fouten').click()]);
    const voorbeeld = path.join(tmp, download.suggestedFilename());
    expect(download.suggestedFilename()).toBe('voorbeeld-overeenkomsten-met-fouten.csv');
    await download.saveAs(voorbeeld);
    await page.locator('input[type="file"]').setInputFiles(voorbeeld);
    await knop(page, 'Controleren').click();
    const voorbeeldRapport = page.getByTestId('importrapport');
    await tekst(voorbeeldRapport).toContain('Controle van voorbeeld-overeenkomsten-met-fouten.csv');
    await expect.poll(() => voorbeeldRapport.getByRole('region', { name: 'Meldingen van de controle' }).locator('.ag-row').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(7);
    const fout = path.join(tmp, 'export-eloket.csv');
    fs.writeFileSync(fout, exportBestand(true));
    await page.locator('input[type="file"]').setInputFiles(fout);
    await knop(page, 'Controleren').click();
    const rapport = page.getByTestId('importrapport');
    await tekst(rapport).toContain('Controle van export-eloket.csv');
    const melding = rapport.getByRole('region', { name: 'Meldingen van de controle' }).locator('.ag-row').first();
    await tekst(melding.locator('[col-id="rij"]')).toBe('3');
    await tekst(melding.locator('[col-id="veld"]')).toBe('rijksregisternummer');
    await tekst(melding.locator('[col-id="melding"]')).toContain('controlegetal');
    await shot('01-importcontrole');
    await knop(rapport, 'Alles importeren').click();
    await tekst(page.getByTestId('importresultaat')).toContain('Niets geïmporteerd');
    expect(await e.call('overeenkomst.list', {})).toHaveLength(0);
  });

  it('na verbetering van het bestand worden de drie rijen geïmporteerd', async () => {
    const goed = path.join(tmp, 'export-eloket-verbeterd.csv');
    fs.writeFileSync(goed, exportBestand(false));
    await page.locator('input[type="file"]').setInputFiles(goed);
    await knop(page, 'Controleren').click();
    const rapport = page.getByTestId('importrapport');
    await tekst(rapport).toContain('export-eloket-verbeterd.csv');
    await knop(rapport, 'Alles importeren').click();
    await tekst(page.getByTestId('importresultaat')).toContain('Geïmporteerd');
    await shot('02-geimporteerd');
    expect(await e.call('overeenkomst.list', {})).toHaveLength(3);
  });

  it('het register toont de overeenkomsten zonder volledig rijksregisternummer; de fiche registreert een evaluatie', async () => {
    await page.getByRole('tab', { name: 'Register' }).click();
    const grid = page.getByRole('region', { name: 'Register van overeenkomsten' });
    await tekst(grid).toContain('Kringwinkel Gent');
    expect(await grid.innerText()).not.toContain(inszFor('1990-05-17', 21));
    await grid.locator('.ag-row').filter({ hasText: 'Kringwinkel Gent' }).dblclick();
    await h1(page, /^Overeenkomst \d+$/).waitFor();
    await knop(page, 'Evaluatie registreren').click();
    const d = page.getByRole('dialog', { name: 'Evaluatie registreren' });
    await d.getByLabel('Datum van de evaluatie').fill('2026-11-20');
    await d.getByLabel('Opmerking').fill('Gaat goed, wil een halve dag meer.');
    await knop(d, 'Registreren').click();
    await d.waitFor({ state: 'hidden' });
    await tekst(page.getByTestId('evaluaties')).toContain('20/11/2026');
    await tekst(page.getByTestId('wijzigingshistoriek')).toContain('Evaluatie');
    await shot('03-overeenkomst');
  });

  it('een overeenkomst met de hand: eerst een Nederlandse melding op het veld, dan bewaard', async () => {
    await naar(page, '/overeenkomsten/nieuw');
    await h1(page, 'Nieuwe overeenkomst AMA WVG').waitFor();
    const f = page.getByRole('form', { name: 'Nieuwe overeenkomst' });
    await f.getByLabel('Erkende begeleider').selectOption({ label: `vzw De Brug — ${erkenningsnummer} (tot 31/12/2028)` });
    await f.getByLabel('Voornaam').fill('Sofie');
    await f.getByLabel('Achternaam').fill('Wouters');
    await f.getByLabel('Rijksregisternummer').fill('85.07.30-033.00');
    await f.getByLabel('Naam van de werkpost').fill('Sociaal restaurant');
    await f.getByLabel('Straat en huisnummer').fill('Markt 1');
    await f.getByLabel('Postcode').fill('9000');
    await f.getByLabel('Gemeente').fill('Gent');
    await f.getByLabel('Startdatum').fill('2026-02-01');
    await knop(f, 'Registreren').click();
    await f.getByText('Dit rijksregisternummer klopt niet: het controlegetal (laatste twee cijfers) is fout.').waitFor();
    await shot('04-formulier-fout');
    await f.getByLabel('Rijksregisternummer').fill(inszFor('1988-09-12', 45));
    await knop(f, 'Registreren').click();
    await h1(page, /^Overeenkomst \d+$/).waitFor();
    expect(await e.call('overeenkomst.list', {})).toHaveLength(4);
  });

  it('berekent het eerste halfjaar 2026 als voorstel met de berekening per deelnemer', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Subsidies AMA WVG', exact: true }).click();
    await h1(page, 'Subsidies AMA WVG').waitFor();
    await knop(page, 'Nieuwe berekening').click();
    const d = page.getByRole('dialog', { name: 'Nieuwe berekening' });
    await d.getByLabel('Halfjaar').selectOption('2026-H1');
    await knop(d, 'Voorstel berekenen').click();
    await h1(page, 'Subsidie AMA WVG — eerste halfjaar 2026').waitFor();
    runId = Number(/subsidies\/(\d+)$/.exec(page.url())![1]);
    await tekst(page.getByTestId('runstatus')).toBe('Voorstel');
    await tekst(page.getByTestId('plafond')).toContain('Maximum aantal begeleidingen');
    const grid = page.getByRole('region', { name: 'Bedragen per begeleider' });
    await grid.locator('.ag-row').filter({ hasText: 'vzw De Brug' }).dblclick();
    const lijnen = page.getByTestId('lijnen');
    // Jan: the whole half-year (181 days); Sofie from 01/02 (150 days); An from 01/03 (122); Els 01/01–31/03 (90).
    await tekst(lijnen).toContain('181');
    await tekst(lijnen).toMatch(/1\.061,20/);
    const run = await e.call('subsidie.get', { runId });
    expect(run.betalingen[0]).toMatchObject({ organisatieNaam: 'vzw De Brug', dagen: 181 + 150 + 122 + 90, iban: expect.stringContaining('BE68') });
    await shot('05-voorstel');
    const [voorbeeld] = await Promise.all([page.waitForEvent('popup'), knop(page, 'Voorbeeld berekeningsnota').click()]);
    expect(voorbeeld.url()).toMatch(/^blob:/);
    await voorbeeld.close();
  });

  it('de ondertekenaar keurt goed en de berekeningsnota wordt uitgegeven; de nota bevat de lijnen per deelnemer', async () => {
    // The officer who computed the run has no approve button (four eyes: only an ondertekenaar).
    await expect(knop(page, "Goedkeuren en nota's uitgeven").count()).resolves.toBe(0);
    await olga.bringToFront();
    await naar(olga, `/subsidies/${runId}`);
    await h1(olga, 'Subsidie AMA WVG — eerste halfjaar 2026').waitFor();
    await knop(olga, "Goedkeuren en nota's uitgeven").click();
    const bevestig = olga.getByRole('dialog', { name: 'Run goedkeuren' });
    await expect(bevestig.innerText()).resolves.toMatch(/te betalen.*Dit kan niet ongedaan gemaakt worden/s);
    await knop(bevestig, 'Ja, goedkeuren').click();
    await tekst(olga.getByTestId('runresultaat')).toContain('1 berekeningsnota uitgegeven');
    await tekst(olga.getByTestId('runstatus')).toBe('Goedgekeurd');
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await olga.screenshot({ path: path.join(SCREENSHOT_DIR, 'subsidie-06-goedgekeurd.png'), fullPage: true });
    await page.bringToFront();

    const run = await e.call('subsidie.get', { runId });
    const b = run.betalingen[0];
    expect(b.documentId).toBeGreaterThan(0);
    const nota = pdfTekst((await e.call('document.get', { id: b.documentId! })).pdfBase64);
    expect(nota).toContain('vzw De Brug');
    expect(nota).toMatch(/J\.P\. \(°1990\)/);
    expect(nota).toContain(b.referentie);
    expect(nota).toContain(new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2 }).format(b.teBetalenCent / 100));

    await page.reload();
    await h1(page, 'Subsidie AMA WVG — eerste halfjaar 2026').waitFor();
    const grid = page.getByRole('region', { name: 'Bedragen per begeleider' });
    await grid.locator('.ag-row').filter({ hasText: 'vzw De Brug' }).dblclick();
    const [geopend] = await Promise.all([page.waitForEvent('popup'), knop(page, 'Berekeningsnota openen').click()]);
    expect(geopend.url()).toMatch(/^blob:/);
    await geopend.close();
  });

  it('het betaalbestand (CSV) bevat organisatie, KBO, IBAN, bedrag en mededeling, zonder persoonsgegevens', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), knop(page, 'Betaalbestand (CSV)').click()]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const inhoud = fs.readFileSync(file, 'utf8');
    const b = (await e.call('subsidie.get', { runId })).betalingen[0];
    expect(inhoud).toContain('vzw De Brug');
    expect(inhoud).toContain(KBO.replace(/\D/g, '').slice(0, 4));
    expect(inhoud.replace(/\s/g, '')).toContain(IBAN.replace(/\s/g, ''));
    expect(inhoud).toContain(b.referentie);
    expect(inhoud).toMatch(new RegExp((b.teBetalenCent / 100).toFixed(2).replace('.', '[.,]')));
    expect(inhoud).not.toMatch(/Peeters|Claes|Maes|Wouters/);
    await shot('07-betaalbestand');
  });

  it('bewaartermijn: de beheerder ziet vooraf wat geanonimiseerd zou worden', async () => {
    await bea.bringToFront();
    await naar(bea, '/bewaartermijn');
    await h1(bea, 'Bewaartermijn persoonsgegevens').waitFor();
    // The period as the parameter sets it today, not as a number written in the screen.
    await bea.getByText('niet langer bewaard dan 10 jaar na het einde van hun laatste overeenkomst').waitFor();
    await knop(bea, 'Proef: wat zou er gebeuren?').click();
    await tekst(bea.getByTestId('retentierapport')).toContain('Proef (er is niets gewijzigd)');
    await tekst(bea.getByTestId('retentierapport')).toContain('grens 22/11/2016');
    expect(e.errors).toEqual([]);
  });
});
