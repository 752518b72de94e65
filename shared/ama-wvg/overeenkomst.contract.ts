import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';
import type { Rol } from '../api/roles';
import { base64Inhoud, isoDate, postcodeVeld, regel, tekstvak } from '../api/common';
import { inszSchema } from './aanvraag.contract';
import { checkKbo } from '../kernel/kbo';
import { paginaVelden, type Pagina, type PaginaKolommen } from '../api/pagina';
import { importBestandInput, voorbeeldbestandInput, type ImportResultaat, type Voorbeeldbestand } from '../platform/import.contract';

/** Who may register and change agreements (Departement Zorg). */
export const OVEREENKOMST_SCHRIJVERS: readonly Rol[] = ['zorg-dossierbeheerder', 'beheerder'];
/** Who may see a participant's full personal data (name, INSZ, birth date) and the scanned agreement. */
export const DEELNEMER_PERSOONSGEGEVENS: readonly Rol[] = ['zorg-dossierbeheerder', 'beheerder'];

export const EINDE_REDENEN_OVEREENKOMST = ['einde-overeenkomst', 'einde-erkenning', 'pensioen', 'andere'] as const;
export type EindeRedenOvereenkomst = (typeof EINDE_REDENEN_OVEREENKOMST)[number];

/** The scanned agreement: PDF, JPG, PNG or TIFF (max. size: parameter AMA_WVG_SCAN_MAX_MB, 10 MB). */
/** Upper bound at the boundary, well above the parameter's 10 MB (which the service checks). */
const SCAN_MAX_BYTES_CONTRACT = 50 * 1024 * 1024;
export const SCAN_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();
const verplicht = (veld: string, max = 200) =>
  regel(max, `Vul ${veld} in.`).min(1, { error: `Vul ${veld} in.` });

export const emailSchema = regel(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'Geef een geldig e-mailadres.' })
  .transform((v) => v || null);

export const locatieInput = z.object({
  straat: verplicht('straat en huisnummer'),
  postcode: postcodeVeld,
  gemeente: verplicht('de gemeente', 100),
});
export type Locatie = z.output<typeof locatieInput>;

/** Empty string or null → no KBO; otherwise a valid ondernemingsnummer. */
const optioneleKbo = regel(20)
  .nullable()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const r = checkKbo(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.melding });
      return z.NEVER;
    }
    return r.kbo;
  });

export const scanInput = z.object({
  bestandsnaam: verplicht('de bestandsnaam', 255),
  mimeType: z.enum(SCAN_MIME_TYPES, { error: 'Een scan is een PDF-, JPG-, PNG- of TIFF-bestand.' }),
  // The service checks the size against parameter AMA_WVG_SCAN_MAX_MB; the contract refuses absurd sizes.
  inhoudBase64: base64Inhoud(SCAN_MAX_BYTES_CONTRACT),
});

const evaluatieInput = z.object({
  datum: isoDate,
  opmerking: tekstvak(2000).optional(),
});

export const overeenkomstRegistreerInput = z.object({
  /** The begeleider (recognised organisation). */
  organisatieId: id,
  erkenningsnummer: verplicht('het erkenningsnummer', 50),
  voornaam: verplicht('de voornaam van de deelnemer', 100),
  achternaam: verplicht('de achternaam van de deelnemer', 100),
  insz: inszSchema,
  werkpostNaam: verplicht('de naam van de werkpost'),
  werkpostKbo: optioneleKbo,
  werkpostLocaties: z.array(locatieInput).min(1, { error: 'Geef minstens één locatie van de werkpost.' }).max(50),
  startdatum: isoDate,
  einddatum: isoDate.nullable().optional(),
  contactEmail: emailSchema.optional(),
  /** Agreement per the official model (mandatory from AMA_WVG_MODELOVEREENKOMST_VANAF, art. 75). */
  modelOvereenkomst: z.boolean({ error: 'Geef aan of de overeenkomst het officiële model volgt.' }),
  /** Declared: no AMA SE, no VAPH dagondersteuning, no begeleid werken at the same time (art. 42). */
  geenCombinatieVerklaard: z.boolean({ error: 'Geef aan of de verklaring (geen combinatie) aanwezig is.' }),
  /** Yearly evaluations already held. */
  evaluaties: z.array(evaluatieInput).max(100).optional(),
  scan: scanInput.optional(),
});

export const overeenkomstWijzigInput = z.object({
  id,
  /** The version the change starts from (optimistic concurrency). */
  versie: z.number().int().positive(),
  /** undefined = unchanged; null = remove the end date. */
  einddatum: isoDate.nullable().optional(),
  eindeReden: z.enum(EINDE_REDENEN_OVEREENKOMST, { error: 'Kies de reden van de beëindiging.' }).optional(),
  werkpostLocaties: z.array(locatieInput).min(1, { error: 'Geef minstens één locatie van de werkpost.' }).max(50).optional(),
  contactEmail: emailSchema.optional(),
  evaluatie: evaluatieInput.optional(),
  reden: tekstvak(500).optional(),
});

export interface Evaluatie {
  id: number;
  datum: string;
  opmerking: string | null;
}

export interface ScanMeta {
  bijlageId: number;
  bestandsnaam: string;
  mimeType: string;
  grootte: number;
  sha256: string;
  toegevoegdOp: string;
}

/** A row of a list: the participant only by initials and masked INSZ (`85.07.30-***.**`). */
export interface OvereenkomstRij {
  id: number;
  organisatieId: number;
  organisatieNaam: string;
  erkenningId: number;
  erkenningsnummer: string;
  erkenningGeldigTot: string;
  erkenningStatus: string;
  deelnemerId: number;
  deelnemerInitialen: string;
  deelnemerInszGemaskeerd: string;
  werkpostNaam: string;
  werkpostKbo: string | null;
  startdatum: string;
  einddatum: string | null;
  /** The last day it really runs: the end date, capped by the recognition's last day. */
  effectiefEinde: string;
  eindeReden: EindeRedenOvereenkomst | null;
  laatsteEvaluatie: string | null;
  /** 'manueel' or 'import:<sha-256 of the file>' */
  bron: string;
  versie: number;
}

/** The register's columns that sort and filter in the database (the participant's are not among them). */
export const OVEREENKOMST_PAGINA = {
  id: 'getal',
  organisatieNaam: 'tekst',
  erkenningsnummer: 'tekst',
  werkpostNaam: 'tekst',
  startdatum: 'datum',
  einddatum: 'datum',
  eindeReden: 'tekst',
  laatsteEvaluatie: 'datum',
  bron: 'tekst',
} as const satisfies PaginaKolommen;

export interface Overeenkomst extends OvereenkomstRij {
  werkpostLocaties: Locatie[];
  contactEmail: string | null;
  modelOvereenkomst: boolean;
  geenCombinatieVerklaard: boolean;
  evaluaties: Evaluatie[];
  scan: ScanMeta | null;
  aangemaaktOp: string;
}

/** The participant detail: full personal data (restricted method). */
export interface DeelnemerDetail {
  id: number;
  insz: string | null;
  voornaam: string | null;
  achternaam: string | null;
  geboortedatum: string | null;
  geboortejaar: number | null;
  geanonimiseerdOp: string | null;
}

export interface DeelnemerHistoriek {
  deelnemer: DeelnemerDetail;
  /** All agreements across begeleiders, oldest first. */
  overeenkomsten: Overeenkomst[];
}

export interface AchterstalligeEvaluatie extends OvereenkomstRij {
  /** 12 months after the last evaluation, or after the start when there was none. */
  evaluatieVerwachtOp: string;
}

export interface OvereenkomstNaEindeErkenning extends OvereenkomstRij {
  erkenningEindeReden: string | null;
  /** The renewed recognition, when there is one (the agreement may be registered again under it). */
  volgendeErkenningsnummer: string | null;
}

/**
 * The result of `overeenkomst.importeer`: the generic import result (report per row and field, with
 * the rijksregisternummer masked in the values) plus what is particular to agreements.
 */
export interface OvereenkomstImportResultaat extends ImportResultaat {
  /** The id of the `job.voortgang` progress events. */
  jobId: string;
  /** Rows already registered (same participant, begeleider, werkpost and start date): skipped with a warning. */
  reedsGeregistreerd: number;
  nieuweDeelnemers: number;
  /** The `bron` of the imported agreements, `import:<first 16 hex of the file's sha-256>` = the audit entry's entiteitId; null when nothing was written. */
  bron: string | null;
  duurMs: number;
}

const lijstFilter = {
  organisatieId: id.optional(),
  limit: z.number().int().min(1).max(200_000).optional(),
};

export const overeenkomstMethods = {
  'overeenkomst.registreer': method<Overeenkomst>()({
    input: overeenkomstRegistreerInput,
    roles: OVEREENKOMST_SCHRIJVERS,
    omschrijving: 'Overeenkomst AMA WVG registreren (deelnemer, werkpost, begeleider; controles art. 42–45 en 75)',
    mutates: true,
  }),
  'overeenkomst.wijzig': method<Overeenkomst>()({
    input: overeenkomstWijzigInput,
    roles: OVEREENKOMST_SCHRIJVERS,
    omschrijving: 'Overeenkomst wijzigen: einddatum, locaties, contact-e-mail of een evaluatie (met versie)',
    mutates: true,
  }),
  'overeenkomst.registreerEvaluatie': method<Overeenkomst>()({
    input: z.object({ id, ...evaluatieInput.shape }),
    roles: OVEREENKOMST_SCHRIJVERS,
    omschrijving: 'Jaarlijkse evaluatie van een overeenkomst registreren',
    mutates: true,
  }),
  'overeenkomst.voegScanToe': method<Overeenkomst>()({
    input: z.object({ id, ...scanInput.shape }),
    roles: OVEREENKOMST_SCHRIJVERS,
    omschrijving: 'Gescande overeenkomst toevoegen of vervangen (PDF/JPG/PNG/TIFF, max. 10 MB)',
    mutates: true,
  }),
  'overeenkomst.scan': method<{ bestandsnaam: string; mimeType: string; grootte: number; sha256: string; inhoudBase64: string }>()({
    input: z.object({ id }),
    roles: DEELNEMER_PERSOONSGEGEVENS,
    omschrijving: 'De gescande overeenkomst openen (bevat persoonsgegevens)',
  }),
  'overeenkomst.get': method<Overeenkomst>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een overeenkomst (deelnemer met initialen en gemaskeerd rijksregisternummer)',
  }),
  'overeenkomst.list': method<OvereenkomstRij[]>()({
    input: z.object({
      ...lijstFilter,
      deelnemerId: id.optional(),
      erkenningId: id.optional(),
      /** Only agreements running on this date (start ≤ date ≤ effective end). */
      actiefOp: isoDate.optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Register van de overeenkomsten AMA WVG (filters: begeleider, deelnemer, erkenning, actief op datum)',
  }),
  'overeenkomst.pagina': method<Pagina<OvereenkomstRij>>()({
    input: z.object({ ...paginaVelden, organisatieId: id.optional(), actiefOp: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Eén bladzijde van het register van de overeenkomsten AMA WVG: gesorteerd, gefilterd en doorzocht in de databank',
  }),
  'overeenkomst.begeleiders': method<{ organisatieId: number; naam: string }[]>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'De organisaties met een erkenning als begeleider (id en naam), voor de keuzelijst boven het register',
  }),
  'overeenkomst.perDeelnemer': method<DeelnemerHistoriek>()({
    input: z
      .object({ insz: inszSchema.optional(), deelnemerId: id.optional() })
      .refine((v) => v.insz !== undefined || v.deelnemerId !== undefined, { path: ['insz'], error: 'Geef het rijksregisternummer of de deelnemer.' }),
    roles: DEELNEMER_PERSOONSGEGEVENS,
    omschrijving: 'Een deelnemer met persoonsgegevens en al zijn overeenkomsten, over de begeleiders heen',
  }),
  'overeenkomst.evaluatiesAchterstallig': method<AchterstalligeEvaluatie[]>()({
    input: z.object({ ...lijstFilter, datum: isoDate.optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Lopende overeenkomsten die langer lopen dan de evaluatieperiode (AMA_WVG_EVALUATIE_INTERVAL) en daarin niet geëvalueerd werden',
  }),
  'overeenkomst.zonderEindeNaEindeErkenning': method<OvereenkomstNaEindeErkenning[]>()({
    input: z.object({ ...lijstFilter }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Overeenkomsten zonder einddatum waarvan de erkenning van de begeleider beëindigd is',
  }),
  'overeenkomst.beeindigBijEindeErkenning': method<{ beeindigd: number }>()({
    input: z.object({ ids: z.array(id).min(1, { error: 'Kies minstens één overeenkomst.' }).max(100_000) }),
    roles: OVEREENKOMST_SCHRIJVERS,
    omschrijving: 'Overeenkomsten zonder einddatum afsluiten op de laatste dag van de beëindigde erkenning',
    mutates: true,
  }),
  'overeenkomst.voorbeeldbestand': method<Voorbeeldbestand>()({
    input: z.object(voorbeeldbestandInput),
    roles: OVEREENKOMST_SCHRIJVERS,
    omschrijving: 'Voorbeeldbestand voor de import van overeenkomsten (CSV), met de erkenningen van deze databank: geldig of met de gebruikelijke fouten',
  }),
  'overeenkomst.importeer': method<OvereenkomstImportResultaat>()({
    input: z.object({
      ...importBestandInput,
      /** Id for the progress events (job.voortgang); generated when omitted. */
      jobId: regel(200).min(1).max(100).optional(),
    }),
    roles: OVEREENKOMST_SCHRIJVERS,
    omschrijving: 'Overeenkomsten importeren uit de e-loketexport (CSV/XLSX) met controleverslag per rij en veld',
    mutates: true,
  }),
};
