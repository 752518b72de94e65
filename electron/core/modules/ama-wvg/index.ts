/**
 * Module AMA WVG (Departement Zorg, BVR art. 42–50, 72–75): recognitions of begeleiders (applications,
 * decisions, renewal, transition, revocation), the register of their agreements and the half-yearly
 * subsidy. This is its public entry: other modules use only what is exported here.
 */
import { defineModule } from '../../module';
import { aanvraagHandlers, aanvraagInbox } from './erkenning/aanvraag';
import { aanvraagBeslissingSoorten, erkenningHandlers, verwerkVerlopenErkenningen } from './erkenning/erkenning';
import { hernieuwingHandlers } from './erkenning/hernieuwing';
import { overgangHandlers } from './erkenning/overgang';
import { erkenningRecht, opheffingProcedure } from './erkenning/opheffing';
import { overeenkomstHandlers } from './overeenkomst/overeenkomst';
import { overeenkomstRegister } from './overeenkomst/controles';
import { subsidieHandlers } from './subsidie/subsidie';
import { subsidieRegeling } from './subsidie/regeling';
import { terugvorderingSoorten } from '../../engines/betaalrun';

const subsidieTerugvordering = terugvorderingSoorten(subsidieRegeling);

export const amaWvgModule = defineModule({
  naam: 'ama-wvg',
  handlers: {
    ...aanvraagHandlers,
    ...erkenningHandlers,
    ...hernieuwingHandlers,
    ...overgangHandlers,
    ...overeenkomstHandlers,
    ...subsidieHandlers,
  },
  rechtSoorten: [erkenningRecht, subsidieTerugvordering.recht],
  procedureSoorten: [opheffingProcedure, subsidieTerugvordering.procedure],
  betaalRegelingen: [subsidieRegeling],
  beslissingSoorten: aanvraagBeslissingSoorten,
  inboxBronnen: [aanvraagInbox],
  deelnameRegisters: [overeenkomstRegister],
  opstartTaken: [
    // Recognitions whose last day has passed become verlopen.
    { methode: 'erkenning.verwerkVervaldagen', voerUit: (call) => void verwerkVerlopenErkenningen(call) },
  ],
});
