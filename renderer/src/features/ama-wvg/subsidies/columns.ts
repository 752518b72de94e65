import type { ColDef } from 'ag-grid-community';
import type { SubsidieBetalingRij, SubsidieRun } from '../../../../../shared/ama-wvg/subsidie.contract';
import { euroKolom, volledigeKop } from '../../../components/kolommen';
import { formatAantal } from '../../../components/format';
import { TERUGVORDERING_LABELS } from '../../../components/betaalrun/labels';
import { runKolommen } from '../../../components/betaalrun/kolommen';

/** The half-yearly subsidy runs, their payees the begeleiders. */
export const RUN_KOLOMMEN = runKolommen<SubsidieRun>({ periode: 'Halfjaar', begunstigden: 'Begeleiders' });

export const BETALING_KOLOMMEN: ColDef<SubsidieBetalingRij>[] = ([
  { field: 'organisatieNaam', headerName: 'Begeleider', flex: 2, minWidth: 220, pinned: 'left' },
  { field: 'kbo', headerName: 'KBO', minWidth: 140 },
  { field: 'aantalLijnen', headerName: 'Deelnemers', minWidth: 120, type: 'rightAligned' },
  { field: 'dagen', headerName: 'Dagen', minWidth: 100, type: 'rightAligned', valueFormatter: (p) => formatAantal(Number(p.value ?? 0)) },
  euroKolom<SubsidieBetalingRij>('brutoCent', 'Bruto'),
  euroKolom<SubsidieBetalingRij>('verminderingCent', 'Vermindering (plafond)'),
  euroKolom<SubsidieBetalingRij>('verschuldigdCent', 'Verschuldigd'),
  euroKolom<SubsidieBetalingRij>('eerderBetaaldCent', 'Eerder betaald'),
  euroKolom<SubsidieBetalingRij>('saldoCent', 'Saldo', { cellStyle: (p) => ((p.value as number) < 0 ? { color: '#b00020', fontWeight: 600 } : null) }),
  euroKolom<SubsidieBetalingRij>('verrekendCent', 'Verrekend'),
  euroKolom<SubsidieBetalingRij>('teBetalenCent', 'Te betalen'),
  { field: 'terugvordering', headerName: 'Terugvordering', minWidth: 150, valueFormatter: (p) => (p.value ? TERUGVORDERING_LABELS[p.value as keyof typeof TERUGVORDERING_LABELS] : '') },
  { field: 'iban', headerName: 'IBAN', minWidth: 200, valueFormatter: (p) => (p.value ? String(p.value) : 'ontbreekt') },
  { field: 'referentie', headerName: 'Mededeling', minWidth: 230 },
  { colId: 'nota', headerName: 'Berekeningsnota', minWidth: 150, valueGetter: (p) => (p.data?.documentId ? 'Uitgegeven' : '') },
] satisfies ColDef<SubsidieBetalingRij>[] as ColDef<SubsidieBetalingRij>[]).map(volledigeKop);

