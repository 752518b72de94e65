import { app, BrowserWindow, dialog, session, type Session } from 'electron';
import { foutEnvelope, type Envelope } from '../../shared/api/errors';
import { VERBINDING_GET, VERBINDING_ZET, type Verbinding } from '../preload/api';
import type { IpcMainLike, SenderCheck } from './ipc';
import { loadSettings, zetTeamServer } from './settings';
import { secureWebPreferences } from './window';

/** The cookie jar of the team server session: persistent, only for the main process's calls and the sign-in window. */
export const TEAM_PARTITIE = 'persist:wzt-teamserver';

const fout = foutEnvelope;

/** The Verbinding screen: read and change where this desktop works; a change restarts the app after a question. */
export function registerVerbindingIpc(ipcMain: IpcMainLike, isTrustedSender: SenderCheck, userData: string, getWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(VERBINDING_GET, (event): Envelope<Verbinding> => {
    if (!isTrustedSender(event.senderFrame)) return fout('VERBODEN', 'Geweigerd.');
    return { ok: true, value: { teamServer: loadSettings(userData).settings.teamServer?.url ?? null } };
  });
  ipcMain.handle(VERBINDING_ZET, async (event, payload: unknown): Promise<Envelope<Verbinding>> => {
    if (!isTrustedSender(event.senderFrame)) return fout('VERBODEN', 'Geweigerd.');
    const url = (payload as { teamServer?: unknown } | null)?.teamServer;
    if (url !== null && typeof url !== 'string') return fout('VALIDATIE', 'Geef het adres van de teamserver of kies de eigen databank.');
    const melding = zetTeamServer(userData, url);
    if (melding) return fout('VALIDATIE', melding);
    const win = getWindow();
    const opties = {
      type: 'question' as const,
      buttons: ['Nu herstarten', 'Later'],
      defaultId: 0,
      cancelId: 1,
      title: 'Verbinding gewijzigd',
      message: url ? `WZT Backoffice werkt na een herstart op de teamserver ${url}.` : 'WZT Backoffice werkt na een herstart op de eigen databank van deze computer.',
    };
    const { response } = win ? await dialog.showMessageBox(win, opties) : await dialog.showMessageBox(opties);
    if (response === 0) {
      app.relaunch();
      app.quit();
    }
    return { ok: true, value: { teamServer: loadSettings(userData).settings.teamServer?.url ?? null } };
  });
  return () => {
    ipcMain.removeHandler(VERBINDING_GET);
    ipcMain.removeHandler(VERBINDING_ZET);
  };
}

/** The team server session of this desktop (cookies persist across restarts until they expire or the officer signs out). */
export function teamSessie(): Session {
  const ses = session.fromPartition(TEAM_PARTITIE);
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  return ses;
}

/**
 * The identity provider's sign-in in a small window of its own (the provider's page, sandboxed, no preload): the
 * session cookie lands in the team partition; resolved once the team server sent the browser to the app (true), or
 * when the officer closed the window (false).
 */
export function aanmeldVenster(teamServer: string, parent: BrowserWindow | null): Promise<boolean> {
  const doel = new URL(teamServer).origin;
  return new Promise((resolve) => {
    const { preload: _geen, ...webPreferences } = secureWebPreferences('');
    const win = new BrowserWindow({
      width: 560,
      height: 760,
      title: 'Aanmelden bij de teamserver',
      parent: parent ?? undefined,
      modal: !!parent,
      webPreferences: { ...webPreferences, partition: TEAM_PARTITIE },
    });
    let klaar = false;
    const kijk = (_e: unknown, url: string) => {
      const u = new URL(url);
      if (u.origin === doel && (u.pathname === '/' || u.pathname === '/index.html')) {
        klaar = true;
        resolve(true);
        win.close();
      }
    };
    win.webContents.on('did-navigate', kijk);
    win.webContents.on('did-redirect-navigation', kijk);
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.on('closed', () => {
      if (!klaar) resolve(false);
    });
    void win.loadURL(`${doel}/auth/aanmelden`);
  });
}
