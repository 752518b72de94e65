/**
 * `window.api`, exposed by the preload in Electron (electron/preload/index.ts). In the browser mode
 * it is absent: the renderer's client falls back to HTTP (`POST /api/<method>`, SSE on `/api/events`).
 *
 * TypeScript does not pick up a `.d.ts` that sits next to a `.ts` of the same name through the
 * tsconfig `include`; the renderer opts in with
 *   /// <reference path="../../electron/preload/index.d.ts" />
 * (or imports the `WztApi` type from `electron/preload/api` and declares it itself — not both).
 */
import type { WztApi } from './api';

declare global {
  interface Window {
    /** Present only in Electron. */
    api?: WztApi;
  }
}

export type { WztApi };
