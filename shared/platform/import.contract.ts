import { z } from 'zod';
import { base64Inhoud, regel } from '../api/common';

/**
 * Generic file import (CSV/XLSX): the input every import method takes and the validation report it
 * returns. Shared by the transition import of recognitions (overgang.importeer) and later imports
 * (agreements). Reading and checking live in electron/core/platform/imports/.
 */

export const IMPORT_MODI = ['controleer', 'alles-of-niets', 'enkel-geldige'] as const;
/**
 * - `controleer`: check only, write nothing, return the report;
 * - `alles-of-niets`: import every row, or nothing at all when any row has an error;
 * - `enkel-geldige`: import the valid rows and leave the rows with errors out (the officer's explicit choice).
 */
export type ImportModus = (typeof IMPORT_MODI)[number];

/** At most 10 MB of file (base64 is 4/3 of that). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const importBestandInput = {
  bestandsnaam: regel(255, 'Geef de naam van het bestand.')
    .min(1, { error: 'Geef de naam van het bestand.' })
    .regex(/\.(csv|txt|xlsx)$/i, { error: 'Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).' }),
  inhoudBase64: base64Inhoud(IMPORT_MAX_BYTES),
  modus: z.enum(IMPORT_MODI, { error: 'Kies: enkel controleren, alles of niets, of enkel de geldige rijen.' }),
};

export interface ImportMelding {
  /** Row number as in the file (the header is row 1 in a CSV; the sheet's row number in Excel); null: about the whole file. */
  rij: number | null;
  /** Column (the expected column name, e.g. `geldig_van`); null: about the whole row or file. */
  veld: string | null;
  /** The value as read from the file. */
  waarde: string | null;
  /** Dutch, for the officer. */
  melding: string;
  /** An error keeps the row out; a warning does not. */
  ernst: 'fout' | 'waarschuwing';
}

export interface ImportRapport {
  bestandsnaam: string;
  /** Hex SHA-256 of the file bytes. */
  sha256: string;
  formaat: 'csv' | 'xlsx';
  /** CSV: the separator found (`;` as Belgian Excel writes it, `,` or tab). */
  scheidingsteken: string | null;
  /** CSV: `utf-8` or `windows-1252` (Excel's "CSV" on a Belgian Windows). */
  codering: string | null;
  /** XLSX: the sheet read (the first one). */
  blad: string | null;
  /** The column headers as found in the file. */
  kolommen: string[];
  /** Data rows (empty rows not counted). */
  aantalRijen: number;
  geldigeRijen: number;
  foutieveRijen: number;
  /** Sorted by row, then column. */
  meldingen: ImportMelding[];
  /** One Dutch sentence summing it up. */
  samenvatting: string;
}

export interface ImportResultaat {
  modus: ImportModus;
  /**
   * - `gecontroleerd`: mode controleer, nothing written;
   * - `geimporteerd`: rows were written (all, or the valid ones);
   * - `niets-geimporteerd`: nothing written (alles-of-niets with errors, or no valid row).
   */
  uitkomst: 'gecontroleerd' | 'geimporteerd' | 'niets-geimporteerd';
  geimporteerd: number;
  rapport: ImportRapport;
}

/** Sample files of an import (`<soort>.voorbeeldbestand`): one that imports cleanly, one with the typical mistakes. */
export const VOORBEELD_SOORTEN = ['geldig', 'met-fouten'] as const;
export type VoorbeeldSoort = (typeof VOORBEELD_SOORTEN)[number];
export const voorbeeldbestandInput = {
  soort: z.enum(VOORBEELD_SOORTEN, { error: 'Kies een geldig voorbeeld of een met fouten.' }),
};
export interface Voorbeeldbestand {
  bestandsnaam: string;
  inhoudBase64: string;
}
