import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

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

// Unknown keys are dropped (zod's default): an old file with a "rol" stays valid, and the role in it means nothing.
const settingsSchema = z.object({
  /** Old files: the name a store from before roles were data gave this person (linked once, see the comment above). */
  gebruiker: z.string().trim().min(1).max(200).optional(),
  /** Backups kept in <userData>/backups (default 14; one is made daily). */
  backupsBewaard: z.number().int().min(1).max(365).optional(),
  /** Work on a team server instead of the own store (set under *Verbinding*; absent: the own store, offline). */
  teamServer: z.object({ url: z.url() }).optional(),
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
    const settings: Settings = {};
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
      settings: {},
      file,
      warning: `De instellingen in ${file} zijn ongeldig (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}). De standaardinstellingen worden gebruikt.`,
    };
  } catch (err) {
    return {
      settings: {},
      file,
      warning: `De instellingen in ${file} konden niet gelezen worden (${(err as Error).message}). De standaardinstellingen worden gebruikt.`,
    };
  }
}

/** The address of a team server as an officer types it: https, scheme, host and port only. */
export const teamServerUrl = z
  .string()
  .trim()
  .max(300)
  .url({ error: 'Geef het volledige adres van de teamserver, bv. https://wzt.vlaanderen.be.' })
  .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', { error: 'Een teamserver werkt alleen over https.', abort: true })
  .transform((u) => new URL(u).origin);

/**
 * Choose the team server (or, with null, the own store again): written into the settings file, read at the next
 * start. Returns the Dutch message of a refused address, or null.
 */
export function zetTeamServer(userDataDir: string, url: string | null): string | null {
  let origin: string | undefined;
  if (url !== null) {
    const r = teamServerUrl.safeParse(url);
    if (!r.success) return r.error.issues[0]?.message ?? 'Ongeldig adres.';
    origin = r.data;
  }
  const { settings, file } = loadSettings(userDataDir);
  const { teamServer: _oud, ...rest } = settings;
  const nieuw: Settings = origin ? { ...rest, teamServer: { url: origin } } : rest;
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(nieuw, null, 2)}\n`);
  return null;
}
