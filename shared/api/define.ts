import type { z } from 'zod';
import type { Rol } from './roles';

/**
 * One API method: its input schema (validated at the boundary), its output type (phantom) and the
 * roles allowed to call it. `mutates` marks methods that write (they always produce audit entries).
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  roles: readonly Rol[];
  omschrijving: string;
  mutates: boolean;
  /** Phantom field carrying the output type; never set at run time. */
  readonly __output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(def: { input: I; roles: readonly Rol[]; omschrijving: string; mutates?: boolean }) =>
    ({ ...def, mutates: def.mutates ?? false }) as MethodDef<I, O>;
}
