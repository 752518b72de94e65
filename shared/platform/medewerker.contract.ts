import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, ALLEEN_BEHEERDER, ROLLEN, type Rol } from '../api/roles';
import { regel } from '../api/common';

export const DEPARTEMENTEN = ['ZORG', 'WSE'] as const;
export type Departement = (typeof DEPARTEMENTEN)[number];

export interface Medewerker {
  id: number;
  naam: string;
  functie: string;
  departement: Departement;
  dienst: string;
  email: string;
  telefoon: string;
  magOndertekenen: boolean;
  delegatie: string | null;
  actief: boolean;
  /** The roles a beheerder gave (none: the person signs in but sees nothing). */
  rollen: Rol[];
  /** The identity they sign in with: the OpenID Connect subject, or `os:<account>` on a desktop with its own store. */
  subject: string | null;
  /** Optimistic concurrency: give it back when saving a change. */
  versie: number;
}

export const medewerkerInput = z.object({
  id: z.number().int().positive().optional(),
  naam: regel(200).min(1, { error: 'Vul de naam in.' }),
  functie: regel(200).min(1, { error: 'Vul de functie in.' }),
  departement: z.enum(DEPARTEMENTEN, { error: 'Kies het departement.' }),
  dienst: regel(200).min(1, { error: 'Vul de dienst in.' }),
  email: regel(200).email({ error: 'Geef een geldig e-mailadres.' }),
  telefoon: regel(200).min(1, { error: 'Vul het telefoonnummer in.' }),
  magOndertekenen: z.boolean(),
  delegatie: regel(200).nullable().optional(),
  actief: z.boolean().default(true),
  /** Absent: unchanged (a new staff member: none). A beheerder never changes their own roles (another one does). */
  rollen: z.array(z.enum(ROLLEN, { error: 'Kies een bestaande rol.' })).max(ROLLEN.length).optional(),
  /** The sign-in identity (`sub` claim of the identity provider); absent: unchanged; null or empty: not linked. */
  subject: regel(255).nullable().optional(),
  /** Required with `id`: the version the change started from (a stale one gets CONFLICT). */
  versie: z.number().int().positive().optional(),
});

export const medewerkerMethods = {
  'medewerker.list': method<Medewerker[]>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'Medewerkers (contactpersonen en ondertekenaars in brieven)',
  }),
  'medewerker.save': method<Medewerker>()({
    input: medewerkerInput,
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Medewerker toevoegen of wijzigen',
    mutates: true,
  }),
};
