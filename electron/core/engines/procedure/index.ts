/**
 * The hearing/objection engine as a module: the API of the generic hearing procedure (hoorprocedure)
 * and of objections, thin handlers over engine.ts and bezwaar.ts. It knows rights only through what the
 * dossier modules contribute (`rechtSoorten`, `procedureSoorten`, e.g. modules/ama-wvg/erkenning/opheffing.ts).
 * It contributes the decision kinds of every final decision of a procedure and of every objection
 * outcome, and the open procedures and objections to the deadline inbox.
 */
import { defineModule } from '../../module';
import {
  getProcedure,
  listProcedures,
  planHoorzitting,
  registreerReactie,
  sluitZonderBeslissing,
  startProcedure,
  voorbeeldHoorzitting,
  voorbeeldStart,
  stelBeslissingVoor,
  verslagHoorzitting,
  procedureEindbeslissing,
  procedureInbox,
} from './engine';
import { bezwaarBeslissingSoorten, bezwaarHandlers, bezwaarInbox } from './bezwaar';

export const procedureModule = defineModule({
  naam: 'procedure',
  handlers: {
    'procedure.start': (input, call) => startProcedure(call, input),
    'procedure.voorbeeldStart': (input, call) => voorbeeldStart(call, input),
    'procedure.voorbeeldHoorzitting': (input, call) => voorbeeldHoorzitting(call, input),
    'procedure.get': (input, call) => getProcedure(call, input.id),
    'procedure.list': (input, call) => listProcedures(call, input),
    'procedure.registreerReactie': (input, call) => registreerReactie(call, input),
    'procedure.planHoorzitting': (input, call) => planHoorzitting(call, input),
    'procedure.verslagHoorzitting': (input, call) => verslagHoorzitting(call, input),
    'procedure.stelBeslissingVoor': (input, call) => stelBeslissingVoor(call, input),
    'procedure.sluitZonderBeslissing': (input, call) => sluitZonderBeslissing(call, input),
    ...bezwaarHandlers,
  },
  beslissingSoorten: bezwaarBeslissingSoorten,
  beslissingSoortenPerDossier: { procedure: procedureEindbeslissing },
  inboxBronnen: [procedureInbox, bezwaarInbox],
});
