import { registerMethods } from './register.contract';
import { oproepMethods } from './oproep.contract';
import { trajectMethods } from './traject.contract';
import { compensatieMethods } from './compensatie.contract';

/** Module samenwerkingsverbanden Zorg (Departement Zorg): register and mandates, calls, trajectories, compensation. */
export const swvZorgMethods = {
  ...registerMethods,
  ...oproepMethods,
  ...trajectMethods,
  ...compensatieMethods,
};
