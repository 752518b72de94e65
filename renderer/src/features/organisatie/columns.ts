import type { ColDef } from 'ag-grid-community';
import type { OrganisatieRij } from '../../../../shared/organisatie/organisatie.contract';
import { STATUS_LABELS } from '../../components/labels';
import { ONDERNEMINGSNUMMER_KOP } from '../../components/kolommen';

/**
 * Module constant: the grid must not get new column definitions on every render (50,000 rows). The status comes right
 * after name and number, so it is in view at 1440 px with the menu; the least widths add up to what a grid has at 1440 px
 * with the menu, so no column hides to the right there.
 */
export const ORGANISATIE_KOLOMMEN: ColDef<OrganisatieRij>[] = [
  { field: 'naam', headerName: 'Naam', flex: 2, minWidth: 180, sort: 'asc' },
  {
    field: 'kbo',
    headerName: ONDERNEMINGSNUMMER_KOP,
    minWidth: 150,
    // Quick search finds the number with or without dots.
    getQuickFilterText: (p) => `${p.value} ${String(p.value ?? '').replace(/\./g, '')}`,
  },
  {
    field: 'status',
    headerName: 'Status',
    minWidth: 110,
    maxWidth: 140,
    valueFormatter: (p) => (p.value ? STATUS_LABELS[p.value as 'actief' | 'stopgezet'] : ''),
    filterValueGetter: (p) => (p.data ? STATUS_LABELS[p.data.status] : ''),
    getQuickFilterText: () => '',
  },
  { field: 'typeNaam', headerName: 'Type', flex: 1.5, minWidth: 160 },
  { field: 'gemeente', headerName: 'Gemeente', minWidth: 130 },
  { field: 'regioNaam', headerName: 'Regio', minWidth: 140 },
  { field: 'provincieNaam', headerName: 'Provincie', minWidth: 130 },
];

export const organisatieRowId = (r: OrganisatieRij): string => String(r.id);
