import { app as electronApp, session as electronSession, shell as electronShell } from 'electron';
import type { App, Event, Session, Shell, WebContents } from 'electron';

/**
 * Window and session hardening (Electron security checklist):
 * - the CSP of the renderer's meta tag also as response header on the application page;
 * - every permission request (camera, notifications, geolocation, …) denied;
 * - navigation away from the application page cancelled; `window.open` denied; `<webview>` refused;
 * - links to the outside world open in the default browser, and only when they are `https:`.
 */

/** Only https links leave the app, through the OS default browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export function openExternalSafely(url: string, shell: Pick<Shell, 'openExternal'> = electronShell): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url).catch(() => undefined);
  return true;
}

/** Navigation and window-opening rules for one webContents (the main window and any other). */
export function hardenWebContents(
  contents: WebContents,
  isAppUrl: (url: string) => boolean,
  shell: Pick<Shell, 'openExternal'> = electronShell,
): void {
  const guard = (event: Event, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalSafely(url, shell);
  };
  contents.on('will-navigate', (event, url) => guard(event, url));
  contents.on('will-redirect', (event, url) => guard(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, shell);
    return { action: 'deny' };
  });
}

export interface SecurityOptions {
  /** The policy (identical to the renderer's meta CSP). */
  csp: string;
  /** Is this the application page? */
  isAppUrl: (url: string) => boolean;
  /** Dev server mode: no CSP header (Vite's HMR preamble is inline). */
  isDev?: boolean;
  app?: Pick<App, 'on'>;
  session?: Session;
  shell?: Pick<Shell, 'openExternal'>;
}

/** Session-wide rules plus `hardenWebContents` for every webContents that will ever be created. */
export function applySecurity(opts: SecurityOptions): void {
  const ses = opts.session ?? electronSession.defaultSession;
  const app = opts.app ?? electronApp;
  const shell = opts.shell ?? electronShell;

  if (!opts.isDev) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      // Only the application document: a PDF opened in a print window keeps its own viewer working.
      if ((details.resourceType === 'mainFrame' || details.resourceType === 'subFrame') && opts.isAppUrl(details.url)) {
        const headers: Record<string, string | string[]> = { ...(details.responseHeaders ?? {}) };
        for (const name of Object.keys(headers)) {
          if (name.toLowerCase() === 'content-security-policy') delete headers[name];
        }
        headers['Content-Security-Policy'] = [opts.csp];
        headers['X-Content-Type-Options'] = ['nosniff'];
        callback({ responseHeaders: headers });
        return;
      }
      callback({});
    });
  }

  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, opts.isAppUrl, shell));
}
