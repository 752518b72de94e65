import { organisatieMethods } from './organisatie.contract';

/** Module organisatie: the organisation register shared by every dossier kind. */
export const organisatieModuleMethods = { ...organisatieMethods };
