/**
 * The preload (sandboxed, CommonJS: out/preload/index.cjs). It exposes exactly one object,
 * `window.api` = { call, on, pdf, bestand, verbinding }, through contextBridge — never ipcRenderer itself, and listeners
 * receive only the event data, never the IPC event (which would leak `sender`).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_CALL, API_EVENT, BESTAND_SAVE, PDF_OPEN, PDF_PRINT, PDF_SAVE, VERBINDING_GET, VERBINDING_ZET, type ApiPushEvent, type WztApi } from './api';
import type { Envelope } from '../../shared/api/errors';

/** PDF helpers resolve with the value and reject with an Error carrying the Dutch message. */
async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const env = await pending;
  if (env && env.ok) return env.value;
  throw new Error(env?.error?.message ?? 'De PDF-actie is mislukt.');
}

const api: WztApi = {
  call: (method, input) => ipcRenderer.invoke(API_CALL, method, input),
  on: (event, listener) => {
    if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('api.on(type, listener)');
    const handler = (_e: IpcRendererEvent, payload: ApiPushEvent) => {
      if (event === 'push' || event === '*' || payload?.type === event) listener(payload);
    };
    ipcRenderer.on(API_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(API_EVENT, handler);
    };
  },
  pdf: {
    open: (base64, filename) => unwrap(ipcRenderer.invoke(PDF_OPEN, { base64, filename })),
    save: (base64, filename) => unwrap(ipcRenderer.invoke(PDF_SAVE, { base64, filename })),
    print: (base64, filename) => unwrap(ipcRenderer.invoke(PDF_PRINT, { base64, filename })),
  },
  bestand: {
    save: (base64, filename) => unwrap(ipcRenderer.invoke(BESTAND_SAVE, { base64, filename })),
  },
  verbinding: {
    get: () => unwrap(ipcRenderer.invoke(VERBINDING_GET)),
    zet: (teamServer) => unwrap(ipcRenderer.invoke(VERBINDING_ZET, { teamServer })),
  },
};

contextBridge.exposeInMainWorld('api', api);
