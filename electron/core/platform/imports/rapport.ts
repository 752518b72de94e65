/**
 * The validation report of an import: per row and field a Dutch message (errors keep a row out,
 * warnings do not), plus counts and a one-line summary. The types are in shared/platform/import.contract.ts so the
 * renderer can show them.
 */
import type { ImportMelding, ImportRapport } from '../../../../shared/platform/import.contract';
import type { Tabel } from './tabel';
import { aantalMet, formatAantal } from '../../../../shared/kernel/format';

export type { ImportMelding, ImportRapport } from '../../../../shared/platform/import.contract';

export class RapportBouwer {
  private readonly meldingen: ImportMelding[] = [];
  private readonly foutRijen = new Set<number>();
  private fileFout = false;

  fout(rij: number | null, veld: string | null, waarde: string | null, melding: string): void {
    this.meldingen.push({ rij, veld, waarde: waarde === '' ? null : waarde, melding, ernst: 'fout' });
    if (rij === null) this.fileFout = true;
    else this.foutRijen.add(rij);
  }

  /** An error that concerns the whole file (e.g. a missing column, reported on the header row): no row is valid. */
  bestandsfout(rij: number | null, veld: string | null, waarde: string | null, melding: string): void {
    this.meldingen.push({ rij, veld, waarde: waarde === '' ? null : waarde, melding, ernst: 'fout' });
    this.fileFout = true;
  }

  waarschuwing(rij: number | null, veld: string | null, waarde: string | null, melding: string): void {
    this.meldingen.push({ rij, veld, waarde: waarde === '' ? null : waarde, melding, ernst: 'waarschuwing' });
  }

  /** The row has at least one error (or the file as a whole has one). */
  heeftFout(rij: number): boolean {
    return this.fileFout || this.foutRijen.has(rij);
  }

  get heeftBestandsfout(): boolean {
    return this.fileFout;
  }

  maak(meta: { bestandsnaam: string; sha256: string; tabel: Tabel; kolomVolgorde?: string[] }): ImportRapport {
    const { tabel } = meta;
    const aantalRijen = tabel.rijen.length;
    const foutieveRijen = this.fileFout ? aantalRijen : tabel.rijen.filter((r) => this.foutRijen.has(r.rij)).length;
    const geldigeRijen = aantalRijen - foutieveRijen;
    const volgorde = meta.kolomVolgorde ?? [];
    const kolomIndex = (v: string | null) => (v === null ? -1 : volgorde.indexOf(v) === -1 ? volgorde.length : volgorde.indexOf(v));
    const meldingen = [...this.meldingen].sort(
      (a, b) => (a.rij ?? 0) - (b.rij ?? 0) || kolomIndex(a.veld) - kolomIndex(b.veld) || (a.ernst === b.ernst ? 0 : a.ernst === 'fout' ? -1 : 1),
    );
    const fouten = meldingen.filter((m) => m.ernst === 'fout').length;
    const waarschuwingen = meldingen.length - fouten;
    let samenvatting = `${aantalMet(aantalRijen, 'rij', 'rijen')} gelezen: ${formatAantal(geldigeRijen)} geldig, ${formatAantal(foutieveRijen)} met fouten`;
    if (fouten || waarschuwingen) {
      const delen = [fouten ? aantalMet(fouten, 'fout', 'fouten') : '', waarschuwingen ? aantalMet(waarschuwingen, 'waarschuwing', 'waarschuwingen') : ''].filter(Boolean);
      samenvatting += ` (${delen.join(', ')})`;
    }
    samenvatting += '.';
    return {
      bestandsnaam: meta.bestandsnaam,
      sha256: meta.sha256,
      formaat: tabel.formaat,
      scheidingsteken: tabel.scheidingsteken,
      codering: tabel.codering,
      blad: tabel.blad,
      kolommen: tabel.kolommen,
      aantalRijen,
      geldigeRijen,
      foutieveRijen,
      meldingen,
      samenvatting,
    };
  }
}
