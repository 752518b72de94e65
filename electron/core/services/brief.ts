// Placeholder until the letter pipeline lands (being written in parallel).
import type { Handlers } from '../router';
import { AppError } from '../../../shared/api/errors';
const todo = () => { throw new AppError('INTERN', 'Brieven: nog niet beschikbaar.'); };
export const briefHandlers: Pick<Handlers, 'brief.voorbeeld' | 'brief.uitgeven' | 'document.get' | 'document.list' | 'verzending.registreer' | 'verzending.bevestig'> = {
  'brief.voorbeeld': todo, 'brief.uitgeven': todo, 'document.get': todo, 'document.list': todo,
  'verzending.registreer': todo, 'verzending.bevestig': todo,
};
