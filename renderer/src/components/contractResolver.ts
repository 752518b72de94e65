import type { FieldValues, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';

/** Error map for the checks a contract schema leaves to zod's defaults (per field path). */
export type Foutmeldingen = (iss: { path?: PropertyKey[] }) => string | undefined;

/**
 * A react-hook-form resolver that converts the form's strings to the API's input and validates with the
 * contract's own schema, so the form shows the same Dutch messages as the core. Values stay raw.
 */
export function contractResolver<W extends FieldValues>(naarInput: (v: W) => unknown, schema: z.ZodType, foutmeldingen?: Foutmeldingen): Resolver<W> {
  const s = z.preprocess((v) => naarInput(v as W), schema);
  return zodResolver(s as never, (foutmeldingen ? { error: foutmeldingen } : undefined) as never, { raw: true }) as unknown as Resolver<W>;
}
