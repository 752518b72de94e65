/**
 * Reading letters back in tests, as an officer would see them: the text of a PDF through poppler's
 * `pdftotext -layout` (stdin to stdout, no temporary files) and its page count through `pdfinfo`.
 */
import { execFileSync } from 'node:child_process';
import type { TestApp } from './app';

const bytes = (pdf: Buffer | string) => (typeof pdf === 'string' ? Buffer.from(pdf, 'base64') : pdf);

/** The text with the layout kept (columns, line ends). */
export function pdfLayout(pdf: Buffer | string): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes(pdf) }).toString('utf8');
}

/** The text with all whitespace collapsed; a word broken at a hyphen at a line end ("AMA-⏎WVG") is joined again. */
export function pdfTekst(pdf: Buffer | string): string {
  return pdfLayout(pdf).replace(/-\n\s*/g, '-').replace(/\s+/g, ' ');
}

/** The document information (`pdfinfo`): producer, subject, pages… */
export function pdfInfo(pdf: Buffer | string): string {
  return execFileSync('pdfinfo', ['-'], { input: bytes(pdf) }).toString('utf8');
}

export function pdfPaginas(pdf: Buffer | string): number {
  return Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf))![1]);
}

/** The collapsed text of a stored document. */
export async function documentTekst(t: Pick<TestApp, 'call'>, documentId: number): Promise<string> {
  return pdfTekst((await t.call('document.get', { id: documentId })).pdfBase64);
}
