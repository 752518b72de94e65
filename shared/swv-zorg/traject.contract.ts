import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, type Rol } from '../api/roles';
import { isoDate, regel } from '../api/common';
import { paginaVelden, type Pagina, type PaginaKolommen } from '../api/pagina';
import { importBestandInput, voorbeeldbestandInput, type ImportResultaat, type Voorbeeldbestand } from '../platform/import.contract';
import { jobIdInput } from '../engines/betaalrun.contract';
import { TRAJECT_STATUSSEN, type TrajectStatus } from './compensatie';
import { SWV_BEHANDELAARS } from './register.contract';

/** The columns of the VDAB file, in this order (the interface VDAB delivers to). */
export const TRAJECT_KOLOMMEN = [
  'trajectnummer',
  'rijksregisternummer',
  'werk_en_zorgregio',
  'datum_aanmelding',
  'datum_trajectplan',
  'status',
  'datum_einde',
  'datum_eindverslag',
  'datum_eindadvies',
  'reden_einde',
] as const;

/** Who sees a participant's INSZ on a trajectory (lists show initials and birth year only). */
export const TRAJECT_PERSOONSGEGEVENS: readonly Rol[] = SWV_BEHANDELAARS;

export interface TrajectRij {
  id: number;
  trajectnummer: string;
  /** Initials (when the register knows the name) and birth year, e.g. "J.P. (°1985)". */
  deelnemer: string;
  regioCode: string;
  regioNaam: string;
  datumAanmelding: string;
  datumTrajectplan: string | null;
  status: TrajectStatus;
  datumEinde: string | null;
  datumEindverslag: string | null;
  datumEindadvies: string | null;
  redenEinde: string | null;
  swvId: number | null;
  swvNaam: string | null;
  /** Aangemeld before the scheme started (art. 71): never paid by this scheme. */
  oudeRegeling: boolean;
  /** The end in the sense of art. 21 (eindverslag + eindadvies, or the early end), or null. */
  einde: string | null;
  /** Σ compensation paid in approved runs. */
  betaaldCent: number;
}

export interface TrajectDetail extends TrajectRij {
  /** Formatted INSZ, only for the roles that need it (access logged); else masked. */
  insz: string;
  /** How the trajectory was attributed, in Dutch. */
  toewijzing: string;
  historiek: { id: number; gewijzigdOp: string; bron: string; wijzigingen: Record<string, [unknown, unknown]> }[];
  compensaties: { runId: number; periode: string; volgnummer: number; status: string; percentage: number; bedragCent: number; reedsBetaaldCent: number; teBetalenCent: number; reden: string }[];
  versie: number;
}

export interface TrajectImportResultaat extends ImportResultaat {
  jobId: string;
  nieuw: number;
  bijgewerkt: number;
  ongewijzigd: number;
  /** Rows attributed to no samenwerkingsverband (no mandate for the region on the date of aanmelding). */
  zonderMandaat: number;
  oudeRegeling: number;
  bron: string | null;
  duurMs: number;
}

const id = z.number({ error: 'Geef een geldig id.' }).int().positive();

/** The trajectories' columns that sort and filter in the database (the participant and the status label are not among them). */
export const TRAJECT_PAGINA = {
  trajectnummer: 'tekst',
  regioNaam: 'tekst',
  swvNaam: 'tekst',
  datumAanmelding: 'datum',
  datumTrajectplan: 'datum',
  einde: 'datum',
  betaaldCent: 'getal',
} as const satisfies PaginaKolommen;

const trajectFilters = {
  swvId: z.number({ error: 'Geef een geldig id.' }).int().positive().optional(),
  regioCode: regel(40).optional(),
  status: z.enum(TRAJECT_STATUSSEN).optional(),
  aangemeldVan: isoDate.optional(),
  aangemeldTot: isoDate.optional(),
  /** Only trajectories whose art. 21 end falls in the half-year (e.g. 2024-H2). */
  eindeIn: regel(200).regex(/^\d{4}-H[12]$/, { error: 'Geef het halfjaar als JJJJ-H1 of JJJJ-H2.' }).optional(),
};

export const trajectMethods = {
  'traject.voorbeeldbestand': method<Voorbeeldbestand>()({
    input: z.object(voorbeeldbestandInput),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Voorbeeldbestand voor de import van trajectgegevens van VDAB (CSV), met de regio\'s van deze databank: geldig of met de gebruikelijke fouten',
  }),
  'traject.importeer': method<TrajectImportResultaat>()({
    input: z.object({ ...importBestandInput, jobId: jobIdInput }),
    roles: SWV_BEHANDELAARS,
    omschrijving: 'Trajectgegevens van VDAB importeren (CSV/XLSX); een nieuwe import werkt een traject bij op zijn nummer en bewaart de historiek',
    mutates: true,
  }),
  'traject.list': method<TrajectRij[]>()({
    input: z.object({ ...trajectFilters, zoek: regel(50).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Activeringstrajecten met filters (deelnemers met initialen en geboortejaar)',
  }),
  'traject.pagina': method<Pagina<TrajectRij>>()({
    input: z.object({ ...paginaVelden, ...trajectFilters }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Eén bladzijde van de activeringstrajecten, gesorteerd, gefilterd en doorzocht (trajectnummer, regio, samenwerkingsverband) in de databank',
  }),
  'traject.get': method<TrajectDetail>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een activeringstraject met toewijzing, historiek en compensaties (rijksregisternummer enkel voor de behandelaars, gelogd)',
  }),
};
