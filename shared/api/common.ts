import { z } from 'zod';

/** A legal date as `YYYY-MM-DD` that exists in the calendar. */
export const isoDate = z
  .string({ error: 'Geef een geldige datum (JJJJ-MM-DD).' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Geef een geldige datum (JJJJ-MM-DD).' })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    { error: 'Deze datum bestaat niet.' },
  );
