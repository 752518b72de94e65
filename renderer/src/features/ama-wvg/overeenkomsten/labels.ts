import type { EindeRedenOvereenkomst } from '../../../../../shared/ama-wvg/overeenkomst.contract';

export const EINDE_REDEN_OVEREENKOMST_LABELS: Record<EindeRedenOvereenkomst, string> = {
  'einde-overeenkomst': 'Einde overeenkomst',
  'einde-erkenning': 'Einde erkenning',
  pensioen: 'Pensioen',
  andere: 'Andere',
};
