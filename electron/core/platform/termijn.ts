import { AppError } from '../../../shared/api/errors';
import { berekenTermijn, TermijnError } from '../../../shared/kernel/termijn';
import type { Handlers } from './router';

export const termijnHandlers: Pick<Handlers, 'termijn.bereken'> = {
  'termijn.bereken': (input) => {
    try {
      return berekenTermijn(input);
    } catch (err) {
      if (err instanceof TermijnError) throw AppError.validatie(err.field, err.message);
      throw err;
    }
  },
};
