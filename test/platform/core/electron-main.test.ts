/**
 * The Electron shell under plain Node: `electron` is mocked (its binary is not needed), the core is
 * real (createTestApp: temp SQLite with the real migrations).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, organisatieInput, type TestApp } from '../../helpers/app';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWebContents extends Emitter {
    windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
    send = vi.fn();
    print = vi.fn();
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      this.windowOpenHandler = fn;
    }
    isDestroyed() {
      return false;
    }
  }
  class BrowserWindow extends Emitter {
    static instances: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.instances;
    webContents = new FakeWebContents();
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    destroy = vi.fn();
    isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
    }
  }
  return {
    BrowserWindow,
    app: new Emitter(),
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    dialog: { showSaveDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'x' })), on: vi.fn(), removeListener: vi.fn() },
  };
});

import * as electronMock from 'electron';
import { createMainWindow, secureWebPreferences } from '../../../electron/main/window';
import { applySecurity, hardenWebContents, isSafeExternalUrl } from '../../../electron/main/security';
import { createSenderCheck, decodeExport, decodePdf, forwardPushEvents, registerIpc, registerPdfIpc, safePdfName } from '../../../electron/main/ipc';
import { createAppUrlCheck } from '../../../electron/main/app-url';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { loadSettings, zetTeamServer } from '../../../electron/main/settings';
import { startupErrorMessage } from '../../../electron/main/index';
import { DatabaseTooNewError } from '../../../db/migrate';
import { API_CALL, API_EVENT, BESTAND_SAVE, PDF_OPEN, PDF_SAVE } from '../../../electron/preload/api';

const mocked = electronMock as unknown as {
  BrowserWindow: { instances: { options: { webPreferences: Record<string, unknown> }; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }[] };
  shell: { openExternal: ReturnType<typeof vi.fn>; openPath: ReturnType<typeof vi.fn> };
  dialog: { showSaveDialog: ReturnType<typeof vi.fn> };
  contextBridge: { exposeInMainWorld: ReturnType<typeof vi.fn> };
  ipcRenderer: { invoke: ReturnType<typeof vi.fn>; on: ReturnType<typeof vi.fn>; removeListener: ReturnType<typeof vi.fn> };
};

const RENDERER = path.resolve('/opt/wzt/out/renderer');
const APP_URL = 'app://wzt/index.html';
const isAppUrl = createAppUrlCheck({ kind: 'app', rendererDir: RENDERER });

/** A fake webContents: an emitter with the window-open handler. */
function fakeContents() {
  const c = new EventEmitter() as EventEmitter & { windowOpenHandler?: (d: { url: string }) => { action: string } };
  Object.assign(c, { setWindowOpenHandler: (fn: never) => (c.windowOpenHandler = fn) });
  return c;
}
const navEvent = () => ({ preventDefault: vi.fn() });

/** A fake ipcMain that keeps the handlers. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}
const ownFrame = { url: `${APP_URL}#/organisaties`, parent: null };
const foreignFrame = { url: 'https://evil.example/', parent: null };
const appSubFrame = { url: APP_URL, parent: { url: APP_URL } };

describe('main window', () => {
  it('uses secure webPreferences and loads the built renderer through app://wzt (never file://)', () => {
    const win = createMainWindow({ preloadPath: '/opt/wzt/out/preload/index.cjs', entry: { kind: 'app', rendererDir: RENDERER } });
    const created = mocked.BrowserWindow.instances.at(-1)!;
    expect(created).toBe(win);
    const prefs = created.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/wzt/out/preload/index.cjs',
    });
    expect(created.loadURL).toHaveBeenCalledWith('app://wzt/index.html');
    expect(created.loadFile).not.toHaveBeenCalled();
    // extra options cannot weaken the preferences
    createMainWindow({
      preloadPath: 'p.cjs',
      entry: { kind: 'app', rendererDir: RENDERER },
      window: { webPreferences: { sandbox: false } } as never,
    });
    expect(mocked.BrowserWindow.instances.at(-1)!.options.webPreferences).toEqual(secureWebPreferences('p.cjs'));
  });
});

describe('security', () => {
  beforeEach(() => mocked.shell.openExternal.mockClear());

  it('the app URL check accepts only the own page (any hash), the dev check only the dev origin', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/organisaties/3`)).toBe(true);
    expect(isAppUrl(pathToFileURL('/etc/passwd').href)).toBe(false);
    expect(isAppUrl(pathToFileURL(path.join(RENDERER, 'index.html')).href)).toBe(false);
    expect(isAppUrl('app://andere/index.html')).toBe(false);
    expect(isAppUrl('https://evil.example/index.html')).toBe(false);
    const dev = createAppUrlCheck({ kind: 'dev', url: 'http://localhost:5173' });
    expect(dev('http://localhost:5173/#/x')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });

  it('prevents will-navigate to an external URL and opens only https links externally', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, isAppUrl, mocked.shell as never);

    const external = navEvent();
    contents.emit('will-navigate', external, 'https://www.vlaanderen.be/');
    expect(external.preventDefault).toHaveBeenCalled();
    expect(mocked.shell.openExternal).toHaveBeenCalledWith('https://www.vlaanderen.be/');

    const plainHttp = navEvent();
    contents.emit('will-navigate', plainHttp, 'http://evil.example/');
    expect(plainHttp.preventDefault).toHaveBeenCalled();
    const fileNav = navEvent();
    contents.emit('will-navigate', fileNav, pathToFileURL('/etc/passwd').href);
    expect(fileNav.preventDefault).toHaveBeenCalled();
    expect(mocked.shell.openExternal).toHaveBeenCalledTimes(1);

    const own = navEvent();
    contents.emit('will-navigate', own, `${APP_URL}#/organisaties`);
    expect(own.preventDefault).not.toHaveBeenCalled();

    const redirect = navEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();

    const webview = navEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open (https opens in the browser, anything else nowhere)', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, isAppUrl, mocked.shell as never);
    expect(contents.windowOpenHandler!({ url: 'https://www.kbo.be/' })).toEqual({ action: 'deny' });
    expect(mocked.shell.openExternal).toHaveBeenCalledWith('https://www.kbo.be/');
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(mocked.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(isSafeExternalUrl('https://user:pw@evil.example')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
  });

  it('applySecurity: CSP header on the app page, all permissions denied, every new webContents hardened', () => {
    const app = new EventEmitter();
    const session = {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    const csp = "default-src 'self'; script-src 'self'";
    applySecurity({ csp, isAppUrl, app: app as never, session: session as never, shell: mocked.shell as never });

    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0][0] as (d: unknown, cb: (r: unknown) => void) => void;
    const cb = vi.fn();
    onHeaders({ url: APP_URL, resourceType: 'mainFrame', responseHeaders: { 'content-security-policy': ['x'] } }, cb);
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [csp], 'X-Content-Type-Options': ['nosniff'] },
    });
    const cb2 = vi.fn();
    onHeaders({ url: 'file:///tmp/brief.pdf', resourceType: 'mainFrame', responseHeaders: {} }, cb2);
    expect(cb2).toHaveBeenCalledWith({});

    const onPermission = session.setPermissionRequestHandler.mock.calls[0][0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const allow = vi.fn();
      onPermission({}, p, allow);
      expect(allow).toHaveBeenCalledWith(false);
    }
    expect((session.setPermissionCheckHandler.mock.calls[0][0] as () => boolean)()).toBe(false);

    const contents = fakeContents();
    app.emit('web-contents-created', {}, contents);
    const ev = navEvent();
    contents.emit('will-navigate', ev, 'https://evil.example/');
    expect(ev.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('the menu is Dutch', () => {
    const labels = buildMenuTemplate({ isMac: false, isDev: false, onAbout: () => {} }).map((m) => m.label);
    expect(labels).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const beeld = buildMenuTemplate({ isMac: false, isDev: false, onAbout: () => {} })[2].submenu as { label?: string }[];
    expect(beeld.map((i) => i.label).filter(Boolean)).toEqual(['Herladen', 'Werkelijke grootte', 'Inzoomen', 'Uitzoomen', 'Volledig scherm']);
  });
});

describe('IPC', () => {
  let t: TestApp;
  beforeEach(() => (t = createTestApp()));
  afterEach(() => t.close());
  const caller = () => t.caller('zorg-dossierbeheerder');
  const trusted = createSenderCheck(isAppUrl);

  it('registers one api:call channel that refuses a foreign sender', async () => {
    const ipc = fakeIpcMain();
    const router = vi.fn(t.router);
    registerIpc(ipc as never, router, caller, trusted);
    expect([...ipc.handlers.keys()]).toEqual([API_CALL]);
    const handler = ipc.handlers.get(API_CALL)!;

    for (const frame of [foreignFrame, appSubFrame, null]) {
      const env = await handler({ senderFrame: frame }, 'organisatie.create', organisatieInput());
      expect(env).toMatchObject({ ok: false, error: { code: 'VERBODEN' } });
    }
    expect(router).not.toHaveBeenCalled();
    expect(t.count('organisatie')).toBe(0);
  });

  it('routes a call from the own page through the router with the signed-in caller', async () => {
    const ipc = fakeIpcMain();
    const dispose = registerIpc(ipc as never, t.router, caller, trusted);
    const handler = ipc.handlers.get(API_CALL)!;
    const env = (await handler({ senderFrame: ownFrame }, 'organisatie.create', organisatieInput())) as { ok: boolean; value: { id: number } };
    expect(env.ok).toBe(true);
    expect(t.count('organisatie')).toBe(1);
    expect(await handler({ senderFrame: ownFrame }, 'sessie.get', {})).toMatchObject({ ok: true, value: { gebruiker: 'Test zorg-dossierbeheerder', medewerkerId: t.caller('zorg-dossierbeheerder').medewerkerId } });
    expect(await handler({ senderFrame: ownFrame }, 'organisatie.create', organisatieInput({ kbo: '123' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATIE' },
    });
    expect(await handler({ senderFrame: ownFrame }, 42, {})).toMatchObject({ ok: false, error: { code: 'NIET_GEVONDEN' } });
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('forwards push events to the window on api:event', () => {
    const send = vi.fn();
    const stop = forwardPushEvents(t.subscribe, () => ({ send, isDestroyed: () => false }) as never);
    t.ctx.emit({ type: 'taak.voortgang', gedaan: 1 });
    expect(send).toHaveBeenCalledWith(API_EVENT, { type: 'taak.voortgang', gedaan: 1 });
    stop();
    t.ctx.emit({ type: 'taak.voortgang', gedaan: 2 });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('PDF helpers', () => {
  const pdf = Buffer.from('%PDF-1.7\n%test\n').toString('base64');

  it('validate input and file names', () => {
    expect(decodePdf({ base64: pdf, filename: 'brief.pdf' })).toMatchObject({ ok: true, filename: 'brief.pdf' });
    expect(decodePdf({ base64: Buffer.from('<html>').toString('base64'), filename: 'x.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATIE', message: 'Het bestand is geen PDF.' },
    });
    expect(decodePdf({ base64: 'niet base64!', filename: 'x.pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATIE' } });
    expect(decodePdf({ base64: pdf })).toMatchObject({ ok: false, error: { details: [{ veld: 'filename' }] } });
    expect(safePdfName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safePdfName('C:\\Users\\x\\Beslissing: 2026/12.pdf')).toBe('12.pdf');
    expect(safePdfName('Beslissing <vzw> "De Brug"')).toBe('Beslissing _vzw_ _De Brug_.pdf');
  });

  it('pdf:open writes a temp file and opens it; pdf:save writes where the user chose; foreign senders are refused', async () => {
    const ipc = fakeIpcMain();
    registerPdfIpc(ipc as never, createSenderCheck(isAppUrl), () => null);
    expect([...ipc.handlers.keys()].sort()).toEqual(['bestand:save', 'pdf:open', 'pdf:print', 'pdf:save']);

    expect(await ipc.handlers.get(PDF_OPEN)!({ senderFrame: foreignFrame }, { base64: pdf, filename: 'a.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'VERBODEN' },
    });
    expect(mocked.shell.openPath).not.toHaveBeenCalled();

    const opened = (await ipc.handlers.get(PDF_OPEN)!({ senderFrame: ownFrame }, { base64: pdf, filename: 'brief.pdf' })) as {
      ok: true;
      value: { pad: string };
    };
    expect(opened.ok).toBe(true);
    expect(mocked.shell.openPath).toHaveBeenCalledWith(opened.value.pad);
    expect(fs.readFileSync(opened.value.pad, 'latin1')).toMatch(/^%PDF-/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-pdf-save-'));
    mocked.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'beslissing') });
    expect(await ipc.handlers.get(PDF_SAVE)!({ senderFrame: ownFrame }, { base64: pdf, filename: 'beslissing.pdf' })).toEqual({
      ok: true,
      value: { opgeslagen: true, pad: path.join(dir, 'beslissing.pdf') },
    });
    expect(fs.existsSync(path.join(dir, 'beslissing.pdf'))).toBe(true);
    mocked.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await ipc.handlers.get(PDF_SAVE)!({ senderFrame: ownFrame }, { base64: pdf, filename: 'b.pdf' })).toEqual({
      ok: true,
      value: { opgeslagen: false },
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('bestand:save saves only CSV or XLSX exports whose content matches, where the user chose', async () => {
    const csv = Buffer.from('organisatie;ondernemingsnummer;bedrag\nDe Brug vzw;0123.456.749;1061,20\n', 'utf8').toString('base64');
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(20)]).toString('base64');
    expect(decodeExport({ base64: csv, filename: 'betaalbestand.csv' })).toMatchObject({ ok: true, ext: 'csv', filename: 'betaalbestand.csv' });
    expect(decodeExport({ base64: xlsx, filename: 'betaalbestand.XLSX' })).toMatchObject({ ok: true, ext: 'xlsx' });
    expect(decodeExport({ base64: csv, filename: 'script.exe' })).toMatchObject({ ok: false, error: { code: 'VALIDATIE' } });
    expect(decodeExport({ base64: csv, filename: 'nep.xlsx' })).toMatchObject({ ok: false, error: { message: 'De inhoud is geen geldig Excel-werkmap.' } });

    const ipc = fakeIpcMain();
    registerPdfIpc(ipc as never, createSenderCheck(isAppUrl), () => null);
    expect(await ipc.handlers.get(BESTAND_SAVE)!({ senderFrame: foreignFrame }, { base64: csv, filename: 'a.csv' })).toMatchObject({ ok: false, error: { code: 'VERBODEN' } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-export-save-'));
    mocked.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'betaling') });
    expect(await ipc.handlers.get(BESTAND_SAVE)!({ senderFrame: ownFrame }, { base64: csv, filename: '../betaalbestand.csv' })).toEqual({
      ok: true,
      value: { opgeslagen: true, pad: path.join(dir, 'betaling.csv') },
    });
    expect(fs.readFileSync(path.join(dir, 'betaling.csv'), 'utf8')).toContain('De Brug vzw');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('preload', () => {
  it('exposes exactly window.api = { call, on, pdf, bestand, verbinding } and never ipcRenderer', async () => {
    await import('../../../electron/preload/index');
    const expose = mocked.contextBridge.exposeInMainWorld;
    expect(expose).toHaveBeenCalledTimes(1);
    const [name, api] = expose.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['bestand', 'call', 'on', 'pdf', 'verbinding']);
    expect(Object.keys(api.pdf as object).sort()).toEqual(['open', 'print', 'save']);
    expect(Object.keys(api.verbinding as object).sort()).toEqual(['get', 'zet']);
    expect(Object.values(api)).not.toContain(mocked.ipcRenderer);

    const bridge = api as unknown as {
      call: (m: string, i: unknown) => Promise<unknown>;
      on: (e: string, l: (x: unknown) => void) => () => void;
      pdf: { open: (b: string, f: string) => Promise<unknown> };
    };
    await bridge.call('sessie.get', {});
    expect(mocked.ipcRenderer.invoke).toHaveBeenCalledWith(API_CALL, 'sessie.get', {});

    const listener = vi.fn();
    const off = bridge.on('push', listener);
    const [channel, handler] = mocked.ipcRenderer.on.mock.calls[0] as [string, (e: unknown, p: unknown) => void];
    expect(channel).toBe(API_EVENT);
    handler({ sender: 'geheim' }, { type: 'taak.voortgang' });
    expect(listener).toHaveBeenCalledWith({ type: 'taak.voortgang' });
    off();
    expect(mocked.ipcRenderer.removeListener).toHaveBeenCalledWith(API_EVENT, handler);

    mocked.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'VALIDATIE', message: 'Het bestand is geen PDF.' } });
    await expect(bridge.pdf.open('eA==', 'x.pdf')).rejects.toThrow('Het bestand is geen PDF.');
  });
});

describe('start-up', () => {
  it('settings decide nothing about identity: an old role is dropped; an invalid file falls back with a Dutch warning', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-settings-'));
    expect(loadSettings(dir).settings).toEqual({});
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'instellingen.json'), 'utf8'))).toEqual({});
    fs.writeFileSync(path.join(dir, 'instellingen.json'), JSON.stringify({ rol: 'beheerder', gebruiker: 'An Peeters' }));
    expect(loadSettings(dir).settings).toEqual({ gebruiker: 'An Peeters' });
    fs.writeFileSync(path.join(dir, 'instellingen.json'), JSON.stringify({ backupsBewaard: 0 }));
    expect(loadSettings(dir)).toMatchObject({ settings: {}, warning: expect.stringMatching(/ongeldig \(backupsBewaard\)/) });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Verbinding: a team server must be https; its origin is stored; null goes back to the own store', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-settings-'));
    expect(zetTeamServer(dir, 'http://wzt.example.be')).toBe('Een teamserver werkt alleen over https.');
    expect(zetTeamServer(dir, 'geen adres')).toMatch(/volledige adres/);
    expect(loadSettings(dir).settings.teamServer).toBeUndefined();
    expect(zetTeamServer(dir, 'https://wzt.example.be/pad?x=1')).toBeNull();
    expect(loadSettings(dir).settings.teamServer).toEqual({ url: 'https://wzt.example.be' });
    expect(zetTeamServer(dir, null)).toBeNull();
    expect(loadSettings(dir).settings.teamServer).toBeUndefined();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('start-up errors have a Dutch message (database too new, native module)', () => {
    expect(startupErrorMessage(new DatabaseTooNewError(5, 2), '/x.sqlite')).toMatch(/schemaversie 5/);
    expect(
      startupErrorMessage(new Error('better_sqlite3.node was compiled against a different Node.js version using NODE_MODULE_VERSION 115'), '/x'),
    ).toMatch(/niet gebouwd voor deze Electron-versie/);
  });
});

describe('Electron checklist: fuses in the packaging config and the app:// protocol instead of file://', () => {
  it('electron-builder.yml flips every fuse the checklist asks for', () => {
    const yml = fs.readFileSync(path.resolve(import.meta.dirname ?? '.', '../../../electron-builder.yml'), 'utf8');
    // electron-builder reads it with js-yaml, which refuses a key given twice (a fuse block pasted into a comment once did that).
    const sleutels = [...yml.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(sleutels.filter((k, i) => sleutels.indexOf(k) !== i), 'dubbele sleutels').toEqual([]);
    expect(yml).not.toMatch(/^\w+: .*\). /m);
    const blok = /^electronFuses:\n((?: {2}\w+: \w+\n)+)/m.exec(yml);
    expect(blok, 'electronFuses-blok').not.toBeNull();
    const fuses = Object.fromEntries(blok![1].trim().split('\n').map((r) => r.trim().split(': ')).map(([k, v]) => [k, v === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('the scheme is privileged (standard, secure) and serves only files inside the renderer folder, the page with its CSP', async () => {
    const { APP_SCHEME_PRIVILEGES, registerAppProtocol, resolveAppFile } = await import('../../../electron/main/protocol');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wzt-protocol-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>WZT</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(os.tmpdir(), 'geheim.txt'), 'geheim');
    expect(resolveAppFile(dir, 'app://wzt/')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppFile(dir, 'app://wzt/assets/app.js?v=1#x')).toBe(path.join(dir, 'assets', 'app.js'));
    // The URL parser already folds "../" into the folder; encoded forms are refused; nothing ever resolves outside it.
    for (const slecht of ['app://wzt/../geheim.txt', 'app://wzt/%2e%2e/geheim.txt', 'app://wzt/assets/%2e%2e%2f%2e%2e%2fgeheim.txt', 'app://wzt/..%5c..%5cgeheim.txt']) {
      const f = resolveAppFile(dir, slecht);
      expect(f === null || f.startsWith(dir + path.sep), `${slecht} → ${f}`).toBe(true);
    }
    for (const vreemd of ['app://andere/index.html', 'file:///etc/passwd', 'app://wzt/.env', 'app://wzt/a%00b', 'app://wzt/%2e%2e%2fgeheim.txt']) {
      expect(resolveAppFile(dir, vreemd), vreemd).toBeNull();
    }
    let handler: ((r: Request) => Promise<Response>) | undefined;
    registerAppProtocol({ handle: (scheme: string, h: (r: Request) => Promise<Response>) => { expect(scheme).toBe('app'); handler = h; } } as never, dir, "default-src 'self'");
    const pagina = await handler!(new Request('app://wzt/index.html'));
    expect(pagina.status).toBe(200);
    expect(pagina.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(pagina.headers.get('content-type')).toMatch(/text\/html/);
    const js = await handler!(new Request('app://wzt/assets/app.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await handler!(new Request('app://wzt/../geheim.txt'))).status).toBe(404);
    expect((await handler!(new Request('app://wzt/bestaat-niet.js'))).status).toBe(404);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
