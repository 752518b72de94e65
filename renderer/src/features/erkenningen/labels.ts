import type { AanvraagStatus } from '../../../../shared/ama-wvg/aanvraag.contract';
import type { ErkenningStatus } from '../../../../shared/ama-wvg/erkenning.contract';
import type { BeslissingStatus, BeslissingType, EindeReden } from '../../../../shared/engines/beslissing.contract';

/** Dutch labels and badge colours of the AMA WVG recognition dossier (colour always with text). */

export const AANVRAAG_STATUS: Record<AanvraagStatus, { label: string; kleur: string }> = {
  ingediend: { label: 'Ingediend', kleur: 'blue' },
  ontvankelijk: { label: 'Ontvankelijk', kleur: 'cyan' },
  onontvankelijk: { label: 'Onontvankelijk', kleur: 'gray' },
  toegekend: { label: 'Toegekend', kleur: 'green' },
  geweigerd: { label: 'Geweigerd', kleur: 'red' },
  ingetrokken: { label: 'Ingetrokken', kleur: 'gray' },
};

export const ERKENNING_STATUS: Record<ErkenningStatus, { label: string; kleur: string }> = {
  actief: { label: 'Actief', kleur: 'green' },
  opgeheven: { label: 'Opgeheven', kleur: 'red' },
  verlopen: { label: 'Verlopen', kleur: 'gray' },
};

export const EINDE_REDEN_LABELS: Record<EindeReden, string> = {
  verlopen: 'Verlopen zonder hernieuwing',
  opgeheven: 'Opgeheven',
  ingetrokken_op_verzoek: 'Ingetrokken op verzoek',
  vervangen: 'Vervangen door de hernieuwing',
};

export const BESLISSING_TYPE_LABELS: Record<BeslissingType, string> = {
  ontvankelijk: 'Ontvankelijk',
  onontvankelijk: 'Onontvankelijk',
  erkenning: 'Erkenning',
  weigering: 'Weigering',
  opheffing: 'Opheffing',
  'bezwaar-bevestigd': 'Bezwaar: beslissing bevestigd',
  'bezwaar-herzien': 'Bezwaar: beslissing herzien',
  'bezwaar-vernietigd': 'Bezwaar: beslissing vernietigd',
  'bezwaar-onontvankelijk': 'Bezwaar onontvankelijk',
  terugvordering: 'Terugvordering subsidie',
};
export const beslissingTypeLabel = (t: string): string => BESLISSING_TYPE_LABELS[t as BeslissingType] ?? t;

export const BESLISSING_STATUS: Record<BeslissingStatus, { label: string; kleur: string }> = {
  ontwerp: { label: 'Wacht op goedkeuring', kleur: 'orange' },
  goedgekeurd: { label: 'Goedgekeurd', kleur: 'teal' },
  uitgegeven: { label: 'Uitgegeven', kleur: 'green' },
  vernietigd: { label: 'Vernietigd', kleur: 'red' },
  vervallen: { label: 'Teruggestuurd', kleur: 'gray' },
};

export const KANAAL_AANVRAAG: Record<string, string> = { 'e-loket': 'E-loket', email: 'E-mail', post: 'Post' };

export const BACHELOR_LABELS: Record<string, string> = {
  medisch: 'Medisch',
  paramedisch: 'Paramedisch',
  sociaal: 'Sociaal',
  psychologisch: 'Psychologisch',
  pedagogisch: 'Pedagogisch',
};

/** Dossier kinds that can own a decision or a deadline, with their route. */
export function dossierLink(entiteit: string, id: number): string | null {
  switch (entiteit) {
    case 'aanvraag':
      return `/erkenningen/aanvragen/${id}`;
    case 'erkenning':
      return `/erkenningen/${id}`;
    case 'procedure':
      return `/procedures/${id}`;
    case 'bezwaar':
      return `/bezwaren/${id}`;
    default:
      return null;
  }
}

export const DOSSIER_LABELS: Record<string, string> = {
  aanvraag: 'Aanvraag tot erkenning',
  erkenning: 'Erkenning',
  procedure: 'Procedure',
  bezwaar: 'Bezwaar',
};

const DOSSIER_KORT: Record<string, string> = { aanvraag: 'Aanvraag', procedure: 'Procedure', bezwaar: 'Bezwaar', beslissing: 'Beslissing', erkenning: 'Erkenning' };
/** Short dossier name for narrow columns: `Aanvraag 12`. */
export const dossierKort = (entiteit: string, id: number): string => `${DOSSIER_KORT[entiteit] ?? entiteit} ${id}`;
