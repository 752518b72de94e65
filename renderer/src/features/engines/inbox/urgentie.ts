import type { InboxItem } from '../../../../../shared/engines/inbox.contract';

type Urgentie = InboxItem['urgentie'];

/** Colour plus words for a deadline's urgency (never colour alone). */
export const URGENTIE: Record<Urgentie, { label: string; kleur: string }> = {
  'te-laat': { label: 'Te laat', kleur: 'red' },
  binnenkort: { label: 'Binnenkort', kleur: 'orange' },
  'op-schema': { label: 'Op schema', kleur: 'green' },
  'geen-termijn': { label: 'Geen termijn', kleur: 'gray' },
};

/** Label of an item: work without a legal deadline that waits for a signatory says so. */
export function urgentieInfo(i: Pick<InboxItem, 'urgentie' | 'omschrijving'>): { label: string; kleur: string } {
  if (i.urgentie === 'geen-termijn' && /goedkeuring/i.test(i.omschrijving)) return { label: 'Wacht op goedkeuring', kleur: 'gray' };
  return URGENTIE[i.urgentie];
}

/** `nog 12 dagen`, `vandaag`, `1 dag te laat`. */
export function dagenTekst(d: number | null): string {
  if (d === null) return '';
  if (d === 0) return 'vandaag';
  if (d === 1) return 'nog 1 dag';
  if (d > 1) return `nog ${d} dagen`;
  return d === -1 ? '1 dag te laat' : `${-d} dagen te laat`;
}
