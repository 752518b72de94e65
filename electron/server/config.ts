import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The team server's configuration file (`npm run server -- --config team.json`), validated before anything starts.
 * Paths are relative to the file's folder. Example in docs/operations.md ("Team server").
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const pad = (veld: string) => z.string({ error: `${veld}: geef een bestandspad.` }).trim().min(1, { error: `${veld}: geef een bestandspad.` });

const configSchema = z
  .object({
    /** The address officers type (and the identity provider redirects back to): `https://wzt.example.be`. */
    publiekeUrl: z
      .url({ error: 'publiekeUrl: geef het volledige adres, bv. https://wzt.vlaanderen.be.' })
      .refine((u) => !URL.canParse(u) || new URL(u).protocol === 'https:', { error: 'publiekeUrl: de teamserver werkt alleen over https.' })
      .refine((u) => { if (!URL.canParse(u)) return true; const x = new URL(u); return x.pathname === '/' && !x.search && !x.hash; }, { error: 'publiekeUrl: alleen schema, host en poort (geen pad).' }),
    luister: z
      .object({
        adres: z.string().trim().min(1).default('0.0.0.0'),
        poort: z.number({ error: 'luister.poort: geef een poortnummer.' }).int().min(0, { error: 'luister.poort: van 0 tot 65535.' }).max(65535, { error: 'luister.poort: van 0 tot 65535.' }),
      })
      .strict(),
    tls: z.object({ certificaat: pad('tls.certificaat'), sleutel: pad('tls.sleutel') }).strict(),
    databank: pad('databank'),
    identiteitsprovider: z
      .object({
        issuer: z
          .url({ error: 'identiteitsprovider.issuer: geef het adres van de OpenID-provider.' })
          .refine((u) => { if (!URL.canParse(u)) return true; const x = new URL(u); return x.protocol === 'https:' || LOOPBACK.has(x.hostname); }, {
            error: 'identiteitsprovider.issuer: gebruik https (http mag alleen voor een testprovider op deze machine).',
          }),
        clientId: z.string().trim().min(1, { error: 'identiteitsprovider.clientId: vul de client-id in die de provider gaf.' }),
        clientSecret: z.string().min(1, { error: 'identiteitsprovider.clientSecret: vul het clientgeheim in.' }),
        scope: z.string().default('openid profile'),
      })
      .strict(),
    /** Becomes beheerder at start while no active staff member is one (first start). */
    eersteBeheerder: z
      .object({
        subject: z.string().trim().min(1, { error: 'eersteBeheerder.subject: de subject-code van de eerste beheerder bij de identiteitsprovider.' }),
        naam: z.string().trim().min(1, { error: 'eersteBeheerder.naam: vul de naam in.' }),
      })
      .strict(),
    sessie: z
      .object({
        /** Signed out after this long without a request. */
        inactiefMinuten: z.number().int().min(5).max(24 * 60).default(30),
        /** Signed out after this long, active or not. */
        maximumUren: z.number().int().min(1).max(24).default(10),
        /** Sign-in requests per minute from one address (rate limit against guessing and floods). */
        aanmeldPogingenPerMinuut: z.number().int().min(5).max(1000).default(30),
      })
      .strict()
      .default({ inactiefMinuten: 30, maximumUren: 10, aanmeldPogingenPerMinuut: 30 }),
    backup: z
      .object({
        map: pad('backup.map'),
        aantal: z.number().int().min(1, { error: 'backup.aantal: minstens 1.' }).max(365),
      })
      .strict(),
  })
  .strict();

export type TeamConfig = z.output<typeof configSchema>;

/** Dutch names of the checks zod does itself (unknown key, wrong type). */
function melding(issue: z.core.$ZodIssue): string {
  const veld = issue.path.join('.') || '(bestand)';
  if (issue.code === 'unrecognized_keys') return `${veld === '(bestand)' ? '' : `${veld}: `}onbekende instelling ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${veld}: ontbreekt.`;
  if (issue.message.includes(':')) return issue.message;
  return `${veld}: ${issue.message}`;
}

export class ConfigFout extends Error {}

/** Read and check the file; paths become absolute. Throws ConfigFout with every problem in Dutch. */
export function laadConfig(bestand: string): TeamConfig {
  const file = path.resolve(bestand);
  let ruw: unknown;
  try {
    ruw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigFout(e.code === 'ENOENT' ? `Het configuratiebestand ${file} bestaat niet.` : `Het configuratiebestand ${file} is geen geldige JSON (${e.message}).`);
  }
  const r = configSchema.safeParse(ruw);
  if (!r.success) throw new ConfigFout(`Het configuratiebestand ${file} is niet in orde:\n${r.error.issues.map((i) => `  - ${melding(i)}`).join('\n')}`);
  const map = path.dirname(file);
  const abs = (p: string) => path.resolve(map, p);
  const c = r.data;
  const config: TeamConfig = {
    ...c,
    tls: { certificaat: abs(c.tls.certificaat), sleutel: abs(c.tls.sleutel) },
    databank: abs(c.databank),
    backup: { ...c.backup, map: abs(c.backup.map) },
  };
  for (const [veld, p] of [['tls.certificaat', config.tls.certificaat], ['tls.sleutel', config.tls.sleutel]] as const) {
    if (!fs.existsSync(p)) throw new ConfigFout(`Het configuratiebestand ${file} is niet in orde:\n  - ${veld}: ${p} bestaat niet.`);
  }
  return config;
}
