import type { ColDef } from 'ag-grid-community';
import type { Mandaat, SamenwerkingsverbandRij } from '../../../../shared/swv-zorg/register.contract';
import type { OproepRij } from '../../../../shared/swv-zorg/oproep.contract';
import type { TrajectRij } from '../../../../shared/swv-zorg/traject.contract';
import type { CompensatieBegunstigde, CompensatieRun } from '../../../../shared/swv-zorg/compensatie.contract';
import type { Betaling } from '../../../../shared/engines/betaalrun.contract';
import { datumKolom, euroKolom, volledigeKop } from '../../components/kolommen';
import { formatAantal } from '../../components/format';
import { TERUGVORDERING_LABELS } from '../../components/betaalrun/labels';
import { runKolommen } from '../../components/betaalrun/kolommen';
import { OPROEP_FASE, TRAJECT_STATUS } from './labels';

/**
 * A samenwerkingsverband's name, wide enough to read whole: the names start alike ("Samenwerkingsverband Zorg …") and
 * differ at the end, which an ellipsis would hide (as the maatwerkbedrijven's names in the AMA SE lists).
 */
export const swvNaamKolom = <T>(k: ColDef<T>): ColDef<T> => ({ headerName: 'Samenwerkingsverband', flex: 2, minWidth: 380, ...k });

export const MANDAAT_KOLOMMEN: ColDef<Mandaat>[] = ([
  { field: 'regioNaam', headerName: 'Werk- en zorgregio', minWidth: 180, pinned: 'left' },
  swvNaamKolom<Mandaat>({ field: 'swvNaam' }),
  { field: 'aanspreekpuntNaam', headerName: 'Aanspreekpunt', flex: 1, minWidth: 200 },
  { field: 'aantalPartners', headerName: 'Partners', minWidth: 100, type: 'rightAligned' },
  datumKolom<Mandaat>('geldigVan', 'Van'),
  datumKolom<Mandaat>('geldigTot', 'Tot en met'),
  { colId: 'stand', headerName: 'Stand', minWidth: 140, valueGetter: (p) => (p.data?.status === 'ingetrokken' ? 'Ingetrokken' : p.data?.geschorst ? 'Geschorst' : 'Actief') },
  { field: 'ministerieelBesluit', headerName: 'Ministerieel besluit', minWidth: 180, valueFormatter: (p) => (p.value ? String(p.value) : 'nog te registreren') },
] satisfies ColDef<Mandaat>[] as ColDef<Mandaat>[]).map(volledigeKop);

export const SWV_KOLOMMEN: ColDef<SamenwerkingsverbandRij>[] = ([
  swvNaamKolom<SamenwerkingsverbandRij>({ field: 'naam', pinned: 'left', sort: 'asc' }),
  { field: 'aanspreekpuntNaam', headerName: 'Administratief aanspreekpunt', flex: 1, minWidth: 220 },
  { field: 'aantalPartners', headerName: 'Partners', minWidth: 100, type: 'rightAligned' },
  { field: 'regios', headerName: 'Gemandateerd voor', flex: 2, minWidth: 240 },
] satisfies ColDef<SamenwerkingsverbandRij>[] as ColDef<SamenwerkingsverbandRij>[]).map(volledigeKop);

export const OPROEP_KOLOMMEN: ColDef<OproepRij>[] = ([
  { field: 'titel', headerName: 'Oproep', flex: 2, minWidth: 240, pinned: 'left' },
  datumKolom<OproepRij>('indienenVan', 'Indienen vanaf'),
  datumKolom<OproepRij>('indienenTot', 'Indienen tot en met'),
  { colId: 'regios', headerName: "Regio's", minWidth: 90, type: 'rightAligned', valueGetter: (p) => p.data?.regios.length ?? 0 },
  { field: 'aantalAanvragen', headerName: 'Aanvragen', minWidth: 110, type: 'rightAligned' },
  { colId: 'fase', headerName: 'Fase', minWidth: 150, valueGetter: (p) => (p.data ? OPROEP_FASE[p.data.fase].label : '') },
  datumKolom<OproepRij>('mandaatVan', 'Mandaat vanaf'),
] satisfies ColDef<OproepRij>[] as ColDef<OproepRij>[]).map(volledigeKop);

export const TRAJECT_KOLOMMEN: ColDef<TrajectRij>[] = ([
  { field: 'trajectnummer', headerName: 'Traject', minWidth: 130, pinned: 'left' },
  { field: 'deelnemer', headerName: 'Deelnemer', minWidth: 120 },
  { field: 'regioNaam', headerName: 'Regio', minWidth: 150 },
  { field: 'swvNaam', headerName: 'Samenwerkingsverband', flex: 1, minWidth: 200, valueFormatter: (p) => (p.value ? String(p.value) : p.data?.oudeRegeling ? 'vroegere regeling' : 'niet toegewezen') },
  datumKolom<TrajectRij>('datumAanmelding', 'Aanmelding'),
  datumKolom<TrajectRij>('datumTrajectplan', 'Trajectplan'),
  { field: 'status', headerName: 'Status', minWidth: 150, valueFormatter: (p) => TRAJECT_STATUS[p.value as TrajectRij['status']] ?? '' },
  datumKolom<TrajectRij>('einde', 'Einde (art. 21)'),
  euroKolom<TrajectRij>('betaaldCent', 'Betaald'),
] satisfies ColDef<TrajectRij>[] as ColDef<TrajectRij>[]).map(volledigeKop);

type CompBetaling = Betaling<CompensatieBegunstigde>;
export const COMPENSATIE_BETALING_KOLOMMEN: ColDef<CompBetaling>[] = ([
  { field: 'organisatieNaam', headerName: 'Aanspreekpunt', flex: 2, minWidth: 220, pinned: 'left' },
  swvNaamKolom<CompBetaling>({ colId: 'swv', valueGetter: (p) => p.data?.berekening.swvNamen.join(', ') ?? '' }),
  { field: 'aantalLijnen', headerName: 'Trajecten', minWidth: 110, type: 'rightAligned', valueFormatter: (p) => formatAantal(Number(p.value ?? 0)) },
  euroKolom<CompBetaling>('brutoCent', 'Compensatie'),
  euroKolom<CompBetaling>('verminderingCent', 'Al betaald (ander halfjaar)'),
  euroKolom<CompBetaling>('verschuldigdCent', 'Verschuldigd'),
  euroKolom<CompBetaling>('eerderBetaaldCent', 'Eerder betaald'),
  euroKolom<CompBetaling>('saldoCent', 'Saldo', { cellStyle: (p) => ((p.value as number) < 0 ? { color: '#b00020', fontWeight: 600 } : null) }),
  euroKolom<CompBetaling>('teBetalenCent', 'Te betalen'),
  { field: 'terugvordering', headerName: 'Terugvordering', minWidth: 150, valueFormatter: (p) => (p.value ? TERUGVORDERING_LABELS[p.value as keyof typeof TERUGVORDERING_LABELS] : '') },
  { field: 'iban', headerName: 'IBAN', minWidth: 200, valueFormatter: (p) => (p.value ? String(p.value) : 'ontbreekt') },
  { field: 'referentie', headerName: 'Mededeling', minWidth: 230 },
  { colId: 'nota', headerName: 'Berekeningsnota', minWidth: 150, valueGetter: (p) => (p.data?.documentId ? 'Uitgegeven' : '') },
] satisfies ColDef<CompBetaling>[] as ColDef<CompBetaling>[]).map(volledigeKop);

/** The compensation runs: per half-year, paid to each samenwerkingsverband's aanspreekpunt. */
export const COMPENSATIERUN_KOLOMMEN = runKolommen<CompensatieRun>({ periode: 'Halfjaar', begunstigden: 'Aanspreekpunten' });
