/**
 * The yearly report to the Vlaamse Regering (seed 004 "Jaarrapport werk- en zorgtrajecten 2024"; RULES.md "Yearly
 * report — counting conventions"), counted from the registers as the facts were on the peildatum (default 31 March
 * of the next year, the reference date of the 2024 report's trajectory table). Every table has all rows of its
 * reference data (a count of nothing is 0) and totals that add up (distinct counts are counted once over the rows,
 * not summed). Percentages: one decimal, half up (004 L198).
 */
import { afrekening, type ContingentSegment, type Deelname } from '../../../../shared/ama-se/contingent';
import type { Jaarverslag, RapportKolom, RapportRij, RapportTabel } from '../../../../shared/rapport/contract';
import { afrondenOpCent } from '../../../../shared/kernel/geld';
import { formatDatum, formatPercentage } from '../../../../shared/kernel/format';
import type { Sqlite } from '../../../../db/open';
import type { CallContext } from '../../platform/context';
import { parameterGetalOfNull } from '../../platform/parameter';

/** The report counts AMA WVG agreements started from this date (004 L871–876: "sinds 2018"). */
export const AMA_WVG_RAPPORT_VANAF = '2018-01-01';


/** n / d × 100 with one decimal, half up; null when d is 0. */
const procent = (n: number, d: number): number | null => (d > 0 ? afrondenOpCent(Math.round(n * 1_000_000) * 1000, Math.round(d * 1_000_000)) / 10 : null);

/**
 * The dossiers behind the figures ("entiteit:id" per row and column), for the drill-down (`rapport.dossiers`). The
 * total of a column is the union over its rows, so a dossier counted in two rows appears once.
 */
export class Leden {
  private readonly per = new Map<string, Map<string, Set<string>>>();
  /** `bijhouden` false: the report only needs the figures (no drill-down), so nothing is kept (half the time at 10×). */
  constructor(private readonly bijhouden = true) {}
  voeg(rij: string, kolom: string, ref: string): void {
    if (!this.bijhouden) return;
    let r = this.per.get(rij);
    if (!r) this.per.set(rij, (r = new Map()));
    let k = r.get(kolom);
    if (!k) r.set(kolom, (k = new Set()));
    k.add(ref);
  }
  van(rij: string | null, kolom: string): string[] {
    if (rij !== null) return [...(this.per.get(rij)?.get(kolom) ?? [])];
    const alle = new Set<string>();
    for (const r of this.per.values()) for (const ref of r.get(kolom) ?? []) alle.add(ref);
    return [...alle];
  }
}

/**
 * A table with, per cell, the records it counts; the AMA SE table also carries each maatwerkbedrijf's fill rate and whether
 * it reaches the year's threshold (compared exactly, as the table counts it) for the report's chart.
 */
export type TabelMetLeden = RapportTabel & { leden: Leden; invullingen?: Invulling[]; drempelBp?: number | null };
export type Invulling = { procent: number; vanafDrempel: boolean };

/** The table as the API answers and the PDF prints it: without the records and the chart's data. */
export function alsRapportTabel({ leden: _l, invullingen: _i, drempelBp: _d, ...t }: TabelMetLeden): RapportTabel {
  return t;
}

function tabel(t: Omit<TabelMetLeden, 'totaal'> & { totaal?: RapportTabel['totaal'] }): TabelMetLeden {
  const totaal = t.totaal ?? Object.fromEntries(t.kolommen.map((k) => [k.id, t.rijen.reduce((s, r) => s + (r.waarden[k.id] ?? 0), 0)]));
  return { ...t, totaal };
}

const k = (id: string, titel: string, soort: RapportKolom['soort'] = 'aantal'): RapportKolom => ({ id, titel, soort });

function provincies(db: Sqlite) {
  return db.prepare('SELECT code, naam FROM provincie ORDER BY rowid').all() as { code: string; naam: string }[];
}

function trajectenPerRegio(db: Sqlite, jaar: number, peildatum: string, metLeden: boolean): TabelMetLeden {
  const regios = db
    .prepare('SELECT r.code, r.naam, o.objectief FROM werk_zorg_regio r LEFT JOIN regio_objectief o ON o.regio_code = r.code AND o.jaar = ? ORDER BY r.naam')
    .all(jaar) as { code: string; naam: string; objectief: number | null }[];
  const tel = new Map<string, Record<string, number>>();
  const leden = new Leden(metLeden);
  for (const r of db
    .prepare(
      `SELECT id, regio_code AS regio,
              CASE WHEN datum_eindadvies IS NOT NULL AND datum_eindadvies <= @p THEN 'afgesloten'
                   WHEN datum_einde IS NOT NULL AND datum_einde <= @p THEN 'vervroegdStopgezet'
                   WHEN datum_trajectplan IS NOT NULL AND datum_trajectplan <= @p THEN 'bezig'
                   WHEN status = 'geinitieerd' THEN 'geinitieerd'
                   ELSE 'aanvaard' END AS stand
         FROM traject WHERE datum_aanmelding BETWEEN @van AND @tot AND datum_aanmelding <= @p`,
    )
    .all({ p: peildatum, van: `${jaar}-01-01`, tot: `${jaar}-12-31` }) as { id: number; regio: string; stand: string }[]) {
    const t = tel.get(r.regio) ?? {};
    t[r.stand] = (t[r.stand] ?? 0) + 1;
    tel.set(r.regio, t);
    if (r.stand === 'geinitieerd') continue;
    leden.voeg(r.regio, r.stand, `traject:${r.id}`);
    leden.voeg(r.regio, 'definitiefToegeleid', `traject:${r.id}`);
  }
  // The objective per region and year (regio_objectief: 2024 from the sources, later years set by a beheerder); a
  // year without objectives shows none (null), it is not made up from the yearly total.
  const rijen: RapportRij[] = regios.map((r) => {
    const t = tel.get(r.code) ?? {};
    const w = { aanvaard: t.aanvaard ?? 0, bezig: t.bezig ?? 0, vervroegdStopgezet: t.vervroegdStopgezet ?? 0, afgesloten: t.afgesloten ?? 0 };
    const definitief = w.aanvaard + w.bezig + w.vervroegdStopgezet + w.afgesloten;
    const objectief = r.objectief;
    return { sleutel: r.code, label: r.naam, waarden: { ...w, definitiefToegeleid: definitief, objectief, toegeleidTovObjectief: objectief ? procent(definitief, objectief) : null } };
  });
  const som = (id: string) => rijen.reduce((s, r) => s + (r.waarden[id] ?? 0), 0);
  const objectief = rijen.every((r) => r.waarden.objectief === null) ? null : som('objectief');
  return tabel({
    id: 'trajecten-per-regio',
    titel: `Activeringstrajecten aangemeld in ${jaar} per werk- en zorgregio`,
    bron: 'Trajectgegevens van VDAB (traject.importeer)',
    kolommen: [k('aanvaard', 'Aanvaard'), k('bezig', 'Bezig'), k('vervroegdStopgezet', 'Vervroegd stopgezet'), k('afgesloten', 'Afgesloten'), k('definitiefToegeleid', 'Definitief toegeleid'), k('objectief', 'Objectief'), k('toegeleidTovObjectief', 'Toegeleid t.o.v. objectief', 'percentage')],
    rijen,
    leden,
    totaal: {
      aanvaard: som('aanvaard'), bezig: som('bezig'), vervroegdStopgezet: som('vervroegdStopgezet'), afgesloten: som('afgesloten'), definitiefToegeleid: som('definitiefToegeleid'),
      objectief, toegeleidTovObjectief: objectief ? procent(som('definitiefToegeleid'), objectief) : null,
    },
    toelichting:
      `Trajecten met een aanmelding in ${jaar}, met hun stand op ${formatDatum(peildatum)}: afgesloten (eindadvies), vervroegd stopgezet, bezig (trajectplan) of aanvaard, telkens volgens de datum in het bestand van VDAB. ` +
      'Definitief toegeleid = de vier samen; een traject dat op de peildatum nog geïnitieerd is, telt niet mee. Het percentage is afgerond op één decimaal.',
  });
}

function amaWvg(db: Sqlite, jaar: number, metLeden: boolean): TabelMetLeden[] {
  const tot = `${jaar}-12-31`;
  const rows = db
    .prepare(
      `SELECT o.id, o.organisatie_id AS org, o.deelnemer_id AS dn, org.type_code AS type, org.provincie_code AS prov
         FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id
        WHERE o.startdatum >= ? AND o.startdatum <= ? AND (o.einddatum IS NULL OR o.einddatum > ?)`,
    )
    .all(AMA_WVG_RAPPORT_VANAF, tot, tot) as { id: number; org: number; dn: number; type: string; prov: string }[];
  const groepeer = (sleutel: (r: (typeof rows)[number]) => string, sleutels: { code: string; naam: string }[]): { rijen: RapportRij[]; totaal: Record<string, number>; leden: Leden } => {
    const per = new Map<string, { org: Set<number>; dn: Set<number>; n: number }>();
    const leden = new Leden(metLeden);
    for (const r of rows) {
      const s = sleutel(r);
      leden.voeg(s, 'begeleiders', `organisatie:${r.org}`);
      leden.voeg(s, 'overeenkomsten', `overeenkomst:${r.id}`);
      leden.voeg(s, 'deelnemers', `deelnemer:${r.dn}`);
      const g = per.get(s) ?? { org: new Set(), dn: new Set(), n: 0 };
      g.org.add(r.org);
      g.dn.add(r.dn);
      g.n++;
      per.set(s, g);
    }
    return {
      rijen: sleutels.map((x) => {
        const g = per.get(x.code);
        return { sleutel: x.code, label: x.naam, waarden: { begeleiders: g?.org.size ?? 0, overeenkomsten: g?.n ?? 0, deelnemers: g?.dn.size ?? 0 } };
      }),
      totaal: { begeleiders: new Set(rows.map((r) => r.org)).size, overeenkomsten: rows.length, deelnemers: new Set(rows.map((r) => r.dn)).size },
      leden,
    };
  };
  const kolommen = [k('begeleiders', 'Begeleiders'), k('overeenkomsten', 'Overeenkomsten'), k('deelnemers', 'Deelnemers')];
  const regel =
    `Overeenkomsten die begonnen tussen 1 januari 2018 en 31 december ${jaar} en zonder einddatum of met een einddatum na ${jaar}. ` +
    'Begeleiders = de organisaties die in die overeenkomsten als begeleider optreden (niet alle erkende organisaties); deelnemers en begeleiders worden één keer geteld, ook in het totaal.';
  const types = db
    .prepare(`SELECT code, naam FROM organisatie_type WHERE ama_wvg_erkenbaar = 1 OR code IN (SELECT DISTINCT org.type_code FROM overeenkomst o JOIN organisatie org ON org.id = o.organisatie_id) ORDER BY naam`)
    .all() as { code: string; naam: string }[];
  const p = groepeer((r) => r.prov, provincies(db));
  const t = groepeer((r) => r.type, types);
  return [
    tabel({ id: 'ama-wvg-per-provincie', titel: `Arbeidsmatige activiteiten (AMA WVG) eind ${jaar} per provincie`, bron: 'Register van de overeenkomsten AMA WVG', kolommen, rijen: p.rijen, totaal: p.totaal, leden: p.leden, toelichting: `${regel} Provincie = de vestigingsplaats van de begeleider.` }),
    tabel({ id: 'ama-wvg-per-type', titel: `Arbeidsmatige activiteiten (AMA WVG) eind ${jaar} per type begeleider`, bron: 'Register van de overeenkomsten AMA WVG', kolommen, rijen: t.rijen, totaal: t.totaal, leden: t.leden, toelichting: `${regel} De Vereniging van OCMW's is een eigen type.` }),
  ];
}

/**
 * The report's lower band of the fill rate: the 2024 annual report counts the maatwerkbedrijven "met een invulling van
 * minder dan 60%" (seed 004) beside those at the threshold. A reporting convention of that report, not a legal
 * parameter (the threshold is: AMA_SE_INVULLINGSGRAAD_DREMPEL).
 */
export const RAPPORT_ONDERGRENS_BP = 6_000;

/**
 * The fill-rate groups in the 2024 report's own words ("een invulling van 80% of meer", "van minder dan 60%"), for the
 * table's columns, the chart's legend and its text alternative alike: at or above the year's threshold, under it, and
 * under the report's lower band. Without a threshold in the year, "de drempel".
 */
export function invullingGroepen(drempelBp: number | null | undefined) {
  const drempel = drempelBp == null ? 'de drempel' : formatPercentage(drempelBp);
  return { vanaf: `${drempel} of meer`, onder: `minder dan ${drempel}`, onderGrens: `minder dan ${formatPercentage(RAPPORT_ONDERGRENS_BP)}` };
}

function amaSe(db: Sqlite, jaar: number, metLeden: boolean): TabelMetLeden {
  const van = `${jaar}-01-01`;
  const tot = `${jaar}-12-31`;
  // Before the AMA SE parameters start (the settlement is kept in this application from 2022) there is nothing to count.
  const deler = parameterGetalOfNull(db, 'AMA_SE_DEELNEMERSJAAR_DELER', tot) ?? 0;
  const drempelBp = parameterGetalOfNull(db, 'AMA_SE_INVULLINGSGRAAD_DREMPEL', tot);
  const segmentenVan = drempelBp === null ? 'WHERE 0' : 'WHERE geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)';
  const segs = new Map<number, ContingentSegment[]>();
  for (const r of db.prepare(`SELECT organisatie_id AS o, geldig_van AS van, geldig_tot AS tot, plaatsen FROM se_contingent ${segmentenVan}`).all(...(drempelBp === null ? [] : [tot, van])) as { o: number; van: string; tot: string | null; plaatsen: number }[]) {
    segs.set(r.o, [...(segs.get(r.o) ?? []), r]);
  }
  const dln = new Map<number, Deelname[]>();
  for (const r of db.prepare('SELECT organisatie_id AS o, deelnemer_id AS deelnemerId, startdatum AS van, einddatum AS tot FROM se_deelname WHERE startdatum <= ? AND (einddatum IS NULL OR einddatum >= ?)').all(tot, van) as (Deelname & { o: number })[]) {
    dln.set(r.o, [...(dln.get(r.o) ?? []), r]);
  }
  const prov = new Map((db.prepare('SELECT id, provincie_code AS p FROM organisatie').all() as { id: number; p: string }[]).map((x) => [x.id, x.p]));
  // Per province: maatwerkbedrijven, place-days, participant days, and how many reach the threshold or lie under the
  // report's lower band (the columns keep the ids issue 12 gave them: aantalVanaf80, aantalOnder60).
  type Telling = { n: number; plaatsDagen: number; dagen: number; vanafDrempel: number; onderGrens: number };
  const leeg: Telling = { n: 0, plaatsDagen: 0, dagen: 0, vanafDrempel: 0, onderGrens: 0 };
  const per = new Map<string, Telling>();
  let dagenInJaar = 365;
  const leden = new Leden(metLeden);
  const invullingen: Invulling[] = [];
  for (const [o, s] of segs) {
    const a = afrekening({ jaar, segmenten: s, deelnames: dln.get(o) ?? [], regels: { deler, bedragen: [] } });
    if (a.plaatsDagen === 0) continue;
    dagenInJaar = a.dagenInJaar;
    const p = prov.get(o);
    if (!p) continue; // only organisations outside Flanders and Brussels have none, and they cannot be registered
    const g = per.get(p) ?? { ...leeg };
    g.n++;
    g.plaatsDagen += a.plaatsDagen;
    g.dagen += a.deelnemersdagen;
    // The fill rate compared exactly in integers (a rate of exactly 80 % counts as 80 %, no floating-point doubt):
    // (days ÷ divisor) ÷ (place-days ÷ days of the year) ≥ threshold ⇔ days × days of the year × 10,000 ≥ place-days × divisor × threshold (bp).
    const links = BigInt(a.deelnemersdagen) * BigInt(a.dagenInJaar) * 10_000n;
    const noemer = BigInt(a.plaatsDagen) * BigInt(deler || a.dagenInJaar);
    const ref = `organisatie:${o}`;
    const vanafDrempel = drempelBp !== null && links >= noemer * BigInt(drempelBp);
    invullingen.push({ procent: procent(a.deelnemersdagen / (deler || a.dagenInJaar), a.plaatsDagen / a.dagenInJaar) ?? 0, vanafDrempel });
    for (const kolom of ['begeleiders', 'plaatsen', 'gemiddeldeInvulling']) leden.voeg(p, kolom, ref);
    if (vanafDrempel) (g.vanafDrempel++, leden.voeg(p, 'aantalVanaf80', ref));
    if (links < noemer * BigInt(RAPPORT_ONDERGRENS_BP)) (g.onderGrens++, leden.voeg(p, 'aantalOnder60', ref));
    per.set(p, g);
  }
  const d = deler || dagenInJaar;
  const groepen = invullingGroepen(drempelBp);
  const waarden = (g: Telling) => ({
    begeleiders: g.n,
    plaatsen: afrondenOpCent(g.plaatsDagen * 100, dagenInJaar) / 100,
    gemiddeldeInvulling: procent(g.dagen / d, g.plaatsDagen / dagenInJaar),
    aantalVanaf80: g.vanafDrempel,
    aantalOnder60: g.onderGrens,
  });
  const alle = [...per.values()].reduce((s, g) => ({ n: s.n + g.n, plaatsDagen: s.plaatsDagen + g.plaatsDagen, dagen: s.dagen + g.dagen, vanafDrempel: s.vanafDrempel + g.vanafDrempel, onderGrens: s.onderGrens + g.onderGrens }), leeg);
  return tabel({
    id: 'ama-se-per-provincie',
    titel: `Arbeidsmatige activiteiten in de sociale economie (AMA SE) in ${jaar} per provincie`,
    bron: 'Contingenten en begeleidingsovereenkomsten AMA SE',
    kolommen: [k('begeleiders', 'Maatwerkbedrijven'), k('plaatsen', 'Plaatsen contingent'), k('gemiddeldeInvulling', 'Gemiddelde invulling jaarbasis', 'percentage'), k('aantalVanaf80', `Invulling van ${groepen.vanaf}`), k('aantalOnder60', `Invulling van ${groepen.onderGrens}`)],
    rijen: provincies(db).map((p) => ({ sleutel: p.code, label: p.naam, waarden: waarden(per.get(p.code) ?? leeg) })),
    totaal: waarden(alle),
    leden,
    invullingen,
    drempelBp,
    toelichting:
      `Maatwerkbedrijven met een contingent in ${jaar}; plaatsen = het contingent op jaarbasis (per dag gewogen). Gemiddelde invulling = Σ deelnemersjaren ÷ Σ plaatsen, ` +
      `deelnemersjaren = dagen met een begeleidingsovereenkomst ÷ ${deler || 'de dagen van het jaar'}, niet begrensd (zoals in de jaarafrekening). Provincie = de vestigingsplaats van het maatwerkbedrijf.`,
  });
}

function swvZorg(db: Sqlite, jaar: number, metLeden: boolean): TabelMetLeden {
  const van = `${jaar}-01-01`;
  const tot = `${jaar}-12-31`;
  const rows = db
    .prepare('SELECT p.swv_id AS swv, p.organisatie_id AS org, p.categorie FROM swv_partner p WHERE p.van <= ? AND (p.tot IS NULL OR p.tot >= ?)')
    .all(tot, van) as { swv: number; org: number; categorie: number }[];
  const namen: Record<number, string> = { 1: "Categorie 1: CAW, OCMW, DMW ziekenfonds", 2: 'Categorie 2: VAPH-voorziening', 3: 'Categorie 3: CGG, PZ, revalidatiecentrum, IBW' };
  const rijen = [1, 2, 3].map((c) => {
    const r = rows.filter((x) => x.categorie === c);
    return { sleutel: String(c), label: namen[c], waarden: { samenwerkingsverbanden: new Set(r.map((x) => x.swv)).size, organisaties: new Set(r.map((x) => x.org)).size } };
  });
  const leden = new Leden(metLeden);
  for (const x of rows) {
    leden.voeg(String(x.categorie), 'samenwerkingsverbanden', `samenwerkingsverband:${x.swv}`);
    leden.voeg(String(x.categorie), 'organisaties', `organisatie:${x.org}`);
  }
  return tabel({
    id: 'swv-zorg',
    titel: `Samenwerkingsverbanden Zorg in ${jaar} en hun partners per categorie`,
    bron: 'Register van de samenwerkingsverbanden Zorg',
    kolommen: [k('samenwerkingsverbanden', 'Samenwerkingsverbanden'), k('organisaties', 'Organisaties')],
    rijen,
    totaal: { samenwerkingsverbanden: new Set(rows.map((x) => x.swv)).size, organisaties: new Set(rows.map((x) => x.org)).size },
    leden,
    toelichting: `Partners die in ${jaar} deel uitmaakten van een samenwerkingsverband, per categorie van artikel 12; een samenwerkingsverband en een organisatie tellen in het totaal één keer.`,
  });
}

const REGELINGEN: { code: string; label: string }[] = [
  { code: 'AMA_WVG', label: 'Subsidie AMA WVG (halfjaarlijks)' },
  { code: 'SWV_ZORG', label: 'Compensatie samenwerkingsverbanden Zorg (halfjaarlijks)' },
  { code: 'AMA_SE_VOORSCHOT', label: 'Voorschotten AMA SE (maandelijks)' },
  { code: 'AMA_SE_AFREKENING', label: 'Jaarafrekening AMA SE' },
];

function betalingen(db: Sqlite, jaar: number, peildatum: string, metLeden: boolean): TabelMetLeden[] {
  const van = `${jaar}-01-01`;
  const tot = `${jaar}-12-31T23:59:59Z`;
  const rows = db
    .prepare(
      `SELECT b.id, r.regeling, r.id AS run, b.organisatie_id AS org, coalesce(b.begunstigde_naam, o.naam) AS naam, coalesce(b.begunstigde_kbo, o.kbo) AS kbo, b.aantal_lijnen AS lijnen,
              b.te_betalen_cent AS betaald, CASE WHEN b.saldo_cent < 0 THEN -b.saldo_cent ELSE 0 END AS terug
         FROM betaalrun_betaling b JOIN betaalrun r ON r.id = b.run_id JOIN organisatie o ON o.id = b.organisatie_id
        WHERE r.status = 'goedgekeurd' AND r.goedgekeurd_op >= ? AND r.goedgekeurd_op <= ? AND r.goedgekeurd_op <= ?`,
    )
    .all(van, tot, `${peildatum}T23:59:59Z`) as { id: number; regeling: string; run: number; org: number; naam: string; kbo: string; lijnen: number; betaald: number; terug: number }[];
  const subsidies = REGELINGEN.map((r) => {
    const x = rows.filter((y) => y.regeling === r.code);
    return { sleutel: r.code, label: r.label, waarden: { runs: new Set(x.map((y) => y.run)).size, begunstigden: new Set(x.map((y) => y.org)).size, betaaldCent: x.reduce((s, y) => s + y.betaald, 0), teruggevorderdCent: x.reduce((s, y) => s + y.terug, 0) } };
  });
  const subsidieLeden = new Leden(metLeden);
  for (const y of rows) {
    subsidieLeden.voeg(y.regeling, 'runs', `betaalrun:${y.run}`);
    subsidieLeden.voeg(y.regeling, 'begunstigden', `organisatie:${y.org}`);
    if (y.betaald) subsidieLeden.voeg(y.regeling, 'betaaldCent', `betaling:${y.id}`);
    if (y.terug) subsidieLeden.voeg(y.regeling, 'teruggevorderdCent', `betaling:${y.id}`);
  }
  const compLeden = new Leden(metLeden);
  const comp = new Map<string, RapportRij>();
  for (const y of rows.filter((x) => x.regeling === 'SWV_ZORG')) {
    compLeden.voeg(y.kbo, 'trajecten', `betaling:${y.id}`);
    compLeden.voeg(y.kbo, 'betaaldCent', `betaling:${y.id}`);
    const r = comp.get(y.kbo) ?? { sleutel: y.kbo, label: y.naam, waarden: { trajecten: 0, betaaldCent: 0 } };
    r.waarden.trajecten = (r.waarden.trajecten ?? 0) + y.lijnen;
    r.waarden.betaaldCent = (r.waarden.betaaldCent ?? 0) + y.betaald;
    comp.set(y.kbo, r);
  }
  const regel = `Betalingen uit de runs die in ${jaar} goedgekeurd werden (vóór de peildatum): wat in het betaalbestand kwam, na verrekening.`;
  return [
    tabel({
      id: 'compensatie', titel: `Compensatie samenwerkingsverbanden Zorg betaald in ${jaar}`, bron: 'Compensatieruns', kolommen: [k('trajecten', 'Trajectlijnen'), k('betaaldCent', 'Betaald', 'cent')],
      rijen: [...comp.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl')), leden: compLeden, toelichting: `${regel} Per administratief aanspreekpunt.`,
    }),
    tabel({
      id: 'subsidies', titel: `Subsidies en compensaties betaald in ${jaar} per regeling`, bron: 'Betaalruns van alle regelingen',
      kolommen: [k('runs', 'Runs'), k('begunstigden', 'Begunstigden'), k('betaaldCent', 'Betaald', 'cent'), k('teruggevorderdCent', 'Terug te vorderen', 'cent')],
      rijen: subsidies, leden: subsidieLeden, toelichting: regel,
    }),
  ];
}

/** The report's tables with the dossiers behind every figure (drill-down); `jaarverslag` leaves those out. */
export function jaarverslagMetLeden(db: Sqlite, jaar: number, peildatum: string, metLeden = true): TabelMetLeden[] {
  return [trajectenPerRegio(db, jaar, peildatum, metLeden), ...amaWvg(db, jaar, metLeden), amaSe(db, jaar, metLeden), swvZorg(db, jaar, metLeden), ...betalingen(db, jaar, peildatum, metLeden)];
}

export const standaardPeildatum = (jaar: number) => `${jaar + 1}-03-31`;

export function jaarverslag(call: CallContext, input: { jaar: number; peildatum?: string }): Jaarverslag {
  const peildatum = input.peildatum ?? standaardPeildatum(input.jaar);
  return {
    jaar: input.jaar,
    peildatum,
    tabellen: jaarverslagMetLeden(call.app.sqlite, input.jaar, peildatum, false).map(alsRapportTabel),
  };
}
