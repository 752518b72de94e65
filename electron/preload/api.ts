/**
 * The bridge between the renderer and the main process: channel names and the shape of
 * `window.api`. Type-only apart from the channel constants (no `electron` import here), so the main
 * process, the preload and the renderer can all use it.
 */
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';

/** The one API channel: `invoke(API_CALL, method, input)` → envelope. */
export const API_CALL = 'api:call';
/** Push events from the core (`app.subscribe`), main → renderer. */
export const API_EVENT = 'api:event';
export const PDF_OPEN = 'pdf:open';
export const PDF_SAVE = 'pdf:save';
export const PDF_PRINT = 'pdf:print';
/** Save an exported file (CSV or XLSX, e.g. the payment file) where the user chooses. */
export const BESTAND_SAVE = 'bestand:save';
/** Where this desktop works: its own store or a team server (Verbinding screen). */
export const VERBINDING_GET = 'verbinding:get';
export const VERBINDING_ZET = 'verbinding:zet';

export interface Verbinding {
  /** The team server this desktop works on, or null: its own store on this computer. */
  teamServer: string | null;
}

/** A push event as emitted by the core (`AppContext.emit`). */
export interface ApiPushEvent {
  type: string;
  [key: string]: unknown;
}

export interface PdfOpenResult {
  pad: string;
}
export interface PdfSaveResult {
  /** False when the user cancelled the save dialog. */
  opgeslagen: boolean;
  pad?: string;
}
export interface PdfPrintResult {
  /** False when the user cancelled the print dialog. */
  afgedrukt: boolean;
}

/**
 * `window.api` in Electron. `call` answers the router's envelope (like `POST /api/<method>`); the PDF
 * helpers resolve with their result and reject with an Error whose message is Dutch and meant for
 * the user.
 */
export interface WztApi {
  call<K extends MethodName>(method: K, input: Input<K>): Promise<Envelope<Output<K>>>;
  /**
   * Listen to push events: `'push'` (or `'*'`) for all of them, any other string for the events of
   * that `type`; returns the unsubscribe function. The listener gets the event object only (never
   * the IPC event).
   */
  on(event: string, listener: (event: ApiPushEvent) => void): () => void;
  pdf: {
    /** Open in the system's PDF viewer (via a temporary file). */
    open(base64: string, filename: string): Promise<PdfOpenResult>;
    /** Ask where to save it (native dialog) and write it there. */
    save(base64: string, filename: string): Promise<PdfSaveResult>;
    /** Print through the system's print dialog. */
    print(base64: string, filename: string): Promise<PdfPrintResult>;
  };
  bestand: {
    /** Ask where to save an export (CSV or XLSX only; native dialog) and write it there. */
    save(base64: string, filename: string): Promise<PdfSaveResult>;
  };
  /** Where this desktop works (own store or a team server); a change applies after a restart, which `zet` offers. */
  verbinding: {
    get(): Promise<Verbinding>;
    /** Rejects with the Dutch message of a refused address. */
    zet(teamServer: string | null): Promise<Verbinding>;
  };
}
