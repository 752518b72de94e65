/** The yearly report as an Excel workbook: one sheet per table with its title, counting rule, rows and total. */
// Loaded on first use (350 ms at start otherwise; issue 13): only imports and exports need it.
import type { Jaarverslag, RapportKolom } from '../../../../shared/rapport/contract';

const NUMFMT: Record<RapportKolom['soort'], string> = { aantal: '#,##0.##', percentage: '0.0" %"', cent: '#,##0.00" €"' };

export async function jaarverslagXlsx(v: Jaarverslag, aangemaaktOp: Date): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook();
  wb.creator = 'WZT Backoffice';
  wb.created = aangemaaktOp;
  wb.modified = aangemaaktOp;
  wb.title = `Jaarverslag werk- en zorgtrajecten ${v.jaar}`;
  for (const t of v.tabellen) {
    // Sheet names: at most 31 characters, no special characters.
    const ws = wb.addWorksheet(t.id.slice(0, 31));
    ws.addRow([t.titel]).font = { bold: true, size: 13 };
    ws.addRow([`Bron: ${t.bron}. Peildatum ${v.peildatum.split('-').reverse().join('/')}.`]);
    ws.addRow([t.toelichting]).alignment = { wrapText: true, vertical: 'top' };
    ws.mergeCells(3, 1, 3, t.kolommen.length + 1);
    ws.getRow(3).height = 60;
    ws.addRow([]);
    const kop = ws.addRow(['', ...t.kolommen.map((k) => k.titel)]);
    kop.font = { bold: true };
    const waarde = (k: RapportKolom, w: number | null | undefined) => (w === null || w === undefined ? null : k.soort === 'cent' ? w / 100 : w);
    for (const r of t.rijen) ws.addRow([r.label, ...t.kolommen.map((k) => waarde(k, r.waarden[k.id]))]);
    ws.addRow(['Totaal', ...t.kolommen.map((k) => waarde(k, t.totaal[k.id]))]).font = { bold: true };
    ws.getColumn(1).width = 48;
    t.kolommen.forEach((k, i) => {
      const c = ws.getColumn(i + 2);
      c.width = Math.max(14, k.titel.length + 2);
      c.numFmt = NUMFMT[k.soort];
    });
    ws.views = [{ state: 'frozen', ySplit: 5 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
