/**
 * A worker thread of the render pool (renderpool.ts): renders document definitions with the same
 * `renderPdf` as the main thread, so the bytes are the same. One definition at a time; the bytes go
 * back transferred (not copied).
 */
import { parentPort } from 'node:worker_threads';
import { renderPdf, type DocDefinition } from './pdf';

export interface RenderVraag {
  id: number;
  doc: DocDefinition;
}
/** `fout` is pdfmake's message; `stapel` its stack, for the log only. */
export type RenderAntwoord = { klaar: true } | { id: number; bytes: Uint8Array } | { id: number; fout: string; stapel?: string };

const poort = parentPort;
if (!poort) throw new Error('pdfWorker.ts draait enkel als worker thread.');

poort.on('message', async ({ id, doc }: RenderVraag) => {
  try {
    const bytes = await renderPdf(doc);
    // A Buffer may be a view on Node's shared pool: copy into an own buffer that can be transferred.
    const eigen = new Uint8Array(bytes.byteLength);
    eigen.set(bytes);
    poort.postMessage({ id, bytes: eigen } satisfies RenderAntwoord, [eigen.buffer]);
  } catch (err) {
    poort.postMessage({ id, fout: err instanceof Error ? err.message : String(err), stapel: err instanceof Error ? err.stack : undefined } satisfies RenderAntwoord);
  }
});
poort.postMessage({ klaar: true } satisfies RenderAntwoord);
