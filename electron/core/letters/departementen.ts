import type { Departement } from '../../../shared/platform/medewerker.contract';

/**
 * Letterhead data of the issuing departments.
 *
 * EDITABLE: these are plausible public addresses, kept as constants for now. When the departments
 * confirm their letterhead (or an administrator should be able to change it), move this to
 * parameters/reference data; letters already issued are not affected (their PDF is stored).
 */
export interface DepartementGegevens {
  code: Departement;
  /** First line of the letterhead. */
  overheid: string;
  /** Name of the department as printed. */
  naam: string;
  /** Short name for the footer. */
  kortNaam: string;
  straat: string;
  postcode: string;
  gemeente: string;
  land: string;
  telefoon: string;
  email: string;
  website: string;
  /** Place in "Brussel, 22 november 2026". */
  plaats: string;
  /** Prefix of the document kenmerk, e.g. `ZORG/2026/000123`. */
  kenmerkPrefix: string;
}

export const DEPARTEMENT_GEGEVENS: Readonly<Record<Departement, DepartementGegevens>> = {
  ZORG: {
    code: 'ZORG',
    overheid: 'Vlaamse overheid',
    naam: 'Departement Zorg',
    kortNaam: 'Departement Zorg',
    straat: 'Koning Albert II-laan 35 bus 33',
    postcode: '1030',
    gemeente: 'Brussel',
    land: 'België',
    telefoon: '02 553 33 33',
    email: 'werkenzorg@vlaanderen.be',
    website: 'www.departementzorg.be',
    plaats: 'Brussel',
    kenmerkPrefix: 'ZORG',
  },
  WSE: {
    code: 'WSE',
    overheid: 'Vlaamse overheid',
    naam: 'Departement Werk en Sociale Economie',
    kortNaam: 'Departement WSE',
    straat: 'Koning Albert II-laan 35 bus 20',
    postcode: '1030',
    gemeente: 'Brussel',
    land: 'België',
    telefoon: '02 553 44 33',
    email: 'socialeeconomie@vlaanderen.be',
    website: 'www.vlaanderen.be/werk',
    plaats: 'Brussel',
    kenmerkPrefix: 'WSE',
  },
};

/** Raad van State: address for the appeal for annulment (appeal clause). */
export const RAAD_VAN_STATE = {
  naam: 'Raad van State',
  straat: 'Wetenschapsstraat 33',
  postcode: '1040',
  gemeente: 'Brussel',
  website: 'www.raadvst-consetat.be',
} as const;
