import { z } from 'zod';
import { method } from '../api/define';
import { isoDate, regel } from '../api/common';
import { importBestandInput, voorbeeldbestandInput, type ImportResultaat, type Voorbeeldbestand } from '../platform/import.contract';
import type { Erkenning } from './erkenning.contract';

/**
 * Transitional regime (BVR 18 November 2022, art. 72–74): recognitions that existed before
 * 1 January 2024 continue by law for their remaining term; those of onderwijsinstellingen and PAAZ
 * ended on 31 December 2023 (parameter AMA_WVG_EINDE_ONDERWIJS_PAAZ). They enter the register with
 * oorsprong 'overgang', one by one or imported from a CSV/XLSX file.
 */

const id = z.number().int().positive();

export const OVERGANG_KOLOMMEN = ['ondernemingsnummer', 'erkenningsnummer', 'geldig_van', 'geldig_tot'] as const;

export const overgangRegistreerInput = z
  .object({
    organisatieId: id,
    erkenningsnummer: regel(50, 'Vul het erkenningsnummer in.').min(1, { error: 'Vul het erkenningsnummer in.' }),
    geldigVan: isoDate,
    geldigTot: isoDate,
  })
  .refine((v) => v.geldigTot >= v.geldigVan, { path: ['geldigTot'], error: 'De einddatum ligt vóór de begindatum.' });

export interface OvergangImportResultaat extends ImportResultaat {
  /** The recognitions created (empty unless uitkomst = 'geimporteerd'). */
  erkenningIds: number[];
}

export const overgangMethods = {
  'overgang.registreer': method<Erkenning>()({
    input: overgangRegistreerInput,
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving:
      'Een bestaande erkenning van vóór 1 januari 2024 registreren (overgangsregeling, BVR art. 72–74; onderwijsinstelling en PAAZ eindigen op 31/12/2023)',
    mutates: true,
  }),
  'overgang.voorbeeldbestand': method<Voorbeeldbestand>()({
    input: z.object(voorbeeldbestandInput),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving: 'Voorbeeldbestand voor de import van erkenningen onder de overgangsregeling (CSV), met de organisaties van deze databank: geldig of met de gebruikelijke fouten',
  }),
  'overgang.importeer': method<OvergangImportResultaat>()({
    input: z.object(importBestandInput),
    roles: ['zorg-dossierbeheerder', 'beheerder'],
    omschrijving:
      'Bestaande erkenningen (overgangsregeling) importeren uit CSV of XLSX: controleren, alles of niets, of enkel de geldige rijen',
    mutates: true,
  }),
};
