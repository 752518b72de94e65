import type { AanvraagStatus } from '../../../../../shared/ama-wvg/aanvraag.contract';
import type { ErkenningStatus } from '../../../../../shared/ama-wvg/erkenning.contract';
import type { EindeReden } from '../../../../../shared/engines/beslissing.contract';

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

export const KANAAL_AANVRAAG: Record<string, string> = { 'e-loket': 'E-loket', email: 'E-mail', post: 'Post' };

export const BACHELOR_LABELS: Record<string, string> = {
  medisch: 'Medisch',
  paramedisch: 'Paramedisch',
  sociaal: 'Sociaal',
  psychologisch: 'Psychologisch',
  pedagogisch: 'Pedagogisch',
};

