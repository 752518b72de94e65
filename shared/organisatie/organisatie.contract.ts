import { z } from 'zod';
import { paginaVelden, type Pagina, type PaginaKolommen } from '../api/pagina';
import { method } from '../api/define';
import { ALLE_ROLLEN, DOSSIERBEHEERDERS } from '../api/roles';
import { checkKbo } from '../kernel/kbo';
import { checkIban } from '../kernel/iban';
import { isoDate, postcodeVeld, regel, tekstvak } from '../api/common';

const verplicht = (veld: string) => regel(200).min(1, { error: `Vul ${veld} in.` });

export const kboSchema = regel(20, 'Vul het ondernemingsnummer in.')
  .min(1, { error: 'Vul het ondernemingsnummer in.' })
  .transform((v, ctx) => {
    const r = checkKbo(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.melding });
      return z.NEVER;
    }
    return r.kbo;
  });

export const ibanSchema = regel(42)
  .transform((v, ctx) => {
    if (v === '') return null;
    const r = checkIban(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.melding });
      return z.NEVER;
    }
    return r.iban;
  });

const email = regel(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'Geef een geldig e-mailadres.' })
  .transform((v) => v || null);

const optioneleTekst = regel(200)
  .transform((v) => v || null);

export const contactpersoonInput = z.object({
  naam: verplicht('de naam van de contactpersoon'),
  functie: optioneleTekst.optional(),
  email: email.optional(),
  telefoon: optioneleTekst.optional(),
});

export const organisatieVelden = z.object({
  naam: verplicht('de naam'),
  kbo: kboSchema,
  typeCode: regel(40, 'Kies het type organisatie.').min(1, { error: 'Kies het type organisatie.' }),
  straat: verplicht('straat en huisnummer'),
  postcode: postcodeVeld,
  gemeente: verplicht('de gemeente'),
  /** Empty for an organisation in the Brussels-Capital Region (province BRU, no werk- en zorgregio); required elsewhere. */
  regioCode: regel(40)
    .transform((v) => v || null)
    .nullable()
    .optional(),
  iban: ibanSchema.optional(),
  email: email.optional(),
  telefoon: optioneleTekst.optional(),
  contactpersonen: z.array(contactpersoonInput).min(1, { error: 'Voeg minstens één contactpersoon toe.' }),
});
export type OrganisatieVelden = z.input<typeof organisatieVelden>;

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();

export const organisatieUpdateInput = organisatieVelden.extend({
  id,
  versie: z.number().int().positive(),
  status: z.enum(['actief', 'stopgezet']),
  stopgezetOp: isoDate.nullable().optional(),
  reden: tekstvak(500).optional(),
});

export interface Contactpersoon {
  id: number;
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
}

export interface Organisatie {
  id: number;
  naam: string;
  kbo: string;
  typeCode: string;
  typeNaam: string;
  straat: string;
  postcode: string;
  gemeente: string;
  /** Null for an organisation established in the Brussels-Capital Region (no werk- en zorgregio). */
  regioCode: string | null;
  regioNaam: string | null;
  referentieregioCode: string | null;
  referentieregioNaam: string | null;
  /** From the postcode: ANT, LIM, OVL, VBR, WVL or BRU. */
  provincieCode: string;
  provincieNaam: string;
  iban: string | null;
  email: string | null;
  telefoon: string | null;
  status: 'actief' | 'stopgezet';
  stopgezetOp: string | null;
  aangemaaktOp: string;
  gewijzigdOp: string;
  versie: number;
  contactpersonen: Contactpersoon[];
}

/** One grid row: only what the list shows (no contact persons). */
export type OrganisatieRij = Pick<
  Organisatie,
  'id' | 'naam' | 'kbo' | 'typeCode' | 'typeNaam' | 'postcode' | 'gemeente' | 'regioNaam' | 'provincieNaam' | 'status'
>;

/** The register's columns that sort and filter in the database. */
export const ORGANISATIE_PAGINA = {
  naam: 'tekst',
  kbo: 'tekst',
  typeNaam: 'tekst',
  gemeente: 'tekst',
  regioNaam: 'tekst',
  provincieNaam: 'tekst',
} as const satisfies PaginaKolommen;

export const organisatieMethods = {
  'organisatie.create': method<Organisatie>()({
    input: organisatieVelden,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Nieuwe organisatie registreren',
    mutates: true,
  }),
  'organisatie.update': method<Organisatie>()({
    input: organisatieUpdateInput,
    roles: DOSSIERBEHEERDERS,
    omschrijving: 'Gegevens van een organisatie wijzigen (of stopzetten)',
    mutates: true,
  }),
  'organisatie.get': method<Organisatie>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Eén organisatie met haar contactpersonen',
  }),
  'organisatie.pagina': method<Pagina<OrganisatieRij>>()({
    input: z.object({ ...paginaVelden, status: z.enum(['actief', 'stopgezet']).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Eén bladzijde van het register van de organisaties: gesorteerd, gefilterd en doorzocht (naam, ondernemingsnummer met of zonder punten, gemeente) in de databank',
  }),
  'organisatie.list': method<OrganisatieRij[]>()({
    input: z.object({
      zoek: regel(100).optional(),
      status: z.enum(['actief', 'stopgezet']).optional(),
      limit: z.number().int().positive().max(200_000).optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Organisaties (zoeken op naam, ondernemingsnummer of gemeente)',
  }),
};
