import { z } from 'zod';
import { isoDate } from '../api/common';
import { method } from '../api/define';
import { ALLE_ROLLEN } from '../api/roles';

/**
 * Input of `termijn.bereken`. Mirrors `TermijnInput` in shared/kernel/termijn.ts; the engine checks
 * again (it is also called from code that skips this schema), but here the user gets per-field
 * Dutch messages before anything is computed.
 */
export const termijnBerekenInput = z.object({
  start: isoDate,
  dagen: z
    .number({ error: 'Geef het aantal dagen als getal.' })
    .int({ error: 'Het aantal dagen is een geheel getal.' })
    .min(0, { error: 'Het aantal dagen kan niet negatief zijn.' })
    .max(3650, { error: 'Een termijn telt hoogstens 3650 dagen.' }),
  soort: z.enum(['kalenderdagen', 'werkdagen'], { error: 'Kies kalenderdagen of werkdagen.' }),
  verschuifNaarWerkdag: z.boolean({ error: 'Kies ja of nee.' }).optional(),
  opschortingen: z
    .array(
      z
        .object({ van: isoDate, tot: isoDate })
        .refine((o) => o.tot >= o.van, { path: ['tot'], error: 'Het einde van de opschorting ligt vóór het begin.' }),
      { error: 'Geef de opschortingen als een lijst van periodes.' },
    )
    .optional(),
});

export type TermijnBerekenInput = z.infer<typeof termijnBerekenInput>;

export type TermijnResultaat = { vervaldatum: string; afleiding: string[] };

export const termijnMethods = {
  'termijn.bereken': method<TermijnResultaat>()({
    input: termijnBerekenInput,
    roles: ALLE_ROLLEN,
    omschrijving: 'Vervaldatum van een termijn berekenen, met afleiding (kalender-/werkdagen, opschortingen)',
  }),
};
