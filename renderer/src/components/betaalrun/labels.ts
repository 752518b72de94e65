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
export function periodeLabel(p: string): string {
  const m = /^(\d{4})-H([12])$/.exec(p);
  return m ? `${m[2] === '1' ? 'eerste' : 'tweede'} halfjaar ${m[1]}` : p;
}
