/**
 * Electron main process: lifecycle, the one window, the Dutch menu, native dialogs. Everything with
 * logic lives in testable modules (window.ts, security.ts, ipc.ts, menu.ts, settings.ts) and the
 * Electron-free core (electron/core); this file only wires them together.
 *
 * - Database: `<userData>/wzt-backoffice.sqlite` (userData = the OS's per-user app folder, e.g.
 *   `%APPDATA%\WZT Backoffice` on Windows, `~/.config/WZT Backoffice` on Linux).
 * - Migrations: `<appPath>/db/migrations` (inside app.asar when packaged).
 * - The page: `app://wzt/index.html`, served from `<appPath>/out/renderer` by protocol.ts (never file://).
 * - User: the OS account name (`os:<account>`), roles from the store (Medewerkers); or, with a team server chosen
 *   under *Verbinding*, the identity provider's sign-in and the team server's store (teamclient.ts, verbinding.ts).
 * - better-sqlite3: an Electron-ABI build via `nativeBinding` (see native.ts, scripts/electron-native.cjs).
 */
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { createApp, callerVoor, desktopAanmelding, BACKUPS_BEWAARD, type App as CoreApp } from '../core/app';
import { SYSTEEM, type Caller } from '../core/platform/context';
import { API_EVENT } from '../preload/api';
import { teamEvents, teamRouter } from './teamclient';
import { aanmeldVenster, registerVerbindingIpc, teamSessie } from './verbinding';
import { DatabaseTooNewError, schemaVersion } from '../../db/migrate';
import { ROL_LABELS } from '../../shared/api/roles';
import { cspForStaticDir } from '../host/csp';
import { createAppUrlCheck, type AppEntry } from './app-url';
import { applySecurity } from './security';
import { cleanupTempPdfs, createSenderCheck, forwardPushEvents, registerIpc, registerPdfIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { loadSettings } from './settings';
import { resolveNativeBinding } from './native';
import { createMainWindow } from './window';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';

export { createMainWindow, secureWebPreferences } from './window';
export { applySecurity, hardenWebContents, isSafeExternalUrl } from './security';
export { registerIpc, registerPdfIpc, createSenderCheck, forwardPushEvents } from './ipc';
export { buildMenuTemplate } from './menu';

export const APP_ID = 'be.vlaanderen.wzt.backoffice';
export const DB_FILE_NAME = 'wzt-backoffice.sqlite';
const START_FOUT = 'WZT Backoffice kan niet starten';

/** Dutch explanation of a start-up failure. */
export function startupErrorMessage(err: unknown, dbFile: string): string {
  if (err instanceof DatabaseTooNewError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version|better_sqlite3\.node/i.test(message)) {
    return (
      'De databankmodule (better-sqlite3) is niet gebouwd voor deze Electron-versie.\n' +
      'Start de toepassing met "npm start" (dat bouwt ze), of voer "node scripts/electron-native.cjs" uit.\n\n' +
      `Technische melding: ${message}`
    );
  }
  if (/SQLITE_BUSY|database is locked/i.test(message)) {
    return `De databank ${dbFile} is in gebruik door een ander programma. Sluit het en probeer opnieuw.`;
  }
  return `De databank ${dbFile} kon niet geopend worden.\n\nTechnische melding: ${message}`;
}

async function bootstrap(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Date inputs and number formats follow Chromium's locale, not the OS: the users work in nl-BE.
  app.commandLine.appendSwitch('lang', 'nl-BE');

  // The renderer is served as app://wzt/… (protocol.ts), registered as privileged before the app is ready.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  await app.whenReady();

  const appPath = app.getAppPath();
  const userData = app.getPath('userData');
  const dbFile = path.join(userData, DB_FILE_NAME);
  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const rendererDir = path.join(appPath, 'out', 'renderer');
  const entry: AppEntry = devUrl ? { kind: 'dev', url: devUrl } : { kind: 'app', rendererDir };
  const isAppUrl = createAppUrlCheck(entry);

  const { settings, warning } = loadSettings(userData);
  if (settings.teamServer) {
    await startAlsTeamClient(settings.teamServer.url, userData, entry, isAppUrl, rendererDir, devUrl);
    return;
  }
  // The identity is the operating-system account (signed in by the OS); roles are data in the store (Medewerkers).
  const account = os.userInfo().username;
  let callerNu: () => Caller;

  let core: CoreApp;
  try {
    core = createApp({
      dbFile,
      migrationsFolder: path.join(appPath, 'db', 'migrations'),
      version: app.getVersion(),
      modus: 'desktop',
      logMap: path.join(userData, 'logs'),
      backup: { map: path.join(userData, 'backups'), aantal: settings.backupsBewaard ?? BACKUPS_BEWAARD },
      dagelijkseBackup: true,
      opstartTakenUitstellen: true,
      nativeBinding: resolveNativeBinding({ isPackaged: app.isPackaged, appPath, resourcesPath: process.resourcesPath }),
    });
    const aanmelding = desktopAanmelding(core.ctx.sqlite, account, settings.gebruiker ? [settings.gebruiker] : []);
    if (!aanmelding.ok) throw new Error(aanmelding.reden);
    const { medewerkerId, gebruiker } = aanmelding.caller;
    // Re-read the roles at every call: a beheerder may change them while the app runs.
    callerNu = () => callerVoor(core.ctx.sqlite, medewerkerId!, gebruiker);
  } catch (err) {
    console.error(err);
    dialog.showErrorBox(START_FOUT, startupErrorMessage(err, dbFile));
    app.exit(1);
    return;
  }
  if (warning) core.ctx.log('warn', warning);
  cleanupTempPdfs();

  const csp = cspForStaticDir(rendererDir);
  if (!devUrl) registerAppProtocol(protocol, rendererDir, csp);
  applySecurity({ csp, isAppUrl, isDev: !!devUrl });
  const isTrustedSender = createSenderCheck(isAppUrl);
  registerIpc(ipcMain, core.router, () => callerNu(), isTrustedSender);
  registerPdfIpc(ipcMain, isTrustedSender, () => mainWindow);
  registerVerbindingIpc(ipcMain, isTrustedSender, userData, () => mainWindow);
  const stopEvents = forwardPushEvents(core.subscribe, () => mainWindow?.webContents);

  const showAbout = () => {
    const detail = [
      `Versie ${app.getVersion()} (databankschema ${schemaVersion(core.ctx.sqlite)})`,
      `Aangemeld als ${callerNu().gebruiker} (${account}) — ${callerNu().rollen?.map((r) => ROL_LABELS[r]).join(', ') || 'nog geen rol'}`,
      `Databank: ${dbFile}`,
      `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`,
      '',
      'Departement Zorg en Departement Werk en Sociale Economie — Vlaamse overheid',
    ].join('\n');
    const options = { type: 'info' as const, title: 'Over WZT Backoffice', message: 'WZT Backoffice', detail, buttons: ['OK'] };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged, onAbout: showAbout })),
  );

  const openWindow = () => {
    mainWindow = createMainWindow({ preloadPath: path.join(appPath, 'out', 'preload', 'index.cjs'), entry });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    mainWindow.webContents.on('render-process-gone', (_e, details) => {
      core.ctx.log('error', `Renderer gestopt: ${details.reason}`);
      if (details.reason !== 'clean-exit' && mainWindow) {
        dialog.showErrorBox('WZT Backoffice', 'Het venster is onverwacht gestopt. Het wordt opnieuw geladen; niet bewaarde invoer is verloren.');
        mainWindow.reload();
      }
    });
  };
  openWindow();
  // The housekeeping once the window is up: the officer sees the app at once.
  setImmediate(() => core.voerOpstartTakenUit());

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopEvents();
    core.close();
    cleanupTempPdfs();
  });
}

/**
 * The desktop as a client of a team server: no store of its own; the main process forwards every `api:call` over
 * HTTPS with the team session (teamclient.ts) and the server's events to the window. The renderer, its CSP and the
 * PDF helpers stay as they are.
 */
async function startAlsTeamClient(url: string, userData: string, entry: AppEntry, isAppUrl: (u: string) => boolean, rendererDir: string, devUrl: string | undefined): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  const ses = teamSessie();
  const deps = { url, fetch: (u: string, init?: RequestInit) => ses.fetch(u, init), aanmelden: () => aanmeldVenster(url, mainWindow) };
  const csp = cspForStaticDir(rendererDir);
  if (!devUrl) registerAppProtocol(protocol, rendererDir, csp);
  applySecurity({ csp, isAppUrl, isDev: !!devUrl });
  const isTrustedSender = createSenderCheck(isAppUrl);
  // The server decides who calls (its session); the caller here is never used.
  registerIpc(ipcMain, teamRouter(deps), SYSTEEM, isTrustedSender);
  registerPdfIpc(ipcMain, isTrustedSender, () => mainWindow);
  registerVerbindingIpc(ipcMain, isTrustedSender, userData, () => mainWindow);
  const stopEvents = teamEvents(deps, (e) => {
    if (mainWindow && !mainWindow.webContents.isDestroyed()) mainWindow.webContents.send(API_EVENT, e);
  });
  const afmelden = async () => {
    await ses.clearStorageData({ storages: ['cookies'] });
    mainWindow?.reload();
  };
  const showAbout = () =>
    void dialog.showMessageBox({ type: 'info', title: 'Over WZT Backoffice', message: 'WZT Backoffice', detail: `Versie ${app.getVersion()}\nTeamserver: ${url}\nElectron ${process.versions.electron}` });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged, onAbout: showAbout, onAfmelden: () => void afmelden() })),
  );
  mainWindow = createMainWindow({ preloadPath: path.join(app.getAppPath(), 'out', 'preload', 'index.cjs'), entry });
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopEvents();
    cleanupTempPdfs();
  });
}

// Start only inside Electron (tests import this module under plain Node with a mocked `electron`).
if (process.versions.electron) {
  bootstrap().catch((err: unknown) => {
    console.error(err);
    dialog.showErrorBox(START_FOUT, err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}
