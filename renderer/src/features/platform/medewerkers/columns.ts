import type { ColDef } from 'ag-grid-community';
import type { Medewerker } from '../../../../../shared/platform/medewerker.contract';
import { ROL_LABELS } from '../../../../../shared/api/roles';

const jaNee = (v: unknown) => (v ? 'Ja' : 'Nee');

export const MEDEWERKER_KOLOMMEN: ColDef<Medewerker>[] = [
  { field: 'naam', headerName: 'Naam', minWidth: 180, sort: 'asc' },
  { field: 'functie', headerName: 'Functie', minWidth: 160 },
  { field: 'departement', headerName: 'Departement', minWidth: 120, maxWidth: 150 },
  { field: 'dienst', headerName: 'Dienst', minWidth: 160 },
  { field: 'email', headerName: 'E-mail', minWidth: 200 },
  { field: 'telefoon', headerName: 'Telefoon', minWidth: 130 },
  {
    colId: 'rollen',
    headerName: 'Rollen',
    minWidth: 220,
    valueGetter: (p) => (p.data ? p.data.rollen.map((r) => ROL_LABELS[r]).join(', ') || 'geen rol' : ''),
  },
  { field: 'magOndertekenen', headerName: 'Ondertekent', minWidth: 120, maxWidth: 140, valueFormatter: (p) => jaNee(p.value) },
  { field: 'actief', headerName: 'Actief', minWidth: 90, maxWidth: 110, valueFormatter: (p) => jaNee(p.value) },
];

export const medewerkerRowId = (m: Medewerker): string => String(m.id);
