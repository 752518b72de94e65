import type { ColDef } from 'ag-grid-community';
import type { AchterstalligeEvaluatie, OvereenkomstNaEindeErkenning, OvereenkomstRij } from '../../../../../shared/ama-wvg/overeenkomst.contract';
import { datumKolom, volledigeKop } from '../../../components/kolommen';
import { EINDE_REDEN_OVEREENKOMST_LABELS } from './labels';

/** The participant appears in lists only by initials and masked rijksregisternummer (personal data). */
export const OVEREENKOMST_KOLOMMEN: ColDef<OvereenkomstRij>[] = ([
  { field: 'id', headerName: 'Nr.', minWidth: 80, maxWidth: 100 },
  { field: 'organisatieNaam', headerName: 'Begeleider', flex: 2, minWidth: 220 },
  { field: 'deelnemerInitialen', headerName: 'Deelnemer', minWidth: 110, maxWidth: 130 },
  // Start (the register's order) and end before the rest, so they are in view at 1440 px with the menu.
  datumKolom<OvereenkomstRij>('startdatum', 'Start', { sort: 'desc' }),
  datumKolom<OvereenkomstRij>('einddatum', 'Einde'),
  { field: 'werkpostNaam', headerName: 'Werkpost', flex: 1.5, minWidth: 200 },
  { field: 'erkenningsnummer', headerName: 'Erkenning', minWidth: 190 },
  { field: 'deelnemerInszGemaskeerd', headerName: 'Rijksregisternr.', minWidth: 150 },
  { field: 'eindeReden', headerName: 'Reden einde', minWidth: 150, valueFormatter: (p) => (p.value ? EINDE_REDEN_OVEREENKOMST_LABELS[p.value as keyof typeof EINDE_REDEN_OVEREENKOMST_LABELS] : '') },
  datumKolom<OvereenkomstRij>('laatsteEvaluatie', 'Laatste evaluatie', { minWidth: 160, maxWidth: 180 }),
  { field: 'bron', headerName: 'Bron', minWidth: 110, valueFormatter: (p) => (String(p.value ?? '').startsWith('import') ? 'Import' : 'Manueel') },
] satisfies ColDef<OvereenkomstRij>[] as ColDef<OvereenkomstRij>[]).map(volledigeKop);

export const ACHTERSTALLIG_KOLOMMEN: ColDef<AchterstalligeEvaluatie>[] = [
  ...(OVEREENKOMST_KOLOMMEN.filter((k) => k.field !== 'eindeReden' && k.field !== 'bron') as ColDef<AchterstalligeEvaluatie>[]),
  volledigeKop(datumKolom<AchterstalligeEvaluatie>('evaluatieVerwachtOp', 'Evaluatie verwacht op', { sort: 'asc', minWidth: 180 })),
];

export const NA_EINDE_KOLOMMEN: ColDef<OvereenkomstNaEindeErkenning>[] = [
  ...(OVEREENKOMST_KOLOMMEN.filter((k) => k.field !== 'eindeReden' && k.field !== 'einddatum') as ColDef<OvereenkomstNaEindeErkenning>[]),
  volledigeKop(datumKolom<OvereenkomstNaEindeErkenning>('erkenningGeldigTot', 'Erkenning eindigde', { minWidth: 170 })),
  { field: 'volgendeErkenningsnummer', headerName: 'Nieuwe erkenning', minWidth: 170 },
];

export const overeenkomstRowId = (r: OvereenkomstRij): string => String(r.id);
