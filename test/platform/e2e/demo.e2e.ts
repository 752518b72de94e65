/**
 * Every area with the demo data (scale 1: 300 organisations, 212 recognitions, 3,886 agreements,
 * running procedures, a subsidy proposal), as the demo dossierbeheerder: each screen loads without
 * console or page errors and its main list is populated. Screenshots: test-results/screenshots/demo-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSchendingen, startE2E, type E2E } from '../../helpers/e2e';
import { seedDemo } from '../../../db/seed/demo';
import { seedProcedures } from '../../../db/seed/demo/procedures';
import { DEMO_MEDEWERKERS } from '../../../db/seed/demo/medewerkers';
import { NAV_ITEMS } from '../../../renderer/src/app/nav';
import { BRIEFTYPE_LABELS } from '../../../renderer/src/components/labels';
import { addDays, formatDatum } from '../../../shared/kernel/dates';
import { formatDatumLang } from '../../../shared/kernel/format';

const klok = new Date('2026-11-22T09:00:00Z');
const KATRIEN = DEMO_MEDEWERKERS.find((m) => m.departement === 'ZORG' && !m.magOndertekenen)!.naam;

let e: E2E;
let page: Page;

describe('alle schermen met de demogegevens', () => {
  beforeAll(async () => {
    e = await startE2E({ user: KATRIEN, role: 'zorg-dossierbeheerder', now: () => klok, goto: false, bereikbaar: true, axe: true });
    const s = seedDemo(e.app.ctx.sqlite, { scale: 1, now: klok });
    const p = await seedProcedures(e.app, { vandaag: '2026-11-22', organisatieVan: s.idVan, organisatieTot: s.idTot });
    expect(p.fouten).toEqual([]);
    page = e.page;
    await page.goto(e.url, { waitUntil: 'load' });
    await page.getByTestId('gebruiker').getByText(KATRIEN).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  for (const item of NAV_ITEMS) {
    it(`${item.label}: laadt zonder fouten en zonder ernstige toegankelijkheidsfouten (axe-core, WCAG 2.1 AA)`, async () => {
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: item.label, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Wait until grids have loaded (no "Laden" overlay) before judging the screen.
      await expect.poll(() => page.locator('.ag-overlay-loading-wrapper >> visible=true').count(), { timeout: 15_000 }).toBe(0);
      await e.screenshot(`demo-${item.pad === '/' ? 'overzicht' : item.pad.slice(1)}`);
      expect(e.errors).toEqual([]);
      expect(await axeSchendingen(page)).toEqual([]);
    });
  }

  // The detail pages an officer opens from those lists, each with a dossier of the demo (the first of its kind).
  const DETAILS: [string, string, string][] = [
    ['Fiche van een organisatie', '/organisaties/:id', 'SELECT min(id) FROM organisatie'],
    ['Organisatie wijzigen', '/organisaties/:id/wijzigen', 'SELECT min(id) FROM organisatie'],
    ['Aanvraag tot erkenning', '/erkenningen/aanvragen/:id', "SELECT min(id) FROM aanvraag WHERE soort = 'erkenning-ama-wvg'"],
    ['Erkenning', '/erkenningen/:id', 'SELECT min(id) FROM erkenning'],
    ['Overeenkomst', '/overeenkomsten/:id', 'SELECT min(id) FROM overeenkomst'],
    ['Beslissing', '/beslissingen/:id', 'SELECT min(id) FROM beslissing'],
    ['Procedure', '/procedures/:id', 'SELECT min(id) FROM procedure'],
    ['Betaalrun', '/betaalruns/:id', 'SELECT min(id) FROM betaalrun'],
    ['Samenwerkingsverband', '/samenwerkingsverbanden/:id', 'SELECT min(id) FROM samenwerkingsverband'],
    ['Traject', '/samenwerkingsverbanden/trajecten/:id', 'SELECT min(id) FROM traject'],
    ['Contingent van een maatwerkbedrijf', '/contingenten/:id', 'SELECT min(organisatie_id) FROM se_contingent'],
    ['Brief', '/brieven/:id', 'SELECT min(id) FROM document'],
  ];
  for (const [naam, pad, sql] of DETAILS) {
    it(`detail: ${naam} laadt zonder fouten en zonder ernstige toegankelijkheidsfouten`, async () => {
      const id = e.app.ctx.sqlite.prepare(sql).pluck().get() as number | null;
      expect(id, `${naam}: geen dossier in de demogegevens`).not.toBeNull();
      await page.goto(`${e.url}/#${pad.replace(':id', String(id))}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => page.getByText('Laden...').count(), { timeout: 15_000 }).toBe(0);
      await expect.poll(() => page.locator('.ag-overlay-loading-wrapper >> visible=true').count(), { timeout: 15_000 }).toBe(0);
      expect(e.errors).toEqual([]);
      expect(await axeSchendingen(page)).toEqual([]);
    });
  }

  it('een datumveld toont dd/mm/jjjj en zijn kalender (Nederlands, vanaf maandag) is toegankelijk', async () => {
    await page.goto(`${e.url}/#/parameters/termijn`);
    const veld = page.getByRole('form', { name: 'Termijn berekenen' }).getByLabel('Startdatum');
    await veld.fill('2026-12-04');
    await veld.blur(); // shown in the field's notation once the field is left (while typing, the text stays as typed)
    await expect.poll(() => veld.inputValue()).toBe('04/12/2026');
    // Text that is no date is put back, and the line that says so is readable (contrast) and linked to the field.
    await veld.fill('31/02/2026');
    await veld.blur();
    await page.getByText('"31/02/2026" is geen datum (typ dd/mm/jjjj): de datum blijft 04/12/2026.').waitFor();
    expect(await axeSchendingen(page)).toEqual([]);
    await page.getByRole('button', { name: 'Kalender openen' }).click();
    await page.getByRole('button', { name: '4 december 2026', exact: true }).waitFor();
    const koppen = await page.locator('.mantine-DatePicker-weekday').allInnerTexts();
    expect(koppen.map((k) => k.trim().toLowerCase())).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    expect(await axeSchendingen(page)).toEqual([]);
    // A day picked in the calendar is the field's value; the calendar closes.
    await page.getByRole('button', { name: '18 december 2026', exact: true }).click();
    await expect.poll(() => veld.inputValue()).toBe('18/12/2026');
    await expect.poll(() => page.getByRole('button', { name: '4 december 2026', exact: true }).count()).toBe(0);

    // In a dialog, Escape closes the calendar first and the dialog only at the second press.
    const organisatieId = e.app.ctx.sqlite.prepare('SELECT min(id) FROM organisatie').pluck().get() as number;
    await page.goto(`${e.url}/#/organisaties/${organisatieId}`);
    await page.getByRole('button', { name: 'Ontvangstmelding maken' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Ontvangstmelding maken' });
    const ontvangen = dialoog.getByLabel('Ontvangen op');
    const idVeld = await ontvangen.getAttribute('id');
    const focusIn = () => page.evaluate(() => (document.activeElement?.closest('.mantine-Popover-dropdown') ? 'kalender' : document.activeElement?.id));
    await ontvangen.press('Alt+ArrowDown');
    const maand = page.locator('.mantine-DatePicker-calendarHeaderLevel');
    await maand.waitFor();
    // Opened from the keyboard, the calendar has the focus; Escape gives it back to the field.
    await expect.poll(focusIn).toBe('kalender');
    await page.keyboard.press('Escape');
    await expect.poll(() => maand.count()).toBe(0);
    await expect.poll(focusIn).toBe(idVeld);
    await page.waitForTimeout(400); // longer than the dialog's closing transition (200 ms): had it closed, it would be gone
    expect(await dialoog.count()).toBe(1);
    // A day picked by keyboard: the calendar opens with the focus on the field's day, the arrows move from it, Enter
    // picks, the focus is back in the field.
    const vooraf = await ontvangen.inputValue();
    await ontvangen.press('Alt+ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.mantine-DatePicker-day[data-selected]') ?? false)).toBe(true);
    const [d, m, j] = vooraf.split('/');
    const volgende = addDays(`${j}-${m}-${d}`, 1);
    await page.keyboard.press('ArrowRight');
    // Enter once the focus is on the next day (on a busy machine the key can come before the calendar has moved it).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(formatDatumLang(volgende));
    await page.keyboard.press('Enter');
    await expect.poll(() => maand.count()).toBe(0);
    await expect.poll(focusIn).toBe(idVeld);
    await expect.poll(() => ontvangen.inputValue()).toBe(formatDatum(volgende));
    await page.keyboard.press('Escape');
    await expect.poll(() => dialoog.count()).toBe(0);
  });

  it('de toegankelijkheidscontrole zelf werkt: tekst met te weinig contrast en een knop zonder naam worden gevonden', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'axe-proef';
      p.style.cssText = 'color:#b0b0b0;background:#ffffff;font-size:12px';
      p.textContent = 'Tekst met te weinig contrast';
      const b = document.createElement('button');
      b.id = 'axe-proef-knop';
      document.getElementById('inhoud')?.append(p, b);
    });
    const ids = (await axeSchendingen(page)).map((v) => v.id);
    expect(ids).toContain('color-contrast');
    expect(ids).toContain('button-name');
    await page.evaluate(() => ['axe-proef', 'axe-proef-knop'].forEach((id) => document.getElementById(id)?.remove()));
  });

  it('de lijst van brieven noemt elk type in het Nederlands, toont lange onderwerpen op twee regels en toont één soort brief', async () => {
    await page.goto(`${e.url}/#/brieven`);
    const grid = page.getByRole('region', { name: 'Lijst van brieven' });
    await grid.locator('.ag-row[row-index="0"] [col-id="onderwerp"] .ag-cell-value').waitFor();
    const namen = new Set(Object.values(BRIEFTYPE_LABELS));
    // AG Grid draws a block's rows over a few animation frames: row 0 can be there before the others.
    await expect.poll(() => grid.locator('.ag-row [col-id="briefType"]').count()).toBeGreaterThan(3);
    const typen = await grid.locator('.ag-row [col-id="briefType"]').allInnerTexts();
    expect(typen.filter((t) => !namen.has(t))).toEqual([]);
    // A subject longer than its column wraps onto a second line and is cut off there (never a third line showing).
    const hoogten = await grid.locator('.ag-row [col-id="onderwerp"] .ag-cell-value').evaluateAll((els) =>
      els.map((el) => ({ hoogte: el.getBoundingClientRect().height, regel: parseFloat(getComputedStyle(el).lineHeight) })),
    );
    expect(hoogten.some((h) => h.hoogte > 1.5 * h.regel)).toBe(true);
    expect(hoogten.every((h) => h.hoogte <= 2 * h.regel + 1)).toBe(true);
    // One kind of letter, chosen by its Dutch name; counted in the database.
    const db = e.app.ctx.sqlite;
    const nl = (n: number) => new Intl.NumberFormat('nl-BE').format(n);
    const alle = db.prepare('SELECT count(*) FROM document').pluck().get() as number;
    const voorschotnotas = db.prepare("SELECT count(*) FROM document WHERE brief_type = 'voorschotnota-ama-se'").pluck().get() as number;
    expect(voorschotnotas).toBeGreaterThan(0);
    expect(voorschotnotas).toBeLessThan(alle);
    await page.getByLabel('Soort brief').selectOption({ label: 'Voorschotnota AMA SE' });
    // The kind is the list's own filter (as the begeleider above the agreements): the count is of that kind.
    await expect.poll(() => page.getByTestId('brieven-telling').innerText()).toBe(`${nl(voorschotnotas)} brieven`);
    // The rows of the new answer replace the old ones over a few frames: polled, as above.
    await expect.poll(async () => [...new Set(await grid.locator('.ag-row [col-id="briefType"]').allInnerTexts())]).toEqual(['Voorschotnota AMA SE']);
    await page.getByLabel('Soort brief').selectOption({ label: 'Alle soorten' });
    await expect.poll(() => page.getByTestId('brieven-telling').innerText()).toBe(`${nl(alle)} brieven`);
    expect(e.errors).toEqual([]);
  });

  it('het register van de overeenkomsten pagineert in de kern: telling, zoeken, sorteren, kolomfilter en verder scrollen', async () => {
    const db = e.app.ctx.sqlite;
    const tel = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
    const totaal = tel('SELECT count(*) FROM overeenkomst');
    const nl = (n: number) => new Intl.NumberFormat('nl-BE').format(n);
    const vragen: unknown[] = [];
    page.on('request', (r) => r.url().endsWith('/api/overeenkomst.pagina') && vragen.push(r.postDataJSON()));
    await page.goto(`${e.url}/#/overeenkomsten`);
    const grid = page.getByRole('region', { name: 'Register van overeenkomsten' });
    const telling = page.getByTestId('overeenkomsten-telling');
    await expect.poll(() => telling.innerText()).toBe(`${nl(totaal)} overeenkomsten`);
    // Only the rows on screen (and a little more) were asked for, not the whole register.
    expect(vragen.length).toBeGreaterThan(0);
    expect((vragen[0] as { aantal: number }).aantal).toBeLessThanOrEqual(100);
    // The first page is asked once, while the grid is built, in the register's own order (newest start first).
    expect(vragen.filter((v) => (v as { start: number }).start === 0)).toEqual([{ start: 0, aantal: 100, sortering: [{ colId: 'startdatum', sort: 'desc' }] }]);
    expect(await grid.locator('.ag-row').count()).toBeLessThan(120);

    // Quick search in the database: begeleider, recognition number, werkpost.
    const org = db.prepare('SELECT o.naam FROM organisatie o JOIN overeenkomst v ON v.organisatie_id = o.id GROUP BY o.id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
    const vanOrg = tel("SELECT count(*) FROM overeenkomst v JOIN organisatie o ON o.id = v.organisatie_id WHERE o.naam LIKE '%' || ? || '%' OR v.werkpost_naam LIKE '%' || ? || '%'", org, org);
    await page.getByLabel('Zoeken').fill(org);
    await expect.poll(() => telling.innerText()).toBe(`${nl(vanOrg)} van ${nl(totaal)} overeenkomsten`);
    await page.getByLabel('Zoeken').fill('');
    await expect.poll(() => telling.innerText()).toBe(`${nl(totaal)} overeenkomsten`);

    // Sort on the begeleider by its header: the first row is the first name in the register.
    const eersteNaam = db.prepare('SELECT o.naam FROM overeenkomst v JOIN organisatie o ON o.id = v.organisatie_id ORDER BY o.naam COLLATE NOCASE, v.id LIMIT 1').pluck().get() as string;
    await grid.locator('.ag-header-cell[col-id="organisatieNaam"] .ag-header-cell-label').click();
    await expect.poll(() => grid.locator('.ag-row[row-index="0"] [col-id="organisatieNaam"]').innerText()).toBe(eersteNaam);
    // The masked participant columns do not sort or filter (no personal data in SQL order or filters).
    expect(await grid.locator('.ag-header-cell[col-id="deelnemerInszGemaskeerd"]').getAttribute('aria-sort')).toBeNull();

    // A column filter goes to the core too: werkposts containing "bakkerij".
    const bakkerijen = tel("SELECT count(*) FROM overeenkomst WHERE werkpost_naam LIKE '%bakkerij%'");
    expect(bakkerijen).toBeGreaterThan(0);
    await grid.locator('.ag-header-cell[col-id="werkpostNaam"] .ag-header-cell-filter-button').click();
    await page.locator('.ag-filter input.ag-input-field-input[type="text"]').first().fill('bakkerij');
    await expect.poll(() => telling.innerText()).toBe(`${nl(bakkerijen)} van ${nl(totaal)} overeenkomsten`);
    await page.keyboard.press('Escape');
    await page.locator('.ag-header-cell[col-id="werkpostNaam"] .ag-header-cell-filter-button').click();
    await page.locator('.ag-filter').getByRole('button', { name: /wissen|reset/i }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => telling.innerText()).toBe(`${nl(totaal)} overeenkomsten`);

    // A date filter takes dd/mm/jjjj in this English Chromium too (AG Grid's own box would read 04/12 as 12 April):
    // agreements that started on 4 November 2026.
    const op4november = tel("SELECT count(*) FROM overeenkomst WHERE startdatum = '2026-11-04'");
    expect(op4november).toBeGreaterThan(0);
    expect(tel("SELECT count(*) FROM overeenkomst WHERE startdatum = '2026-04-11'")).not.toBe(op4november);
    await grid.locator('.ag-header-cell[col-id="startdatum"] .ag-header-cell-filter-button').click();
    const datumvak = page.locator('.ag-filter input[placeholder="dd/mm/jjjj"]').first();
    await datumvak.fill('04/11/2026');
    await expect.poll(() => telling.innerText()).toBe(`${nl(op4november)} van ${nl(totaal)} overeenkomsten`);
    await page.keyboard.press('Escape');
    await grid.locator('.ag-header-cell[col-id="startdatum"] .ag-header-cell-filter-button').click();
    await expect.poll(() => datumvak.inputValue()).toBe('04/11/2026');
    await page.locator('.ag-filter').getByRole('button', { name: 'Herstellen' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => telling.innerText()).toBe(`${nl(totaal)} overeenkomsten`);

    // Scrolling far down loads the later rows from the core.
    await grid.locator('.ag-row[row-index="0"]').hover();
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 4000);
    await expect.poll(async () => Number(await grid.locator('.ag-row').last().getAttribute('row-index')), { timeout: 10_000 }).toBeGreaterThan(1000);
    expect(e.errors).toEqual([]);
  });

  it('een kop die op het scherm mag afbreken (zacht koppelteken) heet in de export voluit', async () => {
    await page.goto(`${e.url}/#/organisaties`);
    const kop = page.locator('.ag-header-cell[col-id="kbo"]');
    // On screen "Ondernemings-nummer" on two lines, so the register's columns fit at 1440 px with the menu.
    await expect.poll(() => kop.innerText()).toBe('Ondernemings\u00ADnummer');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (CSV)' }).click()]);
    const bestand = path.join(os.tmpdir(), `wzt-export-org-${process.pid}.csv`);
    await download.saveAs(bestand);
    const eerste = fs.readFileSync(bestand, 'utf8').slice(1).split('\r\n')[0];
    fs.rmSync(bestand, { force: true });
    expect(eerste).toBe('Naam;Ondernemingsnummer;Status;Type;Gemeente;Regio;Provincie');
  });

  it('het register exporteert alle rijen die aan de zoekopdracht voldoen, niet alleen de geladen: kolommen en waarden zoals getoond', async () => {
    const db = e.app.ctx.sqlite;
    const totaal = db.prepare('SELECT count(*) FROM overeenkomst').pluck().get() as number;
    expect(totaal).toBeGreaterThan(3000);
    const vragen: unknown[] = [];
    const luister = (r: import('playwright-core').Request) => r.url().endsWith('/api/overeenkomst.pagina') && vragen.push(r.postDataJSON());
    page.on('request', luister);
    await page.goto('about:blank'); // a fresh start of the app (the same address would not reload it)
    await page.goto(`${e.url}/#/overeenkomsten`);
    const telling = page.getByTestId('overeenkomsten-telling');
    await expect.poll(() => telling.innerText()).toMatch(/overeenkomsten$/);
    // The grid remembers the sort of the test above, and its first page is asked once, already in that order.
    page.off('request', luister);
    expect(vragen.filter((v) => (v as { start: number }).start === 0)).toEqual([{ start: 0, aantal: 100, sortering: [{ colId: 'organisatieNaam', sort: 'asc' }] }]);
    // Back to the register's own order (newest start first).
    await page.getByRole('button', { name: 'Kolommen herstellen' }).click();
    const grid = page.getByRole('region', { name: 'Register van overeenkomsten' });
    const eersteRij = grid.locator('.ag-row[row-index="0"] [col-id="id"]');
    await expect.poll(() => eersteRij.innerText()).toMatch(/^\d+$/);
    const lees = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (CSV)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^overeenkomsten-\d{4}-\d{2}-\d{2}\.csv$/);
      const bestand = path.join(os.tmpdir(), `wzt-export-${process.pid}.csv`);
      await download.saveAs(bestand);
      const tekst = fs.readFileSync(bestand, 'utf8');
      fs.rmSync(bestand, { force: true });
      expect(tekst.startsWith('\ufeff')).toBe(true);
      return tekst.slice(1).split('\r\n').filter(Boolean).map((r) => r.split(';'));
    };
    // Everything: far more than the blocks the grid loaded (4 answers of at most 1,000 rows).
    const alles = await lees();
    expect(alles[0]).toEqual(['Nr.', 'Begeleider', 'Deelnemer', 'Start', 'Einde', 'Werkpost', 'Erkenning', 'Rijksregisternr.', 'Reden einde', 'Laatste evaluatie', 'Bron']);
    const kol = (kop: string) => alles[0].indexOf(kop);
    expect(alles.length - 1).toBe(totaal);
    // In the grid's order (newest start first), dates as shown, the participant masked as on screen.
    const start = alles.slice(1).map((r) => r[kol('Start')]);
    expect(start.every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);
    const iso = start.map((d) => d.split('/').reverse().join('-'));
    expect(iso).toEqual([...iso].sort().reverse());
    expect(alles[1][0]).toBe(await eersteRij.innerText());
    expect(alles.slice(1).every((r) => !/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(r[kol('Rijksregisternr.')]))).toBe(true);
    // With a search: exactly the matching rows.
    const erkenning = alles[1][kol('Erkenning')];
    const metErkenning = db.prepare('SELECT count(*) FROM overeenkomst v JOIN erkenning e ON e.id = v.erkenning_id WHERE e.erkenningsnummer = ?').pluck().get(erkenning) as number;
    await page.getByLabel('Zoeken').fill(erkenning);
    await expect.poll(() => telling.innerText()).toMatch(/ van /);
    const gezocht = await lees();
    expect(gezocht.length - 1).toBeGreaterThanOrEqual(metErkenning);
    expect(gezocht.slice(1).every((r) => r.join(';').includes(erkenning))).toBe(true);
    await page.getByLabel('Zoeken').fill('');
    // The begeleider filter is a searchable list (it draws at most 100 options, those matching what is typed): type, pick, filtered.
    const b = db.prepare('SELECT o.id, o.naam, count(*) AS n FROM overeenkomst v JOIN organisatie o ON o.id = v.organisatie_id GROUP BY o.id ORDER BY n DESC, o.id LIMIT 1').get() as { id: number; naam: string; n: number };
    const keuze = page.getByRole('combobox', { name: 'Begeleider' });
    // At most the list's limit of options in the page, not one per begeleider (≈ 2,000 at 10×).
    expect(await page.locator('option, [role="option"]').count()).toBeLessThanOrEqual(100);
    await keuze.fill(b.naam);
    await page.getByRole('option', { name: b.naam, exact: true }).click();
    // The count is the register under the filters above the grid: this begeleider's agreements.
    await expect.poll(() => telling.innerText()).toBe(`${b.n.toLocaleString('nl-BE')} overeenkomsten`);
    // The organisation page's link opens the register with its begeleider chosen.
    await page.goto(`${e.url}/#/overeenkomsten?begeleider=${b.id}`);
    await expect.poll(() => page.getByRole('combobox', { name: 'Begeleider' }).inputValue()).toBe(b.naam);
    await expect.poll(() => telling.innerText()).toBe(`${b.n.toLocaleString('nl-BE')} overeenkomsten`);
    expect(e.errors).toEqual([]);
  });

  it('een waarde die in haar kolom afgekapt is ("…"), staat bij het aanwijzen volledig in een tooltip; een waarde die past, krijgt er geen', async () => {
    await page.goto(`${e.url}/#/overeenkomsten`);
    const grid = page.getByRole('region', { name: 'Register van overeenkomsten' });
    await expect.poll(() => grid.locator('.ag-row[row-index="0"] [col-id="organisatieNaam"]').innerText()).not.toBe('');
    // The first cut-off cell and the first cell that fits, as the browser lays them out.
    const cellen = await grid.evaluate((g) => {
      const alle = [...g.querySelectorAll<HTMLElement>('[role="gridcell"]')];
      const plek = (c: HTMLElement | undefined) => c && { rij: c.closest('[row-index]')!.getAttribute('row-index')!, kolom: c.getAttribute('col-id')!, tekst: c.textContent ?? '' };
      const waarde = (c: HTMLElement) => c.querySelector<HTMLElement>('.ag-cell-value') ?? c;
      const afgekapt = (c: HTMLElement) => waarde(c).scrollWidth > waarde(c).clientWidth;
      return { afgekapt: plek(alle.find(afgekapt)), past: plek(alle.find((c) => c.textContent && !afgekapt(c))) };
    });
    expect(cellen.afgekapt, 'geen afgekapte cel in het register').toBeDefined();
    const cel = (c: { rij: string; kolom: string }) => grid.locator(`.ag-row[row-index="${c.rij}"] [col-id="${c.kolom}"]`);
    await cel(cellen.past!).hover();
    await page.waitForTimeout(900);
    expect(await page.locator('.ag-tooltip').count()).toBe(0);
    await cel(cellen.afgekapt!).hover();
    await expect.poll(() => page.locator('.ag-tooltip').innerText()).toBe(cellen.afgekapt!.tekst);
  });

  it('de kolomkoppen van het register staan elk volledig op één regel (volledigeKop meet de kop in het lettertype van de kop)', async () => {
    // Wide enough for every column (AG Grid draws only the columns in view); the columns with a maximum width (the
    // dates, "Laatste evaluatie") stay at it, so a header measured too narrow still wraps.
    const scherm = page.viewportSize();
    await page.setViewportSize({ width: 2400, height: 900 });
    onTestFinished(() => (scherm ? page.setViewportSize(scherm) : undefined));
    await page.goto(`${e.url}/#/overeenkomsten`);
    const grid = page.getByRole('region', { name: 'Register van overeenkomsten' });
    await expect.poll(() => grid.locator('.ag-row[row-index="0"] [col-id="organisatieNaam"]').innerText()).not.toBe('');
    const koppen = await grid.evaluate((g) =>
      [...g.querySelectorAll<HTMLElement>('.ag-header-cell-text')].map((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        // One line: every piece of the text on the same line; whole: not cut off with an ellipsis.
        return { kop: el.textContent, regels: new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size, afgekapt: el.scrollWidth > el.clientWidth };
      }),
    );
    expect(koppen.map((k) => k.kop)).toContain('Laatste evaluatie');
    expect(koppen.filter((k) => k.regels !== 1 || k.afgekapt)).toEqual([]);
  });

  it('op 1440 px met het menu passen de termijnen van het overzicht, de organisaties en de aanvragen tot erkenning zonder zijwaarts scrollen', async () => {
    expect(page.viewportSize()?.width).toBe(1440);
    for (const [pad, kolom] of [['/', 'behandelaar'], ['/organisaties', 'provincieNaam'], ['/erkenningen', 'behandelaar']]) {
      await page.goto(`${e.url}/#${pad}`);
      await expect.poll(() => page.locator(`main .ag-header-cell[col-id="${kolom}"]`).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => page.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()).toBe(true);
      // The columns together (each drawn: a few columns, none left out of view) are no wider than the grid's viewport.
      // Their widths are set with the columns; the viewport's own scroll width follows a frame or more later.
      const teBreed = await page.locator('main').evaluate((m) => {
        const kolommen = [...m.querySelectorAll('.ag-header-cell')].reduce((som, k) => som + k.getBoundingClientRect().width, 0);
        return Math.round(kolommen - m.querySelector('.ag-grid-viewport')!.clientWidth);
      });
      expect(teBreed, pad).toBeLessThanOrEqual(1); // a pixel for the rounding of fractional widths
    }
  });

  it('de termijn van de herinnering tot hernieuwing komt uit de parameter: lijst, uitleg en filter van het register', async () => {
    await page.goto(`${e.url}/#/erkenningen/te-hernieuwen`);
    await page.getByText('Actieve erkenningen die binnen 6 maanden vervallen.').waitFor();
    const grid = page.getByRole('region', { name: 'Erkenningen die binnenkort vervallen' });
    await expect.poll(() => grid.locator('.ag-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(`${e.url}/#/erkenningen/register`);
    await page.getByLabel('Vervalt binnen 6 maanden').waitFor();
    expect(e.errors).toEqual([]);
  });

  it('elk importscherm van Zorg biedt voorbeeldbestanden die bij deze databank passen: het geldige voorbeeld doorstaat de controle', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-voorbeeld-'));
    try {
      for (const [pad, keuze, bestand] of [
        ['/erkenningen/overgang', null, 'voorbeeld-overgang.csv'],
        ['/samenwerkingsverbanden/importeren', null, 'voorbeeld-trajecten.csv'],
        ['/samenwerkingsverbanden/importeren', 'Lopende mandaten', 'voorbeeld-mandaten.csv'],
      ] as const) {
        await page.goto(`${e.url}/#${pad}`);
        if (keuze) await page.getByText(keuze, { exact: true }).click();
        const voorbeelden = page.getByRole('group', { name: 'Voorbeeldbestanden' });
        const [download] = await Promise.all([page.waitForEvent('download'), voorbeelden.getByRole('button', { name: 'Geldig voorbeeld' }).click()]);
        expect(download.suggestedFilename()).toBe(bestand);
        const f = path.join(tmp, bestand);
        await download.saveAs(f);
        await page.locator('input[type="file"]').setInputFiles(f);
        await page.getByRole('button', { name: 'Controleren' }).click();
        await expect.poll(() => page.getByTestId('importrapport').textContent(), { timeout: 10_000 }).toMatch(/gelezen: (\d+) geldig, 0 met fouten/);
      }
      expect(e.errors).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('de lijsten zijn gevuld: termijnen, erkenningen, overeenkomsten, subsidievoorstel, goedkeuringen', async () => {
    const rijen = async (pad: string, regio: string) => {
      await page.goto(`${e.url}/#${pad}`);
      const grid = page.getByRole('region', { name: regio });
      await expect.poll(() => grid.locator('.ag-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    };
    await rijen('/', 'Termijnen van open dossiers');
    await rijen('/erkenningen/register', 'Register van erkenningen');
    await rijen('/overeenkomsten', 'Register van overeenkomsten');
    await rijen('/overeenkomsten/evaluaties', 'Overeenkomsten met een achterstallige evaluatie');
    await rijen('/subsidies', 'Subsidieruns');
    await rijen('/beslissingen', 'Beslissingen');
    expect(e.errors).toEqual([]);
  });

  // Last: it changes the demo data the tests above read.
  it('een stap die niet terug te draaien is, vraagt eerst bevestiging met wat er gebeurt: overeenkomsten afsluiten op het einde van de erkenning', async () => {
    await page.goto(`${e.url}/#/overeenkomsten/na-einde-erkenning`);
    const grid = page.getByRole('region', { name: 'Overeenkomsten zonder einde na het einde van de erkenning' });
    await expect.poll(() => grid.locator('.ag-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const open = () => e.app.ctx.sqlite.prepare("SELECT count(*) FROM overeenkomst WHERE einddatum IS NULL").pluck().get() as number;
    const voor = open();
    await page.getByRole('button', { name: /^Alle \d+ afsluiten op het einde van de erkenning$/ }).click();
    const dialoog = page.getByRole('dialog', { name: 'Overeenkomsten afsluiten' });
    await expect.poll(() => dialoog.textContent()).toMatch(/\d+ overeenkomsten? (krijgt|krijgen) als einddatum de laatste dag van de erkenning/);
    // The action has the focus; cancelling changes nothing.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, afsluiten');
    await dialoog.getByRole('button', { name: 'Annuleren', exact: true }).click();
    expect(open()).toBe(voor);
    await page.getByRole('button', { name: /^Alle \d+ afsluiten op het einde van de erkenning$/ }).click();
    await dialoog.getByRole('button', { name: 'Ja, afsluiten', exact: true }).click();
    await expect.poll(() => grid.locator('.ag-row').count(), { timeout: 10_000 }).toBe(0);
    expect(open()).toBeLessThan(voor);
    expect(e.errors).toEqual([]);
  });
});
