/**
 * Issue 10 in the browser: the samenwerkingsverbanden Zorg, with two people.
 *
 *  1. Import the running mandates (the check first, then all); the register per region shows them.
 *  2. Import VDAB trajectories: a bad row is rejected with its row, field and Dutch message; the fixed
 *     file is imported; the trajectory list shows the attribution.
 *  3. Compute the second half-year of 2024: the proposal per aanspreekpunt with the trajectories and their
 *     percentage; an ondertekenaar approves (four eyes); the statement is opened and read (pdftotext); the
 *     payment file is exported.
 *  4. A call with two applications and the ranking matrix; every screen axe-clean is covered by the
 *     accessibility suite.
 *
 * An Peeters (zorg-dossierbeheerder) and Olga Ondertekenaar. The clock is pinned at 22/11/2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { naar, startE2E, type E2E } from '../../helpers/e2e';
import { KBO, TRAJECT_KOP, adresInRegio, insz, mandaatRegels } from '../../helpers/swv';
import { organisatieInput } from '../../helpers/app';
import { pdfTekst } from '../../helpers/pdf';

const OLGA = { gebruiker: 'Olga Ondertekenaar', rol: 'ondertekenaar' } as const;
const klok = new Date('2026-11-22T09:00:00Z');

let e: E2E;
let page: Page;
let olga: Page;
let runId = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-e2e-swv-'));

const h1 = (p: Page, naam: string | RegExp) => p.getByRole('heading', { level: 1, name: naam });
const tekst = (l: Locator) => expect.poll(() => l.innerText().catch(() => ''), { timeout: 15_000 });
const knop = (p: Page | Locator, naam: string | RegExp) => p.getByRole('button', { name: naam, exact: typeof naam === 'string' });
const shot = (naam: string) => e.screenshot(`swv-${naam}`);



function bestand(naam: string, regels: string[]): string {
  const f = path.join(tmp, naam);
  fs.writeFileSync(f, Buffer.from(regels.join('\r\n') + '\r\n', 'latin1'));
  return f;
}

const TRAJECTEN = [
  `VDAB-001;${insz(1)};GENT;2024-01-10;2024-02-01;afgesloten;;2024-08-20;2024-09-02;`,
  `VDAB-002;${insz(2)};GENT;2024-03-01;2024-03-15;vervroegd_stopgezet;2024-10-01;;;werk gevonden`,
  `VDAB-003;${insz(3)};OOST_LIMBURG;2024-04-01;2024-05-01;afgesloten;;2024-11-04;2024-11-29;`,
  `VDAB-004;${insz(4)};GENT;2024-09-01;2024-09-15;vervroegd_stopgezet;2024-10-20;;;verhuisd`,
];

describe('samenwerkingsverbanden Zorg: mandaten en trajecten importeren, compensatie berekenen, goedkeuren, nota en betaalbestand', () => {
  beforeAll(async () => {
    e = await startE2E({ user: 'An Peeters', role: 'zorg-dossierbeheerder', bereikbaar: true, now: () => klok });
    page = e.page;
    const org = (naam: string, kbo: string, typeCode: string, regioCode: string) => e.call('organisatie.create', organisatieInput({ naam, kbo, typeCode, regioCode, ...adresInRegio(regioCode) }) as never);
    await org('CAW Oost-Vlaanderen', KBO.cawGent, 'CAW', 'GENT');
    await org('Vzw Ter Kouter', KBO.vaphGent, 'VAPH', 'GENT');
    await org('CGG Eclips', KBO.cggGent, 'CGG', 'GENT');
    await org('OCMW Genk', KBO.ocmwLimburg, 'OCMW', 'OOST_LIMBURG');
    await org('Dienstverlening De Vleugels', KBO.vaphLimburg, 'VAPH', 'OOST_LIMBURG');
    await org('PZ Asster', KBO.pzLimburg, 'PZ', 'ZUIDWEST_LIMBURG');
    olga = await e.als(OLGA);
    await page.reload();
    await page.getByTestId('gebruiker').waitFor();
  });
  afterAll(async () => {
    await e?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('importeert de lopende mandaten; het register toont ze per werk- en zorgregio', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Samenwerkingsverbanden Zorg', exact: true }).click();
    await h1(page, 'Samenwerkingsverbanden Zorg').waitFor();
    await page.getByRole('tab', { name: 'Importeren' }).click();
    await page.locator('label', { hasText: 'Lopende mandaten' }).click();
    await page.locator('input[type="file"]').setInputFiles(bestand('mandaten.csv', mandaatRegels()));
    await knop(page, 'Controleren').click();
    const rapport = page.getByTestId('importrapport');
    await tekst(rapport).toContain('3 rijen gelezen: 3 geldig, 0 met fouten');
    await knop(rapport, 'Alles importeren').click();
    await tekst(page.getByTestId('importresultaat')).toContain('Geïmporteerd');
    await page.getByRole('tab', { name: 'Mandaten per regio' }).click();
    const grid = page.getByRole('region', { name: 'Mandaten per werk- en zorgregio' });
    await tekst(grid).toContain('SWV Limburg');
    await tekst(grid).toContain('Zuid-West-Limburg');
    await shot('01-mandaten');
  });

  it('weigert een foute trajectrij met rij, veld en melding; het verbeterde bestand wordt geïmporteerd en toegewezen', async () => {
    await page.getByRole('tab', { name: 'Importeren' }).click();
    await page.locator('input[type="file"]').setInputFiles(bestand('vdab.csv', [TRAJECT_KOP, ...TRAJECTEN.slice(0, 3), TRAJECTEN[3].replace('2024-09-15', '2024-08-15')]));
    await knop(page, 'Controleren').click();
    const rapport = page.getByTestId('importrapport');
    const melding = rapport.getByRole('region', { name: 'Meldingen van de controle' }).locator('.ag-row').filter({ hasText: 'datum_trajectplan' });
    await tekst(melding.locator('[col-id="rij"]')).toBe('5');
    await tekst(melding.locator('[col-id="veld"]')).toBe('datum_trajectplan');
    await tekst(melding.locator('[col-id="melding"]')).toContain('ligt vóór de aanmelding');
    await shot('02-trajectcontrole');
    await page.locator('input[type="file"]').setInputFiles(bestand('vdab-verbeterd.csv', [TRAJECT_KOP, ...TRAJECTEN]));
    await knop(page, 'Controleren').click();
    await tekst(rapport).toContain('vdab-verbeterd.csv');
    await knop(rapport, 'Alles importeren').click();
    await tekst(page.getByTestId('importresultaat')).toContain('Geïmporteerd');
    await page.getByRole('tab', { name: 'Trajecten' }).click();
    const grid = page.getByRole('region', { name: 'Activeringstrajecten' });
    await tekst(grid.locator('.ag-row').filter({ hasText: 'VDAB-003' })).toContain('SWV Limburg');
    expect(await grid.innerText()).not.toContain(insz(1));
  });

  it('berekent het tweede halfjaar 2024 met de trajecten per aanspreekpunt en hun percentage', async () => {
    await page.getByRole('tab', { name: 'Compensatie' }).click();
    await knop(page, 'Nieuwe berekening').click();
    const d = page.getByRole('dialog', { name: 'Nieuwe berekening van de compensatie' });
    await d.getByLabel('Halfjaar').selectOption('2024-H2');
    await knop(d, 'Voorstel berekenen').click();
    await h1(page, 'Compensatie samenwerkingsverbanden Zorg — tweede halfjaar 2024').waitFor();
    runId = Number(/compensatie\/(\d+)$/.exec(page.url())![1]);
    await tekst(page.getByTestId('aantal-trajecten')).toBe('4');
    const grid = page.getByRole('region', { name: 'Bedragen per aanspreekpunt' });
    await grid.locator('.ag-row').filter({ hasText: 'CAW Oost-Vlaanderen' }).dblclick();
    const lijnen = page.getByRole('region', { name: 'Trajecten van het aanspreekpunt' });
    // VDAB-001: 100 % = € 883,27; VDAB-002: 60 % = € 529,96; VDAB-004: 35 days → 0 %.
    await tekst(lijnen.locator('.ag-row').filter({ hasText: 'VDAB-001' })).toContain('883,27');
    await tekst(lijnen.locator('.ag-row').filter({ hasText: 'VDAB-002' })).toContain('529,96');
    await tekst(lijnen.locator('.ag-row').filter({ hasText: 'VDAB-004' })).toContain('korter dan 3 maanden');
    await shot('03-voorstel');
    await expect(knop(page, "Goedkeuren en nota's uitgeven").count()).resolves.toBe(0); // four eyes
  });

  it('de ondertekenaar keurt goed; de nota noemt de trajecten en niet het rijksregisternummer; het betaalbestand', async () => {
    await olga.bringToFront();
    await naar(olga, `/samenwerkingsverbanden/compensatie/${runId}`);
    await h1(olga, /tweede halfjaar 2024/).waitFor();
    await knop(olga, "Goedkeuren en nota's uitgeven").click();
    const bevestig = olga.getByRole('dialog', { name: 'Run goedkeuren' });
    await expect(bevestig.innerText()).resolves.toMatch(/te betalen.*Dit kan niet ongedaan gemaakt worden/s);
    await knop(bevestig, 'Ja, goedkeuren').click();
    await tekst(olga.getByTestId('runresultaat')).toContain("2 berekeningsnota's uitgegeven");
    await tekst(olga.getByTestId('runstatus')).toBe('Goedgekeurd');
    await page.bringToFront();
    const run = await e.call('compensatie.get', { runId });
    const gent = run.betalingen.find((b) => b.organisatieNaam === 'CAW Oost-Vlaanderen')!;
    const nota = pdfTekst((await e.call('document.get', { id: gent.documentId! })).pdfBase64);
    expect(nota).toContain('Berekeningsnota compensatie samenwerkingsverband Zorg');
    expect(nota).toContain('Traject VDAB-001');
    expect(nota).toContain('€ 1.413,23');
    expect(nota).not.toContain(insz(1));

    await page.reload();
    await h1(page, /tweede halfjaar 2024/).waitFor();
    const grid = page.getByRole('region', { name: 'Bedragen per aanspreekpunt' });
    await grid.locator('.ag-row').filter({ hasText: 'CAW Oost-Vlaanderen' }).dblclick();
    const [geopend] = await Promise.all([page.waitForEvent('popup'), knop(page, 'Berekeningsnota openen').click()]);
    expect(geopend.url()).toMatch(/^blob:/);
    await geopend.close();
    const [download] = await Promise.all([page.waitForEvent('download'), knop(page, 'Betaalbestand (CSV)').click()]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const inhoud = fs.readFileSync(file, 'utf8');
    expect(inhoud).toContain('CAW Oost-Vlaanderen');
    expect(inhoud).toContain(gent.referentie);
    expect(inhoud).toMatch(/1413[.,]23/);
    await shot('04-goedgekeurd');
  });

  it('een oproep met aanvragen en de rangschikkingsmatrix', async () => {
    const o = await e.call('oproep.create', {
      titel: 'Oproep 2028', indienenVan: '2026-09-01', indienenTot: '2026-10-15', regios: ['KEMPEN', 'ANTWERPEN'],
      criteria: [{ code: 'visie', omschrijving: 'Visie en werking', gewicht: 1, max: 10 }], beslechting: { soort: 'vroegst-ingediend' },
      mandaatVan: '2028-07-01', mandaatTot: '2033-06-30', briefElementen: 'Het samenwerkingsverband rapporteert jaarlijks over zijn werking.',
    });
    await naar(page, `/samenwerkingsverbanden/oproepen/${o.id}`);
    await h1(page, 'Oproep 2028').waitFor();
    await page.getByRole('link', { name: 'Aanvraag registreren' }).click();
    await h1(page, 'Aanvraag tot mandatering registreren').waitFor();
    await page.getByLabel('Naam van het samenwerkingsverband').fill('SWV Kempen');
    await page.getByLabel('Administratief aanspreekpunt (art. 13)').selectOption({ label: `OCMW Genk (${KBO.ocmwLimburg})` });
    await page.getByLabel('Ontvangen op').fill('2026-10-01');
    await page.getByRole('checkbox', { name: 'Kempen' }).check();
    for (const [naam, categorie] of [['OCMW Genk', 1], ['Dienstverlening De Vleugels', 2], ['PZ Asster', 3]] as const) {
      await page.getByLabel('Partner toevoegen').selectOption({ label: `${naam} (categorie ${categorie})` });
      await knop(page, 'Toevoegen').click();
    }
    for (const c of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) await page.getByRole('checkbox', { name: new RegExp(`^${c}° `) }).check();
    await knop(page, 'Aanvraag registreren').click();
    await h1(page, 'Aanvraag tot mandatering: SWV Kempen').waitFor();
    await tekst(page.getByTestId('aanvraagstatus')).toBe('Ingediend');
    await tekst(page.getByTestId('termijnen')).toContain('16/11/2026');
    await shot('05-aanvraag');
  });
});
