import type { ColDef } from 'ag-grid-community';
import type { BetaalRun } from '../../../../shared/engines/betaalrun.contract';
import { euroKolom, volledigeKop } from '../kolommen';
import { datumVanTijdstip, formatAantal } from '../format';
import { periodeLabel, RUN_STATUS_LABELS } from './labels';

/**
 * The columns of a scheme's list of payment runs, in the scheme's own words: its period ("Halfjaar", "Maand", "Jaar")
 * and its payees ("Begeleiders", "Aanspreekpunten", "Maatwerkbedrijven"). Made once per scheme (module constants: a
 * grid rebuilds its columns when the array changes).
 */
export function runKolommen<R extends BetaalRun = BetaalRun>(woorden: { periode: string; begunstigden: string }): ColDef<R>[] {
  return ([
    { field: 'id', headerName: 'Nr.', minWidth: 80, maxWidth: 100 },
    { field: 'periode', headerName: woorden.periode, minWidth: 200, valueFormatter: (p) => periodeLabel(String(p.value ?? '')), sort: 'desc' },
    { field: 'volgnummer', headerName: 'Afrekening', minWidth: 120, maxWidth: 140 },
    { field: 'status', headerName: 'Status', minWidth: 130, valueFormatter: (p) => RUN_STATUS_LABELS[p.value as BetaalRun['status']] ?? '' },
    { field: 'aantalBegunstigden', headerName: woorden.begunstigden, minWidth: 120, type: 'rightAligned', valueFormatter: (p) => formatAantal(Number(p.value ?? 0)) },
    euroKolom<BetaalRun>('totaalCent', 'Verschuldigd'),
    euroKolom<BetaalRun>('teBetalenTotaalCent', 'Te betalen'),
    euroKolom<BetaalRun>('terugTeVorderenCent', 'Terug te vorderen'),
    { field: 'aangemaaktDoor', headerName: 'Berekend door', minWidth: 150 },
    { colId: 'aangemaaktOp', headerName: 'Berekend op', minWidth: 130, valueGetter: (p) => datumVanTijdstip(p.data?.aangemaaktOp) },
    { field: 'goedgekeurdDoor', headerName: 'Goedgekeurd door', minWidth: 160 },
  ] satisfies ColDef<BetaalRun>[] as ColDef<BetaalRun>[]).map(volledigeKop) as unknown as ColDef<R>[];
}
