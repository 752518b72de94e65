/** PDFs arrive as base64 from the core; in Electron the preload may open/save/print them natively. */

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Text as UTF-8 in base64 (a file made in the screen, e.g. a register's CSV export, for `saveBestand`). */
export function tekstAlsBase64(tekst: string): string {
  const bytes = new TextEncoder().encode(tekst);
  let bin = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function pdfBlobUrl(b64: string): string {
  return URL.createObjectURL(new Blob([base64ToBytes(b64)], { type: 'application/pdf' }));
}

function revokeLater(url: string): void {
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Open the PDF: the system viewer in Electron when available, a new browser tab otherwise. */
export async function openPdf(b64: string, bestandsnaam: string): Promise<void> {
  const api = window.api;
  const native = api?.pdf?.open ?? api?.openPdf;
  if (native) {
    await native(b64, bestandsnaam);
    return;
  }
  const url = pdfBlobUrl(b64);
  // Not 'noopener': window.open would then always return null and we could not detect a blocked pop-up.
  const w = window.open(url, '_blank');
  if (w) w.opener = null;
  else {
    // Pop-up blocked (or Electron denied it): fall back to a download.
    downloadViaLink(url, bestandsnaam);
  }
  revokeLater(url);
}

/** Save the PDF: a save dialog in Electron when available, a browser download otherwise. */
export async function savePdf(b64: string, bestandsnaam: string): Promise<void> {
  const api = window.api;
  const native = api?.pdf?.save ?? api?.savePdf;
  if (native) {
    await native(b64, bestandsnaam);
    return;
  }
  const url = pdfBlobUrl(b64);
  downloadViaLink(url, bestandsnaam);
  revokeLater(url);
}

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Save an exported file (CSV or XLSX, e.g. the payment file): a native save dialog in Electron, a
 * browser download otherwise.
 */
export async function saveBestand(b64: string, bestandsnaam: string): Promise<void> {
  const native = window.api?.bestand?.save;
  if (native) {
    await native(b64, bestandsnaam);
    return;
  }
  const ext = /\.([a-z]+)$/i.exec(bestandsnaam)?.[1]?.toLowerCase() ?? '';
  const url = URL.createObjectURL(new Blob([base64ToBytes(b64)], { type: MIME[ext] ?? 'application/octet-stream' }));
  downloadViaLink(url, bestandsnaam);
  revokeLater(url);
}

export const kanAfdrukken = (): boolean => typeof window.api?.pdf?.print === 'function';

export async function printPdf(b64: string, bestandsnaam: string): Promise<void> {
  await window.api?.pdf?.print?.(b64, bestandsnaam);
}

function downloadViaLink(url: string, bestandsnaam: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = bestandsnaam;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
