/**
 * Generic import of tables (CSV/XLSX) with a validation report, for every import of the application
 * (transition recognitions now, agreements later). The pattern of an import service:
 *
 *   const b = await leesImportBestand(input);               // bytes, sha-256, rows (throws VALIDATIE when unreadable)
 *   const rapport = new RapportBouwer();
 *   const k = koppelKolommen(b.tabel, SPECS, rapport);       // header → columns; missing column = file error
 *   for (const r of b.tabel.rijen) { … rapport.fout(r.rij, 'veld', waarde, 'Dutch message') … }
 *   const report = rapport.maak({ bestandsnaam, sha256: b.sha256, tabel: b.tabel, kolomVolgorde });
 *   // mode: controleer → return; alles-of-niets → write all or nothing; enkel-geldige → write the valid rows
 *
 * Writing happens in ONE transaction with one audit entry per created record plus one summary entry
 * (file name, sha-256, counts) — see `importSamenvattingAudit`.
 */
import { AppError } from '../../../../shared/api/errors';
import { IMPORT_MAX_BYTES, type ImportModus, type ImportRapport } from '../../../../shared/platform/import.contract';
import { sha256Hex } from '../hash';
import type { AuditInput } from '../audit';
import { leesTabel, type Tabel } from './tabel';
import { aantalMet } from '../../../../shared/kernel/format';

export { leesTabel, parseCsv, decodeerTekst, vindScheidingsteken, celTekst, formaatVan, type Tabel, type TabelRij } from './tabel';
export { koppelKolommen, normaliseerKop, type KolomSpec, type Kolommen } from './kolommen';
export { parseDatum, type Geparst } from './waarden';
export { RapportBouwer, type ImportMelding, type ImportRapport } from './rapport';
export { voorbeeldCsv, vrijeInsz, fouteControle, onbekendeKbo, VOORBEELD_PERSONEN, type VoorbeeldRij } from './voorbeeld';

export interface ImportBestand {
  bestandsnaam: string;
  bytes: Buffer;
  sha256: string;
  tabel: Tabel;
}

/** Base64 (optionally as a data URL) → bytes; refuses anything that is not base64. */
export function decodeerBase64(inhoud: string): Buffer {
  const zuiver = inhoud.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(zuiver) || zuiver.length % 4 === 1) {
    throw AppError.validatie('inhoudBase64', 'De inhoud van het bestand is niet correct doorgegeven (geen base64).');
  }
  const bytes = Buffer.from(zuiver, 'base64');
  if (bytes.length > IMPORT_MAX_BYTES) throw AppError.validatie('inhoudBase64', 'Het bestand is groter dan 10 MB.');
  return bytes;
}

export async function leesImportBestand(input: { bestandsnaam: string; inhoudBase64: string }): Promise<ImportBestand> {
  const bytes = decodeerBase64(input.inhoudBase64);
  const tabel = await leesTabel(input.bestandsnaam, bytes);
  return { bestandsnaam: input.bestandsnaam, bytes, sha256: sha256Hex(bytes), tabel };
}

/** The summary audit entry of an import (one per import that wrote something). */
export function importSamenvattingAudit(
  entiteit: string,
  b: Pick<ImportBestand, 'bestandsnaam' | 'sha256'>,
  modus: ImportModus,
  rapport: ImportRapport,
  /** What the import made, with its noun in the singular and plural for the audit's reason ("12 mandaten aangemaakt"). */
  aangemaakt: { entiteit: string; ids: number[]; naam: readonly [string, string] },
): AuditInput {
  return {
    entiteit,
    entiteitId: b.sha256.slice(0, 16),
    actie: 'geimporteerd',
    nieuw: {
      bestandsnaam: b.bestandsnaam,
      sha256: b.sha256,
      formaat: rapport.formaat,
      modus,
      rijen: rapport.aantalRijen,
      geldig: rapport.geldigeRijen,
      metFouten: rapport.foutieveRijen,
      geimporteerd: aangemaakt.ids.length,
      [`${aangemaakt.entiteit}Ids`]: aangemaakt.ids,
    },
    reden: `Import van "${b.bestandsnaam}" (${modus}): ${aantalMet(aangemaakt.ids.length, ...aangemaakt.naam)} aangemaakt; ${rapport.samenvatting}`,
  };
}
