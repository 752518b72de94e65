import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { ALLEEN_BEHEERDER, type Rol } from '../api/roles';
import { regel, tekstvak } from '../api/common';

export interface Referentiedata {
  provincies: { code: string; naam: string }[];
  referentieregios: { code: string; naam: string; provincieCode: string }[];
  regios: { code: string; naam: string; referentieregioCode: string; provincieCode: string }[];
  aangrenzend: [string, string][];
  organisatieTypes: {
    code: string;
    naam: string;
    amaWvgErkenbaar: boolean;
    amaWvgErkenbaarTot: string | null;
    swvZorgCategorie: number | null;
  }[];
  /** The yearly objective of activeringstrajecten per werk- en zorgregio (2024 from the sources, later years set by a beheerder). */
  objectieven: RegioObjectief[];
}

export interface RegioObjectief {
  regioCode: string;
  jaar: number;
  objectief: number;
  bron: string;
  gewijzigdOp: string;
}

/** Objectives before this year come from the sources and are not changed in the app. */
export const OBJECTIEF_BEWERKBAAR_VANAF = 2025;

export type AanmeldModus = 'desktop' | 'team' | 'ontwikkeling';

export interface Sessie {
  /** The signed-in staff member's id ("mijn dossiers"); null for the system. */
  medewerkerId: number | null;
  gebruiker: string;
  /** The role the call acted in (the first of `rollen`). */
  rol: Rol;
  /** Every role a beheerder gave this person; empty: signed in, but nothing is allowed yet. */
  rollen: Rol[];
  /**
   * How the identity was established: `desktop` (the operating-system account, own store), `team` (signed in at the
   * identity provider, team server), `ontwikkeling` (declared on the command line of the development host: not proven).
   */
  modus: AanmeldModus;
  versie: string;
  schemaVersie: number;
  vandaag: string;
}

export const referentieMethods = {
  'referentie.get': method<Referentiedata>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: "Referentiegegevens: provincies, regio's, organisatietypes, objectieven per regio en jaar",
  }),
  'referentie.zetObjectieven': method<RegioObjectief[]>()({
    input: z.object({
      jaar: z.number({ error: 'Geef het jaar.' }).int().min(OBJECTIEF_BEWERKBAAR_VANAF, { error: `De objectieven tot en met ${OBJECTIEF_BEWERKBAAR_VANAF - 1} komen uit de bronnen en worden niet gewijzigd.` }).max(2199),
      objectieven: z
        .array(z.object({ regioCode: regel(40).min(1), objectief: z.number({ error: 'Geef het objectief als geheel aantal trajecten.' }).int({ error: 'Geef het objectief als geheel aantal trajecten.' }).min(0, { error: 'Een objectief kan niet negatief zijn.' }).max(100_000) }))
        .min(1, { error: 'Geef minstens één objectief.' })
        .max(50),
      bron: tekstvak(500, 'Geef de bron: de beslissing of het document waarin de objectieven staan.').min(5, { error: 'Geef de bron: de beslissing of het document waarin de objectieven staan (minstens 5 tekens).' }),
    }),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Objectieven activeringstrajecten per werk- en zorgregio voor een jaar vastleggen (vanaf 2025; met bron)',
    mutates: true,
  }),
  'sessie.get': method<Sessie>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'De aangemelde gebruiker, zijn rollen, hoe hij aangemeld is en de versie van de toepassing',
  }),
};
