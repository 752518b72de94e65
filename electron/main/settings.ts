import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROLLEN, type Rol } from '../../shared/api/roles';

/**
 * Local settings of the desktop app, `<userData>/instellingen.json`:
 *
 *   { "rol": "zorg-dossierbeheerder" }
 *
 * The signed-in user is the operating-system account (`os.userInfo().username`); the role comes from
 * this file (default `zorg-dossierbeheerder`; one of `zorg-dossierbeheerder`, `wse-dossierbeheerder`,
 * `ondertekenaar`, `beheerder`, `lezer`). An optional `"gebruiker"` overrides the displayed name
 * (e.g. "An Peeters" instead of the account name). A real deployment takes user and role from the
 * identity provider (Vlaamse overheid ACM/IDM) instead of this file. The file is created with the
 * defaults on first start so an administrator can find and edit it.
 */
export const SETTINGS_FILE = 'instellingen.json';
export const DEFAULT_ROL: Rol = 'zorg-dossierbeheerder';

const settingsSchema = z.object({
  rol: z.enum(ROLLEN).default(DEFAULT_ROL),
  gebruiker: z.string().trim().min(1).max(200).optional(),
  /** Backups kept in <userData>/backups (default 14; one is made daily). */
  backupsBewaard: z.number().int().min(1).max(365).optional(),
});
export type Settings = z.output<typeof settingsSchema>;

export interface LoadedSettings {
  settings: Settings;
  file: string;
  /** Dutch warning when the file was unreadable or invalid (the defaults were used). */
  warning?: string;
}

export function loadSettings(userDataDir: string): LoadedSettings {
  const file = path.join(userDataDir, SETTINGS_FILE);
  if (!fs.existsSync(file)) {
    const settings: Settings = { rol: DEFAULT_ROL };
    try {
      fs.mkdirSync(userDataDir, { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
    } catch {
      // read-only profile: defaults in memory
    }
    return { settings, file };
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success) return { settings: parsed.data, file };
    return {
      settings: { rol: DEFAULT_ROL },
      file,
      warning: `De instellingen in ${file} zijn ongeldig (rol moet een van ${ROLLEN.join(', ')} zijn). De standaardrol ${DEFAULT_ROL} wordt gebruikt.`,
    };
  } catch (err) {
    return {
      settings: { rol: DEFAULT_ROL },
      file,
      warning: `De instellingen in ${file} konden niet gelezen worden (${(err as Error).message}). De standaardrol ${DEFAULT_ROL} wordt gebruikt.`,
    };
  }
}
