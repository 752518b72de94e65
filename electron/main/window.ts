import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { entryUrl, type AppEntry } from './app-url';

/**
 * The secure defaults of every window that shows the application: an isolated, sandboxed renderer
 * without Node, with only the CommonJS preload bridging `window.api`.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  entry: AppEntry;
  /** Extra window options (size, icon); webPreferences cannot be overridden. */
  window?: Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'WZT Backoffice',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    ...opts.window,
    webPreferences: secureWebPreferences(opts.preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(entryUrl(opts.entry));
  return win;
}
