import type { BeslissingStatus, BeslissingType } from '../../../../shared/engines/beslissing.contract';

/** Dutch labels of decisions and of the dossiers that own decisions and deadlines (colour always with text). */

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
  terugvordering: 'Terugvordering',
  gegrond: 'Gegrond',
  ongegrond: 'Ongegrond',
  mandaat: 'Mandaat',
  'weigering-mandaat': 'Weigering mandaat',
  'vervanging-partner': 'Vervanging van een partner',
  'toekenning-contingent': 'Toekenning van plaatsen AMA SE',
  'weigering-contingent': 'Geen plaatsen AMA SE',
  'vermindering-contingent': 'Vermindering van het contingent AMA SE',
  intrekking: 'Intrekking',
  schorsing: 'Schorsing',
};
export const beslissingTypeLabel = (t: string): string => BESLISSING_TYPE_LABELS[t as BeslissingType] ?? t;

export const BESLISSING_STATUS: Record<BeslissingStatus, { label: string; kleur: string }> = {
  ontwerp: { label: 'Wacht op goedkeuring', kleur: 'orange' },
  goedgekeurd: { label: 'Goedgekeurd', kleur: 'teal' },
  uitgegeven: { label: 'Uitgegeven', kleur: 'green' },
  vernietigd: { label: 'Vernietigd', kleur: 'red' },
  vervallen: { label: 'Teruggestuurd', kleur: 'gray' },
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
    case 'betaalrun':
      return `/betaalruns/${id}`;
    case 'swv_aanvraag':
      return `/samenwerkingsverbanden/aanvragen/${id}`;
    case 'samenwerkingsverband':
      return `/samenwerkingsverbanden/${id}`;
    case 'mandaat':
      return `/samenwerkingsverbanden/mandaten/${id}`;
    default:
      return null;
  }
}

export const DOSSIER_LABELS: Record<string, string> = {
  aanvraag: 'Aanvraag tot erkenning',
  erkenning: 'Erkenning',
  procedure: 'Procedure',
  bezwaar: 'Bezwaar',
  betaalrun: 'Betaalrun',
  swv_aanvraag: 'Aanvraag tot mandatering',
  samenwerkingsverband: 'Samenwerkingsverband Zorg',
  mandaat: 'Mandaat',
};

const DOSSIER_KORT: Record<string, string> = {
  aanvraag: 'Aanvraag', procedure: 'Procedure', bezwaar: 'Bezwaar', beslissing: 'Beslissing', erkenning: 'Erkenning', swv_aanvraag: 'Mandaataanvraag', samenwerkingsverband: 'SWV', mandaat: 'Mandaat',
};
/** Short dossier name for narrow columns: `Aanvraag 12`. */
export const dossierKort = (entiteit: string, id: number): string => `${DOSSIER_KORT[entiteit] ?? entiteit} ${id}`;
