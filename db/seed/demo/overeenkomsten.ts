/**
 * Demo agreements AMA WVG (overeenkomsten) with their participants and yearly evaluations, at the
 * 2024 volumes (reference data keyFigures2024: 3,686 running agreements, 3,522 participants) times
 * the scale, so that the agreements register, its follow-up lists and the half-yearly subsidy run
 * can be seen populated.
 *
 * Every agreement satisfies the rules of shared/ama-wvg/overeenkomst.ts (tested): the participant is
 * 20–60 years old on the start date, the begeleider's recognition runs on the start date and the
 * agreement does not outlive it, a participant has one begeleider only (participants are never
 * shared between begeleiders), one agreement per werkpost, the official model (all start from 2024).
 * About 4 % of the participants have a second werkpost at the same time with the same begeleider
 * (counted once by the subsidy); about 12 % of the agreements ended before today; about 15 % of the
 * running agreements older than a year have no evaluation in the last twelve months; a few agreements
 * without end date hang on a recognition that ended (the "zonder einde na einde erkenning" list).
 *
 * Inserted with prepared statements in the caller's transaction; the caller's one audit entry counts
 * them. Reproducible: a PRNG seeded from the run's seed.
 */
import type { Sqlite } from '../../open';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../../../shared/kernel/dates';
import { inszFor } from '../../../shared/kernel/insz';
import { ACHTERNAMEN, VOORNAMEN, straatEnNummer } from './names';
import { Rng } from './prng';

/** Per scale unit (keyFigures2024). */
export const OVEREENKOMST_VOLUMES = {
  deelnemers: 3522,
  /** Share of participants with a second, parallel werkpost at the same begeleider. */
  parallel: 0.04,
  /** Share of agreements that ended before today (besides the running ones). */
  beeindigd: 0.12,
  /** Share of running agreements (older than a year) whose evaluation is overdue. */
  evaluatieAchterstallig: 0.15,
} as const;

const WERKPOSTEN = [
  'Kringwinkel', 'Bibliotheek', 'Woonzorgcentrum', 'Sportcentrum', 'Stadsboerderij', 'Dierenasiel', 'Sociaal restaurant',
  'Kinderboerderij', 'Buurtsupermarkt', 'Fietsherstelplaats', 'Groendienst', 'Kapsalon', 'Sociale kruidenier', 'Containerpark',
  'Cultuurcentrum', 'Zwembad', 'Voedselbank', 'Tuinbouwbedrijf', 'Bakkerij', 'Drukkerij',
] as const;

export interface OvereenkomstenSummary {
  deelnemers: number;
  overeenkomsten: number;
  lopend: number;
  beeindigd: number;
  parallel: number;
  evaluaties: number;
  evaluatieAchterstallig: number;
  zonderEindeNaEindeErkenning: number;
}

export interface SeedOvereenkomstenOptions {
  scale: number;
  seed: number;
  vandaag: string;
  nowIso: string;
  /** This batch's organisations (their recognitions get agreements). */
  idVan: number;
  idTot: number;
}

interface ErkenningRij {
  id: number;
  organisatieId: number;
  geldigVan: string;
  geldigTot: string;
  status: string;
  eindeReden: string | null;
  postcode: string;
  gemeente: string;
  email: string | null;
}

const dn = toDayNumber;
const iso = fromDayNumber;

export function seedOvereenkomsten(sqlite: Sqlite, o: SeedOvereenkomstenOptions): OvereenkomstenSummary {
  const rng = new Rng((o.seed ^ 0x4f564b4d) >>> 0);
  const V = o.vandaag;
  const erkenningen = sqlite
    .prepare(
      `SELECT e.id, e.organisatie_id AS organisatieId, e.geldig_van AS geldigVan, e.geldig_tot AS geldigTot, e.status,
              e.einde_reden AS eindeReden, g.postcode, g.gemeente, g.email
         FROM erkenning e JOIN organisatie g ON g.id = e.organisatie_id
        WHERE e.organisatie_id BETWEEN ? AND ? ORDER BY e.id`,
    )
    .all(o.idVan, o.idTot) as ErkenningRij[];
  const actief = erkenningen.filter((e) => e.status === 'actief' && e.geldigVan <= V);
  const beeindigdeErkenningen = erkenningen.filter((e) => e.status !== 'actief' && e.eindeReden !== 'vervangen' && e.geldigTot >= '2024-03-01');
  const s: OvereenkomstenSummary = { deelnemers: 0, overeenkomsten: 0, lopend: 0, beeindigd: 0, parallel: 0, evaluaties: 0, evaluatieAchterstallig: 0, zonderEindeNaEindeErkenning: 0 };
  if (!actief.length) return s;

  const bezet = new Set(sqlite.prepare('SELECT insz FROM deelnemer WHERE insz IS NOT NULL').pluck().all() as string[]);
  const insDeelnemer = sqlite.prepare('INSERT INTO deelnemer (insz, voornaam, achternaam, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?)');
  const insOvk = sqlite.prepare(
    `INSERT INTO overeenkomst (organisatie_id, erkenning_id, deelnemer_id, werkpost_naam, werkpost_kbo, werkpost_locaties, startdatum, einddatum,
       einde_reden, contact_email, model_overeenkomst, geen_combinatie_verklaard, bron, aangemaakt_op)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 1, 1, 'demo', ?)`,
  );
  const insEval = sqlite.prepare('INSERT INTO evaluatie (overeenkomst_id, datum, opmerking) VALUES (?, ?, ?)');

  const deelnemer = (start: string): number => {
    const leeftijd = rng.int(20, 60);
    const geboortedatum = iso(dn(addMonths(start, -12 * leeftijd)) - rng.int(0, 364));
    let insz = '';
    for (let v = rng.int(1, 990); ; v = (v % 997) + 1) {
      insz = inszFor(geboortedatum, v);
      if (!bezet.has(insz)) break;
    }
    bezet.add(insz);
    s.deelnemers++;
    return Number(insDeelnemer.run(insz, rng.pick(VOORNAMEN), rng.pick(ACHTERNAMEN), geboortedatum, Number(geboortedatum.slice(0, 4)), o.nowIso).lastInsertRowid);
  };
  const werkpost = (e: ErkenningRij, niet?: string) => {
    let naam: string;
    do naam = `${rng.pick(WERKPOSTEN)} ${e.gemeente}`;
    while (naam === niet);
    return naam;
  };
  const locaties = (e: ErkenningRij) => JSON.stringify([{ straat: straatEnNummer(rng), postcode: e.postcode, gemeente: e.gemeente }]);
  const contact = (e: ErkenningRij) => e.email ?? null;
  /** Evaluations of a running agreement: yearly since the start; the last one recent unless overdue. */
  const evaluaties = (ovkId: number, start: string, tot: string | null, achterstallig: boolean) => {
    const grens = tot && tot < V ? tot : V;
    let d = addMonths(start, rng.int(9, 12));
    const laatsteToegestaan = achterstallig ? addMonths(grens, -13) : grens;
    const datums: string[] = [];
    while (d <= laatsteToegestaan) {
      datums.push(d);
      d = addMonths(d, rng.int(10, 12));
    }
    // Not overdue: make sure the last evaluation lies within the last twelve months when the agreement is older than a year.
    if (!achterstallig && addMonths(start, 12) <= grens && (datums.length === 0 || datums[datums.length - 1] <= addMonths(grens, -12))) {
      datums.push(iso(dn(grens) - rng.int(5, 300)));
    }
    for (const x of datums) {
      if (x <= start) continue;
      insEval.run(ovkId, x, rng.chance(0.3) ? rng.pick(['Loopt goed.', 'Wil meer uren.', 'Even minder uren na ziekte.', 'Nieuwe taken op de werkpost.']) : null);
      s.evaluaties++;
    }
  };

  const n = Math.round(OVEREENKOMST_VOLUMES.deelnemers * o.scale);
  for (let i = 0; i < n; i++) {
    const e = actief[i % actief.length];
    const vroegst = e.geldigVan > '2024-01-01' ? e.geldigVan : '2024-01-01';
    const laatst = e.geldigTot < V ? e.geldigTot : V;
    if (vroegst > laatst) continue;
    const start = iso(rng.int(dn(vroegst), dn(laatst)));
    const id = deelnemer(start);
    const wp = werkpost(e);
    const ovk = Number(insOvk.run(e.organisatieId, e.id, id, wp, locaties(e), start, null, null, contact(e), o.nowIso).lastInsertRowid);
    s.overeenkomsten++;
    s.lopend++;
    const achterstallig = addMonths(start, 13) <= V && rng.chance(OVEREENKOMST_VOLUMES.evaluatieAchterstallig);
    if (achterstallig) s.evaluatieAchterstallig++;
    evaluaties(ovk, start, null, achterstallig);

    if (rng.chance(OVEREENKOMST_VOLUMES.parallel)) {
      // A second werkpost at the same begeleider, at the same time (counted once by the subsidy).
      const start2 = iso(rng.int(dn(start), dn(laatst)));
      const ovk2 = Number(insOvk.run(e.organisatieId, e.id, id, werkpost(e, wp), locaties(e), start2, null, null, contact(e), o.nowIso).lastInsertRowid);
      evaluaties(ovk2, start2, null, false);
      s.overeenkomsten++;
      s.lopend++;
      s.parallel++;
    }
    if (rng.chance(OVEREENKOMST_VOLUMES.beeindigd)) {
      // An earlier agreement of the same participant with the same begeleider that ended before this one started.
      const eindeNr = dn(start) - rng.int(1, 60);
      const startNr = eindeNr - rng.int(90, 400);
      if (iso(startNr) >= vroegst) {
        const ovk3 = Number(
          insOvk.run(e.organisatieId, e.id, id, werkpost(e, wp), locaties(e), iso(startNr), iso(eindeNr), 'einde-overeenkomst', contact(e), o.nowIso).lastInsertRowid,
        );
        evaluaties(ovk3, iso(startNr), iso(eindeNr), false);
        s.overeenkomsten++;
        s.beeindigd++;
      }
    }
  }

  // A few agreements without end date on recognitions that ended (expired without renewal, or revoked): the handful
  // of warnings a real department sees in a subsidy run, not one per ended recognition (issue 15, point 20).
  const verlopen = beeindigdeErkenningen.filter((e) => e.eindeReden === 'verlopen');
  const opgeheven = beeindigdeErkenningen.filter((e) => e.eindeReden !== 'verlopen');
  const naEinde = [...verlopen.slice(0, Math.max(1, Math.round(2 * o.scale))), ...opgeheven.slice(0, Math.max(1, Math.round(o.scale)))];
  for (const e of naEinde) {
    const vroegst = e.geldigVan > '2024-01-01' ? e.geldigVan : '2024-01-01';
    const laatst = addDays(e.geldigTot, -30);
    if (vroegst > laatst) continue;
    const start = iso(rng.int(dn(vroegst), dn(laatst)));
    insOvk.run(e.organisatieId, e.id, deelnemer(start), werkpost(e), locaties(e), start, null, null, contact(e), o.nowIso);
    s.overeenkomsten++;
    s.zonderEindeNaEindeErkenning++;
  }
  return s;
}
