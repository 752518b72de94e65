import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  /** Development build: adds the developer tools. */
  isDev: boolean;
  onAbout: () => void;
  /** Working on a team server: sign out there (the next call asks to sign in again). */
  onAfmelden?: () => void;
}

/** The Dutch application menu: Bestand, Bewerken, Beeld, Help (plus the app menu on macOS). */
export function buildMenuTemplate({ isMac, isDev, onAbout, onAfmelden }: MenuOptions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'WZT Backoffice',
      submenu: [
        { label: 'Over WZT Backoffice', click: onAbout },
        { type: 'separator' },
        { role: 'hide', label: 'WZT Backoffice verbergen' },
        { role: 'hideOthers', label: 'Andere verbergen' },
        { role: 'unhide', label: 'Alles tonen' },
        { type: 'separator' },
        { role: 'quit', label: 'WZT Backoffice afsluiten' },
      ],
    });
  }
  template.push(
    {
      label: 'Bestand',
      submenu: [
        ...(onAfmelden ? [{ label: 'Afmelden bij de teamserver', click: onAfmelden } as MenuItemConstructorOptions, { type: 'separator' } as MenuItemConstructorOptions] : []),
        isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'delete', label: 'Verwijderen' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'reload', label: 'Herladen' },
        ...(isDev ? [{ role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' } as MenuItemConstructorOptions] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Werkelijke grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
    {
      label: 'Help',
      role: 'help',
      submenu: [{ label: 'Over WZT Backoffice', click: onAbout }],
    },
  );
  return template;
}
