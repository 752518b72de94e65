/**
 * Demo data generator: realistic synthetic organisations at the 2024 volumes (see organisaties.ts),
 * `scale` times over, plus four medewerkers. Reproducible: a fixed-seed PRNG, so the same scale on
 * an empty database gives the same names, numbers and addresses every time.
 *
 * Audit: bulk demo data is audited as ONE batch entry per run (gebruiker 'systeem', methode
 * 'seed.demo', entiteit 'demogegevens', the id range and counts in `nieuw`), written in the same
 * transaction as the rows — not one entry per organisation. The history of a demo organisation
 * therefore starts with its first real change; the batch entry says where it came from.
 *
 * Later generators (agreements, contingents) hook in after the organisations, using
 * `DemoSummary.rollen` to find the begeleiders, maatwerkbedrijven and samenwerkingsverbanden. The
 * recognitions AMA WVG and their applications (erkenningen.ts), and the agreements with their
 * participants (overeenkomsten.ts), are generated in the same transaction and counted in the same
 * single audit entry, as are the samenwerkingsverbanden Zorg with their mandates and trajectories
 * (samenwerkingsverbanden.ts).
 */
import { brusselsDate } from '../../../shared/kernel/dates';
import type { Sqlite } from '../../open';
import { formatTijdstip } from '../../../shared/kernel/format';
import { Rng, demoSeed } from './prng';
import { DEMO_ROLLEN, demoVolumes, planOrganisaties, type DemoRol } from './organisaties';
import { DEMO_MEDEWERKERS } from './medewerkers';
import { seedErkenningen, type ErkenningenSummary } from './erkenningen';
import { seedOvereenkomsten, type OvereenkomstenSummary } from './overeenkomsten';
import { seedSamenwerkingsverbanden, type SamenwerkingsverbandenSummary } from './samenwerkingsverbanden';
import { seedAmaSe, type AmaSeSummary } from './ama-se';
import { provincieVanPostcode } from '../../../shared/kernel/postcode';

export { demoVolumes, planOrganisaties, type DemoRol, type DemoOrganisatie, type DemoPlan } from './organisaties';
export { DEMO_MEDEWERKERS } from './medewerkers';
export { seedErkenningen, ERKENNING_VOLUMES, type ErkenningenSummary } from './erkenningen';
export { seedOvereenkomsten, OVEREENKOMST_VOLUMES, type OvereenkomstenSummary } from './overeenkomsten';
export { Rng, demoSeed } from './prng';

export const MAX_SCHAAL = 1000;

export interface SeedDemoOptions {
  /** Multiplier of the 2024 volumes (1 ≈ 300 organisations, 170 ≈ 51,000). Whole number ≥ 1. */
  scale?: number;
  /** The clock (audit time, creation time, cessation dates before it). */
  now?: Date;
  /** Seed again into a database that already has demo data (a new, different batch). */
  force?: boolean;
  /** Progress: phase name (Dutch), done, total. */
  onProgress?: (fase: string, gedaan: number, totaal: number) => void;
}

export interface DemoSummary {
  scale: number;
  /** Which run on this database (1 = first); runs after the first use another seed. */
  run: number;
  seed: number;
  organisaties: number;
  contactpersonen: number;
  /** Medewerkers added (0 when the four already existed). */
  medewerkers: number;
  perRol: Record<DemoRol, number>;
  perType: Record<string, number>;
  stopgezet: number;
  /** Range of the organisation ids of this batch (inclusive). */
  idVan: number;
  idTot: number;
  rollen: {
    amaWvgBegeleiders: number[];
    maatwerkbedrijven: number[];
    /** The report province of each maatwerkbedrijf (same order). */
    maatwerkbedrijfProvincies: string[];
    samenwerkingsverbanden: { referentieregio: string; partners: { id: number; categorie: number }[] }[];
  };
  /** Recognitions AMA WVG and applications (erkenningen.ts). */
  erkenningen: ErkenningenSummary;
  /** Agreements AMA WVG with participants and evaluations (overeenkomsten.ts). */
  overeenkomsten: OvereenkomstenSummary;
  /** Contingents AMA SE and a year of begeleidingsovereenkomsten (ama-se.ts). */
  amaSe: AmaSeSummary;
  /** Samenwerkingsverbanden Zorg, their mandates and two years of trajectories (samenwerkingsverbanden.ts). */
  swvZorg: SamenwerkingsverbandenSummary;
  ms: { genereren: number; invoegen: number; totaal: number };
}

/** Thrown when the database already holds demo data and `force` is not set. */
export class DemoAlAanwezigError extends Error {
  constructor(readonly eerdereRuns: number, laatste: string) {
    super(
      `Deze database bevat al demogegevens (${eerdereRuns === 1 ? 'één reeks' : `${eerdereRuns} reeksen`}, ` +
        `laatst geladen op ${formatTijdstip(laatste)}). ` +
        'Er is niets gewijzigd. Gebruik --force om er een bijkomende reeks aan toe te voegen.',
    );
    this.name = 'DemoAlAanwezigError';
  }
}

export class OngeldigeSchaalError extends Error {
  constructor(scale: unknown) {
    super(`Ongeldige schaal "${String(scale)}": geef een geheel getal van 1 tot en met ${MAX_SCHAAL}.`);
    this.name = 'OngeldigeSchaalError';
  }
}

const now = () => performance.now();

export function seedDemo(sqlite: Sqlite, opts: SeedDemoOptions = {}): DemoSummary {
  const scale = opts.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCHAAL) throw new OngeldigeSchaalError(scale);
  const clock = opts.now ?? new Date();
  const nowIso = clock.toISOString();
  const progress = opts.onProgress ?? (() => {});
  const t0 = now();

  const eerder = sqlite
    .prepare("SELECT count(*) AS n, max(tijdstip) AS laatst FROM audit_entry WHERE methode = 'seed.demo'")
    .get() as { n: number; laatst: string | null };
  if (eerder.n > 0 && !opts.force) throw new DemoAlAanwezigError(eerder.n, eerder.laatst ?? nowIso);

  const run = eerder.n;
  const seed = demoSeed(scale, run);
  const rng = new Rng(seed);
  const bezetteKbo = new Set((sqlite.prepare('SELECT kbo FROM organisatie').pluck().all() as string[]));
  progress('Organisaties genereren', 0, demoVolumes(scale).totaal);
  const plan = planOrganisaties(rng, { scale, vandaag: brusselsDate(new Date(nowIso)), bezetteKbo });
  const t1 = now();

  const insOrg = sqlite.prepare(
    `INSERT INTO organisatie (naam, kbo, type_code, straat, postcode, gemeente, regio_code, provincie_code, iban, email, telefoon,
                              status, stopgezet_op, aangemaakt_op, gewijzigd_op, versie)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insCp = sqlite.prepare(
    'INSERT INTO contactpersoon (organisatie_id, volgorde, naam, functie, email, telefoon) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insMw = sqlite.prepare(
    `INSERT OR IGNORE INTO medewerker (naam, functie, departement, dienst, email, telefoon, mag_ondertekenen, delegatie, actief, subject)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  // Roles of the demo staff (INSERT OR IGNORE: a store with someone of that name keeps that person's roles too).
  const insRol = sqlite.prepare('INSERT OR IGNORE INTO medewerker_rol (medewerker_id, rol) SELECT id, ? FROM medewerker WHERE naam = ?');
  const insAudit = sqlite.prepare(
    `INSERT INTO audit_entry (tijdstip, gebruiker, rol, methode, entiteit, entiteit_id, actie, oud, nieuw, reden)
     VALUES (?, 'systeem', 'beheerder', 'seed.demo', 'demogegevens', ?, 'aangemaakt', NULL, ?, ?)`,
  );

  const totaal = plan.organisaties.length;
  const stap = Math.max(1000, Math.ceil(totaal / 10 / 1000) * 1000);

  const summary = sqlite.transaction((): DemoSummary => {
    // Re-check inside the write transaction: another process may have seeded meanwhile.
    const nu = sqlite.prepare("SELECT count(*) AS n FROM audit_entry WHERE methode = 'seed.demo'").pluck().get() as number;
    if (nu !== run) throw new DemoAlAanwezigError(nu, nowIso);

    let medewerkers = 0;
    for (const m of DEMO_MEDEWERKERS) {
      medewerkers += insMw.run(m.naam, m.functie, m.departement, m.dienst, m.email, m.telefoon, m.magOndertekenen ? 1 : 0,
        m.delegatie, m.subject).changes;
      for (const r of m.rollen) insRol.run(r, m.naam);
    }

    const perRol = Object.fromEntries(DEMO_ROLLEN.map((r) => [r, 0])) as Record<DemoRol, number>;
    const perType: Record<string, number> = {};
    const rollen: DemoSummary['rollen'] = {
      amaWvgBegeleiders: [],
      maatwerkbedrijven: [],
      maatwerkbedrijfProvincies: [],
      samenwerkingsverbanden: plan.samenwerkingsverbanden.map((s) => ({ referentieregio: s.referentieregio, partners: [] })),
    };
    let contactpersonen = 0;
    let stopgezet = 0;
    let idVan = 0;
    let idTot = 0;
    plan.organisaties.forEach((o, i) => {
      const id = Number(
        insOrg.run(o.naam, o.kbo, o.typeCode, o.straat, o.postcode, o.gemeente, o.regioCode, provincieVanPostcode(o.postcode), o.iban, o.email, o.telefoon,
          o.status, o.stopgezetOp, nowIso, nowIso).lastInsertRowid,
      );
      if (i === 0) idVan = id;
      idTot = id;
      o.contactpersonen.forEach((c, v) => insCp.run(id, v, c.naam, c.functie, c.email, c.telefoon));
      contactpersonen += o.contactpersonen.length;
      perRol[o.rol]++;
      perType[o.typeCode] = (perType[o.typeCode] ?? 0) + 1;
      if (o.status === 'stopgezet') stopgezet++;
      if (o.rol === 'ama-wvg-begeleider') rollen.amaWvgBegeleiders.push(id);
      else if (o.rol === 'maatwerkbedrijf') (rollen.maatwerkbedrijven.push(id), rollen.maatwerkbedrijfProvincies.push(o.provincie ?? 'VBR'));
      else if (o.rol === 'swv-zorg-partner' && o.swv !== null) {
        rollen.samenwerkingsverbanden[o.swv].partners.push({ id, categorie: o.swvCategorie ?? 0 });
      }
      if ((i + 1) % stap === 0) progress('Organisaties invoegen', i + 1, totaal);
    });
    for (const s of rollen.samenwerkingsverbanden) s.partners.sort((a, b) => a.categorie - b.categorie || a.id - b.id);
    progress('Organisaties invoegen', totaal, totaal);

    // Recognitions AMA WVG: the begeleiders hold one; swv partners and maatwerkbedrijven (eligible types)
    // hold the expired and revoked ones and file the new applications.
    progress('Erkenningen en aanvragen', 0, 1);
    const erkenningen = seedErkenningen(sqlite, {
      scale, seed, vandaag: brusselsDate(new Date(nowIso)), nowIso, begeleiders: rollen.amaWvgBegeleiders, idVan, idTot,
      kandidaten: [...rollen.samenwerkingsverbanden.flatMap((s) => s.partners.map((p) => p.id)).sort((a, b) => a - b), ...rollen.maatwerkbedrijven],
    });
    progress('Erkenningen en aanvragen', 1, 1);
    progress('Overeenkomsten en deelnemers', 0, 1);
    const overeenkomsten = seedOvereenkomsten(sqlite, { scale, seed, vandaag: brusselsDate(new Date(nowIso)), nowIso, idVan, idTot });
    progress('Overeenkomsten en deelnemers', 1, 1);
    progress('Samenwerkingsverbanden Zorg en trajecten', 0, 1);
    const swvZorg = seedSamenwerkingsverbanden(sqlite, { scale, seed, vandaag: brusselsDate(new Date(nowIso)), nowIso, swvs: rollen.samenwerkingsverbanden });
    progress('Samenwerkingsverbanden Zorg en trajecten', 1, 1);
    progress('Contingenten en begeleidingsovereenkomsten AMA SE', 0, 1);
    const amaSe = seedAmaSe(sqlite, { scale, seed, vandaag: brusselsDate(new Date(nowIso)), nowIso, maatwerkbedrijven: rollen.maatwerkbedrijven, provincies: rollen.maatwerkbedrijfProvincies });
    progress('Contingenten en begeleidingsovereenkomsten AMA SE', 1, 1);

    const gesorteerdPerType = Object.fromEntries(Object.entries(perType).sort(([a], [b]) => a.localeCompare(b)));
    insAudit.run(
      nowIso,
      `reeks-${run + 1}`,
      JSON.stringify({ schaal: scale, seed, organisaties: totaal, contactpersonen, medewerkers, idVan, idTot, perRol, perType: gesorteerdPerType, erkenningen, overeenkomsten, swvZorg, amaSe }),
      `Demogegevens geladen (schaal ${scale}, reeks ${run + 1}): ${totaal} organisaties, ${contactpersonen} contactpersonen, ` +
        `${medewerkers} medewerkers, ${erkenningen.erkenningen} erkenningen (${erkenningen.actief} actief), ${erkenningen.aanvragen} aanvragen, ` +
        `${overeenkomsten.overeenkomsten} overeenkomsten met ${overeenkomsten.deelnemers} deelnemers, ` +
        `${swvZorg.samenwerkingsverbanden} samenwerkingsverbanden Zorg met ${swvZorg.mandaten} mandaten en ${swvZorg.trajecten} trajecten, ` +
        `${amaSe.maatwerkbedrijven} contingenten AMA SE (${amaSe.plaatsen} plaatsen) met ${amaSe.deelnames} begeleidingsovereenkomsten. ` +
        'Eén auditregel voor de hele reeks.',
    );
    return {
      scale, run: run + 1, seed, organisaties: totaal, contactpersonen, medewerkers, perRol, perType: gesorteerdPerType,
      stopgezet, idVan, idTot, rollen, erkenningen, overeenkomsten, swvZorg, amaSe, ms: { genereren: 0, invoegen: 0, totaal: 0 },
    };
  })();
  const t2 = now();
  summary.ms = { genereren: t1 - t0, invoegen: t2 - t1, totaal: t2 - t0 };
  return summary;
}
