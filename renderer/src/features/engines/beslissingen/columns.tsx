import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { formatDatum } from '../../../components/format';
import { BESLISSING_STATUS, beslissingTypeLabel, dossierKort } from '../../../components/dossier/labels';
import { StatusBadge } from '../../../components/StatusBadge';

/** A decision row with the organisation's name looked up in the register. */
export type BeslissingRij = Beslissing & { organisatieNaam: string };

function StatusCel(p: ICellRendererParams<BeslissingRij>) {
  return p.data ? <StatusBadge info={BESLISSING_STATUS[p.data.status]} /> : null;
}

export const BESLISSING_KOLOMMEN: ColDef<BeslissingRij>[] = [
  { field: 'id', headerName: 'Nr.', minWidth: 90, maxWidth: 100, sort: 'asc' },
  { field: 'type', headerName: 'Beslissing', minWidth: 170, valueGetter: (p) => (p.data ? beslissingTypeLabel(p.data.type) : '') },
  { colId: 'dossier', headerName: 'Dossier', minWidth: 140, maxWidth: 170, valueGetter: (p) => (p.data ? dossierKort(p.data.dossierEntiteit, p.data.dossierId) : '') },
  // Names wrap (the row grows) and the date's header is two words, so the status fits beside them at 1440 px.
  { field: 'organisatieNaam', headerName: 'Organisatie', flex: 2, minWidth: 180, wrapText: true, autoHeight: true },
  {
    field: 'beslissingsdatum',
    headerName: 'Datum beslissing',
    minWidth: 150,
    maxWidth: 190,
    valueFormatter: (p) => formatDatum(p.value as string),
    getQuickFilterText: (p) => formatDatum(p.value as string),
  },
  { field: 'aangemaaktDoor', headerName: 'Opgemaakt door', minWidth: 150, wrapText: true, autoHeight: true },
  { field: 'status', headerName: 'Status', minWidth: 200, valueGetter: (p) => (p.data ? BESLISSING_STATUS[p.data.status].label : ''), cellRenderer: StatusCel },
];

export const beslissingRowId = (b: BeslissingRij): string => String(b.id);
