/**
 * API of the generic hearing procedure (hoorprocedure): thin handlers over the engine
 * (electron/core/engines/procedure/engine.ts). Which rights it can act on is registered elsewhere
 * (e.g. services/opheffing.ts for the revocation of an AMA WVG recognition).
 */
import type { Handlers } from '../../platform/router';
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
} from './engine';

export const procedureHandlers: Pick<
  Handlers,
  | 'procedure.start'
  | 'procedure.voorbeeldStart'
  | 'procedure.voorbeeldHoorzitting'
  | 'procedure.get'
  | 'procedure.list'
  | 'procedure.registreerReactie'
  | 'procedure.planHoorzitting'
  | 'procedure.verslagHoorzitting'
  | 'procedure.stelBeslissingVoor'
  | 'procedure.sluitZonderBeslissing'
> = {
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
};
