/**
 * One PDF of many letters, for printing a batch (pdf-lib: pure JS, copies the pages as they are, so
 * each letter keeps its own fonts, "Pagina x van y" and kenmerk). Optionally a blank page after a
 * letter with an odd page count, so that every letter starts on a new sheet when printed double-sided.
 */
// Loaded on first use (250 ms at start otherwise; issue 13): only print bundles need it.
import { PDF_PRODUCER } from './pdf';

export interface BundelOpties {
  titel: string;
  /** The bundle's creation date (fixed for reproducible metadata). */
  aangemaaktOp: Date;
  dubbelzijdig?: boolean;
  /** Called after each letter (index from 1). */
  voortgang?: (gedaan: number, totaal: number) => void;
}

export interface Bundel {
  bytes: Buffer;
  paginas: number;
  /** First page (1-based) of each letter in the bundle. */
  beginPagina: number[];
}

export async function voegPdfsSamen(pdfs: Uint8Array[], opts: BundelOpties): Promise<Bundel> {
  const { PDFDocument } = await import('pdf-lib');
  const doel = await PDFDocument.create({ updateMetadata: false });
  const beginPagina: number[] = [];
  let i = 0;
  for (const bytes of pdfs) {
    const bron = await PDFDocument.load(bytes, { updateMetadata: false });
    beginPagina.push(doel.getPageCount() + 1);
    const paginas = await doel.copyPages(bron, bron.getPageIndices());
    for (const p of paginas) doel.addPage(p);
    if (opts.dubbelzijdig && paginas.length % 2 === 1) {
      const laatste = paginas[paginas.length - 1];
      doel.addPage([laatste.getWidth(), laatste.getHeight()]);
    }
    opts.voortgang?.(++i, pdfs.length);
  }
  doel.setTitle(opts.titel);
  doel.setProducer(PDF_PRODUCER);
  doel.setCreator(PDF_PRODUCER);
  doel.setLanguage('nl-BE');
  doel.setCreationDate(opts.aangemaaktOp);
  doel.setModificationDate(opts.aangemaaktOp);
  const bytes = Buffer.from(await doel.save({ useObjectStreams: true }));
  return { bytes, paginas: doel.getPageCount(), beginPagina };
}
