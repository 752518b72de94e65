/** Module AMA SE (Departement WSE): contingents, calls, participations, advances, settlement, evaluation. */
import { contingentMethods } from './contingent.contract';
import { deelnameMethods } from './deelname.contract';
import { geldMethods } from './geld.contract';

export const amaSeMethods = { ...contingentMethods, ...deelnameMethods, ...geldMethods };
