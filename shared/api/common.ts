import { z } from 'zod';
import { BELGISCHE_POSTCODE } from '../kernel/postcode';

/**
 * Input limits at the contract (issue 14): every text an API method accepts has a maximum length and
 * refuses control characters — a single-line field (names, addresses, codes) any of them, a multi-line
 * field (motivations, remarks, reasons) all but line breaks and tabs. Dates are real calendar days in a
 * sane range. test/platform/core/invoergrenzen.test.ts walks every method's input and holds this.
 */
export const STUURTEKENS_REGEL = /^[^\u0000-\u001F\u007F]*$/;
export const STUURTEKENS_TEKSTVAK = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** A single-line text, trimmed, at most `max` characters. */
export const regel = (max: number, ontbreekt?: string) =>
  z
    .string(ontbreekt ? { error: ontbreekt } : undefined)
    .regex(STUURTEKENS_REGEL, { error: 'Gebruik geen regeleinden of stuurtekens.' })
    .trim()
    .max(max, { error: `Maximaal ${max} tekens.` });

/** The postcode of a Belgian address (organisations, workplaces): four digits, 1000 to 9999. */
export const postcodeVeld = regel(4, 'Vul de postcode in.').regex(BELGISCHE_POSTCODE, { error: 'Een Belgische postcode telt 4 cijfers.' });

/** A multi-line text (line breaks allowed), trimmed, at most `max` characters. */
export const tekstvak = (max: number, ontbreekt?: string) =>
  z
    .string(ontbreekt ? { error: ontbreekt } : undefined)
    .regex(STUURTEKENS_TEKSTVAK, { error: 'Gebruik geen stuurtekens.' })
    .trim()
    .max(max, { error: `Maximaal ${max} tekens.` });

/**
 * A file's content as base64, at most `maxBytes` once decoded (the message says the limit in MB). Only
 * the base64 alphabet (and line breaks) passes.
 */
export const base64Inhoud = (maxBytes: number) =>
  z
    .string({ error: 'Het bestand is leeg.' })
    .min(1, { error: 'Het bestand is leeg.' })
    .max(Math.ceil((maxBytes * 4) / 3) + 4, { error: `Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB.` })
    .regex(/^[A-Za-z0-9+/=\r\n]*$/, { error: 'Het bestand werd niet correct doorgegeven (geen base64).' });

/** The range of dates any field accepts: older or later is a typing error, never a legal date here. */
export const DATUM_MIN = '1900-01-01';
export const DATUM_MAX = '2199-12-31';

/** A legal date as `YYYY-MM-DD` that exists in the calendar, between 1900 and 2199. */
export const isoDate = z
  .string({ error: 'Geef een geldige datum (JJJJ-MM-DD).' })
  .max(10, { error: 'Geef een geldige datum (JJJJ-MM-DD).' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Geef een geldige datum (JJJJ-MM-DD).' })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    { error: 'Deze datum bestaat niet.' },
  )
  .refine((v) => v >= DATUM_MIN && v <= DATUM_MAX, { error: 'Geef een datum tussen 1900 en 2199.' });

/** A period code that starts with its year (`2026-H1`, `2026-03`): the year in the same range as dates. */
export const jaarInBereik = (v: string) => {
  const jaar = Number(v.slice(0, 4));
  return jaar >= Number(DATUM_MIN.slice(0, 4)) && jaar <= Number(DATUM_MAX.slice(0, 4));
};
export const JAAR_BUITEN_BEREIK = 'Geef een jaar tussen 1900 en 2199.';

const SOORT: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee',
  array: 'een lijst',
  object: 'een object met velden',
  date: 'een datum',
};

/**
 * Plain Dutch for every check without a message of its own — never zod's technical wording
 * ("verwacht string, ontving undefined"). The router puts the field's name before it.
 */
export function nederlandseMelding(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'Vul dit veld in.';
      if (iss.input === null) return 'Dit veld mag niet leeg zijn.';
      return `Geef ${SOORT[iss.expected] ?? 'een geldige waarde'}.`;
    case 'too_big':
      if (iss.origin === 'string') return `Maximaal ${iss.maximum} tekens.`;
      if (iss.origin === 'array' || iss.origin === 'set') return `Maximaal ${iss.maximum} elementen.`;
      return `Geef hoogstens ${iss.maximum}${iss.inclusive === false ? ' (niet inbegrepen)' : ''}.`;
    case 'too_small':
      if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? 'Vul dit veld in.' : `Minstens ${iss.minimum} tekens.`;
      if (iss.origin === 'array' || iss.origin === 'set') return Number(iss.minimum) <= 1 ? 'Geef er minstens één.' : `Minstens ${iss.minimum} elementen.`;
      return `Geef minstens ${iss.minimum}${iss.inclusive === false ? ' (niet inbegrepen)' : ''}.`;
    case 'invalid_format':
      return iss.format === 'email' ? 'Geef een geldig e-mailadres.' : 'Het formaat klopt niet.';
    case 'invalid_value':
      return iss.values.length === 1 ? `Geef ${JSON.stringify(iss.values[0])}.` : `Kies een van: ${iss.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `Onbekend veld: ${iss.keys.join(', ')}.`;
    case 'not_multiple_of':
      return 'Geef een geheel getal.';
    default:
      return 'Deze waarde is niet geldig.';
  }
}

/** Install the Dutch messages (the contract and the renderer's forms both call this once). */
export function zetNederlandseMeldingen(): void {
  z.config({ customError: nederlandseMelding });
}
