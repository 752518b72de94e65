import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROLLEN, type Rol } from '../../shared/api/roles';

/**
 * Local settings of the desktop app, `<userData>/instellingen.json`:
 *
 *   { "backupsBewaard": 14 }
 *
 * The signed-in user is the operating-system account (`os.userInfo().username`, subject `os:<account>`); their
 * roles are data in the store, given by a beheerder under *Medewerkers* (platform/medewerker.ts
 * `desktopAanmelding`). This file no longer decides anything about identity: a `"rol"` in it is ignored, and an
 * old `"gebruiker"` is only used once, to find the staff record a store from before roles were data made under
 * that name.
 */
export const SETTINGS_FILE = 'instellingen.json';
export const DEFAULT_ROL: Rol = 'zorg-dossierbeheerder';

const settingsSchema = z.object({
  /** Ignored since roles are data (kept so an old file stays valid). */
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
