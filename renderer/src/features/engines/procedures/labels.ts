import type { ProcedureStatus, ProcedureTermijn } from '../../../../../shared/engines/procedure.contract';
import type { BezwaarKanaal, BezwaarStatus, BezwaarUitkomst, Tijdigheid } from '../../../../../shared/engines/bezwaar.contract';

/** Dutch labels and colours of hearing procedures and objections (colour always with text). */

export const PROCEDURE_STATUS: Record<ProcedureStatus, { label: string; kleur: string }> = {
  voornemen: { label: 'Voornemen, nog niet ter kennis', kleur: 'orange' },
  reactietermijn: { label: 'Reactietermijn', kleur: 'blue' },
  hoorzitting: { label: 'Hoorzitting gepland', kleur: 'violet' },
  'te-beslissen': { label: 'Te beslissen', kleur: 'orange' },
  beslist: { label: 'Beslist', kleur: 'green' },
  afgesloten: { label: 'Afgesloten zonder beslissing', kleur: 'gray' },
};

export const TERMIJN_STAND: Record<ProcedureTermijn['stand'], { label: string; kleur: string }> = {
  'loopt-nog-niet': { label: 'Loopt nog niet', kleur: 'gray' },
  loopt: { label: 'Loopt', kleur: 'blue' },
  verstreken: { label: 'Verstreken', kleur: 'red' },
  afgerond: { label: 'Afgerond', kleur: 'gray' },
};

export const TIJDIGHEID: Record<Tijdigheid, { label: string; kleur: string }> = {
  tijdig: { label: 'Tijdig', kleur: 'green' },
  laattijdig: { label: 'Laattijdig', kleur: 'red' },
  onbepaald: { label: 'Nog niet te beoordelen', kleur: 'orange' },
  'niet-open': { label: 'Geen bezwaar mogelijk', kleur: 'gray' },
};

export const BEZWAAR_STATUS: Record<BezwaarStatus, { label: string; kleur: string }> = {
  ingediend: { label: 'In behandeling', kleur: 'blue' },
  beslist: { label: 'Beslist', kleur: 'green' },
};

export const UITKOMST: Record<BezwaarUitkomst, { label: string; uitleg: string }> = {
  bevestigd: { label: 'Bevestigd (bezwaar ongegrond)', uitleg: 'De betwiste beslissing blijft zoals ze is.' },
  herzien: { label: 'Herzien (gedeeltelijk gegrond)', uitleg: 'De betwiste beslissing wordt aangepast, bv. een latere einddatum.' },
  vernietigd: { label: 'Vernietigd (bezwaar gegrond)', uitleg: 'De betwiste beslissing vervalt; het recht wordt hersteld zoals voordien.' },
  onontvankelijk: { label: 'Onontvankelijk', uitleg: 'Het bezwaar is laattijdig of niet ontvankelijk; de beslissing blijft.' },
};

export const BEZWAAR_KANAAL_LABELS: Record<BezwaarKanaal, string> = {
  aangetekend: 'Aangetekende zending',
  'e-loket': 'E-loket',
  email: 'E-mail',
  post: 'Gewone post',
  afgifte: 'Afgifte tegen ontvangstbewijs',
};

/** Procedure kinds the screens can start, per right kind. */
export const PROCEDURE_SOORTEN = { opheffingErkenning: 'opheffing-erkenning' } as const;
