/**
 * The payment file of a subsidy run for the financial system: one row per payment, no personal data
 * (organisation, KBO, IBAN, amount, reference). Two formats:
 *
 * - CSV for Belgian Excel (shared/kernel/csv.ts: UTF-8 with BOM, `;`, CRLF, quoted where needed), with a decimal
 *   comma and no thousands separator in the amount (`1061,20`).
 * - XLSX (exceljs): one sheet "Betalingen" with the amount as a number (format `#,##0.00`), a total row,
 *   and a sheet "Waarschuwingen" when payments were left out.
 *
 * Pure functions of the rows; the workbook's dates are fixed by the caller, so the same run gives the
 * same file.
 */
import { csvTekst } from '../../../../shared/kernel/csv';
import { aantalMet } from '../../../../shared/kernel/format';

export interface Betaalregel {
  organisatie: string;
  kbo: string;
  iban: string;
  bedragCent: number;
  referentie: string;
}

export const BETAALBESTAND_KOLOMMEN = ['Organisatie', 'KBO', 'IBAN', 'Bedrag', 'Referentie'] as const;

/** Cents → `1061,20` (CSV amount: decimal comma, no thousands separator, minus sign when negative). */
export function bedragCsv(cent: number): string {
  if (!Number.isInteger(cent)) throw new Error(`Bedrag moet in gehele eurocent: ${cent}`);
  const abs = Math.abs(cent);
  return `${cent < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

export function betaalbestandCsv(regels: Betaalregel[]): Buffer {
  return Buffer.from(csvTekst([BETAALBESTAND_KOLOMMEN, ...regels.map((r) => [r.organisatie, r.kbo, r.iban, bedragCsv(r.bedragCent), r.referentie])]), 'utf8');
}

export async function betaalbestandXlsx(
  regels: Betaalregel[],
  opts: { titel: string; aangemaaktOp: Date; waarschuwingen: string[] },
): Promise<Buffer> {
  // exceljs is loaded on first use (350 ms at start otherwise; issue 13): only imports and exports need it.
  const wb = new (await import('exceljs')).default.Workbook();
  wb.creator = 'WZT Backoffice';
  wb.lastModifiedBy = 'WZT Backoffice';
  wb.created = opts.aangemaaktOp;
  wb.modified = opts.aangemaaktOp;
  wb.title = opts.titel;
  const ws = wb.addWorksheet('Betalingen', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Organisatie', key: 'organisatie', width: 48 },
    { header: 'KBO', key: 'kbo', width: 14 },
    { header: 'IBAN', key: 'iban', width: 22 },
    { header: 'Bedrag', key: 'bedrag', width: 14, style: { numFmt: '#,##0.00' } },
    { header: 'Referentie', key: 'referentie', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of regels) {
    // Cents → euros as a number with two decimals (exact in binary up to far beyond any payment).
    ws.addRow({ organisatie: r.organisatie, kbo: r.kbo, iban: r.iban, bedrag: r.bedragCent / 100, referentie: r.referentie });
  }
  const totaal = regels.reduce((s, r) => s + r.bedragCent, 0);
  const tot = ws.addRow({ organisatie: `Totaal (${aantalMet(regels.length, 'betaling', 'betalingen')})`, bedrag: totaal / 100 });
  tot.font = { bold: true };
  if (opts.waarschuwingen.length) {
    const w = wb.addWorksheet('Waarschuwingen');
    w.columns = [{ header: 'Waarschuwing', key: 'w', width: 120 }];
    w.getRow(1).font = { bold: true };
    for (const t of opts.waarschuwingen) w.addRow({ w: t });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
