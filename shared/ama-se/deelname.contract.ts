import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import { isoDate, regel } from '../api/common';
import { paginaVelden, type Pagina, type PaginaKolommen } from '../api/pagina';
import { importBestandInput, voorbeeldbestandInput, type ImportResultaat, type Voorbeeldbestand } from '../platform/import.contract';
import { WSE_BEHANDELAARS, WSE_IMPORTEURS } from './contingent.contract';

/** A begeleidingsovereenkomst AMA SE as the register shows it (the INSZ masked outside the detail). */
export interface SeDeelname {
  id: number;
  organisatieId: number;
  maatwerkbedrijf: string;
  ondernemingsnummer: string;
  deelnemerId: number;
  /** Full INSZ in the detail (`seOvereenkomst.get`, logged); masked in lists. */
  insz: string | null;
  voornaam: string | null;
  achternaam: string | null;
  werkpostKbo: string | null;
  startdatum: string;
  einddatum: string | null;
  vdabBeslissingOp: string | null;
  dimonaIn: string | null;
  dimonaUit: string | null;
  bewijsStartOp: string | null;
  bewijsEindeOp: string | null;
  /** Proofs due one month after the start / the end (art. 68). */
  bewijsStartUiterlijk: string;
  bewijsEindeUiterlijk: string | null;
  /** Dutch flags: late or missing proofs, Dimona dates that do not match, an AMA WVG agreement at the same time. */
  signalen: string[];
  bron: string;
  versie: number;
}

export interface SeDeelnameImportResultaat extends ImportResultaat {
  deelnames: number;
  nieuweDeelnemers: number;
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const kbo = regel(20, 'Geef het ondernemingsnummer van de werkpost.').trim();

/** The register's columns that sort and filter in the database (the participant is not among them). */
export const SE_DEELNAME_PAGINA = {
  maatwerkbedrijf: 'tekst',
  startdatum: 'datum',
  einddatum: 'datum',
  werkpostKbo: 'tekst',
} as const satisfies PaginaKolommen;

export const deelnameMethods = {
  'seOvereenkomst.voorbeeldbestand': method<Voorbeeldbestand>()({
    input: z.object(voorbeeldbestandInput),
    roles: WSE_IMPORTEURS,
    omschrijving: 'Voorbeeldbestand voor de import van begeleidingsovereenkomsten AMA SE (CSV), met de maatwerkbedrijven van deze databank: geldig of met de gebruikelijke fouten',
  }),
  'seOvereenkomst.importeer': method<SeDeelnameImportResultaat>()({
    input: z.object(importBestandInput),
    roles: WSE_IMPORTEURS,
    omschrijving:
      'Begeleidingsovereenkomsten AMA SE inlezen (CSV/XLSX: ondernemingsnummer_maatwerkbedrijf;rijksregisternummer;voornaam;achternaam;startdatum;einddatum;ondernemingsnummer_werkpost)',
    mutates: true,
  }),
  'seOvereenkomst.list': method<SeDeelname[]>()({
    input: z.object({
      organisatieId: id.optional(),
      lopendOp: isoDate.optional(),
      jaar: z.number().int().min(2000).max(2100).optional(),
      metSignaal: z.boolean().optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Begeleidingsovereenkomsten AMA SE (deelnemer met gemaskeerd INSZ), met de signalen (bewijsstukken, Dimona, AMA WVG)',
  }),
  'seOvereenkomst.pagina': method<Pagina<SeDeelname>>()({
    input: z.object({ ...paginaVelden, organisatieId: id.optional(), lopendOp: isoDate.optional(), jaar: z.number().int().min(2000).max(2100).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Eén bladzijde van de begeleidingsovereenkomsten AMA SE, gesorteerd, gefilterd en doorzocht (maatwerkbedrijf, ondernemingsnummers) in de databank, met de signalen',
  }),
  'seOvereenkomst.get': method<SeDeelname>()({
    input: z.object({ id }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Eén begeleidingsovereenkomst AMA SE met de volledige gegevens van de deelnemer (inzage gelogd)',
  }),
  'seOvereenkomst.save': method<SeDeelname>()({
    input: z.object({
      id: id.optional(),
      versie: z.number().int().positive().optional(),
      organisatieId: id,
      insz: regel(20, 'Vul het rijksregisternummer in.').trim().min(11, { error: 'Vul het rijksregisternummer in (11 cijfers).' }),
      voornaam: regel(100, 'Vul de voornaam in.').trim().min(1, { error: 'Vul de voornaam in.' }),
      achternaam: regel(100, 'Vul de achternaam in.').trim().min(1, { error: 'Vul de achternaam in.' }),
      werkpostKbo: kbo.nullable().optional(),
      startdatum: isoDate,
      einddatum: isoDate.nullable().optional(),
      vdabBeslissingOp: isoDate.nullable().optional(),
      dimonaIn: isoDate.nullable().optional(),
      dimonaUit: isoDate.nullable().optional(),
      bewijsStartOp: isoDate.nullable().optional(),
      bewijsEindeOp: isoDate.nullable().optional(),
    }),
    roles: WSE_BEHANDELAARS,
    omschrijving: 'Een begeleidingsovereenkomst AMA SE registreren of wijzigen (einde, Dimona, ontvangst van de bewijsstukken)',
    mutates: true,
  }),
};
