import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { InboxItem } from '../../../../../shared/engines/inbox.contract';
import { formatDatum } from '../../../components/format';
import { dossierKort } from '../../../components/dossier/labels';
import { StatusBadge } from '../../../components/StatusBadge';
import { dagenTekst, urgentieInfo } from './urgentie';

function UrgentieCel(p: ICellRendererParams<InboxItem>) {
  return p.data ? <StatusBadge info={urgentieInfo(p.data)} /> : null;
}

function TermijnCel(p: ICellRendererParams<InboxItem>) {
  if (!p.data?.vervaldatum) return null;
  return (
    <>
      {formatDatum(p.data.vervaldatum)}
      <br />
      {dagenTekst(p.data.dagenResterend)}
    </>
  );
}

const URGENTIE_VOLGORDE = { 'te-laat': 0, binnenkort: 1, 'op-schema': 2, 'geen-termijn': 3 } as const;

export const INBOX_KOLOMMEN: ColDef<InboxItem>[] = [
  {
    colId: 'urgentie',
    headerName: 'Toestand',
    minWidth: 135,
    maxWidth: 180,
    valueGetter: (p) => (p.data ? urgentieInfo(p.data).label : ''),
    comparator: (_a, _b, na, nb) => (na.data && nb.data ? URGENTIE_VOLGORDE[na.data.urgentie] - URGENTIE_VOLGORDE[nb.data.urgentie] : 0),
    cellRenderer: UrgentieCel,
  },
  {
    // The date and, under it, how far off it is ("nog 11 dagen", "236 dagen te laat"): one column, so the deadlines fit
    // whole at 1440 px with the menu (the days were a column of their own, and the last column lay beyond the scroll).
    field: 'vervaldatum',
    headerName: 'Termijn',
    minWidth: 165,
    maxWidth: 180,
    sort: 'asc',
    wrapText: true,
    autoHeight: true,
    // Work without a legal deadline after the dated items, in both directions of sorting.
    comparator: (a: string | null, b: string | null, _na, _nb, desc) => (a === b ? 0 : a === null ? (desc ? -1 : 1) : b === null ? (desc ? 1 : -1) : a.localeCompare(b)),
    valueFormatter: (p) => formatDatum(p.value as string | null),
    cellRenderer: TermijnCel,
    filterValueGetter: (p) => formatDatum(p.data?.vervaldatum ?? null),
    getQuickFilterText: (p) => formatDatum(p.value as string | null),
  },
  { colId: 'dossier', headerName: 'Dossier', minWidth: 150, maxWidth: 200, wrapText: true, autoHeight: true, valueGetter: (p) => (p.data ? dossierKort(p.data.dossierEntiteit, p.data.dossierId) : '') },
  // What is due and for whom wrap onto more lines (the row grows): "Beslissing over de ontvankelijkheid …" told the
  // deadlines of one dossier kind apart only after the ellipsis.
  { field: 'organisatieNaam', headerName: 'Organisatie', flex: 1.5, minWidth: 180, wrapText: true, autoHeight: true },
  { field: 'omschrijving', headerName: 'Wat', flex: 2.5, minWidth: 260, wrapText: true, autoHeight: true },
  // Nobody's yet: the department's (the "Mijn dossiers" filter shows them to everyone of it); an empty cell looked unread.
  { field: 'behandelaar', headerName: 'Behandelaar', minWidth: 140, valueFormatter: (p) => (p.value as string | null) ?? 'niet toegewezen' },
];

export const inboxRowId = (i: InboxItem): string => `${i.dossierEntiteit}-${i.dossierId}-${i.omschrijving}`;
