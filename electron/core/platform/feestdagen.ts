/**
 * The Belgian legal holidays as the library date-holidays computes them (country BE, type public): the source of the
 * generated table in shared/kernel (`npm run feestdagen`) and of the years outside it, which the core registers with
 * `zetFeestdagenBron` (app.ts). The library is loaded on first use: its module and constructor parse the calendars of
 * every country (≈ 150 ms), which a start of the application no longer pays.
 */
import { nodeRequire } from './nodeRequire';
import type Holidays from 'date-holidays';
import { AANTAL_FEESTDAGEN, LEGALE_FEESTDAGEN, opDatum, type Feestdag } from '../../../shared/kernel/holidays';

let library: Holidays | undefined;

function lib(): Holidays {
  if (!library) {
    const Bibliotheek = nodeRequire('date-holidays') as typeof Holidays;
    library = new Bibliotheek('BE', { types: ['public'] });
  }
  return library;
}

/**
 * The ten legal holidays of a year, filtered on the library's rule for each of them and checked: exactly ten, each
 * once, in that year. A surprise from the library fails loudly rather than silently moving legal deadlines.
 */
export function feestdagenVolgensBibliotheek(year: number): Feestdag[] {
  const feestdagen = lib()
    .getHolidays(year, 'nl')
    .filter((h) => h.type === 'public' && !h.substitute && h.rule in LEGALE_FEESTDAGEN)
    // `date` is the calendar date in Belgium ("2026-12-25 00:00:00"); `start` is an instant and
    // would depend on the process time zone, so it is not used.
    .map((h): Feestdag => ({ datum: h.date.slice(0, 10), naam: LEGALE_FEESTDAGEN[h.rule] }))
    .sort(opDatum);
  const names = new Set(feestdagen.map((f) => f.naam));
  if (feestdagen.length !== AANTAL_FEESTDAGEN || names.size !== AANTAL_FEESTDAGEN || feestdagen.some((f) => !f.datum.startsWith(`${String(year).padStart(4, '0')}-`))) {
    throw new Error(`date-holidays gaf voor ${year} niet de ${AANTAL_FEESTDAGEN} Belgische wettelijke feestdagen: ${JSON.stringify(feestdagen)}`);
  }
  return feestdagen;
}
