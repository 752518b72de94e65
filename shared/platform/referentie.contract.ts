import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import type { Rol } from '../api/roles';

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
}

export interface Sessie {
  /** The signed-in staff member's id ("mijn dossiers"); null for the system. */
  medewerkerId: number | null;
  gebruiker: string;
  rol: Rol;
  versie: string;
  schemaVersie: number;
  vandaag: string;
}

export const referentieMethods = {
  'referentie.get': method<Referentiedata>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: "Referentiegegevens: provincies, regio's, organisatietypes",
  }),
  'sessie.get': method<Sessie>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'De aangemelde gebruiker, zijn rol en de versie van de toepassing',
  }),
};
