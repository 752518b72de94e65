import type { ColDef } from 'ag-grid-community';
import type { DocumentMeta } from '../../../../shared/letters/brief.contract';
import { datumVanTijdstip } from '../../components/format';
import { briefTypeLabel } from '../../components/labels';
import { verzendStatus } from './verzendStatus';
import { tweeRegelKolom } from '../../components/PaginaGrid';

export const DOCUMENT_KOLOMMEN: ColDef<DocumentMeta>[] = [
  { field: 'kenmerk', headerName: 'Kenmerk', minWidth: 170 },
  {
    field: 'aangemaaktOp',
    headerName: 'Datum',
    minWidth: 120,
    sort: 'desc',
    valueFormatter: (p) => datumVanTijdstip(p.value as string),
    // Filter and search on what the user sees (22/11/2026), sort on the ISO timestamp.
    filterValueGetter: (p) => datumVanTijdstip(p.data?.aangemaaktOp),
    getQuickFilterText: (p) => datumVanTijdstip(p.value as string),
  },
  // Subjects, types and names of one kind start alike ("Voorschot subsidie arbeidsmatige activiteiten …"): two lines
  // show the part that tells them apart (the month, the measure, the maatwerkbedrijf).
  tweeRegelKolom({
    field: 'briefType',
    headerName: 'Type',
    minWidth: 150,
    valueGetter: (p) => (p.data ? briefTypeLabel(p.data.briefType) : ''),
  }),
  tweeRegelKolom({ field: 'onderwerp', headerName: 'Onderwerp', flex: 3, minWidth: 300 }),
  tweeRegelKolom({ field: 'organisatieNaam', headerName: 'Organisatie', flex: 1.5, minWidth: 190 }),
  tweeRegelKolom({
    colId: 'verzonden',
    headerName: 'Verzonden',
    minWidth: 140,
    valueGetter: (p) => (p.data ? verzendStatus(p.data) : ''),
  }),
];

export const documentRowId = (d: DocumentMeta): string => String(d.id);
