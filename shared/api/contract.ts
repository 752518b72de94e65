import { z } from 'zod';
import type { MethodDef } from './define';
import { zetNederlandseMeldingen } from './common';
import { platformMethods } from '../platform/contract';
import { engineMethods } from '../engines/contract';
import { letterMethods } from '../letters/contract';
import { organisatieModuleMethods } from '../organisatie/contract';
import { amaWvgMethods } from '../ama-wvg/contract';
import { swvZorgMethods } from '../swv-zorg/contract';
import { amaSeMethods } from '../ama-se/contract';
import { rapportMethods } from '../rapport/contract';

// Plain Dutch for checks without a message of their own (never zod's technical wording).
zetNederlandseMeldingen();

/**
 * The one API contract: method name → input schema, output type, roles. The router, both hosts,
 * the renderer's client and the generated method list (GET /api/methods, docs/api.md) derive from it.
 */
export const contract = {
  ...platformMethods,
  ...engineMethods,
  ...letterMethods,
  ...organisatieModuleMethods,
  ...amaWvgMethods,
  ...swvZorgMethods,
  ...amaSeMethods,
  ...rapportMethods,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = NonNullable<Contract[K]['__output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
