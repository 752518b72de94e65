import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AanvraagRij } from '../../../../../shared/ama-wvg/aanvraag.contract';
import type { ErkenningRij } from '../../../../../shared/ama-wvg/erkenning.contract';
import { datumKolom } from '../../../components/kolommen';
import { AANVRAAG_STATUS, EINDE_REDEN_LABELS, ERKENNING_STATUS } from './labels';
import { StatusBadge } from '../../../components/StatusBadge';

const jaNee = (v: unknown) => (v ? 'Ja' : 'Nee');

function AanvraagStatusCel(p: ICellRendererParams<AanvraagRij>) {
  return p.data ? <StatusBadge info={AANVRAAG_STATUS[p.data.status]} /> : null;
}
function ErkenningStatusCel(p: ICellRendererParams<ErkenningRij>) {
  return p.data ? <StatusBadge info={ERKENNING_STATUS[p.data.status]} /> : null;
}

export const AANVRAAG_KOLOMMEN: ColDef<AanvraagRij>[] = [
  { field: 'id', headerName: 'Nr.', minWidth: 80, maxWidth: 100 },
  { field: 'organisatieNaam', headerName: 'Organisatie', flex: 2, minWidth: 200 },
  datumKolom<AanvraagRij>('ontvangenOp', 'Ontvangen op', { sort: 'desc', minWidth: 135, maxWidth: 170 }),
  {
    field: 'status',
    headerName: 'Status',
    minWidth: 140,
    valueGetter: (p) => (p.data ? AANVRAAG_STATUS[p.data.status].label : ''),
    cellRenderer: AanvraagStatusCel,
  },
  datumKolom<AanvraagRij>('volgendeTermijn', 'Volgende termijn', { minWidth: 140, maxWidth: 190 }),
  { colId: 'hernieuwing', headerName: 'Hernieuwing', minWidth: 125, maxWidth: 150, valueGetter: (p) => jaNee(p.data?.hernieuwing) },
  { field: 'behandelaar', headerName: 'Behandelaar', minWidth: 140 },
];
export const aanvraagRowId = (r: AanvraagRij): string => String(r.id);

/**
 * What an officer reads first comes first — the validity (the register is sorted on its end) and the status —, so they
 * are in view at 1440 px with the menu; type, province and enterprise number after them.
 */
export const ERKENNING_KOLOMMEN: ColDef<ErkenningRij>[] = [
  { field: 'erkenningsnummer', headerName: 'Erkenningsnummer', minWidth: 180 },
  { field: 'organisatieNaam', headerName: 'Organisatie', flex: 2, minWidth: 220 },
  datumKolom<ErkenningRij>('geldigVan', 'Geldig van'),
  datumKolom<ErkenningRij>('geldigTot', 'Geldig tot', { sort: 'asc' }),
  {
    field: 'status',
    headerName: 'Status',
    minWidth: 110,
    maxWidth: 140,
    valueGetter: (p) => (p.data ? ERKENNING_STATUS[p.data.status].label : ''),
    cellRenderer: ErkenningStatusCel,
  },
  { field: 'typeNaam', headerName: 'Type', flex: 1.2, minWidth: 170 },
  { field: 'provincieNaam', headerName: 'Provincie', minWidth: 130 },
  {
    field: 'organisatieKbo',
    headerName: 'KBO',
    minWidth: 140,
    getQuickFilterText: (p) => `${p.value} ${String(p.value ?? '').replace(/\./g, '')}`,
  },
  { field: 'eindeReden', headerName: 'Einde reden', minWidth: 150, valueFormatter: (p) => (p.value ? EINDE_REDEN_LABELS[p.value as keyof typeof EINDE_REDEN_LABELS] : '') },
  {
    field: 'hernieuwingAanvraagId',
    headerName: 'Hernieuwing lopend',
    minWidth: 150,
    valueGetter: (p) => (p.data ? (p.data.hernieuwingAanvraagId ? `Ja (aanvraag ${p.data.hernieuwingAanvraagId})` : 'Nee') : ''),
  },
];
export const erkenningRowId = (r: ErkenningRij): string => String(r.id);
