import type { SwvAanvraagStatus, OproepRij } from '../../../../shared/swv-zorg/oproep.contract';
import type { TrajectStatus } from '../../../../shared/swv-zorg/compensatie';

/** Dutch labels and colours of the samenwerkingsverbanden Zorg (colour always with text). */

export const AANVRAAG_STATUS: Record<SwvAanvraagStatus, { label: string; kleur: string }> = {
  ingediend: { label: 'Ingediend', kleur: 'blue' },
  ontvankelijk: { label: 'Ontvankelijk', kleur: 'teal' },
  onontvankelijk: { label: 'Onontvankelijk', kleur: 'red' },
  gegrond: { label: 'Gegrond, te rangschikken', kleur: 'violet' },
  ongegrond: { label: 'Ongegrond', kleur: 'red' },
  gemandateerd: { label: 'Gemandateerd', kleur: 'green' },
  geweigerd: { label: 'Geen mandaat', kleur: 'gray' },
};

export const OPROEP_FASE: Record<OproepRij['fase'], { label: string; kleur: string }> = {
  gepland: { label: 'Nog niet open', kleur: 'gray' },
  open: { label: 'Indienen mogelijk', kleur: 'blue' },
  'in-behandeling': { label: 'In behandeling', kleur: 'orange' },
  afgerond: { label: 'Afgerond', kleur: 'green' },
};

export const TRAJECT_STATUS: Record<TrajectStatus, string> = {
  geinitieerd: 'Geïnitieerd',
  aanvaard: 'Aanvaard',
  bezig: 'Bezig',
  afgesloten: 'Afgesloten',
  vervroegd_stopgezet: 'Vroegtijdig stopgezet',
};

export const KEUZE_LABEL = { combinatie: 'Enkel als combinatie', 'per-regio': 'Ook per regio' } as const;
export const ICF_LABEL = { gecertificeerd: 'Gecertificeerd', engagement: 'Engagement' } as const;
