/**
 * Demo samenwerkingsverbanden Zorg with their mandates and two years of VDAB trajectories, at the 2024
 * volumes (reference data: 15 samenwerkingsverbanden, 48 partner organisations, 1,307 trajectories
 * started in 2024) times the scale, so the register per region, the trajectory list and the
 * half-yearly compensation can be seen populated.
 *
 * - One samenwerkingsverband per referentieregio (the partners come from organisaties.ts), its first
 *   category-1 partner the administratief aanspreekpunt; mandated 1 July 2023 – 30 June 2028 for every
 *   werk- en zorgregio of its referentieregio (Limburg: one samenwerkingsverband for its three regions —
 *   in reality two, a simplification of the demo). Beyond scale 1 the extra samenwerkingsverbanden are
 *   registered without a mandate (one mandate per region and period).
 * - Trajectories aangemeld over the last two years, per region in proportion to the 2024 objectives;
 *   most have a trajectplan; those old enough ended: with eindverslag and eindadvies (about 70 %) or
 *   early (about 20 %), some before three months (0 %). Participants by INSZ in the shared register
 *   (VDAB sends no names). Attributed like the import does: the mandate of the region on aanmelding.
 *
 * Inserted in the caller's transaction; the caller's one audit entry counts them. Reproducible.
 */
import reference from '../reference-data.json';
import type { Sqlite } from '../../open';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../../../shared/kernel/dates';
import { inszFor } from '../../../shared/kernel/insz';
import { Rng } from './prng';

export interface SamenwerkingsverbandenSummary {
  samenwerkingsverbanden: number;
  mandaten: number;
  trajecten: number;
  afgerond: number;
  vroegtijdig: number;
}

export interface SeedSwvOptions {
  scale: number;
  seed: number;
  vandaag: string;
  nowIso: string;
  swvs: { referentieregio: string; partners: { id: number; categorie: number }[] }[];
}

const MANDAAT = reference.mandatePeriods[0];
const PER_JAAR = reference.keyFigures2024.activeringstrajectenStarted2024;

export function seedSamenwerkingsverbanden(sqlite: Sqlite, o: SeedSwvOptions): SamenwerkingsverbandenSummary {
  const rng = new Rng((o.seed ^ 0x5357565a) >>> 0);
  const s: SamenwerkingsverbandenSummary = { samenwerkingsverbanden: 0, mandaten: 0, trajecten: 0, afgerond: 0, vroegtijdig: 0 };
  const rrNaam = new Map(reference.referentieregios.map((r) => [r.code, r.name]));
  const insSwv = sqlite.prepare('INSERT INTO samenwerkingsverband (naam, aanspreekpunt_id, aangemaakt_op) VALUES (?, ?, ?)');
  const insPartner = sqlite.prepare('INSERT INTO swv_partner (swv_id, organisatie_id, categorie, van, expertise, icf) VALUES (?, ?, ?, ?, ?, ?)');
  const insMandaat = sqlite.prepare(
    "INSERT INTO mandaat (swv_id, regio_code, geldig_van, geldig_tot, status, ministerieel_besluit, bron, aangemaakt_op) VALUES (?, ?, ?, ?, 'actief', ?, 'demo', ?)",
  );
  const insHist = sqlite.prepare("INSERT INTO mandaat_historiek (mandaat_id, datum, wat, toelichting) VALUES (?, ?, 'mandaat', ?)");
  const bestaand = new Set(sqlite.prepare('SELECT lower(naam) FROM samenwerkingsverband').pluck().all() as string[]);
  const bezetteRegio = new Set(sqlite.prepare('SELECT regio_code FROM mandaat WHERE geldig_van <= ? AND geldig_tot >= ?').pluck().all(MANDAAT.to, MANDAAT.from) as string[]);
  const mandaatVanRegio = new Map<string, { mandaatId: number; swvId: number }>();

  o.swvs.forEach((swv, i) => {
    if (!swv.partners.length) return;
    const basis = `Samenwerkingsverband Zorg ${rrNaam.get(swv.referentieregio) ?? swv.referentieregio}`;
    let naam = basis;
    for (let n = 2; bestaand.has(naam.toLowerCase()); n++) naam = `${basis} ${n}`;
    bestaand.add(naam.toLowerCase());
    const aanspreekpunt = swv.partners.find((p) => p.categorie === 1) ?? swv.partners[0];
    const id = Number(insSwv.run(naam, aanspreekpunt.id, o.nowIso).lastInsertRowid);
    s.samenwerkingsverbanden++;
    for (const p of swv.partners) {
      insPartner.run(id, p.id, p.categorie, MANDAAT.from, rng.pick(['Bachelor sociaal werk, 6 jaar ervaring met de doelgroep', 'Master psychologie en kennis van het regionale zorgaanbod', 'Verpleegkundige met 4 jaar ervaring in de geestelijke gezondheidszorg']), rng.chance(0.8) ? 'gecertificeerd' : 'engagement');
    }
    const regios = reference.werkEnZorgRegios.filter((r) => r.referentieregio === swv.referentieregio).map((r) => r.code);
    if (regios.some((r) => bezetteRegio.has(r))) return;
    for (const r of regios) {
      bezetteRegio.add(r);
      const mid = Number(insMandaat.run(id, r, MANDAAT.from, MANDAAT.to, `MB van 20 juni 2023 (nr. ${2023_100 + i})`, o.nowIso).lastInsertRowid);
      insHist.run(mid, MANDAAT.from, `Demomandaat van ${MANDAAT.from} tot en met ${MANDAAT.to}`);
      mandaatVanRegio.set(r, { mandaatId: mid, swvId: id });
      s.mandaten++;
    }
  });

  // Two years of trajectories, per region by its 2024 objective.
  const regios = reference.werkEnZorgRegios.filter((r) => mandaatVanRegio.has(r.code));
  if (!regios.length) return s;
  const bezet = new Set(sqlite.prepare('SELECT insz FROM deelnemer WHERE insz IS NOT NULL').pluck().all() as string[]);
  const insDeelnemer = sqlite.prepare('INSERT INTO deelnemer (insz, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?)');
  const insTraject = sqlite.prepare(
    `INSERT INTO traject (trajectnummer, deelnemer_id, regio_code, datum_aanmelding, datum_trajectplan, status, datum_einde, datum_eindverslag,
       datum_eindadvies, reden_einde, swv_id, mandaat_id, oude_regeling, bron, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'demo', ?, ?)`,
  );
  const bestaandeNummers = new Set(sqlite.prepare('SELECT trajectnummer FROM traject').pluck().all() as string[]);
  const begin = toDayNumber(addMonths(o.vandaag, -24));
  const eind = toDayNumber(o.vandaag);
  const totaal = 2 * PER_JAAR * o.scale;
  const redenen = ['werk gevonden', 'verhuisd', 'gezondheid', 'stopgezet door VDAB', 'op eigen vraag'];
  for (let n = 0; n < totaal; n++) {
    const regio = rng.weighted(regios, (r) => r.objectief2024 ?? 1);
    const aanmelding = fromDayNumber(rng.int(begin, eind));
    const leeftijd = rng.int(18, 62);
    const geboortedatum = fromDayNumber(toDayNumber(addMonths(aanmelding, -12 * leeftijd)) - rng.int(0, 364));
    let insz = '';
    for (let v = rng.int(1, 990); ; v = (v % 997) + 1) {
      insz = inszFor(geboortedatum, v);
      if (!bezet.has(insz)) break;
    }
    bezet.add(insz);
    const deelnemerId = Number(insDeelnemer.run(insz, geboortedatum, Number(geboortedatum.slice(0, 4)), o.nowIso).lastInsertRowid);
    const plan = rng.chance(0.93) ? addDays(aanmelding, rng.int(7, 45)) : null;
    let status = plan ? 'bezig' : rng.pick(['geinitieerd', 'aanvaard']);
    let einde: string | null = null;
    let verslag: string | null = null;
    let advies: string | null = null;
    let reden: string | null = null;
    if (plan && plan <= o.vandaag) {
      const r = rng.next();
      if (r < 0.7) {
        const v = addDays(addMonths(plan, rng.int(3, 18)), rng.int(0, 27));
        const a = addDays(v, rng.int(0, 28));
        if (a <= o.vandaag) ((status = 'afgesloten'), (verslag = v), (advies = a), s.afgerond++);
      } else if (r < 0.9) {
        const e = addDays(plan, rng.int(20, 300));
        if (e <= o.vandaag) ((status = 'vervroegd_stopgezet'), (einde = e), (reden = rng.pick(redenen)), s.vroegtijdig++);
      }
    } else if (plan) status = 'aanvaard';
    let nummer = `TR-${aanmelding.slice(0, 4)}-${String(n + 1).padStart(6, '0')}`;
    while (bestaandeNummers.has(nummer)) nummer = `${nummer}b`;
    bestaandeNummers.add(nummer);
    const m = mandaatVanRegio.get(regio.code)!;
    insTraject.run(nummer, deelnemerId, regio.code, aanmelding, plan && plan <= o.vandaag ? plan : null, status, einde, verslag, advies, reden, m.swvId, m.mandaatId, o.nowIso, o.nowIso);
    s.trajecten++;
  }
  return s;
}
