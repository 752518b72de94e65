/**
 * The plan of demo organisations: pure (no database), reproducible from the Rng. Volumes follow the
 * 2024 key figures of the reference data, times the scale:
 *
 * | role                         | per scale unit | from                                           |
 * |------------------------------|----------------|------------------------------------------------|
 * | recognised begeleider AMA WVG | 142            | keyFigures2024.amaWvgRecognisedBegeleiders     |
 * | maatwerkbedrijf (AMA SE)      | 86             | keyFigures2024.amaSeMaatwerkbedrijven          |
 * | partner samenwerkingsverband  | 48 (in 15 swv) | keyFigures2024.samenwerkingsverband…           |
 * | other, active                 | 15             | werkactoren, GOB, PAAZ, … (assumed)            |
 * | ceased (stopgezet)            | 9 (3 %)        | assumed                                        |
 *
 * The groups are disjoint: a begeleider is of an AMA WVG-eligible type other than maatwerkbedrijf,
 * so the register has exactly 86 × scale organisations of type MAATWERKBEDRIJF and the three role
 * groups stay countable. Later generators (recognitions, agreements, contingents) take their
 * organisations from the role of each planned organisation.
 */
import reference from '../reference-data.json';
import { kboFromBase } from '../../../shared/kernel/kbo';
import { belgianIbanFromAccount } from '../../../shared/kernel/iban';
import { fromDayNumber, toDayNumber } from '../../../shared/kernel/dates';
import type { Rng } from './prng';
import { GEMEENTEN, gemeentenIn, type Gemeente } from './gemeenten';
import { FUNCTIES, contactpersoon, organisatieNaam, rekeningBasis, straatEnNummer, vasteLijn, type DemoPersoon } from './names';

export type DemoRol = 'ama-wvg-begeleider' | 'maatwerkbedrijf' | 'swv-zorg-partner' | 'overig' | 'stopgezet';
export const DEMO_ROLLEN: readonly DemoRol[] = ['ama-wvg-begeleider', 'maatwerkbedrijf', 'swv-zorg-partner', 'overig', 'stopgezet'];

export interface DemoOrganisatie {
  rol: DemoRol;
  /** For a swv-zorg-partner: the number of its samenwerkingsverband in this plan (0-based). */
  swv: number | null;
  /** For a swv-zorg-partner: its partner category (1–3). */
  swvCategorie: number | null;
  /** For a maatwerkbedrijf: the province of the 2024 report it counts in (Brussels: see AMA_SE_PER_PROVINCIE). */
  provincie?: string;
  naam: string;
  kbo: string;
  typeCode: string;
  straat: string;
  postcode: string;
  gemeente: string;
  /** Null for a Brussels organisation (no werk- en zorgregio). */
  regioCode: string | null;
  iban: string | null;
  email: string | null;
  telefoon: string | null;
  status: 'actief' | 'stopgezet';
  stopgezetOp: string | null;
  contactpersonen: DemoPersoon[];
}

/**
 * AMA SE in 2024 per province (seed 004, table in §4.2: vestigingsplaats of the maatwerkbedrijf): maatwerkbedrijven,
 * places and the average fill rate on a yearly basis. The one Brussels maatwerkbedrijf is established in Anderlecht:
 * province BRU, no werk- en zorgregio.
 */
export const AMA_SE_PER_PROVINCIE = [
  { provincie: 'ANT', demoProvincie: 'ANT', maatwerkbedrijven: 22, plaatsen: 301, invulling: 75.1 },
  { provincie: 'LIM', demoProvincie: 'LIM', maatwerkbedrijven: 14, plaatsen: 422, invulling: 70.0 },
  { provincie: 'OVL', demoProvincie: 'OVL', maatwerkbedrijven: 19, plaatsen: 509, invulling: 66.3 },
  { provincie: 'VBR', demoProvincie: 'VBR', maatwerkbedrijven: 9, plaatsen: 239, invulling: 54.9 },
  { provincie: 'WVL', demoProvincie: 'WVL', maatwerkbedrijven: 21, plaatsen: 490, invulling: 78.9 },
  { provincie: 'BRU', demoProvincie: 'BRU', maatwerkbedrijven: 1, plaatsen: 7, invulling: 51.6 },
] as const;

export interface DemoSamenwerkingsverband {
  /** The referentieregio it works in (one mandate per referentieregio). */
  referentieregio: string;
}

export interface DemoPlan {
  organisaties: DemoOrganisatie[];
  samenwerkingsverbanden: DemoSamenwerkingsverband[];
}

const KF = reference.keyFigures2024;
const ELIGIBLE = new Set(reference.amaWvgBegeleiderEligibleTypes);

/**
 * Relative share of each eligible type among the recognised begeleiders AMA WVG (assumed; the annual
 * report gives only the total). Sums to 142 so that scale 1 matches it type by type.
 */
const BEGELEIDER_TYPE_GEWICHT: Record<string, number> = {
  VAPH: 28, OCMW: 22, CGG: 18, CAW: 16, PZ: 14, DMW_ZIEKENFONDS: 10, OPGROEIEN: 10, IBW: 8,
  REVALIDATIECENTRUM: 8, REVALIDATIEVOORZIENING_953_965: 8,
};

/** Within a partner category, how likely each type is (assumed). */
const SWV_TYPE_GEWICHT: Record<string, number> = {
  CAW: 5, OCMW: 4, DMW_ZIEKENFONDS: 1, VAPH: 1, CGG: 4, PZ: 3, IBW: 2, REVALIDATIECENTRUM: 1,
};

/** Other active organisations and ceased ones per scale unit (assumed; ≈ 300 in all at scale 1). */
// Onderwijsinstelling and PAAZ are among the others: eligible for AMA WVG only until 31/12/2023 (art. 74).
const OVERIG_PER_SCHAAL: Record<string, number> = { WERKACTOR: 6, GOB: 5, ANDERE: 2, ONDERWIJSINSTELLING: 1, PAAZ: 1 };
const STOPGEZET_PER_SCHAAL: Record<string, number> = { WERKACTOR: 3, ANDERE: 2, VAPH: 1, OPGROEIEN: 1, GOB: 1, OCMW: 1 };

export interface DemoVolumes {
  amaWvgBegeleiders: number;
  maatwerkbedrijven: number;
  swvZorgPartners: number;
  samenwerkingsverbanden: number;
  overig: number;
  stopgezet: number;
  totaal: number;
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

export function demoVolumes(scale: number): DemoVolumes {
  const v = {
    amaWvgBegeleiders: KF.amaWvgRecognisedBegeleiders * scale,
    maatwerkbedrijven: KF.amaSeMaatwerkbedrijven * scale,
    swvZorgPartners: KF.samenwerkingsverbandZorgOrganisations * scale,
    samenwerkingsverbanden: KF.samenwerkingsverbandenZorg * scale,
    overig: sum(OVERIG_PER_SCHAAL) * scale,
    stopgezet: sum(STOPGEZET_PER_SCHAAL) * scale,
  };
  return { ...v, totaal: v.amaWvgBegeleiders + v.maatwerkbedrijven + v.swvZorgPartners + v.overig + v.stopgezet };
}

/** Split `total` over the keys in proportion to the weights (largest remainder, deterministic). */
export function verdeel(total: number, gewichten: Record<string, number>): Record<string, number> {
  const keys = Object.keys(gewichten);
  const w = sum(gewichten);
  const exact = keys.map((k) => (total * gewichten[k]) / w);
  const out: Record<string, number> = {};
  keys.forEach((k, i) => (out[k] = Math.floor(exact[i])));
  let rest = total - sum(out);
  const order = keys.map((k, i) => ({ k, frac: exact[i] - Math.floor(exact[i]), i })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const o of order) {
    if (rest-- <= 0) break;
    out[o.k]++;
  }
  return out;
}

const REGIO_OBJECTIEF = new Map(reference.werkEnZorgRegios.map((r) => [r.code, r.objectief2024 ?? 1]));
const REFERENTIEREGIO_VAN = new Map(reference.werkEnZorgRegios.map((r) => [r.code, r.referentieregio]));

for (const r of reference.werkEnZorgRegios) gemeentenIn(r.code); // every region has demo municipalities
for (const gem of GEMEENTEN) {
  if (!REFERENTIEREGIO_VAN.has(gem.regio)) throw new Error(`Demogemeente ${gem.naam}: onbekende regio ${gem.regio}.`);
}

/** A municipality anywhere, regions weighted by their 2024 objective, then by size. */
function gemeenteOveral(rng: Rng): Gemeente {
  const regio = rng.weighted(reference.werkEnZorgRegios, (r) => REGIO_OBJECTIEF.get(r.code) ?? 1).code;
  return rng.weighted(gemeentenIn(regio), (g) => g.gewicht);
}

const GEMEENTEN_PER_REFERENTIEREGIO = new Map<string, Gemeente[]>();
for (const gem of GEMEENTEN) {
  const rr = REFERENTIEREGIO_VAN.get(gem.regio) as string;
  GEMEENTEN_PER_REFERENTIEREGIO.set(rr, [...(GEMEENTEN_PER_REFERENTIEREGIO.get(rr) ?? []), gem]);
}

function gemeenteInReferentieregio(rng: Rng, referentieregio: string): Gemeente {
  const list = GEMEENTEN_PER_REFERENTIEREGIO.get(referentieregio);
  if (!list) throw new Error(`Geen demogemeenten in referentieregio ${referentieregio}.`);
  return rng.weighted(list, (g) => g.gewicht);
}

/** A municipality of the Brussels-Capital Region: no werk- en zorgregio (regio ''). */
const BRUSSEL: Gemeente = { naam: 'Anderlecht', postcode: '1070', regio: '', zone: '02', gewicht: 1 };

export interface PlanOptions {
  scale: number;
  /** Today as `YYYY-MM-DD` (dates of cessation lie before it). */
  vandaag: string;
  /** KBO numbers already in the database (formatted); new ones avoid them. Mutated. */
  bezetteKbo: Set<string>;
}

export function planOrganisaties(rng: Rng, opts: PlanOptions): DemoPlan {
  const { scale } = opts;
  const vol = demoVolumes(scale);
  const organisaties: DemoOrganisatie[] = [];
  const vandaagNr = toDayNumber(opts.vandaag);
  const vroegsteStop = toDayNumber('2019-01-01');

  const nieuweKbo = (): string => {
    for (;;) {
      // Modern numbers: 0200.000.0xx … 0999.999.9xx.
      const kbo = kboFromBase(rng.int(2_000_000, 9_999_999));
      if (!opts.bezetteKbo.has(kbo)) {
        opts.bezetteKbo.add(kbo);
        return kbo;
      }
    }
  };

  // Names repeat across Flanders in reality too, but a small register full of twins looks fake:
  // try a few places and names before accepting a name already given. The retries have a budget:
  // at large scales the word lists are exhausted and retrying would only cost time.
  const gebruikteNamen = new Set<string>();
  let herkansingen = 2_000;
  const kiesNaam = (typeCode: string, kies: () => Gemeente): { gem: Gemeente; naam: string; domein: string } => {
    const probeer = () => {
      const gem = kies();
      return { gem, ...organisatieNaam(rng, typeCode, gem) };
    };
    let poging = probeer();
    for (let i = 0; i < 4 && herkansingen > 0 && gebruikteNamen.has(poging.naam); i++, herkansingen--) poging = probeer();
    if (gebruikteNamen.has(poging.naam) && !poging.naam.includes(poging.gem.naam)) {
      poging.naam = `${poging.naam} – ${poging.gem.naam}`;
    }
    gebruikteNamen.add(poging.naam);
    return poging;
  };

  const maak = (rol: DemoRol, typeCode: string, kies: () => Gemeente, extra: Partial<DemoOrganisatie> = {}): void => {
    const { gem, naam, domein } = kiesNaam(typeCode, kies);
    const aantal = rng.weighted([1, 2, 3], (n) => (n === 1 ? 45 : n === 2 ? 40 : 15));
    const contactpersonen: DemoPersoon[] = [];
    for (let i = 0; i < aantal; i++) {
      const functie = i === 0 ? rng.pick(['Directeur', 'Algemeen directeur', 'Coördinator', 'Diensthoofd']) : rng.pick(FUNCTIES);
      contactpersonen.push(contactpersoon(rng, domein, gem.zone, functie));
    }
    let status: DemoOrganisatie['status'] = 'actief';
    let stopgezetOp: string | null = null;
    if (rol === 'stopgezet') {
      status = 'stopgezet';
      stopgezetOp = fromDayNumber(rng.int(vroegsteStop, Math.max(vroegsteStop, vandaagNr - 30)));
    }
    organisaties.push({
      rol,
      swv: null,
      swvCategorie: null,
      naam,
      kbo: nieuweKbo(),
      typeCode,
      straat: straatEnNummer(rng),
      postcode: gem.postcode,
      gemeente: gem.naam,
      regioCode: gem.regio || null,
      iban: rng.chance(0.92) ? belgianIbanFromAccount(rekeningBasis(rng)) : null,
      email: rng.chance(0.85) ? `${rng.pick(['info', 'info', 'info', 'secretariaat', 'onthaal', 'administratie'])}@${domein}` : null,
      telefoon: rng.chance(0.9) ? vasteLijn(rng, gem.zone) : null,
      status,
      stopgezetOp,
      contactpersonen,
      ...extra,
    });
  };

  const overal = () => gemeenteOveral(rng);

  // 1. Recognised begeleiders AMA WVG: eligible types except maatwerkbedrijf (those are AMA SE).
  const begeleiderGewicht = Object.fromEntries(
    Object.entries(BEGELEIDER_TYPE_GEWICHT).filter(([t]) => ELIGIBLE.has(t) && t !== 'MAATWERKBEDRIJF'),
  );
  for (const [type, n] of Object.entries(verdeel(vol.amaWvgBegeleiders, begeleiderGewicht))) {
    for (let i = 0; i < n; i++) maak('ama-wvg-begeleider', type, overal);
  }

  // 2. Maatwerkbedrijven (AMA SE), per province as in the 2024 report (seed 004: vestigingsplaats of the MWB).
  for (const p of AMA_SE_PER_PROVINCIE) {
    const rrs = reference.referentieregios.filter((r) => r.province === p.demoProvincie).map((r) => r.code);
    const kies = p.provincie === 'BRU' ? () => BRUSSEL : () => gemeenteInReferentieregio(rng, rng.pick(rrs));
    for (let i = 0; i < p.maatwerkbedrijven * scale; i++) maak('maatwerkbedrijf', 'MAATWERKBEDRIJF', kies, { provincie: p.provincie });
  }

  // 3. Samenwerkingsverbanden Zorg: one per referentieregio (per scale unit), one partner per category
  //    in that referentieregio; the partners beyond 3 × the number of swv's join the largest regions
  //    as an extra category-1 partner (e.g. after a partner replacement, art. 19).
  const referentieregios = [...reference.referentieregios]
    .map((rr) => ({
      code: rr.code,
      objectief: reference.werkEnZorgRegios.filter((r) => r.referentieregio === rr.code).reduce((a, r) => a + (r.objectief2024 ?? 0), 0),
    }))
    .sort((a, b) => b.objectief - a.objectief || a.code.localeCompare(b.code));
  const samenwerkingsverbanden: DemoSamenwerkingsverband[] = [];
  for (let i = 0; i < vol.samenwerkingsverbanden; i++) {
    samenwerkingsverbanden.push({ referentieregio: referentieregios[i % referentieregios.length].code });
  }
  const categorieen = [...reference.samenwerkingsverbandZorgPartnerCategories].sort((a, b) => a.category - b.category);
  const partner = (swv: number, cat: (typeof categorieen)[number]) => {
    const type = rng.weighted(cat.types, (t) => SWV_TYPE_GEWICHT[t] ?? 1);
    const rr = samenwerkingsverbanden[swv].referentieregio;
    maak('swv-zorg-partner', type, () => gemeenteInReferentieregio(rng, rr), {
      swv,
      swvCategorie: cat.category,
    });
  };
  let partners = 0;
  for (let s = 0; s < samenwerkingsverbanden.length && partners < vol.swvZorgPartners; s++) {
    for (const cat of categorieen) {
      if (partners++ < vol.swvZorgPartners) partner(s, cat);
    }
  }
  const extraPerEenheid = Math.max(1, KF.samenwerkingsverbandZorgOrganisations - categorieen.length * KF.samenwerkingsverbandenZorg);
  for (let e = 0; partners < vol.swvZorgPartners; e++, partners++) {
    const s = Math.floor(e / extraPerEenheid) * KF.samenwerkingsverbandenZorg + (e % extraPerEenheid);
    partner(s % samenwerkingsverbanden.length, categorieen[0]);
  }

  // 4. Other organisations (active) and ceased ones.
  for (const [type, n] of Object.entries(OVERIG_PER_SCHAAL)) {
    for (let i = 0; i < n * scale; i++) maak('overig', type, overal);
  }
  for (const [type, n] of Object.entries(STOPGEZET_PER_SCHAAL)) {
    for (let i = 0; i < n * scale; i++) maak('stopgezet', type, overal);
  }

  // Mix the roles so ids (and creation order) do not reveal them.
  rng.shuffle(organisaties);
  return { organisaties, samenwerkingsverbanden };
}
