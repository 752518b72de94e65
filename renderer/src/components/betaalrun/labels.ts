import { periodeNaam } from '../../../../shared/kernel/periode';
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

/** "eerste halfjaar 2026", "maart 2026", "jaar 2025" (the kernel's period names). */
export const periodeLabel = periodeNaam;
