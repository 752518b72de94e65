/**
 * The half-yearly AMA WVG subsidy (BVR 18 November 2022, art. 50) as a scheme of the payment-run engine.
 * The engine runs the pipeline (proposal, saldo against earlier runs, four-eyes approval, statements,
 * payment file, recovery); this file says what the subsidy pays for:
 *
 * - **Computation** (`berekenRun`): per begeleider and participant the days guided in the half-year
 *   (for H2 the whole year, settled over the year) from the agreements register, limited to the
 *   begeleider's recognitions, times the dated yearly amount, with the budget cap. The rules are pure
 *   functions in shared/ama-wvg/subsidie.ts.
 * - **Lines**: one `subsidie_lijn` per run, begeleider and participant, with its computation.
 * - **Statement**: the berekeningsnota per begeleider (berekeningsnota.ts).
 * - **Recovery**: wording and periods of art. 50 (objection to the Departement Zorg).
 */
import { AppError } from '../../../../../shared/api/errors';
import type { BegeleiderBerekening, RunBerekening, SubsidieLijn } from '../../../../../shared/ama-wvg/subsidie.contract';
import {
  AFRONDINGSREGEL,
  afrondenOpCent,
  begeleiderBedrag,
  berekenLijnCijfers,
  berekenPlafond,
  deelnemerLabel,
  GeenBedragFout,
  HALFJAARREGEL,
  lijnTeksten,
  parseHalfjaar,
  segmentTekst,
  segmenten,
  type BedragPeriode,
  type Halfjaar,
  type Interval,
  type LijnBerekening,
  type LijnCijfers,
  type OpenInterval,
} from '../../../../../shared/ama-wvg/subsidie';
import { addMonths } from '../../../../../shared/kernel/dates';
import { formatDatum, formatDatumLang } from '../../../../../shared/kernel/format';
import type { Periode } from '../../../../../shared/kernel/periode';
import type { Sqlite } from '../../../../../db/open';
import type { CallContext } from '../../../platform/context';
import { bedragPeriodes, parameterGetal } from '../../../platform/parameter';
import { voegToeInBlokken } from '../../../platform/blokken';
import { betalingVan, type BegunstigdePlan, type BetaalRegeling, type RunPlan } from '../../../engines/betaalrun';
import { runRij } from '../../../engines/betaalrun/runs';
import { bereidBerekeningsnotaVoor, resolveBerekeningsnota, type NotaData } from './berekeningsnota';
import type { ParameterCode } from '../../../../../shared/platform/parameter-codes';

export const REGELING = 'AMA_WVG';
export const BEDRAG_PARAMETER: ParameterCode = 'AMA_WVG_SUBSIDIE_PER_DEELNEMER_JAAR';

/** The participant lines of a run: per begeleider, every participant with days in the window. */
export type SubsidieLijnen = Map<number, { deelnemerId: number; ber: LijnCijfers }[]>;

function periodeFout(err: unknown): never {
  if (err instanceof GeenBedragFout) throw AppError.validatie('periode', `${err.message} Een beheerder vult de parameter aan.`);
  if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('periode', err.message);
  throw err;
}

/** The validity periods of the yearly amount that touch the year (dated parameter). */
export function jaarbedragen(db: Sqlite, jaar: number): BedragPeriode[] {
  return bedragPeriodes(db, BEDRAG_PARAMETER, `${jaar}-01-01`, `${jaar}-12-31`);
}

/**
 * Compute the run for a half-year from the register as it is now (no writes; also used by the
 * benchmark against hand-written SQL). Throws VALIDATIE (field `periode`) when the half-year has not
 * ended or a parameter lacks a value.
 */
export function berekenRun(db: Sqlite, periode: Periode, vandaag: string, eerder: ReadonlyMap<number, number>): RunPlan<RunBerekening, BegeleiderBerekening, SubsidieLijnen> {
  const t0 = performance.now();
  const h: Halfjaar = parseHalfjaar(periode.code);
  if (h.tot >= vandaag) {
    throw AppError.validatie('periode', `Het ${periode.naam} loopt tot ${formatDatum(h.tot)}: de subsidie kan pas na het einde van het halfjaar berekend worden.`);
  }
  const bedragen = jaarbedragen(db, h.jaar);
  // The window read: the half-year, or for H2 the whole year (the year settlement).
  const venster = h.helft === 1 ? { van: h.van, tot: h.tot } : { van: `${h.jaar}-01-01`, tot: h.tot };
  let max: number;
  let regel: number;
  let termijn: number;
  try {
    segmenten([venster], bedragen); // the yearly amount must be known on every day of the window
    max = parameterGetal(db, 'AMA_WVG_MAX_BEGELEIDINGEN', h.van);
    regel = parameterGetal(db, 'AMA_WVG_PLAFOND_VERMINDERING', h.van);
    termijn = parameterGetal(db, 'AMA_WVG_UITBETALING_TERMIJN', h.tot);
  } catch (err) {
    periodeFout(err);
  }

  // As arrays [begeleider, deelnemer, start, einde] (raw): a run reads tens of thousands and the column names cost more than the values.
  const ovk = db
    .prepare(
      `SELECT organisatie_id, deelnemer_id, startdatum, einddatum FROM overeenkomst
        WHERE startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?) ORDER BY organisatie_id, deelnemer_id`,
    )
    .raw(true)
    .all(venster.tot, venster.van) as [number, number, string, string | null][];
  const erkenningen = new Map<number, Interval[]>();
  for (const r of db
    .prepare('SELECT organisatie_id AS o, geldig_van AS van, geldig_tot AS tot FROM erkenning WHERE geldig_van <= ? AND geldig_tot >= ?')
    .iterate(venster.tot, venster.van) as Iterable<{ o: number; van: string; tot: string }>) {
    const l = erkenningen.get(r.o);
    if (l) l.push({ van: r.van, tot: r.tot });
    else erkenningen.set(r.o, [{ van: r.van, tot: r.tot }]);
  }

  // Participant lines per begeleider (rows are ordered by begeleider, participant).
  const perOrg: SubsidieLijnen = new Map();
  try {
    for (let i = 0; i < ovk.length; ) {
      const [o, d] = ovk[i];
      const reeks: OpenInterval[] = [];
      for (; i < ovk.length && ovk[i][0] === o && ovk[i][1] === d; i++) reeks.push({ van: ovk[i][2], tot: ovk[i][3] });
      const ber = berekenLijnCijfers({ halfjaar: h, overeenkomsten: reeks, erkenningen: erkenningen.get(o) ?? [], bedragen });
      if (ber.dagen === 0 && (ber.jaar?.dagen ?? 0) === 0 && ber.dagenBuitenErkenning === 0) continue;
      const l = perOrg.get(o);
      if (l) l.push({ deelnemerId: d, ber });
      else perOrg.set(o, [{ deelnemerId: d, ber }]);
    }
  } catch (err) {
    periodeFout(err);
  }

  const alleLijnen = [...perOrg.values()].flat();
  const dagenH1 = alleLijnen.reduce((s, l) => s + (h.helft === 1 ? l.ber.dagen : (l.ber.jaar?.eersteHalfjaarDagen ?? 0)), 0);
  const dagenJaar = h.helft === 2 ? alleLijnen.reduce((s, l) => s + (l.ber.jaar?.dagen ?? 0), 0) : undefined;
  let plafond;
  try {
    plafond = berekenPlafond({ halfjaar: h, regel, maxBegeleidingenJaar: max, dagenEersteHalfjaar: dagenH1, dagenJaar });
  } catch (err) {
    throw new AppError('CONFLICT', `${(err as Error).message} Een beheerder past de parameter aan.`);
  }

  const orgIds = [...new Set([...perOrg.keys(), ...[...eerder.entries()].filter(([, v]) => v !== 0).map(([k]) => k)])].sort((a, b) => a - b);
  const begunstigden: BegunstigdePlan<BegeleiderBerekening>[] = [];
  for (const id of orgIds) {
    const lijnen = perOrg.get(id) ?? [];
    const bedrag = begeleiderBedrag(h, lijnen.map((l) => l.ber), plafond);
    const inHalfjaar = lijnen.filter((l) => l.ber.dagen > 0);
    const dagenBuitenErkenning = lijnen.reduce((s, l) => s + l.ber.dagenBuitenErkenning, 0);
    const saldo = bedrag.verschuldigdCent - (eerder.get(id) ?? 0);
    if (bedrag.verschuldigdCent === 0 && saldo === 0 && inHalfjaar.length === 0 && dagenBuitenErkenning === 0) continue;
    begunstigden.push({
      organisatieId: id,
      aantalLijnen: inHalfjaar.length,
      dagen: inHalfjaar.reduce((s, l) => s + l.ber.dagen, 0),
      brutoCent: bedrag.brutoCent,
      verminderingCent: bedrag.verminderingCent,
      verschuldigdCent: bedrag.verschuldigdCent,
      berekening: { ...bedrag, dagenBuitenErkenning },
    });
  }

  const berekening: RunBerekening = {
    periode: h.code,
    van: h.van,
    tot: h.tot,
    dagenInHalfjaar: h.dagen,
    dagenInJaar: h.dagenInJaar,
    bedragen,
    afrondingsregel: AFRONDINGSREGEL,
    halfjaarregel: HALFJAARREGEL,
    plafond,
    uitbetalingUiterlijk: addMonths(h.tot, termijn),
    uitbetalingTermijnMaanden: termijn,
    aantalOvereenkomsten: ovk.length,
    aantalLijnen: begunstigden.reduce((s, b) => s + b.aantalLijnen, 0),
    dagenTotaal: begunstigden.reduce((s, b) => s + (b.dagen ?? 0), 0),
    dagenBuitenErkenning: begunstigden.reduce((s, b) => s + b.berekening.dagenBuitenErkenning, 0),
    duurMs: 0,
  };
  berekening.duurMs = Math.round(performance.now() - t0);
  return { berekening, aantalLijnen: berekening.aantalLijnen, begunstigden, lijnen: perOrg };
}

/**
 * A line as stored (`subsidie_lijn.berekening`): the figures its formula and rounding sentence are made from
 * (`lijnTeksten`) — periods, segments, days outside the recognition and the year settlement — as arrays, not the
 * sentences: a tenth of the bytes a run at 10× wrote (8.7 MB for 25,500 lines), which was half the proposal's time
 * (issue 13). Lines stored before keep their full JSON and are read as they are.
 */
interface OpgeslagenLijn {
  p: [string, string][];
  s: [string, string, number, number][];
  b: number;
  j?: [number, number, number, number];
}

function alsOpgeslagen(ber: LijnCijfers): OpgeslagenLijn {
  const o: OpgeslagenLijn = { p: ber.perioden.map((x) => [x.van, x.tot]), s: ber.segmenten.map((x) => [x.van, x.tot, x.dagen, x.jaarbedragCent]), b: ber.dagenBuitenErkenning };
  if (ber.jaar) o.j = [ber.jaar.dagen, ber.jaar.bedragCent, ber.jaar.eersteHalfjaarDagen, ber.jaar.eersteHalfjaarCent];
  return o;
}

type GelezenLijn = Pick<SubsidieLijn, 'perioden' | 'segmenten' | 'formule' | 'afronding' | 'dagenBuitenErkenning' | 'jaar'>;

/** A stored line's computation for the screens and the statement: the compact form expanded, or an older full one. */
function uitOpgeslagen(tekst: string, h: Halfjaar, dagen: number, bedragCent: number): GelezenLijn {
  const b = JSON.parse(tekst) as OpgeslagenLijn | LijnBerekening;
  if (!('p' in b)) {
    const { jaar } = b;
    return {
      perioden: b.perioden, segmenten: b.segmenten, formule: b.formule, afronding: b.afronding, dagenBuitenErkenning: b.dagenBuitenErkenning,
      ...(jaar ? { jaar: { dagen: jaar.dagen, bedragCent: jaar.bedragCent, eersteHalfjaarDagen: jaar.eersteHalfjaarDagen, eersteHalfjaarCent: jaar.eersteHalfjaarCent } } : {}),
    };
  }
  const segmenten = b.s.map(([van, tot, d, jaarbedragCent]) => ({ van, tot, dagen: d, jaarbedragCent }));
  const jaar = b.j ? { dagen: b.j[0], bedragCent: b.j[1], eersteHalfjaarDagen: b.j[2], eersteHalfjaarCent: b.j[3] } : undefined;
  return {
    perioden: b.p.map(([van, tot]) => ({ van, tot })),
    segmenten,
    ...lijnTeksten({ helft: h.helft, jaartal: h.jaar, noemer: h.dagenInJaar, dagen, segmenten, bedragCent, jaar }),
    dagenBuitenErkenning: b.b,
    ...(jaar ? { jaar } : {}),
  };
}

/** Store the participant lines with days in the half-year (inside the proposal's transaction). */
function bewaarLijnen(call: CallContext, runId: number, plan: RunPlan<RunBerekening, BegeleiderBerekening, SubsidieLijnen>): void {
  const mee = new Set(plan.begunstigden.map((b) => b.organisatieId));
  function* rijen() {
    for (const [organisatieId, lijnen] of plan.lijnen) {
      if (!mee.has(organisatieId)) continue;
      for (const l of lijnen) if (l.ber.dagen > 0) yield [runId, organisatieId, l.deelnemerId, l.ber.dagen, l.ber.bedragCent, JSON.stringify(alsOpgeslagen(l.ber))];
    }
  }
  voegToeInBlokken(call.app.sqlite, 'subsidie_lijn', ['run_id', 'organisatie_id', 'deelnemer_id', 'dagen', 'bedrag_cent', 'berekening'], rijen());
}

/** The participant lines of one begeleider in a run, participants by initials and birth year only. */
export function lijnen(db: Sqlite, runId: number, organisatieId: number): SubsidieLijn[] {
  const h = parseHalfjaar(runRij(db, runId).periode);
  const rows = db
    .prepare(
      `SELECT l.id, l.deelnemer_id AS deelnemerId, l.dagen, l.bedrag_cent AS bedragCent, l.berekening,
              d.voornaam, d.achternaam, d.geboortejaar
         FROM subsidie_lijn l LEFT JOIN deelnemer d ON d.id = l.deelnemer_id
        WHERE l.run_id = ? AND l.organisatie_id = ?`,
    )
    .all(runId, organisatieId) as {
    id: number;
    deelnemerId: number | null;
    dagen: number;
    bedragCent: number;
    berekening: string;
    voornaam: string | null;
    achternaam: string | null;
    geboortejaar: number | null;
  }[];
  return rows
    .map((r) => ({
      id: r.id,
      deelnemerId: r.deelnemerId,
      deelnemer: deelnemerLabel(r),
      dagen: r.dagen,
      bedragCent: r.bedragCent,
      ...uitOpgeslagen(r.berekening, h, r.dagen, r.bedragCent),
    }))
    .sort((a, b) => a.deelnemer.localeCompare(b.deelnemer, 'nl') || a.id - b.id);
}

/** The statement's data for one begeleider. */
export function notaData(db: Sqlite, runId: number, organisatieId: number): NotaData {
  const run = runRij(db, runId);
  const b = betalingVan(db, runId, organisatieId);
  const berekening = b.berekening as BegeleiderBerekening;
  const h = parseHalfjaar(run.periode);
  const ber = JSON.parse(run.berekening) as RunBerekening;
  const lijst = lijnen(db, runId, organisatieId);
  const p = ber.plafond;
  const verminderd = b.verminderingCent !== 0 && (p.toets.overschreden || p.eersteHalfjaar?.overschreden === true);
  return {
    runId,
    periode: run.periode,
    halfjaarNaam: `${h.helft === 1 ? 'eerste' : 'tweede'} halfjaar ${h.jaar}`,
    helft: h.helft,
    van: h.van,
    tot: h.tot,
    volgnummer: run.volgnummer,
    dagenInJaar: h.dagenInJaar,
    jaarbedragen: ber.bedragen,
    deelnemers: lijst.map((l) => {
      const teller = l.segmenten.reduce((s, x) => s + BigInt(x.dagen) * BigInt(x.jaarbedragCent), 0n);
      return {
        deelnemer: l.deelnemer,
        perioden: l.perioden.map((x) => (x.van === x.tot ? formatDatumLang(x.van) : `${formatDatumLang(x.van)} – ${formatDatumLang(x.tot)}`)).join(', '),
        berekening: segmentTekst(l.segmenten, h.dagenInJaar),
        dagen: l.dagen,
        bedragCent: l.bedragCent,
        viaJaarbedrag: afrondenOpCent(teller, h.dagenInJaar) !== l.bedragCent,
      };
    }),
    dagen: lijst.reduce((s, l) => s + l.dagen, 0),
    brutoCent: b.brutoCent,
    verminderingCent: b.verminderingCent,
    verschuldigdCent: b.verschuldigdCent,
    eerderBetaaldCent: b.eerderBetaaldCent,
    saldoCent: b.saldoCent,
    verrekendCent: b.verrekendCent,
    teBetalenCent: b.teBetalenCent,
    terugvordering: b.terugvordering,
    plafond: verminderd
      ? {
          regel: p.regelOmschrijving,
          formule: p.toets.overschreden ? p.toets.formule : (p.eersteHalfjaar?.formule ?? ''),
          percentage: p.toets.verminderingspercentage ?? p.eersteHalfjaar?.verminderingspercentage ?? null,
          jaarafrekening: h.helft === 2 ? `Afrekening over het jaar: ${berekening.formule}.` : null,
        }
      : null,
    afrondingsregel: ber.afrondingsregel,
    halfjaarregel: h.helft === 2 ? ber.halfjaarregel : null,
    iban: b.iban,
    referentie: b.referentie,
    betaaldatum: ber.uitbetalingUiterlijk,
  };
}

export const subsidieRegeling: BetaalRegeling<RunBerekening, BegeleiderBerekening, SubsidieLijnen> = {
  code: REGELING,
  label: 'Subsidie AMA WVG',
  departement: 'ZORG',
  periode: 'halfjaar',
  referentieCode: 'AMAWVG',
  begunstigde: { enkelvoud: 'begeleider', meervoud: 'begeleiders' },
  bereken: (call, periode, eerder) => berekenRun(call.app.sqlite, periode, call.today(), eerder),
  bewaarLijnen,
  waarschuwingen: (run, betalingen) => {
    const w: string[] = [];
    const p = run.berekening.plafond;
    for (const t of [p.eersteHalfjaar, p.toets]) {
      if (t?.overschreden) {
        w.push(`Het maximum aantal gesubsidieerde begeleidingen is overschreden (${t.grondslag === 'jaar' ? 'over het jaar' : 'in het halfjaar'}): ${t.formule}`);
      }
    }
    for (const b of betalingen) {
      if (b.berekening.dagenBuitenErkenning > 0) {
        w.push(`${b.organisatieNaam} (${b.kbo}): ${b.berekening.dagenBuitenErkenning} overeenkomstdagen vielen buiten de erkenning en tellen niet mee.`);
      }
    }
    return w;
  },
  nota: (call, runId, organisatieId, personen) =>
    bereidBerekeningsnotaVoor(call, resolveBerekeningsnota(call, organisatieId, notaData(call.app.sqlite, runId, organisatieId), personen)),
  terugvordering: {
    rechtCode: 'subsidie_betaling',
    procedureSoort: 'terugvordering-subsidie-ama-wvg',
    procedureLabel: 'Terugvordering van subsidie AMA WVG',
    watBetaald: 'de subsidie van uw organisatie als begeleider van arbeidsmatige activiteiten',
    onderwerp: 'subsidie arbeidsmatige activiteiten',
    bedragWoord: 'subsidie',
    grond: 'Subsidie die niet of niet meer verschuldigd is, kan worden teruggevorderd (artikel 50 van het besluit).',
    bestuursorgaan: 'Departement Zorg',
    bezwaarBij: 'het Departement Zorg, Afdeling Werk en Zorg',
    artikels: 'artikel 50',
    rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 50',
    parameters: {
      reactietermijn: 'AMA_WVG_TERUGVORDERING_REACTIETERMIJN',
      beslissingstermijn: 'AMA_WVG_TERUGVORDERING_BESLISSINGSTERMIJN',
      bezwaartermijn: 'AMA_WVG_TERUGVORDERING_BEZWAAR_TERMIJN',
      bezwaarBeslissingstermijn: 'AMA_WVG_BEZWAAR_BESLISSINGSTERMIJN',
    },
  },
};
