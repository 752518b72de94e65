/**
 * Issue 9 in the browser: the Departement WSE's year, with two people.
 *
 *  1. Import the existing contingents (check, then all); the register shows the places.
 *  2. Import begeleidingsovereenkomsten: a bad row is rejected with its row, field and Dutch message; the fixed file is imported.
 *  3. Compute the 2025 settlement; a WSE signatory approves (four eyes); the statement is opened and read.
 *  4. The 80 % evaluation: the officer prepares the decisions, the signatory approves them with their letters; the ledger shows the reduction.
 *
 * Sofie Claeys (wse-dossierbeheerder) and Marc Wuyts (ondertekenaar, Departement WSE). The clock is pinned at 22/11/2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { naar, startE2E, type E2E } from '../../helpers/e2e';
import { organisatieInput } from '../../helpers/app';
import { pdfTekst } from '../../helpers/pdf';
import { CONTINGENT_KOP, DEELNAME_KOP, SE_KBO, contingentRegels, deelnameRegels } from '../../helpers/se';

const MARC = { gebruiker: 'Marc Wuyts', rol: 'ondertekenaar' } as const;
const klok = new Date('2026-11-22T09:00:00Z');

let e: E2E;
let page: Page;
let marc: Page;
let runId = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-e2e-se-'));

const h1 = (p: Page, naam: string | RegExp) => p.getByRole('heading', { level: 1, name: naam });
const tekst = (l: Locator) => expect.poll(() => l.innerText().catch(() => ''), { timeout: 30_000 });
const knop = (p: Page | Locator, naam: string | RegExp) => p.getByRole('button', { name: naam, exact: typeof naam === 'string' });
const shot = (naam: string) => e.screenshot(`se-${naam}`);

function bestand(naam: string, regels: string[]): string {
  const f = path.join(tmp, naam);
  fs.writeFileSync(f, Buffer.from(regels.join('\r\n') + '\r\n', 'latin1'));
  return f;
}

describe('AMA SE: contingenten en begeleidingsovereenkomsten importeren, jaarafrekening, goedkeuring, nota en evaluatie met brieven', () => {
  beforeAll(async () => {
    e = await startE2E({ user: 'Sofie Claeys', role: 'wse-dossierbeheerder', bereikbaar: true, now: () => klok });
    page = e.page;
    await e.call('organisatie.create', organisatieInput({ naam: 'Maatwerkbedrijf De Ploeg', kbo: SE_KBO.mwbA, typeCode: 'MAATWERKBEDRIJF' }) as never);
    await e.call('organisatie.create', organisatieInput({ naam: 'Maatwerkbedrijf Kringloop Waas', kbo: SE_KBO.mwbB, typeCode: 'MAATWERKBEDRIJF', regioCode: 'WAASLAND' }) as never);
    marc = await e.als(MARC);
    // Marc signs for the Departement WSE (his staff record, as a beheerder would set it).
    e.app.ctx.sqlite.prepare("UPDATE medewerker SET departement = 'WSE', dienst = 'Afdeling Sociale Economie' WHERE naam = ?").run(MARC.gebruiker);
    await page.reload();
    await page.getByTestId('gebruiker').waitFor();
  });
  afterAll(async () => {
    await e?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('importeert de bestaande contingenten; het register toont de plaatsen', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Contingenten AMA SE', exact: true }).click();
    await h1(page, 'Contingenten AMA SE').waitFor();
    await page.getByRole('tab', { name: 'Importeren' }).click();
    await page.locator('label', { hasText: 'Bestaande contingenten' }).click();
    await page.locator('input[type="file"]').setInputFiles(bestand('contingenten.csv', contingentRegels()));
    await knop(page, 'Controleren').click();
    const rapport = page.getByTestId('importrapport');
    await tekst(rapport).toContain('3 rijen gelezen: 3 geldig, 0 met fouten');
    await knop(rapport, 'Alles importeren').click();
    await tekst(page.getByTestId('importresultaat')).toContain('Geïmporteerd');
    await page.getByRole('tab', { name: 'Contingenten' }).click();
    await tekst(page.getByTestId('contingent-totaal')).toContain('2 maatwerkbedrijven met samen 40 plaatsen');
    await shot('01-contingenten');
    expect(CONTINGENT_KOP).toContain('beslissing');
  });

  it('weigert een foute rij met rij, veld en melding; het verbeterde bestand wordt geïmporteerd', async () => {
    await page.getByRole('tab', { name: 'Importeren' }).click();
    const goed = [...deelnameRegels(SE_KBO.mwbA, 12, 1), ...deelnameRegels(SE_KBO.mwbB, 16, 100)];
    await page.locator('input[type="file"]').setInputFiles(bestand('deelnames.csv', [DEELNAME_KOP, ...goed.slice(0, 5), goed[5].replace(SE_KBO.mwbA, SE_KBO.onbekend), ...goed.slice(6)]));
    await knop(page, 'Controleren').click();
    const rapport = page.getByTestId('importrapport');
    const melding = rapport.getByRole('region', { name: 'Meldingen van de controle' }).locator('.ag-row').filter({ hasText: 'ondernemingsnummer_maatwerkbedrijf' });
    await tekst(melding.locator('[col-id="rij"]')).toBe('7');
    await tekst(melding.locator('[col-id="melding"]')).toContain('Er is geen organisatie met ondernemingsnummer');
    await shot('02-deelnamecontrole');
    // Importing only the valid rows asks first, and says what happens to the one row with an error (in the singular).
    await knop(rapport, 'Enkel geldige rijen importeren').click();
    const bevestig = page.getByRole('dialog', { name: 'Enkel geldige rijen importeren' });
    await tekst(bevestig).toContain('27 geldige rijen worden geïmporteerd; 1 rij met fouten wordt weggelaten. Verbeter die rij in het bestand');
    await knop(bevestig, 'Annuleren').click();
    await bevestig.waitFor({ state: 'detached' });
    await page.locator('input[type="file"]').setInputFiles(bestand('deelnames-verbeterd.csv', [DEELNAME_KOP, ...goed]));
    await knop(page, 'Controleren').click();
    await tekst(rapport).toContain('deelnames-verbeterd.csv');
    await knop(rapport, 'Alles importeren').click();
    await tekst(page.getByTestId('importresultaat')).toContain('Geïmporteerd');
    await page.getByRole('tab', { name: 'Begeleidingsovereenkomsten' }).click();
    await tekst(page.getByRole('region', { name: 'Begeleidingsovereenkomsten AMA SE' })).toContain('Kringloop Waas');
  });

  it('berekent de jaarafrekening 2025; de ondertekenaar van WSE keurt goed; de nota toont de invullingsgraad', async () => {
    await page.getByRole('tab', { name: 'Jaarafrekening' }).click();
    // Before the first run the list says what it lists.
    await page.getByText('Geen betaalruns', { exact: true }).waitFor();
    await knop(page, 'Jaarafrekening berekenen').click();
    const d = page.getByRole('dialog', { name: 'Jaarafrekening berekenen' });
    await d.getByLabel('Jaar').selectOption('2025');
    await knop(d, 'Voorstel berekenen').click();
    await h1(page, 'Jaarafrekening AMA SE — 2025').waitFor();
    runId = Number(/afrekeningen\/(\d+)$/.exec(page.url())![1]);
    // A: 12 × € 2.812,20 = € 33.746,40; B capped at 15,04 places: € 42.298,57
    await tekst(page.getByTestId('totaal-subsidie')).toBe('€ 76.044,97');
    await shot('03-afrekening');
    await expect(knop(page, "Goedkeuren en nota's uitgeven").count()).resolves.toBe(0);

    await marc.bringToFront();
    await naar(marc, `/contingenten/afrekeningen/${runId}`);
    await h1(marc, /Jaarafrekening AMA SE/).waitFor();
    await knop(marc, "Goedkeuren en nota's uitgeven").click();
    const bevestig = marc.getByRole('dialog', { name: 'Run goedkeuren' });
    await expect(bevestig.innerText()).resolves.toMatch(/te betalen.*Dit kan niet ongedaan gemaakt worden/s);
    await knop(bevestig, 'Ja, goedkeuren').click();
    await tekst(marc.getByTestId('runstatus')).toBe('Goedgekeurd');
    await page.bringToFront();
    const run = await e.call('contingent.afrekening', { runId });
    const a = run.betalingen.find((b) => b.kbo === SE_KBO.mwbA)!;
    const nota = pdfTekst((await e.call('document.get', { id: a.documentId! })).pdfBase64);
    expect(nota).toContain('Jaarafrekening subsidie arbeidsmatige activiteiten in de sociale economie');
    expect(nota).toContain('Invullingsgraad: 60,00 %');
    expect(nota).toContain('Departement Werk en Sociale Economie');
    await page.reload();
    await h1(page, /Jaarafrekening AMA SE/).waitFor();
    await page.getByRole('region', { name: 'Bedragen per maatwerkbedrijf' }).locator('.ag-row').filter({ hasText: 'De Ploeg' }).dblclick();
    const [geopend] = await Promise.all([page.waitForEvent('popup'), knop(page, 'Berekeningsnota openen').click()]);
    expect(geopend.url()).toMatch(/^blob:/);
    await geopend.close();
  });

  it('de evaluatie 80 %: beslissingen voorbereiden, goedkeuren met brieven; het contingent daalt vanaf 1 juli 2026', async () => {
    await naar(page, '/contingenten/evaluatie');
    await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await tekst(page.getByTestId('evaluatie-samenvatting')).toContain('1 onder 80 %; samen 4 plaatsen vrij vanaf 01/07/2026');
    // The rule as the parameters set it (threshold and rounding), not as a number written in the screen.
    await page.getByText('Ligt de invullingsgraad van een kalenderjaar onder 80 %, dan daalt het contingent vanaf 1 juli van het volgende jaar met (80 % − invullingsgraad) × contingent, afgerond naar beneden (in het voordeel van de organisatie) op hele plaatsen').waitFor();
    await knop(page, 'Beslissingen voorbereiden (1)').click();
    await knop(page.getByRole('dialog', { name: 'Beslissingen voorbereiden' }), 'Ja, ontwerpen maken').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // One draft: said in the singular.
    await page.getByText('1 ontwerp van beslissing wacht op goedkeuring.').waitFor();
    await shot('04-evaluatie');

    await marc.bringToFront();
    await naar(marc, '/contingenten/evaluatie');
    await marc.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await knop(marc, 'Goedkeuren en brieven uitgeven (1)').click();
    await knop(marc.getByRole('dialog', { name: 'Goedkeuren en brieven uitgeven' }), 'Ja, goedkeuren en brieven uitgeven').click();
    await marc.getByRole('dialog').waitFor({ state: 'detached' });
    await page.bringToFront();
    const ploeg = (await e.call('contingent.list', {})).find((c) => c.ondernemingsnummer === SE_KBO.mwbA)!;
    await naar(page, `/contingenten/${ploeg.organisatieId}`);
    const perioden = page.getByTestId('contingent-perioden');
    await tekst(perioden).toContain('01/07/2026');
    await tekst(perioden).toContain('Vermindering na evaluatie');
    const brief = (await e.call('contingent.get', { organisatieId: ploeg.organisatieId })).beslissingen[0];
    const pdf = pdfTekst((await e.call('document.get', { id: brief.documentId! })).pdfBase64);
    expect(pdf).toContain('van 20 naar 16 plaatsen');
    await shot('05-verminderd');
    expect(e.errors).toEqual([]);
  });

  it('een nieuwe periode van het voorschotpercentage en de afrekeningsmaand: het open scherm volgt, het volgende leest ze', async () => {
    await naar(page, '/contingenten/voorschotten');
    await page.getByText('Elke maand een voorschot van 80 % van de subsidie', { exact: false }).waitFor();
    // A beheerder sets both from 1 November 2026 on the Parameters screen (as an officer would after a new decree).
    const bea = await e.als({ gebruiker: 'Bea Beheerder', rol: 'beheerder' });
    const nieuwePeriode = async (code: string, waarde: string) => {
      await naar(bea, '/parameters');
      const form = bea.getByRole('region', { name: 'Nieuwe periode' });
      await form.getByLabel('Code').fill(code);
      await form.getByLabel(/^Waarde/).fill(waarde);
      await form.getByLabel('Geldig van').fill('2026-11-01');
      await form.getByLabel('Wettelijke basis').fill('BVR 18 november 2022, art. 68 (gewijzigd)');
      await knop(form, 'Opslaan').click();
      await bea.getByText(`${code}:`, { exact: false }).waitFor();
    };
    await nieuwePeriode('AMA_SE_VOORSCHOT_PCT', '85');
    await nieuwePeriode('AMA_SE_AFREKENING_MAAND', '4');
    await bea.close();

    // The screen that stayed open follows the change (another officer's write refetches what it shows), the next one reads it.
    await page.bringToFront();
    await page.getByText('Elke maand een voorschot van 85 % van de subsidie', { exact: false }).waitFor({ timeout: 10_000 });
    await page.getByRole('tab', { name: 'Jaarafrekening' }).click();
    await page.getByText('Uiterlijk op de laatste werkdag van april van het volgende jaar', { exact: false }).waitFor();
    expect(e.errors).toEqual([]);
  });
});
