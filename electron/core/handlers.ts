import type { Handlers } from './router';
import { referentieHandlers } from './services/referentie';
import { organisatieHandlers } from './services/organisatie';
import { parameterHandlers } from './services/parameter';
import { termijnHandlers } from './services/termijn';
import { auditHandlers } from './services/audit';
import { medewerkerHandlers } from './services/medewerker';
import { briefHandlers } from './services/brief';
import { inboxHandlers } from './services/inbox';
import { aanvraagHandlers } from './services/aanvraag';
import { beslissingHandlers } from './services/beslissing';
import { erkenningHandlers } from './services/erkenning';

/** Every method of the contract mapped to its service; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...referentieHandlers,
  ...organisatieHandlers,
  ...parameterHandlers,
  ...termijnHandlers,
  ...auditHandlers,
  ...medewerkerHandlers,
  ...briefHandlers,
  ...inboxHandlers,
  ...aanvraagHandlers,
  ...beslissingHandlers,
  ...erkenningHandlers,
};
