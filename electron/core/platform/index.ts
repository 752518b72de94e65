/**
 * The platform as a module: reference data and the session, dated parameters, the deadline calculator,
 * the audit trail with its hash chain, staff, the retention of personal data (also a start-up job) and
 * backups of the store.
 */
import { defineModule } from '../module';
import { referentieHandlers } from './referentie';
import { postcodeHandlers } from './postcode';
import { parameterHandlers } from './parameter';
import { termijnHandlers } from './termijn';
import { auditHandlers } from './audit';
import { medewerkerHandlers } from './medewerker';
import { retentieHandlers, voerRetentieUit } from './retentie';
import { jobHandlers } from './jobs';
import { backupHandlers } from './backup';

export const platformModule = defineModule({
  naam: 'platform',
  handlers: { ...referentieHandlers, ...postcodeHandlers, ...parameterHandlers, ...termijnHandlers, ...auditHandlers, ...medewerkerHandlers, ...retentieHandlers, ...jobHandlers, ...backupHandlers },
  opstartTaken: [
    {
      // Retention of personal data (art. 41): a dry run first, so a start-up with nothing to purge leaves no audit entry.
      methode: 'retentie.voerUit',
      voerUit: (call) => {
        if (voerRetentieUit(call, { proef: true }).aantalDeelnemers > 0) voerRetentieUit(call, {});
      },
    },
  ],
});
