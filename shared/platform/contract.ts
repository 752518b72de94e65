import { referentieMethods } from './referentie.contract';
import { parameterMethods } from './parameter.contract';
import { termijnMethods } from './termijn.contract';
import { auditMethods } from './audit.contract';
import { medewerkerMethods } from './medewerker.contract';
import { retentieMethods } from './retentie.contract';
import { jobMethods } from './job.contract';
import { backupMethods } from './backup.contract';
import { postcodeMethods } from './postcode.contract';

/** The platform's methods: reference data (and the postcode list), dated parameters, deadlines, audit, staff, retention, long-running jobs, backups. */
export const platformMethods = {
  ...referentieMethods,
  ...parameterMethods,
  ...termijnMethods,
  ...auditMethods,
  ...medewerkerMethods,
  ...retentieMethods,
  ...jobMethods,
  ...backupMethods,
  ...postcodeMethods,
};
