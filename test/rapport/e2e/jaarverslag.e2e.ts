/**
 * Issue 12 in the browser: a reader opens the yearly report with the demo-like registers, changes the peildatum and
 * exports the workbook (read back with exceljs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startE2E, type E2E } from '../../helpers/e2e';
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
});
