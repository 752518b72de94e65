import type { EindeRedenOvereenkomst } from '../../../../shared/api/overeenkomst';

export const EINDE_REDEN_OVEREENKOMST_LABELS: Record<EindeRedenOvereenkomst, string> = {
  'einde-overeenkomst': 'Einde overeenkomst',
  'einde-erkenning': 'Einde erkenning',
  pensioen: 'Pensioen',
  andere: 'Andere',
};
