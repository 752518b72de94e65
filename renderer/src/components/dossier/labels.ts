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

/**
 * Every kind of dossier that owns a decision, a deadline or a procedure's right, as the core names it
 * (`dossierEntiteit`, `rechtEntiteit`): its Dutch name, a short one for narrow columns and its screen. One table, so
 * that a new kind gets all three (test/platform/core/dossierlabels.test.ts checks it against the core's kinds).
 */
interface DossierSoort {
  label: string;
  kort: string;
  link?: (id: number) => string;
  /** False when the id is not the dossier's own number (the proofs due of an organisation): the short name stands alone. */
  metNummer?: false;
}
const DOSSIERS: Record<string, DossierSoort> = {
  aanvraag: { label: 'Aanvraag tot erkenning', kort: 'Aanvraag', link: (id) => `/erkenningen/aanvragen/${id}` },
  erkenning: { label: 'Erkenning', kort: 'Erkenning', link: (id) => `/erkenningen/${id}` },
  procedure: { label: 'Procedure', kort: 'Procedure', link: (id) => `/procedures/${id}` },
  bezwaar: { label: 'Bezwaar', kort: 'Bezwaar', link: (id) => `/bezwaren/${id}` },
  beslissing: { label: 'Beslissing', kort: 'Beslissing', link: (id) => `/beslissingen/${id}` },
  betaalrun: { label: 'Betaalrun', kort: 'Betaalrun', link: (id) => `/betaalruns/${id}` },
  subsidie_betaling: { label: 'Subsidie AMA WVG', kort: 'Subsidie' },
  swv_aanvraag: { label: 'Aanvraag tot mandatering', kort: 'Mandaataanvraag', link: (id) => `/samenwerkingsverbanden/aanvragen/${id}` },
  samenwerkingsverband: { label: 'Samenwerkingsverband Zorg', kort: 'SWV', link: (id) => `/samenwerkingsverbanden/${id}` },
  mandaat: { label: 'Mandaat', kort: 'Mandaat', link: (id) => `/samenwerkingsverbanden/mandaten/${id}` },
  compensatie_betaling: { label: 'Compensatie samenwerkingsverband Zorg', kort: 'Compensatie' },
  se_aanvraag: { label: 'Aanvraag voor plaatsen AMA SE', kort: 'Aanvraag AMA SE' },
  se_contingent: { label: 'Contingent AMA SE', kort: 'Contingent', link: (id) => `/contingenten/${id}` },
  se_evaluatie: { label: 'Evaluatie van de invulling AMA SE', kort: 'Evaluatie', link: () => '/contingenten/evaluatie' },
  se_evaluatie_jaar: { label: 'Evaluatie van de invulling AMA SE', kort: 'Evaluatie', link: () => '/contingenten/evaluatie' },
  se_afrekening: { label: 'Jaarafrekening AMA SE', kort: 'Jaarafrekening', link: () => '/contingenten/afrekeningen' },
  se_bewijs: { label: 'Bewijsstukken AMA SE', kort: 'Bewijsstukken', link: (id) => `/contingenten/deelnames?organisatieId=${id}`, metNummer: false },
  se_voorschot_betaling: { label: 'Voorschot AMA SE', kort: 'Voorschot' },
  se_afrekening_betaling: { label: 'Jaarafrekening AMA SE', kort: 'Jaarafrekening' },
};

/** The kinds the renderer knows (for the test against the core). */
export const DOSSIER_SOORTEN: readonly string[] = Object.keys(DOSSIERS);

/** The screen of a dossier, or null when it has none of its own. */
export function dossierLink(entiteit: string, id: number): string | null {
  return DOSSIERS[entiteit]?.link?.(id) ?? null;
}

/** "Aanvraag tot erkenning"; an unknown kind is a "Dossier" (never the table's name). */
export const dossierLabel = (entiteit: string): string => DOSSIERS[entiteit]?.label ?? 'Dossier';

/** Short dossier name for narrow columns: `Aanvraag 12`, `Jaarafrekening 2025`, `Bewijsstukken`. */
export function dossierKort(entiteit: string, id: number): string {
  const d = DOSSIERS[entiteit];
  if (!d) return `Dossier ${id}`;
  return d.metNummer === false ? d.kort : `${d.kort} ${id}`;
}
