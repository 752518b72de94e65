import type { ColDef } from 'ag-grid-community';
import type { ContingentOverzicht, SeOproep } from '../../../../shared/ama-se/contingent.contract';
import type { SeDeelname } from '../../../../shared/ama-se/deelname.contract';
import type { AfrekeningBegunstigde, AfrekeningRun, EvaluatieRij, VoorschotBegunstigde, VoorschotRun } from '../../../../shared/ama-se/geld.contract';
import type { Betaling } from '../../../../shared/engines/betaalrun.contract';
import { datumKolom, euroKolom, ONDERNEMINGSNUMMER_KOP, volledigeKop } from '../../components/kolommen';
import { formatAantal } from '../../components/format';
import { TERUGVORDERING_LABELS } from '../../components/betaalrun/labels';
import { runKolommen } from '../../components/betaalrun/kolommen';

const decimaal = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '—');
const procent = (n: unknown) => (typeof n === 'number' ? `${decimaal(n)} %` : '—');

/**
 * The maatwerkbedrijf's name, pinned left in every AMA SE list: at least 320 px, because the names start alike
 * ("Maatwerkbedrijf …") and the part that tells them apart came after the ellipsis.
 */
function maatwerkbedrijfKolom<T>(field: keyof T & string, extra: Partial<ColDef<T>> = {}): ColDef<T> {
  return { field: field as unknown as ColDef<T>['field'], headerName: 'Maatwerkbedrijf', flex: 2, minWidth: 320, pinned: 'left', ...extra };
}

export const CONTINGENT_KOLOMMEN: ColDef<ContingentOverzicht>[] = ([
  maatwerkbedrijfKolom<ContingentOverzicht>('naam', { sort: 'asc' }),
  { field: 'ondernemingsnummer', headerName: ONDERNEMINGSNUMMER_KOP, minWidth: 160 },
  { field: 'provincie', headerName: 'Provincie', minWidth: 160 },
  { field: 'plaatsen', headerName: 'Plaatsen', minWidth: 110, type: 'rightAligned' },
  datumKolom<ContingentOverzicht>('sinds', 'Sinds'),
  { field: 'partners', headerName: 'Partners', minWidth: 100, type: 'rightAligned' },
  { field: 'lopendeDeelnames', headerName: 'Lopende deelnames', minWidth: 150, type: 'rightAligned' },
] satisfies ColDef<ContingentOverzicht>[] as ColDef<ContingentOverzicht>[]).map(volledigeKop);

export const SE_OPROEP_KOLOMMEN: ColDef<SeOproep>[] = ([
  { field: 'titel', headerName: 'Oproep', flex: 2, minWidth: 240, pinned: 'left' },
  { field: 'soort', headerName: 'Soort', minWidth: 130, valueFormatter: (p) => (p.value === 'herverdeling' ? 'Herverdeling' : 'Toekenning') },
  { field: 'plaatsen', headerName: 'Plaatsen', minWidth: 100, type: 'rightAligned' },
  datumKolom<SeOproep>('geopendOp', 'Open vanaf'),
  datumKolom<SeOproep>('sluitOp', 'Sluit op'),
  { field: 'aanvragen', headerName: 'Aanvragen', minWidth: 110, type: 'rightAligned' },
  { field: 'gevraagd', headerName: 'Gevraagd', minWidth: 110, type: 'rightAligned' },
  datumKolom<SeOproep>('plaatsenVanaf', 'Plaatsen vanaf'),
] satisfies ColDef<SeOproep>[] as ColDef<SeOproep>[]).map(volledigeKop);

export const DEELNAME_KOLOMMEN: ColDef<SeDeelname>[] = ([
  maatwerkbedrijfKolom<SeDeelname>('maatwerkbedrijf'),
  { colId: 'deelnemer', headerName: 'Deelnemer', minWidth: 180, valueGetter: (p) => `${p.data?.voornaam ?? ''} ${p.data?.achternaam ?? ''}`.trim() },
  { field: 'insz', headerName: 'INSZ', minWidth: 150 },
  datumKolom<SeDeelname>('startdatum', 'Start'),
  datumKolom<SeDeelname>('einddatum', 'Einde'),
  { field: 'werkpostKbo', headerName: 'Werkpost', minWidth: 140 },
  { colId: 'signalen', headerName: 'Signalen', flex: 3, minWidth: 320, wrapText: true, autoHeight: true, valueGetter: (p) => p.data?.signalen.join(' ') ?? '' },
] satisfies ColDef<SeDeelname>[] as ColDef<SeDeelname>[]).map(volledigeKop);

type VBetaling = Betaling<VoorschotBegunstigde>;
type ABetaling = Betaling<AfrekeningBegunstigde>;

const betaalKolommen = <T extends Betaling>(): ColDef<T>[] => [
  euroKolom<T>('eerderBetaaldCent' as keyof T & string, 'Eerder afgerekend'),
  euroKolom<T>('saldoCent' as keyof T & string, 'Saldo', { cellStyle: (p) => ((p.value as number) < 0 ? { color: '#b00020', fontWeight: 600 } : null) }),
  euroKolom<T>('teBetalenCent' as keyof T & string, 'Te betalen'),
  { field: 'terugvordering' as never, headerName: 'Terugvordering', minWidth: 150, valueFormatter: (p) => (p.value ? TERUGVORDERING_LABELS[p.value as keyof typeof TERUGVORDERING_LABELS] : '') },
  { field: 'iban' as never, headerName: 'IBAN', minWidth: 200, valueFormatter: (p) => (p.value ? String(p.value) : 'ontbreekt') },
  { field: 'referentie' as never, headerName: 'Mededeling', minWidth: 230 },
  { colId: 'nota', headerName: 'Nota', minWidth: 120, valueGetter: (p) => (p.data?.documentId ? 'Uitgegeven' : '') },
];

export const VOORSCHOT_BETALING_KOLOMMEN: ColDef<VBetaling>[] = ([
  maatwerkbedrijfKolom<VBetaling>('organisatieNaam'),
  { colId: 'plaatsen', headerName: 'Plaatsen (maand)', minWidth: 140, type: 'rightAligned', valueGetter: (p) => p.data?.berekening.plaatsen, valueFormatter: (p) => decimaal(p.value) },
  euroKolom<VBetaling>('verschuldigdCent', 'Voorschot'),
  ...betaalKolommen<VBetaling>(),
] satisfies ColDef<VBetaling>[] as ColDef<VBetaling>[]).map(volledigeKop);

export const AFREKENING_BETALING_KOLOMMEN: ColDef<ABetaling>[] = ([
  maatwerkbedrijfKolom<ABetaling>('organisatieNaam'),
  { colId: 'contingent', headerName: 'Contingent', minWidth: 120, type: 'rightAligned', valueGetter: (p) => p.data?.berekening.contingentPlaatsen, valueFormatter: (p) => decimaal(p.value) },
  { colId: 'dagen', headerName: 'Deelnemersdagen', minWidth: 150, type: 'rightAligned', valueGetter: (p) => p.data?.berekening.deelnemersdagen, valueFormatter: (p) => formatAantal(Number(p.value ?? 0)) },
  { colId: 'jaren', headerName: 'Deelnemersjaren', minWidth: 140, type: 'rightAligned', valueGetter: (p) => p.data?.berekening.deelnemersjaren, valueFormatter: (p) => decimaal(p.value) },
  { colId: 'graad', headerName: 'Invullingsgraad', minWidth: 140, type: 'rightAligned', valueGetter: (p) => p.data?.berekening.bezettingsgraad, valueFormatter: (p) => procent(p.value) },
  euroKolom<ABetaling>('brutoCent', 'Subsidie'),
  euroKolom<ABetaling>('verminderingCent', 'Voorschotten'),
  ...betaalKolommen<ABetaling>(),
] satisfies ColDef<ABetaling>[] as ColDef<ABetaling>[]).map(volledigeKop);

export const EVALUATIE_KOLOMMEN: ColDef<EvaluatieRij>[] = ([
  maatwerkbedrijfKolom<EvaluatieRij>('naam'),
  { field: 'contingentPlaatsen', headerName: 'Contingent (gemiddeld)', minWidth: 150, type: 'rightAligned', valueFormatter: (p) => decimaal(p.value) },
  { field: 'deelnemersjaren', headerName: 'Deelnemersjaren', minWidth: 140, type: 'rightAligned', valueFormatter: (p) => decimaal(p.value) },
  { field: 'bezettingsgraad', headerName: 'Invullingsgraad', minWidth: 140, type: 'rightAligned', valueFormatter: (p) => procent(p.value) },
  { field: 'verminderingPlaatsen', headerName: 'Vermindering', minWidth: 120, type: 'rightAligned' },
  { field: 'nieuwContingent', headerName: 'Nieuw contingent', minWidth: 140, type: 'rightAligned' },
  datumKolom<EvaluatieRij>('ingangsdatum', 'Vanaf'),
  // One line with the whole computation as tooltip: wrapped, it made every row several lines high for a column that is
  // mostly outside the view (the decision letter states it in full).
  { field: 'uitleg', headerName: 'Waarom', flex: 3, minWidth: 420 },
  { field: 'beslissingStatus', headerName: 'Beslissing', minWidth: 150, valueFormatter: (p) => (p.value === 'ontwerp' ? 'Wacht op goedkeuring' : p.value === 'uitgegeven' ? 'Uitgegeven' : '') },
] satisfies ColDef<EvaluatieRij>[] as ColDef<EvaluatieRij>[]).map(volledigeKop);

/** The runs of the advances per month and of the settlement per year, both paid to the maatwerkbedrijven. */
export const VOORSCHOTRUN_KOLOMMEN = runKolommen<VoorschotRun>({ periode: 'Maand', begunstigden: 'Maatwerkbedrijven' });
export const AFREKENINGRUN_KOLOMMEN = runKolommen<AfrekeningRun>({ periode: 'Jaar', begunstigden: 'Maatwerkbedrijven' });
