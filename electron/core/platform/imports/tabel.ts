/**
 * Reading an uploaded table (CSV or XLSX) into plain rows of trimmed strings, with the row numbers
 * the officer sees in the file: in a CSV the header is row 1 (a record spanning lines in quotes counts
 * as one row, as Excel shows it); in an XLSX the sheet's own row number. Empty rows are skipped but
 * keep the numbering.
 *
 * CSV as Belgian Excel writes it: `;` as separator (`,` and tab are detected too), Windows-1252 when
 * the file is not valid UTF-8, a UTF-8 byte-order mark ignored, fields in double quotes with `""` for
 * a quote. XLSX through exceljs: the first sheet; dates become `YYYY-MM-DD`, numbers their plain text
 * (a KBO number typed as a number loses its leading 0: the KBO check restores it).
 */
// Loaded on first use (350 ms at start otherwise; issue 13): only imports and exports need it.
import type ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/api/errors';

export interface TabelRij {
  /** Row number as in the file. */
  rij: number;
  /** Trimmed cell texts, by column index. */
  cellen: string[];
}

export interface Tabel {
  formaat: 'csv' | 'xlsx';
  scheidingsteken: string | null;
  codering: string | null;
  blad: string | null;
  /** Row number of the header. */
  kopRij: number;
  /** Header texts as in the file (trimmed). */
  kolommen: string[];
  /** Data rows after the header, empty rows left out. */
  rijen: TabelRij[];
}

const leeg = (cellen: string[]) => cellen.every((c) => c === '');

/** Which format a file is: by its first bytes (an XLSX is a ZIP: "PK"), else by its extension. */
export function formaatVan(bestandsnaam: string, bytes: Uint8Array): 'csv' | 'xlsx' {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const naam = bestandsnaam.toLowerCase();
  if (naam.endsWith('.xls') || (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    throw AppError.validatie('bestandsnaam', 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als "Excel-werkmap (*.xlsx)" of als CSV en probeer opnieuw.');
  }
  if (zip) return 'xlsx';
  if (naam.endsWith('.xlsx')) {
    throw AppError.validatie('inhoudBase64', 'Dit bestand heeft de extensie .xlsx maar is geen Excel-werkmap. Sla het opnieuw op in Excel.');
  }
  return 'csv';
}

export async function leesTabel(bestandsnaam: string, bytes: Buffer): Promise<Tabel> {
  if (bytes.length === 0) throw AppError.validatie('inhoudBase64', 'Het bestand is leeg.');
  return formaatVan(bestandsnaam, bytes) === 'xlsx' ? leesXlsx(bytes) : leesCsv(bytes);
}

// ---------------------------------------------------------------------------------------------
// CSV

/** UTF-8 (without its byte-order mark) when valid, else Windows-1252 (Excel "CSV" on Windows). */
export function decodeerTekst(bytes: Uint8Array): { tekst: string; codering: string } {
  try {
    const tekst = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { tekst, codering: 'utf-8' };
  } catch {
    try {
      return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'windows-1252' };
    } catch {
      return { tekst: Buffer.from(bytes).toString('latin1'), codering: 'iso-8859-1' };
    }
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
export function vindScheidingsteken(tekst: string): string {
  const eerste = tekst.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const tel: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  for (const c of eerste) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c in tel) tel[c]++;
  }
  let beste = ';';
  for (const s of ['\t', ',']) if (tel[s] > tel[beste]) beste = s;
  return beste;
}

/**
 * RFC 4180 records with the row number each starts on (1-based record count: what Excel shows).
 * Throws a Dutch AppError for a quote that is never closed.
 */
export function parseCsv(tekst: string, sep: string): TabelRij[] {
  const rijen: TabelRij[] = [];
  let rij: string[] = [];
  let veld = '';
  let inQuotes = false;
  let gequote = false;
  let nummer = 1;
  let i = 0;
  const n = tekst.length;
  const sluitVeld = () => {
    rij.push(gequote ? veld : veld.trim());
    veld = '';
    gequote = false;
  };
  const sluitRij = () => {
    sluitVeld();
    rijen.push({ rij: nummer++, cellen: rij.map((c) => c.trim()) });
    rij = [];
  };
  while (i < n) {
    const c = tekst[i];
    if (inQuotes) {
      if (c === '"') {
        if (tekst[i + 1] === '"') {
          veld += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      veld += c;
      i++;
      continue;
    }
    if (c === '"' && veld.trim() === '' && !gequote) {
      inQuotes = true;
      gequote = true;
      veld = '';
      i++;
      continue;
    }
    if (c === sep) {
      sluitVeld();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      sluitRij();
      i += c === '\r' && tekst[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    veld += c;
    i++;
  }
  if (inQuotes) {
    throw AppError.validatie('inhoudBase64', `Het CSV-bestand is onvolledig: een aanhalingsteken (") in rij ${nummer} wordt niet afgesloten.`);
  }
  if (veld !== '' || gequote || rij.length) sluitRij();
  return rijen;
}

function leesCsv(bytes: Buffer): Tabel {
  const { tekst: ruw, codering } = decodeerTekst(bytes);
  const tekst = ruw.charCodeAt(0) === 0xfeff ? ruw.slice(1) : ruw;
  const sep = vindScheidingsteken(tekst);
  const alle = parseCsv(tekst, sep).filter((r) => !leeg(r.cellen));
  if (!alle.length) throw AppError.validatie('inhoudBase64', 'Het bestand bevat geen gegevens.');
  const [kop, ...rijen] = alle;
  return { formaat: 'csv', scheidingsteken: sep, codering, blad: null, kopRij: kop.rij, kolommen: kop.cellen, rijen };
}

// ---------------------------------------------------------------------------------------------
// XLSX

function isoVanDatum(d: Date): string {
  // exceljs gives a date cell as UTC midnight; round away floating-point noise of the serial number.
  const afgerond = new Date(Math.round(d.getTime() / 60_000) * 60_000);
  return afgerond.toISOString().slice(0, 10);
}

/** The text of a cell value as the officer sees it (dates as YYYY-MM-DD). */
export function celTekst(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return v ? 'WAAR' : 'ONWAAR';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : isoVanDatum(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if ('hyperlink' in v) return String(v.text ?? '').trim();
  if ('error' in v) return v.error;
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    return r === undefined ? '' : celTekst(r as ExcelJS.CellValue);
  }
  return String(v).trim();
}

async function leesXlsx(bytes: Buffer): Promise<Tabel> {
  const wb = new (await import('exceljs')).default.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer as never);
  } catch {
    throw AppError.validatie('inhoudBase64', 'Het Excel-bestand kan niet gelezen worden (beschadigd of geen .xlsx). Sla het opnieuw op in Excel.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw AppError.validatie('inhoudBase64', 'Het Excel-bestand bevat geen werkblad.');
  const alle: TabelRij[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cellen: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cellen[col - 1] = celTekst(cell.value);
    });
    for (let c = 0; c < cellen.length; c++) if (cellen[c] === undefined) cellen[c] = '';
    if (!leeg(cellen)) alle.push({ rij: rowNumber, cellen });
  });
  if (!alle.length) throw AppError.validatie('inhoudBase64', `Het werkblad "${ws.name}" bevat geen gegevens.`);
  const [kop, ...rijen] = alle;
  return { formaat: 'xlsx', scheidingsteken: null, codering: null, blad: ws.name, kopRij: kop.rij, kolommen: kop.cellen, rijen };
}
