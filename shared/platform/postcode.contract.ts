import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, ALLEEN_BEHEERDER } from '../api/roles';
import { regel } from '../api/common';
import { importBestandInput, voorbeeldbestandInput, type ImportResultaat, type Voorbeeldbestand } from './import.contract';

/**
 * Belgian postcodes (bpost's list of places, loaded by a beheerder): the organisation form derives the municipality and
 * the werk- en zorgregio from the postcode and warns when they do not match (issue 15, point 12).
 */

/** The columns of the file, in this order: bpost's postcode, place and municipality, plus the department's region. */
export const POSTCODE_KOLOMMEN = ['postcode', 'plaatsnaam', 'gemeente', 'werk_en_zorgregio'] as const;

export interface PostcodePlaats {
  postcode: string;
  plaatsnaam: string;
  gemeente: string;
  /** Null: in Brussels, outside Flanders, or not set by the department. */
  regioCode: string | null;
}

export interface PostcodeStand {
  plaatsen: number;
  postcodes: number;
  metRegio: number;
}

export interface PostcodeImportResultaat extends ImportResultaat {
  /** Places in the list after the import (the file replaces the whole list). */
  plaatsen: number;
}

export const postcodeMethods = {
  'postcode.zoek': method<PostcodePlaats[]>()({
    input: z.object({ postcode: regel(4, 'Geef de postcode.').regex(/^\d{4}$/, { error: 'Een Belgische postcode telt vier cijfers.' }) }),
    roles: ALLE_ROLLEN,
    omschrijving: 'De plaatsen van een postcode met hun gemeente en werk- en zorgregio (leeg als de lijst ze niet kent)',
  }),
  'postcode.stand': method<PostcodeStand>()({
    input: z.object({}),
    roles: ALLE_ROLLEN,
    omschrijving: 'Hoeveel postcodes en plaatsen de lijst telt, en hoeveel met een werk- en zorgregio',
  }),
  'postcode.importeer': method<PostcodeImportResultaat>()({
    input: z.object(importBestandInput),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'De lijst van postcodes inlezen (CSV/XLSX: postcode;plaatsnaam;gemeente;werk_en_zorgregio); het bestand vervangt de hele lijst',
    mutates: true,
  }),
  'postcode.voorbeeldbestand': method<Voorbeeldbestand>()({
    input: z.object(voorbeeldbestandInput),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Voorbeeldbestand voor de lijst van postcodes (CSV): geldig of met de gebruikelijke fouten',
  }),
};
