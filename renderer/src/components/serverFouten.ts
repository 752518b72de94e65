import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiClientError, foutmelding } from '../api/client';

/**
 * Put the field errors of a VALIDATIE/CONFLICT envelope (`details[{veld, melding}]`) on the form
 * fields they name (the first one gets focus) and return the message for the top of the form.
 * `veldNaam` maps an API field path to a form path (null: not a form field).
 */
export function zetServerFouten<T extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<T>,
  veldNaam: (veld: string) => string | null = (v) => v,
): string {
  if (err instanceof ApiClientError) {
    let eerste = true;
    for (const d of err.details) {
      const pad = veldNaam(d.veld);
      if (!pad) continue;
      setError(pad as Path<T>, { type: 'server', message: d.melding }, { shouldFocus: eerste });
      eerste = false;
    }
  }
  return foutmelding(err);
}
