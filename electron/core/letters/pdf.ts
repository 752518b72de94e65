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
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
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
  watermark?: ContentObject;
  language?: string;
  [key: string]: unknown;
}

interface PdfMake {
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
}

export const PDF_PRODUCER = 'WZT Backoffice';

// In the bundled CommonJS main process `require` exists; under ESM (vitest, tsx) build one.
const req: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

let pdfmake: PdfMake | null = null;
let fontDir = '';

/** Absolute path of pdfmake's bundled Roboto folder. */
export function robotoDir(): string {
  if (!fontDir) fontDir = path.join(path.dirname(req.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  return fontDir;
}

function instance(): PdfMake {
  if (pdfmake) return pdfmake;
  const dir = robotoDir();
  const pm = req('pdfmake') as PdfMake;
  // pdfmake/fonts/Roboto has Regular, Medium, Italic, MediumItalic: Medium serves as bold.
  pm.addFonts({
    Roboto: {
      normal: path.join(dir, 'Roboto-Regular.ttf'),
      bold: path.join(dir, 'Roboto-Medium.ttf'),
      italics: path.join(dir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pm.setUrlAccessPolicy(() => false);
  const prefix = dir + path.sep;
  pm.setLocalAccessPolicy((p) => path.resolve(p).startsWith(prefix));
  pdfmake = pm;
  return pm;
}

/**
 * Render a document definition to PDF bytes. pdfmake mutates the definition it is given, so pass a
 * fresh one each time (the letter builders return a new object per call).
 */
export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  const def: DocDefinition = {
    ...doc,
    info: { creator: PDF_PRODUCER, producer: PDF_PRODUCER, ...doc.info },
  };
  const bytes = await instance().createPdf(def).getBuffer();
  return Buffer.from(bytes);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
