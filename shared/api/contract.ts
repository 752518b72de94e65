import { z } from 'zod';
import type { MethodDef } from './define';
import { organisatieMethods } from './organisatie';
import { referentieMethods } from './referentie';
import { auditMethods } from './audit';
import { parameterMethods } from './parameter';
import { medewerkerMethods } from './medewerker';
import { briefMethods } from './brief';
import { termijnMethods } from './termijn-methods';
import { aanvraagMethods } from './aanvraag';
import { beslissingMethods } from './beslissing';
import { erkenningMethods } from './erkenning';
import { inboxMethods } from './inbox';
import { hernieuwingMethods } from './hernieuwing';
import { overgangMethods } from './overgang';
import { subsidieMethods } from './subsidie';
import { retentieMethods } from './retentie';
import { overeenkomstMethods } from './overeenkomst';
import { procedureMethods } from './procedure';
import { bezwaarMethods } from './bezwaar';

// Zod's own messages (for checks without a custom message) in Dutch.
z.config(z.locales.nl());

/**
 * The one API contract: method name → input schema, output type, roles. The router, both hosts,
 * the renderer's client and the generated method list (GET /api/methods, docs/api.md) derive from it.
 */
export const contract = {
  ...referentieMethods,
  ...organisatieMethods,
  ...parameterMethods,
  ...termijnMethods,
  ...auditMethods,
  ...medewerkerMethods,
  ...briefMethods,
  ...aanvraagMethods,
  ...beslissingMethods,
  ...erkenningMethods,
  ...inboxMethods,
  ...hernieuwingMethods,
  ...overgangMethods,
  ...subsidieMethods,
  ...retentieMethods,
  ...overeenkomstMethods,
  ...procedureMethods,
  ...bezwaarMethods,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = NonNullable<Contract[K]['__output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
