/**
 * When was a letter notified? Deadlines that run from notification (appeal, objection, response to
 * an intended decision) start from here (Bestuursdecreet art. II.22–23; RULES.md).
 */
import type { Kanaal } from '../../../shared/letters/brief.contract';
import type { Sqlite } from '../../../db/open';
import { addWorkingDays, deemedReceipt, WERKDAGEN_TOT_ONTVANGST } from '../../../shared/kernel/termijn';
import { parameterGetal } from '../platform/parameter';
import type { ParameterCode } from '../../../shared/platform/parameter-codes';

export const AANGETEKEND_PARAMETER: ParameterCode = 'AANGETEKEND_GEACHT_ONTVANGEN';

/**
 * For registered mail: the day it is deemed received, the n-th working day after posting (n =
 * parameter AANGETEKEND_GEACHT_ONTVANGEN on the posting day, 3 today); null for other channels.
 */
export function geachtOntvangenOp(db: Sqlite, kanaal: string, verzondenOp: string): string | null {
  if (kanaal !== 'aangetekend') return null;
  const n = parameterGetal(db, AANGETEKEND_PARAMETER, verzondenOp);
  // The engine's deemed-receipt function encodes the 3rd working day; another parameter value counts n working days.
  return n === WERKDAGEN_TOT_ONTVANGST ? deemedReceipt(verzondenOp) : addWorkingDays(verzondenOp, n);
}

export interface VerzendingDatums {
  kanaal: Kanaal | string;
  verzondenOp: string;
  ontvangenOp: string | null;
}

/** Notification date of one sending: proof of receipt if known, else deemed receipt (registered mail), else the sent date (electronic channels). */
export function kennisgevingsdatumVan(db: Sqlite, v: VerzendingDatums): string {
  if (v.ontvangenOp) return v.ontvangenOp;
  return geachtOntvangenOp(db, v.kanaal, v.verzondenOp) ?? v.verzondenOp;
}

/**
 * Notification date of a document: per sending as in {@link kennisgevingsdatumVan}; with several
 * sendings (e.g. e-mail and registered mail) the earliest, since the letter was notified from the
 * first of them. Null when the document has not been sent (or does not exist).
 */
export function kennisgevingsdatum(db: Sqlite, documentId: number): string | null {
  const rows = db
    .prepare('SELECT kanaal, verzonden_op AS verzondenOp, ontvangen_op AS ontvangenOp FROM verzending WHERE document_id = ?')
    .all(documentId) as VerzendingDatums[];
  let vroegste: string | null = null;
  for (const r of rows) {
    const d = kennisgevingsdatumVan(db, r);
    if (vroegste === null || d < vroegste) vroegste = d;
  }
  return vroegste;
}
