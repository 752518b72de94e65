import { aanvraagRegistreerInput } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import type { Input } from '../../../../../../shared/api/contract';
import { contractResolver, type Foutmeldingen } from '../../../../components/contractResolver';

/** One staff member as typed: a bachelor's degree in a listed field, or years of experience with the target group. */
export interface PersoneelWaarden {
  naam: string;
  insz: string;
  kwalificatie: 'bachelor' | 'ervaring';
  bachelorRichting: string;
  ervaringJaren: string;
}

export interface AanvraagWaarden {
  organisatieId: string;
  ontvangenOp: string;
  kanaal: 'e-loket' | 'email' | 'post' | '';
  uwKenmerk: string;
  hernieuwingVanId: string;
  verzekeringVerklaard: boolean;
  opmerkingen: string;
  personeel: PersoneelWaarden[];
}

export const legePersoon = (): PersoneelWaarden => ({ naam: '', insz: '', kwalificatie: 'bachelor', bachelorRichting: '', ervaringJaren: '' });

export const leegFormulier = (vandaag: string): AanvraagWaarden => ({
  organisatieId: '',
  ontvangenOp: vandaag,
  kanaal: 'e-loket',
  uwKenmerk: '',
  hernieuwingVanId: '',
  verzekeringVerklaard: false,
  opmerkingen: '',
  personeel: [legePersoon()],
});

/** Whole non-negative number from text, or the text itself (then the contract's number check names the field). */
function getal(t: string): number | string | null {
  const s = t.trim();
  if (!s) return null;
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** The form's strings as the API's input (`aanvraag.registreer`). */
export function naarInput(v: AanvraagWaarden): Input<'aanvraag.registreer'> {
  return {
    organisatieId: v.organisatieId ? Number(v.organisatieId) : (undefined as unknown as number),
    soort: 'erkenning-ama-wvg',
    ontvangenOp: v.ontvangenOp,
    kanaal: v.kanaal as 'e-loket',
    uwKenmerk: v.uwKenmerk.trim() || undefined,
    hernieuwingVanId: v.hernieuwingVanId ? Number(v.hernieuwingVanId) : null,
    verzekeringVerklaard: v.verzekeringVerklaard,
    opmerkingen: v.opmerkingen.trim() || undefined,
    personeel: v.personeel.map((p) => ({
      naam: p.naam,
      insz: p.insz,
      bachelorRichting: p.kwalificatie === 'bachelor' ? ((p.bachelorRichting || null) as 'sociaal' | null) : null,
      ervaringJaren: p.kwalificatie === 'ervaring' ? (getal(p.ervaringJaren) as number | null) : null,
    })),
  };
}

/** Messages for the few checks the contract leaves to zod's defaults. */
const foutmeldingen: Foutmeldingen = (iss) => {
  if (iss.path?.[0] === 'organisatieId') return 'Kies de organisatie die de aanvraag indient.';
  if (iss.path?.at(-1) === 'ervaringJaren') return 'Geef het aantal jaren ervaring als geheel getal (0 tot 60).';
  if (iss.path?.[0] === 'hernieuwingVanId') return 'Kies een erkenning van deze organisatie.';
  return undefined;
};

/** The contract's own schema on the converted form values: the same checks and messages as the core. */
export const aanvraagResolver = contractResolver<AanvraagWaarden>(naarInput, aanvraagRegistreerInput, foutmeldingen);
