/**
 * Issue 12 in the browser: a reader opens the yearly report with the demo-like registers, changes the peildatum and
 * exports the workbook (read back with exceljs), opens the dossiers behind a figure and sees the charts; a dossierbeheerder
 * issues the PDF (read back with pdftotext).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { naar, startE2E, type E2E } from '../../helpers/e2e';
import { pdfTekst } from '../../helpers/pdf';
import { seedDemo } from '../../../db/seed/demo';

const klok = new Date('2026-11-22T09:00:00Z');
let e: E2E;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-e2e-rapport-'));

describe('jaarverslag: tabellen uit de registers, peildatum, Excel', () => {
  beforeAll(async () => {
    e = await startE2E({ user: 'Lea Lezer', role: 'lezer', now: () => klok });
    seedDemo(e.app.ctx.sqlite, { scale: 1, now: klok });
  });
  afterAll(async () => {
    await e?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('toont de tabellen van 2025 met de telregel en exporteert ze naar Excel', async () => {
    const page = e.page;
    await page.reload();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Jaarverslag', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaarverslag werk- en zorgtrajecten' }).waitFor();
    const se = page.getByTestId('rapport-ama-se-per-provincie');
    await expect.poll(() => se.innerText(), { timeout: 15_000 }).toContain('Gemiddelde invulling = Σ deelnemersjaren ÷ Σ plaatsen');
    const v = await e.call('rapport.jaarverslag', { jaar: 2025 });
    const totaal = v.tabellen.find((t) => t.id === 'ama-se-per-provincie')!.totaal;
    expect(totaal.begeleiders).toBe(86);
    expect(await se.innerText()).toContain((1968).toLocaleString('nl-BE'));
    await e.screenshot('rapport-01-jaarverslag');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (XLSX)' }).click()]);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toContain('trajecten-per-regio');
    const ws = wb.getWorksheet('ama-se-per-provincie')!;
    expect(ws.getRow(ws.rowCount).getCell(2).value).toBe(86);
    expect(e.errors).toEqual([]);
  });

  it('opent de dossiers achter een cijfer en toont de grafieken met hun beschrijving', async () => {
    const page = e.page;
    const wvg = page.getByTestId('rapport-ama-wvg-per-provincie');
    const totaalRij = wvg.getByRole('row').filter({ hasText: 'Totaal' });
    await totaalRij.getByRole('button').first().click();
    const dialoog = page.getByRole('dialog');
    await expect.poll(() => dialoog.innerText(), { timeout: 15_000 }).toMatch(/\d+ dossiers/);
    const v = await e.call('rapport.jaarverslag', { jaar: 2025 });
    const begeleiders = v.tabellen.find((t) => t.id === 'ama-wvg-per-provincie')!.totaal.begeleiders!;
    expect(await dialoog.innerText()).toContain(`${begeleiders.toLocaleString('nl-BE')} ${begeleiders === 1 ? 'dossier' : 'dossiers'}`);
    await e.screenshot('rapport-02-dossiers');
    await dialoog.getByRole('button', { name: 'Sluiten' }).click();
    const grafiek = page.getByTestId('grafiek-invulling-verdeling');
    await grafiek.locator('img').waitFor();
    expect(await grafiek.locator('img').getAttribute('alt')).toContain('maatwerkbedrijven per schijf');
    await grafiek.scrollIntoViewIfNeeded();
    await e.screenshot('rapport-03-grafieken');
    expect(e.errors).toEqual([]);
  });

  it('een dossierbeheerder geeft het jaarverslag uit als PDF met tabellen en grafieken', async () => {
    const p = await e.als({ gebruiker: 'Katrien Van den Broeck', rol: 'zorg-dossierbeheerder' });
    await naar(p, '/jaarverslag');
    await p.getByRole('button', { name: 'PDF uitgeven' }).click();
    await p.getByRole('dialog', { name: 'Jaarverslag 2025 uitgeven' }).getByRole('button', { name: 'Ja, uitgeven' }).click();
    await expect.poll(async () => (await e.call('rapport.jaarverslag', { jaar: 2025 })).uitgaven?.length ?? 0, { timeout: 30_000 }).toBe(1);
    const [u] = (await e.call('rapport.jaarverslag', { jaar: 2025 })).uitgaven!;
    await expect.poll(() => p.getByRole('table', { name: 'Uitgegeven versies' }).innerText(), { timeout: 15_000 }).toContain(u.kenmerk);
    const tekst = pdfTekst(Buffer.from((await e.call('document.get', { id: u.documentId })).pdfBase64, 'base64'));
    expect(tekst).toContain('Jaarverslag werk- en zorgtrajecten 2025');
    expect(tekst).toContain('maatwerkbedrijven per invullingsgraad');
    expect(tekst).toContain(`Kenmerk ${u.kenmerk}`);
  });
});
