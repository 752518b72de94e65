import { formatEuro } from '../kernel/format';
import type { RapportKolom } from './contract';

/** A figure of the report as shown on the page, in the PDF and in the corrections: amount, percentage (1 decimal) or count, nl-BE. */
export function rapportWaarde(soort: RapportKolom['soort'], w: number | null | undefined): string {
  if (w === null || w === undefined) return '—';
  if (soort === 'cent') return formatEuro(w);
  if (soort === 'percentage') return `${w.toLocaleString('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
  return w.toLocaleString('nl-BE', { maximumFractionDigits: 2 });
}
