import type { Envelope } from '../../../shared/api/errors';

/** A push event from the application core (progress of batch jobs, changed data…). */
export interface PushEvent {
  type: string;
  [key: string]: unknown;
}

/** Optional PDF helpers the Electron preload may expose (open in the system viewer, save, print). */
export interface WztPdfBridge {
  open?: (bytesBase64: string, filename: string) => Promise<unknown> | unknown;
  save?: (bytesBase64: string, filename: string) => Promise<unknown> | unknown;
  print?: (bytesBase64: string, filename: string) => Promise<unknown> | unknown;
}

/** What the Electron preload exposes through contextBridge as `window.api`. */
export interface WztBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, listener: (event: PushEvent) => void): () => void;
  pdf?: WztPdfBridge;
  /** Save an export (CSV/XLSX) through a native save dialog. */
  bestand?: { save?: (bytesBase64: string, filename: string) => Promise<unknown> | unknown };
  /** Where this desktop works: its own store or a team server (electron/preload/api.ts). */
  verbinding?: {
    get(): Promise<{ teamServer: string | null }>;
    zet(teamServer: string | null): Promise<{ teamServer: string | null }>;
  };
  /** Older spellings some preloads use; checked defensively. */
  openPdf?: (bytesBase64: string, filename: string) => Promise<unknown> | unknown;
  savePdf?: (bytesBase64: string, filename: string) => Promise<unknown> | unknown;
}

declare global {
  interface Window {
    /** Present in Electron only (preload); absent in the browser, where HTTP is used. */
    api?: WztBridge;
  }
}
