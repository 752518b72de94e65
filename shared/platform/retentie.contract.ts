import { z } from 'zod';
import { method } from '../api/define';
import { ALLEEN_BEHEERDER } from '../api/roles';
import { isoDate } from '../api/common';
import type { ParameterCode } from './parameter-codes';

/** The parameter with the retention period in years (BVR 18 November 2022, art. 41). */
export const BEWAARTERMIJN_PARAMETER: ParameterCode = 'PERSOONSGEGEVENS_BEWAARTERMIJN';

/** What the retention job did (or, with `proef`, would do). Counts only: no personal data. */
export interface RetentieRapport {
  /** Reference date (default: today). */
  datum: string;
  /** Retention period in years (parameter PERSOONSGEGEVENS_BEWAARTERMIJN on `datum`). */
  bewaartermijnJaren: number;
  /** Participants whose last agreement ended before this day are anonymised. */
  grens: string;
  proef: boolean;
  aantalDeelnemers: number;
  aantalOvereenkomsten: number;
  /** Scanned agreements deleted. */
  aantalScans: number;
  /** Audit entries about them whose values are erased (field names and the fact of the change stay). */
  aantalAuditregels: number;
  /** The oldest last end date among them. */
  oudsteEinddatum: string | null;
  jongsteEinddatum: string | null;
  perBegeleider: { organisatieId: number; organisatieNaam: string; aantalDeelnemers: number }[];
}

export const retentieMethods = {
  'retentie.voerUit': method<RetentieRapport>()({
    input: z.object({ datum: isoDate.optional(), proef: z.boolean().optional() }),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Persoonsgegevens van deelnemers na de bewaartermijn anonimiseren (art. 41); met proef: alleen rapporteren',
    mutates: true,
  }),
};
