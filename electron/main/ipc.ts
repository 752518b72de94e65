import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BrowserWindow, dialog, shell } from 'electron';
import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import type { Router } from '../core/platform/router';
import type { Caller, PushEvent } from '../core/platform/context';
import { foutEnvelope, type ApiFout, type Envelope } from '../../shared/api/errors';
import { API_CALL, API_EVENT, BESTAND_SAVE, PDF_OPEN, PDF_PRINT, PDF_SAVE } from '../preload/api';
import type { PdfOpenResult, PdfPrintResult, PdfSaveResult } from '../preload/api';

/**
 * IPC: one generic channel `api:call` over the router (the same router the HTTP host serves), push
 * events to the window on `api:event`, and three PDF helpers. Every handler first checks that the
 * message comes from the application's own page in the top frame; anything else gets VERBODEN.
 */

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
export type SenderCheck = (frame: WebFrameMain | null | undefined) => boolean;

const fout = foutEnvelope;
const FOREIGN = fout('VERBODEN', 'Deze aanvraag komt niet van de toepassing zelf en werd geweigerd.');

/** A sender is trusted when it is the top frame showing the application page. */
export function createSenderCheck(isAppUrl: (url: string) => boolean): SenderCheck {
  return (frame) => !!frame && !frame.parent && isAppUrl(frame.url);
}

/** `api:call` → router. Returns a function that removes the handler. */
export function registerIpc(
  ipcMain: IpcMainLike,
  router: Router,
  caller: Caller | (() => Caller),
  isTrustedSender: SenderCheck,
): () => void {
  ipcMain.handle(API_CALL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) return FOREIGN;
    if (typeof method !== 'string' || method.length > 200) return fout('NIET_GEVONDEN', 'Geen geldige API-methode.');
    try {
      return await router(method, input, typeof caller === 'function' ? caller() : caller);
    } catch {
      return fout('INTERN', 'Er liep iets mis in de toepassing. De wijziging is niet bewaard. Meld dit aan de beheerder.');
    }
  });
  return () => ipcMain.removeHandler(API_CALL);
}

/** Forward the core's push events to the window (`api:event`). Returns the unsubscribe function. */
export function forwardPushEvents(
  subscribe: (listener: (e: PushEvent) => void) => () => void,
  getContents: () => WebContents | null | undefined,
): () => void {
  return subscribe((event) => {
    const contents = getContents();
    if (contents && !contents.isDestroyed()) contents.send(API_EVENT, event);
  });
}

// --- PDF helpers -----------------------------------------------------------------------------------

const MAX_PDF_BASE64 = 70 * 1024 * 1024; // ~50 MB of PDF

export const pdfInput = z.object({
  base64: z
    .string({ error: 'Geen PDF meegegeven.' })
    .min(8, { error: 'Geen PDF meegegeven.' })
    .max(MAX_PDF_BASE64, { error: 'De PDF is te groot.' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'De PDF is niet correct gecodeerd (base64).' }),
  filename: z
    .string({ error: 'Geef een bestandsnaam.' })
    .trim()
    .min(1, { error: 'Geef een bestandsnaam.' })
    .max(200, { error: 'De bestandsnaam is te lang.' }),
});

/** A safe file name: no directories, no characters Windows refuses, always `.pdf`. */
export function safePdfName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex
  let clean = base.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/^\.+/, '').trim();
  if (!clean) clean = 'document';
  if (!/\.pdf$/i.test(clean)) clean += '.pdf';
  return clean;
}

/** Validate the payload and decode it; the bytes must be a PDF. */
export function decodePdf(payload: unknown): { ok: true; bytes: Buffer; filename: string } | { ok: false; error: ApiFout } {
  const parsed = pdfInput.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: { code: 'VALIDATIE', message: issue.message, details: [{ veld: issue.path.join('.') || '(invoer)', melding: issue.message }] },
    };
  }
  const bytes = Buffer.from(parsed.data.base64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    return fout('VALIDATIE', 'Het bestand is geen PDF.');
  }
  return { ok: true, bytes, filename: safePdfName(parsed.data.filename) };
}

// --- Exported files (CSV, XLSX) ---------------------------------------------------------------------

/** The only kinds of export the renderer may save, with their dialog filter. */
const EXPORT_SOORTEN: Record<string, { name: string; check: (b: Buffer) => boolean }> = {
  csv: { name: 'CSV-bestand', check: (b) => !b.subarray(0, 4096).includes(0) },
  // XLSX is a ZIP container: it starts with "PK\x03\x04".
  xlsx: { name: 'Excel-werkmap', check: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) },
};

/** Validate an export and decode it: only `.csv` or `.xlsx`, with matching content. */
export function decodeExport(payload: unknown): { ok: true; bytes: Buffer; filename: string; ext: string } | { ok: false; error: ApiFout } {
  const parsed = pdfInput.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'VALIDATIE', message: issue.message, details: [{ veld: issue.path.join('.') || '(invoer)', melding: issue.message }] } };
  }
  const ext = /\.([a-z]+)$/i.exec(parsed.data.filename)?.[1]?.toLowerCase() ?? '';
  const soort = EXPORT_SOORTEN[ext];
  if (!soort) return fout('VALIDATIE', 'Alleen CSV- en Excel-bestanden (.csv, .xlsx) kunnen zo bewaard worden.');
  const bytes = Buffer.from(parsed.data.base64, 'base64');
  if (!soort.check(bytes)) return fout('VALIDATIE', `De inhoud is geen geldig ${soort.name}.`);
  return { ok: true, bytes, ext, filename: safePdfName(parsed.data.filename).replace(/\.pdf$/i, '') };
}

const PDF_TMP_DIR = path.join(os.tmpdir(), 'wzt-backoffice-pdf');

function writeTempPdf(bytes: Buffer, filename: string): string {
  const dir = path.join(PDF_TMP_DIR, randomUUID());
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, filename);
  fs.writeFileSync(file, bytes, { mode: 0o600 });
  return file;
}

/** Remove temporary PDFs of earlier sessions (best effort, on start and quit). */
export function cleanupTempPdfs(): void {
  try {
    fs.rmSync(PDF_TMP_DIR, { recursive: true, force: true });
  } catch {
    // in use (opened in a viewer): left for the OS to clean
  }
}

/** Print a PDF file through a hidden window and the system print dialog. */
function printPdfFile(file: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, plugins: true },
    });
    const done = (fn: () => void) => {
      fn();
      setTimeout(() => {
        if (!win.isDestroyed()) win.destroy();
      }, 1_000);
    };
    win.webContents.once('did-fail-load', (_e, _code, description) => done(() => reject(new Error(description))));
    win.webContents.once('did-finish-load', () => {
      // The PDF viewer needs a moment to lay out the document before printing.
      setTimeout(() => {
        win.webContents.print({ silent: false, printBackground: true }, (success, reason) =>
          done(() => (success || reason === 'cancelled' ? resolve(success) : reject(new Error(reason)))),
        );
      }, 500);
    });
    void win.loadURL(pathToFileURL(file).href).catch((err: Error) => done(() => reject(err)));
  });
}

export function registerPdfIpc(
  ipcMain: IpcMainLike,
  isTrustedSender: SenderCheck,
  getWindow: () => BrowserWindow | null,
): () => void {
  ipcMain.handle(PDF_OPEN, async (event, payload: unknown): Promise<Envelope<PdfOpenResult>> => {
    if (!isTrustedSender(event.senderFrame)) return FOREIGN;
    const pdf = decodePdf(payload);
    if (!pdf.ok) return pdf;
    const file = writeTempPdf(pdf.bytes, pdf.filename);
    const problem = await shell.openPath(file);
    if (problem) return fout('INTERN', `De PDF kon niet geopend worden: ${problem}`);
    return { ok: true, value: { pad: file } };
  });

  ipcMain.handle(PDF_SAVE, async (event, payload: unknown): Promise<Envelope<PdfSaveResult>> => {
    if (!isTrustedSender(event.senderFrame)) return FOREIGN;
    const pdf = decodePdf(payload);
    if (!pdf.ok) return pdf;
    const win = getWindow();
    const options = {
      title: 'PDF bewaren',
      buttonLabel: 'Bewaren',
      defaultPath: pdf.filename,
      filters: [{ name: 'PDF-document', extensions: ['pdf'] }],
    };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { ok: true, value: { opgeslagen: false } };
    const target = /\.pdf$/i.test(result.filePath) ? result.filePath : `${result.filePath}.pdf`;
    try {
      fs.writeFileSync(target, pdf.bytes);
    } catch (err) {
      return fout('INTERN', `De PDF kon niet bewaard worden in ${target}: ${(err as Error).message}`);
    }
    return { ok: true, value: { opgeslagen: true, pad: target } };
  });

  ipcMain.handle(BESTAND_SAVE, async (event, payload: unknown): Promise<Envelope<PdfSaveResult>> => {
    if (!isTrustedSender(event.senderFrame)) return FOREIGN;
    const bestand = decodeExport(payload);
    if (!bestand.ok) return bestand;
    const win = getWindow();
    const options = {
      title: 'Bestand bewaren',
      buttonLabel: 'Bewaren',
      defaultPath: bestand.filename,
      filters: [{ name: EXPORT_SOORTEN[bestand.ext].name, extensions: [bestand.ext] }],
    };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { ok: true, value: { opgeslagen: false } };
    const target = result.filePath.toLowerCase().endsWith(`.${bestand.ext}`) ? result.filePath : `${result.filePath}.${bestand.ext}`;
    try {
      fs.writeFileSync(target, bestand.bytes);
    } catch (err) {
      return fout('INTERN', `Het bestand kon niet bewaard worden in ${target}: ${(err as Error).message}`);
    }
    return { ok: true, value: { opgeslagen: true, pad: target } };
  });

  ipcMain.handle(PDF_PRINT, async (event, payload: unknown): Promise<Envelope<PdfPrintResult>> => {
    if (!isTrustedSender(event.senderFrame)) return FOREIGN;
    const pdf = decodePdf(payload);
    if (!pdf.ok) return pdf;
    const file = writeTempPdf(pdf.bytes, pdf.filename);
    try {
      return { ok: true, value: { afgedrukt: await printPdfFile(file) } };
    } catch (err) {
      return fout('INTERN', `Afdrukken lukte niet (${(err as Error).message}). Open de PDF en druk af vanuit de PDF-lezer.`);
    }
  });

  return () => {
    ipcMain.removeHandler(PDF_OPEN);
    ipcMain.removeHandler(PDF_SAVE);
    ipcMain.removeHandler(PDF_PRINT);
    ipcMain.removeHandler(BESTAND_SAVE);
  };
}
