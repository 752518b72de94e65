import type { Handlers } from './platform/router';
import { referentieHandlers } from './platform/referentie';
import { organisatieHandlers } from './modules/organisatie/organisatie';
import { parameterHandlers } from './platform/parameter';
import { termijnHandlers } from './platform/termijn';
import { auditHandlers } from './platform/audit';
import { medewerkerHandlers } from './platform/medewerker';
import { briefHandlers } from './letters/handlers';
import { inboxHandlers } from './engines/inbox/inbox';
import { aanvraagHandlers } from './modules/ama-wvg/erkenning/aanvraag';
import { beslissingHandlers } from './engines/beslissing/beslissing';
import { erkenningHandlers } from './modules/ama-wvg/erkenning/erkenning';
import { hernieuwingHandlers } from './modules/ama-wvg/erkenning/hernieuwing';
import { overgangHandlers } from './modules/ama-wvg/erkenning/overgang';
import { subsidieHandlers } from './modules/ama-wvg/subsidie/subsidie';
import { retentieHandlers } from './platform/retentie';
import { overeenkomstHandlers } from './modules/ama-wvg/overeenkomst/overeenkomst';
import { procedureHandlers } from './engines/procedure/handlers';
import { bezwaarHandlers } from './engines/procedure/bezwaar';
// Right kinds of the procedure engine (registrations only): revocation of an AMA WVG recognition.
import './modules/ama-wvg/erkenning/opheffing';

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
