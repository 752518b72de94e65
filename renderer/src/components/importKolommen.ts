import type { ColDef } from 'ag-grid-community';
import type { ImportMelding } from '../../../shared/platform/import.contract';

export type MeldingRij = ImportMelding & { nr: number };

export const MELDING_KOLOMMEN: ColDef<MeldingRij>[] = [
  { field: 'rij', headerName: 'Rij', minWidth: 80, maxWidth: 100, sort: 'asc', valueFormatter: (p) => (p.value === null ? 'bestand' : String(p.value)) },
  { field: 'veld', headerName: 'Veld', minWidth: 190 },
  { field: 'waarde', headerName: 'Waarde', minWidth: 160 },
  { field: 'melding', headerName: 'Melding', flex: 3, minWidth: 320, wrapText: true, autoHeight: true },
  { field: 'ernst', headerName: 'Ernst', minWidth: 120, maxWidth: 140, valueFormatter: (p) => (p.value === 'fout' ? 'Fout' : 'Waarschuwing') },
];
