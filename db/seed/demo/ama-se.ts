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
  const bewijs = (d: number) => {
    const n = d + (rng.chance(0.85) ? rng.int(3, 28) : rng.int(32, 75));
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
      // The fill rate: the province's average with a spread (some far above, some far below).
      const spreiding = rng.chance(0.5) ? rng.int(-35, 35) : rng.int(-15, 15);
      const vulling = Math.max(15, Math.min(118, p.invulling + spreiding)) / 100;
      let doel = Math.round(vulling * plaatsen[i] * dagenInJaar);
      const werkposten = [kboFromBase(4_500_000 + org * 3), kboFromBase(4_500_001 + org * 3)];
      while (doel > 0) {
        // A participation of 2–14 months, placed so that its days in the year are what is still needed.
        const lengte = Math.min(doel, rng.int(60, 420));
        const inJaar = Math.min(lengte, dagenInJaar);
        const start = rng.chance(0.35) ? van - rng.int(0, lengte - inJaar + 200) : van + rng.int(0, dagenInJaar - inJaar);
        const s = Math.max(start, van - 400);
        const eigenlijkeStart = s < van ? s : start;
        const eindeInJaar = Math.min(tot, Math.max(eigenlijkeStart, van) + inJaar - 1);
        const loopt = eindeInJaar === tot && rng.chance(0.6);
        const einde = loopt ? null : eindeInJaar;
        doel -= eindeInJaar - Math.max(eigenlijkeStart, van) + 1;
        const geboorte = fromDayNumber(toDayNumber('1962-01-01') + rng.int(0, 14_000));
        const insz = nieuweInsz(geboorte);
        const d = Number(insDeelnemer.run(insz, rng.pick(VOORNAMEN), rng.pick(ACHTERNAMEN), geboorte, Number(geboorte.slice(0, 4)), o.nowIso).lastInsertRowid);
        deelnemers++;
        const startIso = fromDayNumber(eigenlijkeStart);
        insDeelname.run(org, d, rng.pick(werkposten), startIso, einde === null ? null : fromDayNumber(einde), addDays(startIso, -rng.int(7, 40)), startIso,
          einde === null ? null : fromDayNumber(einde), bewijs(eigenlijkeStart), einde === null ? null : bewijs(einde), o.nowIso, o.nowIso);
        deelnames++;
      }
    }
  }
  return { maatwerkbedrijven: o.maatwerkbedrijven.length, plaatsen: plaatsenTotaal, deelnames, deelnemers, jaar };
}
