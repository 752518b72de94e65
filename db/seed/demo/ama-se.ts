/**
 * Demo AMA SE at the 2024 volumes (seed 004, §4.2): the 86 maatwerkbedrijven with 1,968 places per province as the
 * report gives them, contingents from 1 January 2024 (existing contingents, art. 76), and begeleidingsovereenkomsten
 * over the last full year whose fill rates follow the report: each province's average (75.1 % Antwerpen … 51.6 %
 * Brussel) with a spread that gives roughly 35 maatwerkbedrijven at 80 % or more and 33 below 60 %, about 70 % in all.
 * Some agreements run on into this year; proofs arrive mostly within the month, some late (flags to see).
 *
 * Inserted in the caller's transaction; the caller's one audit entry counts them. Reproducible (seeded).
 */
import type { Sqlite } from '../../open';
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/kernel/dates';
import { inszFor } from '../../../shared/kernel/insz';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { AMA_SE_PER_PROVINCIE } from './organisaties';
import { Rng } from './prng';

export interface AmaSeSummary {
  maatwerkbedrijven: number;
  plaatsen: number;
  deelnames: number;
  deelnemers: number;
  /** The year whose fill rates follow the report. */
  jaar: number;
}

export interface SeedAmaSeOptions {
  scale: number;
  seed: number;
  vandaag: string;
  nowIso: string;
  maatwerkbedrijven: number[];
  provincies: string[];
}

const VOORNAMEN = ['Jan', 'Els', 'Pieter', 'Sofie', 'Mohamed', 'Lotte', 'Kevin', 'Ayse', 'Bart', 'Nathalie', 'Youssef', 'Ine', 'Tom', 'Fatima', 'Dirk', 'Sarah'];
const ACHTERNAMEN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'El Idrissi', 'Yilmaz', 'Dubois', 'Vermeulen'];

export function seedAmaSe(db: Sqlite, o: SeedAmaSeOptions): AmaSeSummary {
  const rng = new Rng(o.seed + 3_000);
  // This year's participations draw from their own stream, so last year's (the report's fill rates) do not depend on them.
  const rngDitJaar = new Rng(o.seed + 3_001);
  const jaar = Number(o.vandaag.slice(0, 4)) - 1;
  const van = toDayNumber(`${jaar}-01-01`);
  const tot = toDayNumber(`${jaar}-12-31`);
  const dagenInJaar = tot - van + 1;
  const insContingent = db.prepare(
    "INSERT INTO se_contingent (organisatie_id, plaatsen, geldig_van, geldig_tot, reden, beslissing, bron, aangemaakt_op) VALUES (?, ?, '2024-01-01', NULL, 'bestaand', 'MB 15/12/2023 (contingent op 31/12/2023, art. 76)', 'demo', ?)",
  );
  const insDeelnemer = db.prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)');
  const insDeelname = db.prepare(
    `INSERT INTO se_deelname (organisatie_id, deelnemer_id, werkpost_kbo, startdatum, einddatum, vdab_beslissing_op, dimona_in, dimona_uit, bewijs_start_op, bewijs_einde_op, bron, aangemaakt_op, gewijzigd_op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)`,
  );
  const bezet = new Set(db.prepare('SELECT insz FROM deelnemer WHERE insz IS NOT NULL').pluck().all() as string[]);
  let volgnummer = 1;
  const nieuweInsz = (geboorte: string) => {
    let insz = '';
    do insz = inszFor(geboorte, 500 + (volgnummer++ % 400)); while (bezet.has(insz));
    bezet.add(insz);
    return insz;
  };
  const vandaagNr = toDayNumber(o.vandaag);
  const bewijs = (d: number, r: Rng) => {
    const n = d + (r.chance(0.85) ? r.int(3, 28) : r.int(32, 75));
    return n <= vandaagNr ? fromDayNumber(n) : null;
  };

  let plaatsenTotaal = 0;
  let deelnames = 0;
  let deelnemers = 0;
  for (const p of AMA_SE_PER_PROVINCIE) {
    const ids = o.maatwerkbedrijven.filter((_, i) => o.provincies[i] === p.provincie);
    if (!ids.length) continue;
    // Places: the province's total over its maatwerkbedrijven, unevenly (at least 3 each).
    const totaal = p.plaatsen * o.scale;
    const gewichten = ids.map(() => 0.4 + rng.next() * 1.6);
    const som = gewichten.reduce((a, b) => a + b, 0);
    const plaatsen = gewichten.map((g) => Math.max(3, Math.floor((totaal * g) / som)));
    let rest = totaal - plaatsen.reduce((a, b) => a + b, 0);
    for (let i = 0; rest > 0; i = (i + 1) % plaatsen.length, rest--) plaatsen[i]++;
    for (let i = 0; rest < 0 && plaatsen.some((x) => x > 3); i = (i + 1) % plaatsen.length) if (plaatsen[i] > 3) (plaatsen[i]--, rest++);
    for (const [i, org] of ids.entries()) {
      insContingent.run(org, plaatsen[i], o.nowIso);
      plaatsenTotaal += plaatsen[i];
      // The fill rate as the report spreads it (35 of 86 at 80 % or more, 33 under 60 %, about 70 % on average), the
      // chances moved by the province's own average (Vlaams-Brabant 54.9 % … West-Vlaanderen 78.9 %).
      const verschuiving = (p.invulling - 70) * 0.02;
      const u = rng.next();
      const hoog = Math.min(0.9, Math.max(0.05, 0.41 + verschuiving));
      const laag = Math.min(0.9, Math.max(0.05, 0.38 - verschuiving));
      const vulling = (u < hoog ? rng.int(80, 110) : u < hoog + laag ? rng.int(30, 59) : rng.int(60, 79)) / 100;
      const werkposten = [kboFromBase(4_500_000 + org * 3), kboFromBase(4_500_001 + org * 3)];
      const voegToe = (start: number, einde: number | null, r = rng) => {
        const geboorte = fromDayNumber(toDayNumber('1962-01-01') + r.int(0, 14_000));
        const d = Number(insDeelnemer.run(nieuweInsz(geboorte), r.pick(VOORNAMEN), r.pick(ACHTERNAMEN), geboorte, Number(geboorte.slice(0, 4)), o.nowIso).lastInsertRowid);
        deelnemers++;
        const startIso = fromDayNumber(start);
        insDeelname.run(org, d, r.pick(werkposten), startIso, einde === null ? null : fromDayNumber(einde), addDays(startIso, -r.int(7, 40)), startIso,
          einde === null ? null : fromDayNumber(einde), bewijs(start, r), einde === null ? null : bewijs(einde, r), o.nowIso, o.nowIso);
        deelnames++;
      };
      // Last year: participations until the fill rate's participant days are reached; some run on into this year.
      let doel = Math.round(vulling * plaatsen[i] * dagenInJaar);
      let lopend = 0;
      while (doel > 0) {
        const inJaar = Math.min(doel, rng.int(60, 365));
        const start = rng.chance(0.35) ? van - rng.int(1, 300) : van + rng.int(0, dagenInJaar - inJaar);
        const eindeInJaar = Math.min(tot, Math.max(start, van) + inJaar - 1);
        const loopt = eindeInJaar === tot && rng.chance(0.6);
        doel -= eindeInJaar - Math.max(start, van) + 1;
        if (loopt) lopend++;
        voegToe(start, loopt ? null : eindeInJaar);
      }
      // This year up to today: every place taken is a chain of participations one after the other (a few weeks between
      // two), the last one still running today, so that on any day about the fill rate's share of the places is taken —
      // as in a maatwerkbedrijf — and the year so far reaches about last year's fill rate. The participations running on
      // from last year hold their place all year. A chain covers ≈ 90 % of the days (a late first start, the gaps): a
      // few more chains than places make up for it.
      const dezeVan = tot + 1;
      if (vandaagNr >= dezeVan) {
        const ketens = Math.max(0, Math.round(vulling * plaatsen[i] * 1.09) - lopend);
        for (let k = 0; k < ketens; k++) {
          let start = dezeVan + rngDitJaar.int(0, 30);
          while (start <= vandaagNr) {
            const einde = start + rngDitJaar.int(120, 420) - 1;
            if (einde >= vandaagNr - 1) {
              voegToe(start, null, rngDitJaar);
              break;
            }
            voegToe(start, einde, rngDitJaar);
            start = einde + 1 + rngDitJaar.int(7, 28);
          }
        }
      }
    }
  }
  return { maatwerkbedrijven: o.maatwerkbedrijven.length, plaatsen: plaatsenTotaal, deelnames, deelnemers, jaar };
}
