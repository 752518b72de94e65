import type { BetaalRunStatus as SubsidieRunStatus } from '../../../../shared/engines/betaalrun.contract';

export const RUN_STATUS_LABELS: Record<SubsidieRunStatus, string> = {
  voorstel: 'Voorstel',
  goedgekeurd: 'Goedgekeurd',
  geannuleerd: 'Geannuleerd',
};

export const RUN_STATUS_KLEUR: Record<SubsidieRunStatus, string> = { voorstel: 'yellow', goedgekeurd: 'green', geannuleerd: 'gray' };

export const TERUGVORDERING_LABELS = {
  verrekenen: 'Te verrekenen',
  vordering: 'Afzonderlijke vordering',
  vervallen: 'Vervallen na bezwaar',
} as const;

/** "2026-H1" → "eerste halfjaar 2026". */
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "eerste halfjaar 2026", "maart 2026", "jaar 2025". */
export function periodeLabel(p: string): string {
  const h = /^(\d{4})-H([12])$/.exec(p);
  if (h) return `${h[2] === '1' ? 'eerste' : 'tweede'} halfjaar ${h[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${MAANDEN[Number(m[2]) - 1]} ${m[1]}`;
  return /^\d{4}$/.test(p) ? `jaar ${p}` : p;
}
