/**
 * Deadlines of procedures and objections, with their derivation in Dutch. Every period that runs
 * from a letter starts at its notification (`kennisgevingsdatum`: proof of receipt, else deemed
 * receipt of registered mail, else the sent date of an electronic sending; Bestuursdecreet
 * art. II.22–23): until a sending is registered the period has not started.
 *
 * Counting (RULES.md, [assumed] common Flemish pattern): calendar days, the day of the event not
 * counted, the last day moved to the next working day when it is a Saturday, Sunday or holiday.
 */
import { AppError } from '../../../../shared/api/errors';
import type { Beslissing } from '../../../../shared/engines/beslissing.contract';
import type { TijdigheidBeoordeling } from '../../../../shared/engines/bezwaar.contract';
import { berekenTermijn, deemedReceiptMetAfleiding, WERKDAGEN_TOT_ONTVANGST } from '../../../../shared/kernel/termijn';
import { formatDatum } from '../../../../shared/kernel/format';
import type { Sqlite } from '../../../../db/open';
import { geachtOntvangenOp, kennisgevingsdatum, kennisgevingsdatumVan, AANGETEKEND_PARAMETER } from '../../letters/kennisgeving';
import { getDocumentMeta } from '../../letters/store';
import { parameterGetal } from '../../platform/parameter';
import type { ParameterCode } from '../../../../shared/platform/parameter-codes';

const KANAAL: Record<string, string> = {
  aangetekend: 'aangetekend',
  email: 'per e-mail',
  ebox: 'via eBox',
  'e-loket': 'via het e-loket',
};

export interface DatumMetAfleiding {
  datum: string;
  afleiding: string[];
}

/**
 * The notification date of a letter with how it follows from its sendings; null when the letter
 * has not been sent (no sending registered).
 */
export function kennisgevingMetAfleiding(db: Sqlite, documentId: number | null): DatumMetAfleiding | null {
  if (documentId === null) return null;
  const datum = kennisgevingsdatum(db, documentId);
  if (datum === null) return null;
  const doc = getDocumentMeta(db, documentId);
  const metDatum = doc.verzendingen.map((v) => ({ v, d: kennisgevingsdatumVan(db, v) }));
  const gekozen = metDatum.find((x) => x.d === datum)!.v;
  const afleiding: string[] = [];
  const wijze = KANAAL[gekozen.kanaal] ?? gekozen.kanaal;
  if (gekozen.ontvangenOp) {
    afleiding.push(`brief ${doc.kenmerk} ${wijze} verzonden op ${formatDatum(gekozen.verzondenOp)}; ontvangst bewezen op ${formatDatum(gekozen.ontvangenOp)} → kennisgeving op ${formatDatum(datum)}`);
  } else if (gekozen.kanaal === 'aangetekend') {
    const n = parameterGetal(db, AANGETEKEND_PARAMETER, gekozen.verzondenOp);
    if (n === WERKDAGEN_TOT_ONTVANGST) {
      afleiding.push(`brief ${doc.kenmerk}:`, ...deemedReceiptMetAfleiding(gekozen.verzondenOp).afleiding);
    } else {
      afleiding.push(`brief ${doc.kenmerk} aangetekend verzonden op ${formatDatum(gekozen.verzondenOp)}; geacht ontvangen op de ${n}de werkdag daarna: ${formatDatum(geachtOntvangenOp(db, 'aangetekend', gekozen.verzondenOp))}`);
    }
  } else {
    afleiding.push(`brief ${doc.kenmerk} ${wijze} verzonden op ${formatDatum(gekozen.verzondenOp)} → kennisgeving op de verzenddag`);
  }
  if (doc.verzendingen.length > 1) afleiding.push(`${doc.verzendingen.length} verzendingen geregistreerd: de vroegste kennisgeving telt (${formatDatum(datum)})`);
  return { datum, afleiding };
}

/** A period of `dagen` calendar days from the day after `start` (shifted off weekends and holidays). */
export function termijnVanaf(start: string, dagen: number): { vervaldatum: string; afleiding: string[] } {
  return berekenTermijn({ start, dagen, soort: 'kalenderdagen', verschuifNaarWerkdag: true });
}

/** Value of a period parameter on a day, as a Dutch validation error on `veld` when it has none. */
export function termijnDagen(db: Sqlite, code: ParameterCode, datum: string, veld: string): number {
  try {
    return parameterGetal(db, code, datum);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') {
      throw AppError.validatie(veld, `Op ${formatDatum(datum)} gold er geen waarde voor de termijn ${code}. ${err.message}`);
    }
    throw err;
  }
}

/**
 * Was an objection received on `ontvangenOp` against `b` in time? From the notification of the
 * decision letter plus the objection period stated in that letter (`bezwaarTermijnDagen`):
 * Bestuursdecreet art. II.21 (the letter states the remedy and its period); RULES.md day counts.
 *  - the letter stated no objection period → no objection is open → 'niet-open' (onontvankelijk);
 *  - the letter was never sent → the period has not started → 'onbepaald';
 *  - otherwise received on or before the last day (after the shift to a working day) → 'tijdig'.
 */
export function beoordeelTijdigheid(db: Sqlite, b: Beslissing, ontvangenOp: string): TijdigheidBeoordeling {
  const wat = `de beslissing van ${formatDatum(b.beslissingsdatum)}`;
  if (b.bezwaarTermijnDagen === null) {
    return {
      tijdigheid: 'niet-open',
      kennisgevingsdatum: b.documentId ? kennisgevingsdatum(db, b.documentId) : null,
      termijnDagen: null,
      termijnEinde: null,
      toelichting: `Tegen ${wat} staat geen administratief bezwaar open: de brief vermeldde geen bezwaartermijn. Het bezwaar is onontvankelijk.`,
      afleiding: [`${wat} vermeldt geen bezwaarmogelijkheid (geen bezwaartermijn in de brief) → bezwaar staat niet open`],
    };
  }
  const kg = kennisgevingMetAfleiding(db, b.documentId);
  if (!kg) {
    return {
      tijdigheid: 'onbepaald',
      kennisgevingsdatum: null,
      termijnDagen: b.bezwaarTermijnDagen,
      termijnEinde: null,
      toelichting:
        `De verzending van ${wat} is niet geregistreerd: de bezwaartermijn van ${b.bezwaarTermijnDagen} dagen is nog niet beginnen lopen, ` +
        'dus is niet te bepalen of het bezwaar tijdig is. Registreer de verzending van de beslissingsbrief.',
      afleiding: [`${wat}: geen verzending geregistreerd → geen kennisgevingsdatum → de bezwaartermijn loopt nog niet`],
    };
  }
  const r = termijnVanaf(kg.datum, b.bezwaarTermijnDagen);
  const tijdig = ontvangenOp <= r.vervaldatum;
  return {
    tijdigheid: tijdig ? 'tijdig' : 'laattijdig',
    kennisgevingsdatum: kg.datum,
    termijnDagen: b.bezwaarTermijnDagen,
    termijnEinde: r.vervaldatum,
    toelichting: tijdig
      ? `Het bezwaar is tijdig: ontvangen op ${formatDatum(ontvangenOp)}, de bezwaartermijn liep tot en met ${formatDatum(r.vervaldatum)}.`
      : `Het bezwaar is laattijdig: ontvangen op ${formatDatum(ontvangenOp)}, de bezwaartermijn eindigde op ${formatDatum(r.vervaldatum)}.`,
    afleiding: [
      ...kg.afleiding,
      `bezwaartermijn vermeld in de beslissing: ${b.bezwaarTermijnDagen} dagen vanaf de dag na de kennisgeving`,
      ...r.afleiding,
      `bezwaar ontvangen op ${formatDatum(ontvangenOp)} → ${tijdig ? 'tijdig' : 'laattijdig'}`,
    ],
  };
}
