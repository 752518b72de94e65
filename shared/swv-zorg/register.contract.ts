import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, type Rol } from '../api/roles';
import { isoDate, regel, tekstvak } from '../api/common';
import { importBestandInput, voorbeeldbestandInput, type ImportResultaat, type Voorbeeldbestand } from '../platform/import.contract';
import type { Beslissing } from '../engines/beslissing.contract';
import type { DocumentMeta } from '../letters/brief.contract';
import type { Gebeurtenis } from '../platform/dossier.contract';

/** Who handles the dossiers of the samenwerkingsverbanden Zorg (Departement Zorg). */
export const SWV_BEHANDELAARS: readonly Rol[] = ['zorg-dossierbeheerder', 'beheerder'];

export const ICF_KEUZES = ['gecertificeerd', 'engagement'] as const;
export type IcfKeuze = (typeof ICF_KEUZES)[number];

export interface SwvPartner {
  id: number;
  organisatieId: number;
  organisatieNaam: string;
  kbo: string;
  typeNaam: string;
  categorie: number;
  van: string;
  tot: string | null;
  expertise: string | null;
  icf: IcfKeuze | null;
  beslissingId: number | null;
}

export interface MandaatHistoriekRij {
  id: number;
  datum: string;
  wat: string;
  beslissingId: number | null;
  toelichting: string;
}

export interface Mandaat {
  id: number;
  swvId: number;
  swvNaam: string;
  regioCode: string;
  regioNaam: string;
  provincieCode: string;
  geldigVan: string;
  geldigTot: string;
  status: 'actief' | 'ingetrokken';
  /** Suspended on the reference date of the list (art. 40). */
  geschorst: boolean;
  ministerieelBesluit: string | null;
  beslissingId: number | null;
  bron: string;
  aanspreekpuntNaam: string;
  aantalPartners: number;
  versie: number;
}

export interface MandaatDetail extends Mandaat {
  historiek: MandaatHistoriekRij[];
  schorsingen: { id: number; van: string; tot: string | null; beslissingId: number | null }[];
}

export interface SamenwerkingsverbandRij {
  id: number;
  naam: string;
  aanspreekpuntId: number;
  aanspreekpuntNaam: string;
  aantalPartners: number;
  /** Region names with a mandate running on the reference date, e.g. "Oost-Limburg, Zuid-West-Limburg". */
  regios: string;
}

export interface Samenwerkingsverband extends SamenwerkingsverbandRij {
  partners: SwvPartner[];
  mandaten: MandaatDetail[];
  beslissingen: Beslissing[];
  documenten: DocumentMeta[];
  tijdlijn: Gebeurtenis[];
  /** Composition shortcomings of today's partners (Dutch), empty when in order. */
  controles: string[];
  versie: number;
}

export interface MandaatImportResultaat extends ImportResultaat {
  samenwerkingsverbanden: number;
  mandaten: number;
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const tekst = (veld: string, min = 5) => tekstvak(4000, `Vul ${veld} in.`).trim().min(min, { error: `Vul ${veld} in (minstens ${min} tekens).` });

export const registerMethods = {
  'swv.list': method<SamenwerkingsverbandRij[]>()({
    input: z.object({ peildatum: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Samenwerkingsverbanden Zorg met hun aanspreekpunt, partners en gemandateerde regio’s',
  }),
  'swv.get': method<Samenwerkingsverband>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een samenwerkingsverband Zorg met partners (en hun bewijzen), mandaten, historiek, beslissingen en brieven',
  }),
  'mandaat.list': method<Mandaat[]>()({
    input: z.object({ peildatum: isoDate.optional(), regioCode: regel(40).optional(), swvId: id.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Register van de mandaten per werk- en zorgregio (op een peildatum)',
  }),
  'mandaat.get': method<MandaatDetail>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een mandaat met zijn historiek en schorsingen',
  }),
  'mandaat.voorbeeldbestand': method<Voorbeeldbestand>()({
    input: z.object(voorbeeldbestandInput),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Voorbeeldbestand voor de import van mandaten (CSV): de volgende mandaatperiode van de samenwerkingsverbanden van deze databank, geldig of met de gebruikelijke fouten',
  }),
  'mandaat.importeer': method<MandaatImportResultaat>()({
    input: z.object({ ...importBestandInput }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Bestaande mandaten samenwerkingsverbanden Zorg importeren (CSV/XLSX, één rij per werk- en zorgregio) met controleverslag',
    mutates: true,
  }),
  'mandaat.bevestig': method<MandaatDetail>()({
    input: z.object({
      id,
      versie: z.number().int().positive(),
      ministerieelBesluit: regel(200, 'Geef de verwijzing naar het ministerieel besluit.').trim().min(5, { error: 'Geef de verwijzing naar het ministerieel besluit (minstens 5 tekens).' }),
    }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'De verwijzing naar het ministerieel besluit dat het mandaat bevestigt registreren (art. 78)',
    mutates: true,
  }),
  'swv.wijzigPartner': method<SwvPartner>()({
    input: z.object({
      partnerId: id,
      expertise: tekstvak(1000).nullable(),
      icf: z.enum(ICF_KEUZES, { error: 'Kies gecertificeerd of engagement.' }).nullable(),
    }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'De bewijzen van een partner bijwerken (deskundigheid art. 12, ICF art. 30)',
    mutates: true,
  }),
  'swv.vervangPartner': method<Beslissing>()({
    input: z.object({
      partnerId: id,
      nieuweOrganisatieId: id,
      datum: isoDate,
      expertise: tekstvak(1000).optional(),
      icf: z.enum(ICF_KEUZES).optional(),
      feiten: tekst('de feiten (waarom de continuïteit in het gedrang is)'),
      rechtsgronden: tekst('de juridische gronden'),
      ondertekenaarId: id.optional(),
    }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Ontwerp van beslissing tot vervanging van een partner (art. 19: de einddatum van het mandaat blijft)',
    mutates: true,
  }),
};
