import type { ColDef } from 'ag-grid-community';
import type { AuditRij } from '../../../../../shared/platform/audit.contract';
import type { Referentiedata } from '../../../../../shared/platform/referentie.contract';
import { ROL_LABELS, type Rol } from '../../../../../shared/api/roles';
import { formatTijdstip } from '../../../components/format';
import { entiteitLabel } from '../../../components/labels';
import { wijzigingCompact } from './wijziging';

/** Built once per reference data (codes → names in the change column). */
export function auditKolommen(ref: Referentiedata | undefined): ColDef<AuditRij>[] {
  return [
    {
      field: 'tijdstip',
      headerName: 'Tijdstip',
      // "04/12/2026 03:44" whole, also in a wide fallback font.
      minWidth: 180,
      sort: 'desc',
      valueFormatter: (p) => formatTijdstip(p.value as string),
      filterValueGetter: (p) => (p.data ? formatTijdstip(p.data.tijdstip) : ''),
      getQuickFilterText: (p) => formatTijdstip(p.value as string),
    },
    { field: 'gebruiker', headerName: 'Gebruiker', minWidth: 140 },
    {
      field: 'rol',
      headerName: 'Rol',
      minWidth: 150,
      valueFormatter: (p) => ROL_LABELS[p.value as Rol] ?? String(p.value ?? ''),
      filterValueGetter: (p) => (p.data ? (ROL_LABELS[p.data.rol as Rol] ?? p.data.rol) : ''),
    },
    { field: 'methode', headerName: 'Methode', minWidth: 170 },
    { field: 'entiteit', headerName: 'Entiteit', minWidth: 170, valueFormatter: (p) => entiteitLabel(String(p.value ?? '')) },
    { field: 'entiteitId', headerName: 'Id', minWidth: 80, maxWidth: 110 },
    { field: 'actie', headerName: 'Actie', minWidth: 140 },
    {
      colId: 'wijziging',
      headerName: 'Wijziging',
      flex: 3,
      minWidth: 320,
      valueGetter: (p) => (p.data ? wijzigingCompact(p.data, ref) : ''),
    },
    { field: 'reden', headerName: 'Reden', flex: 1.5, minWidth: 160 },
  ];
}

export const auditRowId = (r: AuditRij): string => String(r.id);
