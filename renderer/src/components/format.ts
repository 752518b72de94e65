import { aantalMet, formatAantal, formatDatum, formatDatumLang, formatEuro, formatPercentage, formatTijdstip, maandNaam, maandNaamVan, parseEuro } from '../../../shared/kernel/format';
import { datumTekstAlsIso, isValidIsoDate } from '../../../shared/kernel/dates';
import type { Parameter } from '../../../shared/platform/parameter.contract';
import { PARAMETER_KEUZES, type ParameterCode } from '../../../shared/platform/parameter-codes';

export { aantalMet, formatAantal, formatDatum, formatDatumLang, formatEuro, formatPercentage, formatTijdstip, maandNaam, maandNaamVan, parseEuro };

/**
 * A date as the officer types it in a date field or a grid's date filter — dd/mm/jjjj (also d/m/jjjj, with - or .) or
 * JJJJ-MM-DD, read as the imports read a date cell, or eight digits without separators, ddmmjjjj ("04122026", quick on
 * the number pad; only here, not in the imports, whose files name their format) — as `YYYY-MM-DD`, or null when it is
 * no date (yet).
 */
export function leesDatum(tekst: string): string | null {
  const cijfers = /^(\d{2})(\d{2})(\d{4})$/.exec(tekst.trim());
  const iso = cijfers ? `${cijfers[3]}-${cijfers[2]}-${cijfers[1]}` : datumTekstAlsIso(tekst);
  return iso && isValidIsoDate(iso) ? iso : null;
}

/** The Brussels calendar date of an ISO timestamp as `22/11/2026`. */
export const datumVanTijdstip = (iso: string | null | undefined): string => (iso ? formatTijdstip(iso).slice(0, 10) : '');

/** ISO date (`YYYY-MM-DD`) of an ISO timestamp in Brussels time, for comparisons. */
export function isoDatumVanTijdstip(iso: string): string {
  const d = datumVanTijdstip(iso);
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso.slice(0, 10);
}

const EENHEID_TEKST: Record<string, [string, string]> = {
  kalenderdagen: ['kalenderdag', 'kalenderdagen'],
  werkdagen: ['werkdag', 'werkdagen'],
  maanden: ['maand', 'maanden'],
  jaren: ['jaar', 'jaar'],
};

/** A parameter value in its unit: `€ 1.061,20`, `80 %`, `45 kalenderdagen`, `2024`, `maart`, `31/12/2023`. */
export function formatParameterWaarde(p: Pick<Parameter, 'code' | 'eenheid' | 'waardeGetal' | 'waardeDatum'>): string {
  if (p.eenheid === 'datum') return formatDatum(p.waardeDatum);
  if (p.waardeGetal === null) return '';
  const keuze = PARAMETER_KEUZES[p.code as ParameterCode]?.[p.waardeGetal];
  if (keuze) return `${p.waardeGetal} (${keuze})`;
  switch (p.eenheid) {
    case 'cent':
      return formatEuro(p.waardeGetal);
    case 'basispunt':
      return formatPercentage(p.waardeGetal);
    case 'aantal':
      return formatAantal(p.waardeGetal);
    case 'jaartal':
      return String(p.waardeGetal);
    case 'kalendermaand':
      return p.waardeGetal >= 1 && p.waardeGetal <= 12 ? maandNaam(p.waardeGetal) : String(p.waardeGetal);
    default: {
      const [een, meer] = EENHEID_TEKST[p.eenheid] ?? ['', ''];
      return `${formatAantal(p.waardeGetal)} ${p.waardeGetal === 1 ? een : meer}`.trim();
    }
  }
}

/** `62,5` or `80 %` → basis points (6250, 8000), or null. */
export function parsePercentage(text: string): number | null {
  const t = text.replace(/[%\s]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/** Basis points → editable text (`62,5`). */
export const percentageTekst = (bp: number): string => String(bp / 100).replace('.', ',');

/** Cents → editable euro text (`1061,20`). */
export function euroTekst(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
