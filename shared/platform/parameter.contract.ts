import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, ALLEEN_BEHEERDER } from '../api/roles';
import { isoDate, regel, tekstvak } from '../api/common';

/** `jaartal`: a year (2024); `kalendermaand`: a month of the year, 1–12 (3 = maart). */
export const EENHEDEN = ['cent', 'basispunt', 'kalenderdagen', 'werkdagen', 'maanden', 'jaren', 'aantal', 'jaartal', 'kalendermaand', 'datum'] as const;
export type Eenheid = (typeof EENHEDEN)[number];
export const BRON_STATUSSEN = ['seed', 'law', 'official', 'assumed'] as const;
export type BronStatus = (typeof BRON_STATUSSEN)[number];

export interface Parameter {
  id: number;
  code: string;
  omschrijving: string;
  eenheid: Eenheid;
  /** Integer in the unit (cents, basis points, days…); null for a date parameter. */
  waardeGetal: number | null;
  waardeDatum: string | null;
  geldigVan: string;
  geldigTot: string | null;
  wettelijkeBasis: string;
  bronStatus: BronStatus;
  toelichting: string | null;
}

/** One validity period of an amount parameter (cents), for computations that span several periods. */
export interface BedragPeriode {
  van: string;
  tot: string | null;
  bedragCent: number;
}

export const parameterSetInput = z
  .object({
    code: regel(200).min(1, { error: 'Vul de code in.' }).regex(/^[A-Z0-9_]+$/, {
      error: 'Een code bestaat uit hoofdletters, cijfers en _.',
    }),
    omschrijving: tekstvak(4000).min(1, { error: 'Vul de omschrijving in.' }).optional(),
    eenheid: z.enum(EENHEDEN, { error: 'Kies een eenheid.' }).optional(),
    waardeGetal: z.number({ error: 'Geef een getal.' }).int({ error: 'Geef een geheel getal (bedragen in eurocent).' }).nullable().optional(),
    waardeDatum: isoDate.nullable().optional(),
    geldigVan: isoDate,
    geldigTot: isoDate.nullable().optional(),
    wettelijkeBasis: tekstvak(4000).min(1, { error: 'Vul de wettelijke basis in.' }),
    bronStatus: z.enum(BRON_STATUSSEN, { error: 'Kies de bron (seed, law, official, assumed).' }),
    toelichting: tekstvak(4000).optional(),
    reden: tekstvak(4000).optional(),
  })
  .refine((v) => !v.geldigTot || v.geldigTot >= v.geldigVan, {
    path: ['geldigTot'],
    error: '"Geldig tot" ligt vóór "geldig van".',
  });

export const parameterMethods = {
  'parameter.list': method<Parameter[]>()({
    input: z.object({ code: regel(200).optional() }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Alle parameters met hun geldigheidsperiodes',
  }),
  'parameter.get': method<Parameter>()({
    input: z.object({ code: regel(200).min(1), datum: isoDate }),
    roles: ALLE_ROLLEN,
    omschrijving: 'De waarde van een parameter op een datum',
  }),
  'parameter.set': method<Parameter>()({
    input: parameterSetInput,
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Nieuwe geldigheidsperiode voor een parameter (overlappende periodes worden geweigerd)',
    mutates: true,
  }),
};
