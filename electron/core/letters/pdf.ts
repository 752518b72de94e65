/**
 * The one place that turns a pdfmake document definition into PDF bytes.
 *
 * pdfmake 0.3 is a process-wide singleton (`require('pdfmake')`): fonts and access policies are set
 * once, here. No URL is ever fetched and only the bundled Roboto font folder may be read from disk.
 * The font folder is found through the package resolver (not a path relative to this file), so the
 * same code works from the sources (vitest, tsx, bench) and from electron-vite's bundled main
 * process, where pdfmake stays an external dependency in node_modules (or app.asar).
 *
 * Bytes are deterministic for identical input: the caller fixes `info.creationDate` (pdfkit derives
 * the file ID from the info dictionary, and the font subset tags from font order), and we fix the
 * producer/creator. Stored documents are nevertheless never re-rendered: their stored bytes are the
 * truth (see services/brief.ts).
 */
import { readFileSync } from 'node:fs';
import { nodeRequire } from '../platform/nodeRequire';
import path from 'node:path';

/** A pdfmake content node. pdfmake ships no types; this is the subset the letters use, kept loose. */
export type Content = string | ContentObject | Content[];
export interface ContentObject {
  [key: string]: unknown;
}

export interface DocDefinition {
  content: Content;
  info?: {
    title?: string;
    author?: string;
    subject?: string;
    keywords?: string;
    creator?: string;
    producer?: string;
    /** Fix it (e.g. to the document's creation time) for reproducible bytes. */
    creationDate?: Date;
  };
  pageSize?: string;
  pageMargins?: [number, number, number, number] | number;
  defaultStyle?: ContentObject;
  styles?: Record<string, ContentObject>;
  header?: Content | ((currentPage: number, pageCount: number) => Content);
  footer?: Content | ((currentPage: number, pageCount: number) => Content);
  /** A footer with "Pagina x van y", as data: what letters use instead of a `footer` function (see {@link PaginaVoet}). */
  paginaVoet?: PaginaVoet;
  watermark?: ContentObject;
  language?: string;
  [key: string]: unknown;
}

/**
 * The footer of every page: `links` on the left and "Pagina x van y" on the right. pdfmake needs a
 * function for page numbers; a letter says it as data instead, so that its whole definition is plain
 * data that can be sent to a worker thread (letters/renderpool.ts). `renderPdf` makes the function.
 */
export interface PaginaVoet {
  marge: [number, number, number, number];
  links: Content;
  /** The style (of the document's `styles`) of both parts. */
  stijl: string;
}

/**
 * Table layouts a definition may name (`layout: 'bedragen'`): pdfmake's layouts are functions, which
 * cannot be sent to a worker thread either. `bedragen`: a line above and below the header row and under
 * the last row; `bedragenMetTotaal`: also above the total row (the last one).
 */
export const TABEL_LAYOUTS = {
  bedragen: {
    hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === 1 || i === node.table.body.length ? 0.6 : 0),
    vLineWidth: () => 0,
    hLineColor: () => '#999999',
    paddingLeft: () => 4,
    paddingRight: () => 4,
  },
  bedragenMetTotaal: {
    hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
      i === 0 || i === 1 || i === node.table.body.length || i === node.table.body.length - 1 ? 0.6 : 0,
    vLineWidth: () => 0,
    hLineColor: () => '#999999',
    paddingLeft: () => 4,
    paddingRight: () => 4,
  },
} as const;
export type TabelLayout = keyof typeof TABEL_LAYOUTS;

interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  addTableLayouts(layouts: Record<string, unknown>): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
}

export const PDF_PRODUCER = 'WZT Backoffice';

let pdfmake: PdfMake | null = null;
let fontDir = '';

/** Absolute path of pdfmake's bundled Roboto folder. */
export function robotoDir(): string {
  if (!fontDir) fontDir = path.join(path.dirname(nodeRequire.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  return fontDir;
}

function instance(): PdfMake {
  if (pdfmake) return pdfmake;
  const dir = robotoDir();
  shareParsedFonts();
  const pm = nodeRequire('pdfmake') as PdfMake;
  // pdfmake/fonts/Roboto has Regular, Medium, Italic, MediumItalic: Medium serves as bold.
  // The font files are read once into pdfmake's in-memory file system: every letter then takes
  // them from memory instead of reading and checking ~600 kB from disk (measured: half the time
  // of a one-page letter).
  // They are kept under their real path: pdfmake takes the text's fonts from memory, while the text of an SVG (the
  // yearly report's charts) is set by svg-to-pdfkit, which gets the font's name from pdfmake and has pdfkit open it
  // from disk — under a name of the in-memory file system alone it found no file and kept whatever font was current.
  const bestanden = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
  for (const naam of Object.values(bestanden)) pm.virtualfs.writeFileSync(path.join(dir, naam), readFileSync(path.join(dir, naam)));
  pm.addFonts({ Roboto: Object.fromEntries(Object.entries(bestanden).map(([k, naam]) => [k, path.join(dir, naam)])) });
  pm.addTableLayouts(TABEL_LAYOUTS);
  pm.setUrlAccessPolicy(() => false);
  const prefix = dir + path.sep;
  pm.setLocalAccessPolicy((p) => path.resolve(p).startsWith(prefix));
  pdfmake = pm;
  return pm;
}

/**
 * pdfkit parses each font file anew for every document (`fontkit.create`): about two thirds of the
 * time of a one-page letter. A parsed font is read-only (each document makes its own subset from
 * it), so we parse each of our four font buffers once and give pdfkit the same object every time.
 * fontkit's exports cannot be reassigned, so before pdfkit is first loaded we put a copy of them with
 * a caching `create` in the CommonJS module cache under fontkit's own path, where pdfkit's
 * `require('fontkit')` finds it. If pdfkit was already loaded, nothing changes (only slower).
 * Measured with bench/run.ts; the stored-bytes test (sha-256 of a rebuilt letter) guards that the
 * output stays identical.
 */
function shareParsedFonts(): void {
  const pdfkitMain = nodeRequire.resolve('pdfkit', { paths: [path.dirname(nodeRequire.resolve('pdfmake/package.json'))] });
  if (nodeRequire.cache[pdfkitMain]) return;
  const fontkitPath = nodeRequire.resolve('fontkit', { paths: [path.dirname(pdfkitMain)] });
  const fontkit = nodeRequire(fontkitPath) as Record<string, unknown> & { create: (src: Uint8Array, family?: string) => unknown };
  const cache = new WeakMap<Uint8Array, Map<string, unknown>>();
  const create = (src: Uint8Array, family?: string): unknown => {
    let perFamily = cache.get(src);
    if (!perFamily) cache.set(src, (perFamily = new Map()));
    const key = family ?? '';
    if (!perFamily.has(key)) perFamily.set(key, fontkit.create(src, family));
    return perFamily.get(key);
  };
  const entry = nodeRequire.cache[fontkitPath];
  if (entry) entry.exports = { ...fontkit, create };
}

/**
 * Render a document definition to PDF bytes. pdfmake mutates the definition it is given, so pass a
 * fresh one each time (the letter builders return a new object per call).
 */
export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  const { paginaVoet, ...rest } = doc;
  const def: DocDefinition = {
    ...rest,
    ...(paginaVoet ? { footer: voetMet(paginaVoet) } : {}),
    info: { creator: PDF_PRODUCER, producer: PDF_PRODUCER, ...doc.info },
  };
  const bytes = await instance().createPdf(def).getBuffer();
  return Buffer.from(bytes);
}

function voetMet(v: PaginaVoet): (huidige: number, totaal: number) => Content {
  return (huidige, totaal) => ({
    margin: v.marge,
    columns: [
      { text: v.links, style: v.stijl },
      { text: `Pagina ${huidige} van ${totaal}`, style: v.stijl, alignment: 'right', width: 80 },
    ],
  });
}

export { sha256Hex } from '../platform/hash';
