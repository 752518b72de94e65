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
import { hernieuwingHandlers } from './services/hernieuwing';
import { overgangHandlers } from './services/overgang';
import { subsidieHandlers } from './services/subsidie';
import { retentieHandlers } from './services/retentie';
import { overeenkomstHandlers } from './services/overeenkomst';
import { procedureHandlers } from './services/procedure';
import { bezwaarHandlers } from './services/bezwaar';
// Right kinds of the procedure engine (registrations only): revocation of an AMA WVG recognition.
import './services/opheffing';

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
  ...hernieuwingHandlers,
  ...overgangHandlers,
  ...subsidieHandlers,
  ...retentieHandlers,
  ...overeenkomstHandlers,
  ...procedureHandlers,
  ...bezwaarHandlers,
};
