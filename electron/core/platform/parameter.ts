import { AppError } from '../../../shared/api/errors';
import type { BedragPeriode, Parameter } from '../../../shared/platform/parameter.contract';
import { keuzesTekst, PARAMETER_KEUZES, type ParameterCode } from '../../../shared/platform/parameter-codes';
import type { Handlers } from './router';
import type { CallContext } from './context';
import { eenmaalBereid, type Sqlite } from '../../../db/open';
import { addDays } from '../../../shared/kernel/dates';
import { formatDatum } from '../../../shared/kernel/format';

const SELECT = `SELECT id, code, omschrijving, eenheid, waarde_getal AS waardeGetal, waarde_datum AS waardeDatum,
  geldig_van AS geldigVan, geldig_tot AS geldigTot, wettelijke_basis AS wettelijkeBasis, bron_status AS bronStatus,
  toelichting FROM parameter`;

/** The officer's message when no period of a parameter covers a date (the date as the screens show it). */
const geenWaarde = (code: string, datum: string) =>
  new AppError('NIET_GEVONDEN', `Parameter ${code} heeft geen waarde op ${formatDatum(datum)}. Een beheerder kan ze toevoegen onder Parameters.`);

/** The period of `code` valid on `datum`, or NIET_GEVONDEN. Services read every amount and deadline here. */
export function parameterOp(db: Sqlite, code: ParameterCode, datum: string): Parameter {
  return periodeOp(db, code, datum);
}

/** `parameterOp` for any code, also one an administrator added (the API's `parameter.get`). */
function periodeOp(db: Sqlite, code: string, datum: string): Parameter {
  const row = eenmaalBereid(db, `${SELECT} WHERE code = ? AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?) ORDER BY geldig_van DESC LIMIT 1`)
    .get(code, datum, datum) as Parameter | undefined;
  if (!row) {
    throw geenWaarde(code, datum);
  }
  return row;
}

/** Numeric value (cents, basis points, days…) of a parameter on a date. */
export function parameterGetal(db: Sqlite, code: ParameterCode, datum: string): number {
  const p = parameterOp(db, code, datum);
  if (p.waardeGetal === null) throw new AppError('INTERN', `Parameter ${code} heeft geen getalwaarde.`);
  return p.waardeGetal;
}

/** `parameterGetal`, or null when no period covers the day (a figure shown for information, a year before the scheme). */
export function parameterGetalOfNull(db: Sqlite, code: ParameterCode, datum: string): number | null {
  try {
    return parameterGetal(db, code, datum);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') return null;
    throw err;
  }
}

export function parameterDatum(db: Sqlite, code: ParameterCode, datum: string): string {
  const p = parameterOp(db, code, datum);
  if (p.waardeDatum === null) throw new AppError('INTERN', `Parameter ${code} heeft geen datumwaarde.`);
  return p.waardeDatum;
}

/** The periods of an amount parameter, oldest first; only those that touch `van`…`tot` when given. */
export function bedragPeriodes(db: Sqlite, code: ParameterCode, van = '0000-01-01', tot = '9999-12-31'): BedragPeriode[] {
  return eenmaalBereid(
    db,
    `SELECT geldig_van AS van, geldig_tot AS tot, waarde_getal AS bedragCent FROM parameter
      WHERE code = ? AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?) ORDER BY geldig_van`,
  ).all(code, tot, van) as BedragPeriode[];
}

interface ParameterPeriode {
  code: string;
  waardeGetal: number | null;
  waardeDatum: string | null;
  geldigVan: string;
  geldigTot: string | null;
}

/**
 * The periods of some parameters in memory, for a computation or an import that asks them for many
 * dates (thousands of rows): one query instead of one per row, the same rule as `parameterOp` (the
 * period with the latest start that covers the date wins).
 */
export class ParameterGeheugen<C extends ParameterCode = ParameterCode> {
  private readonly perCode = new Map<string, ParameterPeriode[]>();
  private readonly memo = new Map<string, ParameterPeriode | null>();

  constructor(db: Sqlite, codes: readonly C[]) {
    const rows = db
      .prepare(
        `SELECT code, waarde_getal AS waardeGetal, waarde_datum AS waardeDatum, geldig_van AS geldigVan, geldig_tot AS geldigTot
           FROM parameter WHERE code IN (${codes.map(() => '?').join(', ')}) ORDER BY geldig_van DESC`,
      )
      .all(...codes) as ParameterPeriode[];
    for (const r of rows) {
      const list = this.perCode.get(r.code) ?? [];
      list.push(r);
      this.perCode.set(r.code, list);
    }
  }

  private op(code: C, datum: string): ParameterPeriode | null {
    const key = `${code}|${datum}`;
    let p = this.memo.get(key);
    if (p === undefined) {
      p = (this.perCode.get(code) ?? []).find((r) => r.geldigVan <= datum && (r.geldigTot === null || r.geldigTot >= datum)) ?? null;
      this.memo.set(key, p);
    }
    return p;
  }

  /** The numeric value on a date, or null when no period covers it. */
  getal(code: C, datum: string): number | null {
    return this.op(code, datum)?.waardeGetal ?? null;
  }

  datum(code: C, datum: string): string | null {
    return this.op(code, datum)?.waardeDatum ?? null;
  }

  /** As `parameterGetal`: NIET_GEVONDEN when no period covers the date. */
  verplichtGetal(code: C, datum: string): number {
    const v = this.getal(code, datum);
    if (v === null) throw geenWaarde(code, datum);
    return v;
  }

  verplichtDatum(code: C, datum: string): string {
    const v = this.datum(code, datum);
    if (v === null) throw geenWaarde(code, datum);
    return v;
  }
}

function setParameter(call: CallContext, input: Parameters<Handlers['parameter.set']>[0]): Parameter {
  const db = call.app.sqlite;
  const existing = db.prepare(`${SELECT} WHERE code = ? ORDER BY geldig_van`).all(input.code) as Parameter[];
  const template = existing[existing.length - 1];
  const omschrijving = input.omschrijving ?? template?.omschrijving;
  const eenheid = input.eenheid ?? template?.eenheid;
  if (!omschrijving) throw AppError.validatie('omschrijving', 'Vul de omschrijving in (nieuwe parameter).');
  if (!eenheid) throw AppError.validatie('eenheid', 'Kies een eenheid (nieuwe parameter).');
  if (template && template.eenheid !== eenheid) {
    throw AppError.validatie('eenheid', `Parameter ${input.code} heeft eenheid ${template.eenheid}; die kan niet per periode verschillen.`);
  }
  const isDatum = eenheid === 'datum';
  if (isDatum && !input.waardeDatum) throw AppError.validatie('waardeDatum', 'Vul de datum in.');
  if (!isDatum && (input.waardeGetal === undefined || input.waardeGetal === null)) {
    throw AppError.validatie('waardeGetal', 'Vul de waarde in.');
  }
  const keuzes = PARAMETER_KEUZES[input.code as ParameterCode];
  if (keuzes && !(input.waardeGetal! in keuzes)) {
    throw AppError.validatie('waardeGetal', `Kies een van de codes: ${keuzesTekst(keuzes)}.`);
  }
  if (eenheid === 'kalendermaand' && (input.waardeGetal! < 1 || input.waardeGetal! > 12)) {
    throw AppError.validatie('waardeGetal', 'Geef een maand van 1 (januari) tot 12 (december).');
  }
  if (eenheid === 'jaartal' && (input.waardeGetal! < 1900 || input.waardeGetal! > 2999)) {
    throw AppError.validatie('waardeGetal', 'Geef een jaartal van vier cijfers, bv. 2024.');
  }
  const tot = input.geldigTot ?? null;
  // Periods of one code may not overlap: [van, tot] ∩ [p.van, p.tot] ≠ ∅. One exception makes a new
  // index easy: the open-ended current period that started earlier is closed the day before.
  const overlaps = existing.filter((p) => (tot === null || p.geldigVan <= tot) && (p.geldigTot === null || p.geldigTot >= input.geldigVan));
  const closable = overlaps.length === 1 && overlaps[0].geldigTot === null && overlaps[0].geldigVan < input.geldigVan ? overlaps[0] : null;
  if (overlaps.length > 0 && !closable) {
    const o = overlaps[0];
    throw new AppError(
      'CONFLICT',
      `De periode overlapt met de bestaande periode vanaf ${formatDatum(o.geldigVan)}${o.geldigTot ? ` tot en met ${formatDatum(o.geldigTot)}` : ' (zonder einddatum)'}. ` +
        'Kies een andere periode.',
      [{ veld: 'geldigVan', melding: 'Overlapt met een bestaande periode.' }],
    );
  }
  return call.tx((audit) => {
    if (closable) {
      const dagErvoor = addDays(input.geldigVan, -1);
      db.prepare('UPDATE parameter SET geldig_tot = ? WHERE id = ?').run(dagErvoor, closable.id);
      audit({ entiteit: 'parameter', entiteitId: closable.id, actie: 'gewijzigd', oud: { geldigTot: null }, nieuw: { geldigTot: dagErvoor }, reden: `Afgesloten door nieuwe periode vanaf ${formatDatum(input.geldigVan)}` });
    }
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO parameter (code, omschrijving, eenheid, waarde_getal, waarde_datum, geldig_van, geldig_tot,
           wettelijke_basis, bron_status, toelichting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.code, omschrijving, eenheid, isDatum ? null : input.waardeGetal, isDatum ? input.waardeDatum : null,
        input.geldigVan, tot, input.wettelijkeBasis, input.bronStatus, input.toelichting || null);
    const created = db.prepare(`${SELECT} WHERE id = ?`).get(lastInsertRowid) as Parameter;
    audit({ entiteit: 'parameter', entiteitId: created.id, actie: 'aangemaakt', nieuw: { ...created }, reden: input.reden || null });
    return created;
  });
}

export const parameterHandlers: Pick<Handlers, 'parameter.list' | 'parameter.get' | 'parameter.set'> = {
  'parameter.list': (input, call) =>
    (input.code
      ? call.app.sqlite.prepare(`${SELECT} WHERE code = ? ORDER BY code, geldig_van`).all(input.code)
      : call.app.sqlite.prepare(`${SELECT} ORDER BY code, geldig_van`).all()) as Parameter[],
  'parameter.get': (input, call) => periodeOp(call.app.sqlite, input.code, input.datum),
  'parameter.set': (input, call) => setParameter(call, input),
};
