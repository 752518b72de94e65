import { method } from './define';
import { ALLE_ROLLEN } from './roles';
import { termijnBerekenInput, type TermijnResultaat } from './termijn';

export const termijnMethods = {
  'termijn.bereken': method<TermijnResultaat>()({
    input: termijnBerekenInput,
    roles: ALLE_ROLLEN,
    omschrijving: 'Vervaldatum van een termijn berekenen, met afleiding (kalender-/werkdagen, opschortingen)',
  }),
};
