/**
 * Demo recognitions AMA WVG and applications, on top of the demo organisations (index.ts calls
 * `seedErkenningen` inside the same transaction, after the organisations). Per scale unit:
 *
 * | what                                                    | n   | organisations                          |
 * |---------------------------------------------------------|-----|----------------------------------------|
 * | active, continued by law (overgang), ending ≤ 6 months  | 15  | begeleiders; 4 of them with a renewal application running |
 * | active renewals (aanvraag), after an expired one        | 20  | begeleiders; the old one 'verlopen'/'vervangen', the new one starts the day after |
 * | active, overgang, ending later                          | 40  | begeleiders                            |
 * | active, new after an application 2024–2026              | 67  | begeleiders (142 active in all)        |
 * | expired without renewal (overgang, ended 2024–2026)     | 38  | other eligible organisations (swv partners, then maatwerkbedrijven) |
 * | revoked (opgeheven, art. 49 §4), with the history line  | 10  | other eligible organisations           |
 * | onderwijsinstelling / PAAZ ended 31/12/2023 (art. 74)   | 2   | the demo onderwijsinstelling and PAAZ  |
 * | running applications: 4 renewals + 16 new               | 20  | 10 ingediend (one with an open request for information = opschorting, one answered, one past its admissibility deadline), 10 ontvankelijk |
 *
 * Granted applications (93 per unit) get their application, staff (valid INSZ), the decisions on
 * admissibility and merits (status 'uitgegeven'; demo decisions have no letter) and the timeline;
 * the recognition points to them. Invariants: no two recognitions of one organisation overlap; a
 * renewal starts the day after the previous end; statuses agree with today; only types that may be
 * recognised (or could until 31/12/2023) hold one. The old-regime numbers are `WVG/<jaar>/<nr>`,
 * the new ones `AMA-WVG-<jaar>-<nr>` like services/erkenning.ts gives them.
 *
 * Reproducible: its own PRNG derived from the run's seed. Fast: prepared statements, no audit entry
 * of its own — index.ts puts the counts in the batch's single audit entry.
 */
import type { Sqlite } from '../../open';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../../../shared/kernel/dates';
import { erkenningEinde } from '../../../shared/ama-wvg/erkenning';
import { inszFor } from '../../../shared/kernel/insz';
import { berekenTermijn } from '../../../shared/kernel/termijn';
import { formatDatum } from '../../../shared/kernel/format';
import { Rng } from './prng';
import { ACHTERNAMEN, VOORNAMEN } from './names';
import { DEMO_MEDEWERKERS } from './medewerkers';

export interface SeedErkenningenOptions {
  scale: number;
  /** The run's seed (this generator derives its own PRNG from it). */
  seed: number;
  /** Today, `YYYY-MM-DD`. */
  vandaag: string;
  nowIso: string;
  /** Active begeleiders AMA WVG of this batch (each gets an active recognition). */
  begeleiders: number[];
  /** Other organisations of this batch that may hold a recognition, in order of preference. */
  kandidaten: number[];
  /** Id range of this batch's organisations (to find the onderwijsinstelling and PAAZ). */
  idVan: number;
  idTot: number;
}

export interface ErkenningenSummary {
  erkenningen: number;
  actief: number;
  vervaltBinnen6Maanden: number;
  metHernieuwingsaanvraag: number;
  hernieuwd: number;
  verlopen: number;
  opgeheven: number;
  art74: number;
  /** Organisations that hold or held a recognition. */
  houders: number;
  lopendeAanvragen: number;
  perAanvraagStatus: Record<string, number>;
  openOpschortingen: number;
  aanvragen: number;
  beslissingen: number;
  personeel: number;
}

/** Per scale unit. */
export const ERKENNING_VOLUMES = {
  binnenkort: 15,
  binnenkortMetHernieuwing: 4,
  hernieuwd: 20,
  overgangLoopt: 40,
  verlopen: 38,
  opgeheven: 10,
  opgehevenNaAanvraag: 6,
  nieuweAanvragen: 16,
  /** Of the new applicants: organisations whose recognition expired. */
  nieuweAanvragenNaVerlopen: 5,
} as const;

const RECHTSBASIS = 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 46–49';
const RICHTINGEN = ['medisch', 'paramedisch', 'sociaal', 'sociaal', 'psychologisch', 'pedagogisch'] as const;
const OPHEFFINGSGRONDEN = [
  'er is geen personeelslid meer met het vereiste bachelordiploma of met twee jaar ervaring met de doelgroep',
  'de verzekering burgerlijke aansprakelijkheid werd niet verlengd',
  'de organisatie voerde de begeleidingsopdrachten niet uit: meer dan een jaar geen enkele overeenkomst',
  'de jaarlijkse evaluaties van de overeenkomsten ontbraken ondanks herhaalde vraag',
];

interface Besluit {
  datum: string;
}

interface AanvraagPlan {
  organisatieId: number;
  ontvangenOp: string;
  kanaal: 'e-loket' | 'email' | 'post';
  status: 'ingediend' | 'ontvankelijk' | 'toegekend';
  hernieuwingVan: ErkenningPlan | null;
  verzekering: boolean;
  ontvankelijk: Besluit | null;
  erkenning: Besluit | null;
  opschorting: { van: string; tot: string | null; reden: string } | null;
  id?: number;
}

interface ErkenningPlan {
  organisatieId: number;
  oorsprong: 'aanvraag' | 'overgang';
  geldigVan: string;
  /** Last day as registered (the revocation day for a revoked one, 31/12/2023 for art. 74). */
  geldigTot: string;
  /** As first granted. */
  oorspronkelijkTot: string;
  status: 'actief' | 'verlopen' | 'opgeheven';
  eindeReden: 'verlopen' | 'vervangen' | 'opgeheven' | null;
  vorige: ErkenningPlan | null;
  aanvraag: AanvraagPlan | null;
  einde: { datum: string; toelichting: string } | null;
  nummer?: string;
  id?: number;
}

const dn = toDayNumber;
const iso = fromDayNumber;

export function seedErkenningen(sqlite: Sqlite, o: SeedErkenningenOptions): ErkenningenSummary {
  const rng = new Rng((o.seed ^ 0x45524b4e) >>> 0);
  const V = o.vandaag;
  const vandaagNr = dn(V);
  const dag = (van: string, tot: string) => iso(rng.int(dn(van), dn(tot)));
  const param = (code: string, kolom: 'waarde_getal' | 'waarde_datum'): unknown =>
    sqlite
      .prepare(`SELECT ${kolom} FROM parameter WHERE code = ? AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?) ORDER BY geldig_van DESC LIMIT 1`)
      .pluck()
      .get(code, V, V);
  const herinneringMaanden = Number(param('AMA_WVG_HERINNERING_HERNIEUWING', 'waarde_getal') ?? 6);
  const eindeArt74 = String(param('AMA_WVG_EINDE_ONDERWIJS_PAAZ', 'waarde_datum') ?? '2023-12-31');
  const infoTermijn = Number(param('AMA_WVG_AANVULLENDE_INFO_TERMIJN', 'waarde_getal') ?? 15);
  // Only active organisations of a type that may be recognised today.
  const erkenbaar = new Set(
    sqlite
      .prepare(
        `SELECT o.id FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code
          WHERE o.id BETWEEN ? AND ? AND o.status = 'actief' AND t.ama_wvg_erkenbaar = 1 AND t.ama_wvg_erkenbaar_tot IS NULL`,
      )
      .pluck()
      .all(o.idVan, o.idTot) as number[],
  );
  const begeleiderSet = new Set(o.begeleiders);
  const kandidaten = o.kandidaten.filter((id) => erkenbaar.has(id) && !begeleiderSet.has(id));
  const venster = addMonths(V, herinneringMaanden);
  const n = (k: keyof typeof ERKENNING_VOLUMES) => ERKENNING_VOLUMES[k] * o.scale;

  const erkenningen: ErkenningPlan[] = [];
  const aanvragen: AanvraagPlan[] = [];
  const overgang = (organisatieId: number, van: string, extra: Partial<ErkenningPlan> = {}): ErkenningPlan => {
    const tot = erkenningEinde(van, 5);
    const e: ErkenningPlan = {
      organisatieId, oorsprong: 'overgang', geldigVan: van, geldigTot: tot, oorspronkelijkTot: tot,
      status: tot < V ? 'verlopen' : 'actief', eindeReden: tot < V ? 'verlopen' : null, vorige: null, aanvraag: null,
      einde: tot < V ? { datum: tot, toelichting: 'Einde geldigheid zonder hernieuwing' } : null, ...extra,
    };
    erkenningen.push(e);
    return e;
  };
  const kanaal = () => rng.weighted(['e-loket', 'email', 'post'] as const, (k) => (k === 'e-loket' ? 80 : k === 'email' ? 15 : 5));
  /** A granted application ending in a recognition starting on `van` (decisions before it). */
  const toegekend = (organisatieId: number, van: string, vorige: ErkenningPlan | null): ErkenningPlan => {
    const besluit = iso(Math.min(dn(van), dn(V)) - rng.int(1, 20));
    const ontvangen = iso(dn(besluit) - rng.int(50, 85));
    const a: AanvraagPlan = {
      organisatieId, ontvangenOp: ontvangen, kanaal: kanaal(), status: 'toegekend', hernieuwingVan: vorige, verzekering: true,
      ontvankelijk: { datum: iso(dn(ontvangen) + rng.int(10, 40)) }, erkenning: { datum: besluit }, opschorting: null,
    };
    aanvragen.push(a);
    const tot = erkenningEinde(van, 5);
    const e: ErkenningPlan = {
      organisatieId, oorsprong: 'aanvraag', geldigVan: van, geldigTot: tot, oorspronkelijkTot: tot, status: 'actief', eindeReden: null,
      vorige, aanvraag: a, einde: null,
    };
    erkenningen.push(e);
    return e;
  };

  // ---- The begeleiders: every one holds an active recognition.
  const begeleiders = rng.shuffle(o.begeleiders.filter((id) => erkenbaar.has(id)));
  let b = 0;
  const volgendeBegeleider = () => begeleiders[b++];
  const binnenkort: ErkenningPlan[] = [];
  // Ending within the reminder window: started 5 years before (old regime, continued by law).
  const eersteStart = addMonths(addDays(V, 8), -60);
  const laatsteStart = addMonths(venster, -60);
  for (let i = 0; i < n('binnenkort') && b < begeleiders.length; i++) {
    binnenkort.push(overgang(volgendeBegeleider(), dag(eersteStart, laatsteStart)));
  }
  // Renewed: the old recognition ended between March 2024 and October 2026; the renewal starts the next day.
  for (let i = 0; i < n('hernieuwd') && b < begeleiders.length; i++) {
    const oud = overgang(volgendeBegeleider(), dag('2019-03-01', addMonths(V, -62)));
    oud.eindeReden = 'vervangen';
    oud.einde = { datum: oud.geldigTot, toelichting: 'Einde geldigheid; opgevolgd door de hernieuwde erkenning' };
    toegekend(oud.organisatieId, addDays(oud.geldigTot, 1), oud);
  }
  // Old regime, ending after the window.
  for (let i = 0; i < n('overgangLoopt') && b < begeleiders.length; i++) {
    overgang(volgendeBegeleider(), dag(addDays(addMonths(venster, -60), 10), '2023-12-31'));
  }
  // New since 2024, after an application.
  while (b < begeleiders.length) toegekend(volgendeBegeleider(), dag('2024-01-15', iso(vandaagNr - 14)), null);

  // ---- Other eligible organisations: expired, revoked, applying.
  let k = 0;
  const volgendeKandidaat = () => (k < kandidaten.length ? kandidaten[k++] : null);
  const verlopen: ErkenningPlan[] = [];
  for (let i = 0; i < n('verlopen'); i++) {
    const id = volgendeKandidaat();
    if (id === null) break;
    // Ran on 1/1/2024 (so continued by law) and ended before today.
    verlopen.push(overgang(id, dag('2019-01-15', addMonths(V, -61))));
  }
  for (let i = 0; i < n('opgeheven'); i++) {
    const id = volgendeKandidaat();
    if (id === null) break;
    const naAanvraag = i % ERKENNING_VOLUMES.opgeheven < ERKENNING_VOLUMES.opgehevenNaAanvraag;
    const e = naAanvraag ? toegekend(id, dag('2024-02-01', '2025-06-30'), null) : overgang(id, dag('2020-01-01', '2023-06-30'));
    const vroegst = Math.max(dn(e.geldigVan) + 180, dn('2024-03-01'));
    const laatst = Math.min(dn(e.oorspronkelijkTot) - 30, vandaagNr - 20);
    const op = iso(rng.int(vroegst, Math.max(vroegst, laatst)));
    const voornemen = iso(dn(op) - rng.int(45, 75));
    e.status = 'opgeheven';
    e.eindeReden = 'opgeheven';
    e.geldigTot = op;
    e.einde = {
      datum: op,
      toelichting: `Opgeheven met ingang van ${formatDatum(op)} (BVR art. 49, §4): ${rng.pick(OPHEFFINGSGRONDEN)}. ` +
        `Voornemen betekend op ${formatDatum(voornemen)}; geen bezwaar ingediend binnen de termijn.`,
    };
  }
  // Onderwijsinstelling and PAAZ: their recognitions ended by law on 31/12/2023 (art. 74).
  const art74 = sqlite
    .prepare(
      `SELECT o.id FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code
        WHERE o.id BETWEEN ? AND ? AND t.ama_wvg_erkenbaar = 1 AND t.ama_wvg_erkenbaar_tot IS NOT NULL ORDER BY o.id`,
    )
    .pluck()
    .all(o.idVan, o.idTot) as number[];
  for (const id of art74) {
    const e = overgang(id, dag('2019-06-01', '2022-12-31'));
    e.geldigTot = eindeArt74;
    e.status = 'verlopen';
    e.eindeReden = 'verlopen';
    e.einde = {
      datum: eindeArt74,
      toelichting: `Van rechtswege beëindigd op ${formatDatum(eindeArt74)} (BVR art. 74): dit type organisatie kan sinds ${formatDatum(addDays(eindeArt74, 1))} niet meer erkend worden als begeleider van arbeidsmatige activiteiten`,
    };
  }

  // ---- Running applications.
  const lopend = (organisatieId: number, status: 'ingediend' | 'ontvankelijk', hernieuwingVan: ErkenningPlan | null, ontvangenOp: string): AanvraagPlan => {
    const a: AanvraagPlan = {
      organisatieId, ontvangenOp, kanaal: kanaal(), status, hernieuwingVan, verzekering: true,
      ontvankelijk: status === 'ontvankelijk' ? { datum: iso(Math.min(dn(ontvangenOp) + rng.int(10, 40), vandaagNr - 1)) } : null,
      erkenning: null, opschorting: null,
    };
    aanvragen.push(a);
    return a;
  };
  binnenkort.slice(0, n('binnenkortMetHernieuwing')).forEach((e, i) => {
    if (i % 2 === 0) lopend(e.organisatieId, 'ingediend', e, iso(vandaagNr - rng.int(3, 30)));
    else lopend(e.organisatieId, 'ontvankelijk', e, iso(vandaagNr - rng.int(46, 70)));
  });
  const aanvragers: number[] = [];
  // Some organisations whose recognition expired (more than 3 months ago) apply anew.
  const lang = verlopen.filter((e) => e.geldigTot < iso(vandaagNr - 90));
  for (let i = 0; i < n('nieuweAanvragenNaVerlopen') && i < lang.length; i++) aanvragers.push(lang[i].organisatieId);
  while (aanvragers.length < n('nieuweAanvragen')) {
    const id = volgendeKandidaat();
    if (id === null) break;
    aanvragers.push(id);
  }
  aanvragers.forEach((id, i) => {
    const soort = i % ERKENNING_VOLUMES.nieuweAanvragen;
    if (soort < 8) {
      const a = lopend(id, 'ingediend', null, iso(vandaagNr - (soort === 2 ? rng.int(50, 60) : rng.int(3, 40))));
      if (soort === 0) {
        // Open request for information: the deadlines are suspended until the answer (opschorting).
        a.ontvangenOp = iso(vandaagNr - rng.int(20, 30));
        a.verzekering = false;
        a.opschorting = { van: iso(vandaagNr - rng.int(5, 12)), tot: null, reden: 'Bewijs van de verzekering burgerlijke aansprakelijkheid (ook voor beroepsfouten)' };
      } else if (soort === 1) {
        a.ontvangenOp = iso(vandaagNr - rng.int(35, 42));
        const van = iso(dn(a.ontvangenOp) + rng.int(5, 10));
        a.opschorting = { van, tot: iso(dn(van) + rng.int(4, 12)), reden: 'Kopie van het diploma van een personeelslid' };
      }
    } else {
      lopend(id, 'ontvankelijk', null, iso(vandaagNr - rng.int(46, 85)));
    }
  });

  // ---- Numbers: per year, continuing what the database has.
  const volgnummers = new Map<string, number>();
  const laatste = sqlite.prepare('SELECT erkenningsnummer FROM erkenning WHERE erkenningsnummer >= ? AND erkenningsnummer < ? ORDER BY erkenningsnummer DESC LIMIT 1').pluck();
  const nummer = (prefix: string) => {
    let v = volgnummers.get(prefix);
    if (v === undefined) {
      const l = laatste.get(prefix, `${prefix}\uffff`) as string | undefined;
      v = l ? Number(l.slice(prefix.length)) || 0 : 0;
    }
    volgnummers.set(prefix, ++v);
    return `${prefix}${String(v).padStart(4, '0')}`;
  };
  for (const e of [...erkenningen].sort((x, y) => x.geldigVan.localeCompare(y.geldigVan) || x.organisatieId - y.organisatieId)) {
    const jaar = e.geldigVan.slice(0, 4);
    e.nummer = nummer(e.oorsprong === 'aanvraag' ? `AMA-WVG-${jaar}-` : `WVG/${jaar}/`);
  }

  // ---- Insert.
  // Staff by id (the demo medewerkers exist by now): who handles, drafts and approves.
  const idVan = (naam: string) => sqlite.prepare('SELECT id FROM medewerker WHERE naam = ?').pluck().get(naam) as number;
  const behandelaar = idVan(DEMO_MEDEWERKERS.find((m) => m.departement === 'ZORG' && !m.magOndertekenen)!.naam);
  const ondertekenaar = idVan(DEMO_MEDEWERKERS.find((m) => m.departement === 'ZORG' && m.magOndertekenen)!.naam);
  const ondertekenaarId = ondertekenaar;
  const tijd = (datum: string, uur = '09:00') => `${datum}T${uur}:00.000Z`;

  const insErkenning = sqlite.prepare(
    `INSERT INTO erkenning (erkenningsnummer, organisatie_id, geldig_van, geldig_tot, status, einde_reden, oorsprong, aanvraag_id,
       beslissing_id, vorige_erkenning_id, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insHistoriek = sqlite.prepare('INSERT INTO erkenning_historiek (erkenning_id, datum, status, geldig_tot, beslissing_id, toelichting) VALUES (?, ?, ?, ?, ?, ?)');
  const insAanvraag = sqlite.prepare(
    `INSERT INTO aanvraag (soort, organisatie_id, ontvangen_op, kanaal, uw_kenmerk, hernieuwing_van_id, verzekering_verklaard, opmerkingen,
       behandelaar_id, status, aangemaakt_op, gewijzigd_op) VALUES ('erkenning-ama-wvg', ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const updAanvraag = sqlite.prepare('UPDATE aanvraag SET ontvankelijkheid_beslissing_id = ?, gegrondheid_beslissing_id = ? WHERE id = ?');
  const insPersoneel = sqlite.prepare('INSERT INTO aanvraag_personeel (aanvraag_id, naam, insz, bachelor_richting, ervaring_jaren) VALUES (?, ?, ?, ?, ?)');
  const insBeslissing = sqlite.prepare(
    `INSERT INTO beslissing (type, dossier_entiteit, dossier_id, recht_entiteit, recht_id, organisatie_id, departement, bestuursorgaan,
       beslissingsdatum, ingangsdatum, einddatum, feiten, rechtsgronden, rechtsbasis, bezwaar_termijn_dagen, ondertekenaar_id, status,
       goedgekeurd_door_id, goedgekeurd_op, aangemaakt_door_id, aangemaakt_op)
     VALUES (?, 'aanvraag', ?, NULL, NULL, ?, 'ZORG', 'Departement Zorg', ?, ?, ?, ?, ?, ?, NULL, ?, 'uitgegeven', ?, ?, ?, ?)`,
  );
  const updBeslissingRecht = sqlite.prepare("UPDATE beslissing SET recht_entiteit = 'erkenning', recht_id = ? WHERE id = ?");
  const insOpschorting = sqlite.prepare('INSERT INTO opschorting (entiteit, entiteit_id, van, tot, reden, antwoord_uiterlijk) VALUES (\'aanvraag\', ?, ?, ?, ?, ?)');
  const insGebeurtenis = sqlite.prepare(
    `INSERT INTO gebeurtenis (entiteit, entiteit_id, datum, soort, omschrijving, document_id, door_id, tijdstip) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const gebeurtenis = (entiteit: string, id: number, datum: string, soort: string, omschrijving: string, door = behandelaar) =>
    insGebeurtenis.run(entiteit, id, datum, soort, omschrijving, door, tijd(datum, '10:00'));

  const inszGebruikt = new Set<string>();
  let personeel = 0;
  let beslissingen = 0;
  const besluit = (type: 'ontvankelijk' | 'erkenning', a: AanvraagPlan, datum: string, feiten: string, rechtsgronden: string, e?: ErkenningPlan): number => {
    beslissingen++;
    const id = Number(insBeslissing.run(type, a.id, a.organisatieId, datum, e?.geldigVan ?? null, e?.oorspronkelijkTot ?? null, feiten, rechtsgronden,
      RECHTSBASIS, ondertekenaarId, ondertekenaar, tijd(datum, '14:00'), behandelaar, tijd(iso(dn(datum) - 1), '11:00')).lastInsertRowid);
    gebeurtenis('aanvraag', a.id!, datum, 'beslissing', `Beslissing (${type}) goedgekeurd en ondertekend (demogegevens: zonder brief)`, ondertekenaar);
    return id;
  };

  const insertAanvraag = (a: AanvraagPlan): void => {
    const laatsteWijziging = a.erkenning?.datum ?? a.ontvankelijk?.datum ?? a.opschorting?.tot ?? a.opschorting?.van ?? a.ontvangenOp;
    a.id = Number(insAanvraag.run(a.organisatieId, a.ontvangenOp, a.kanaal, rng.chance(0.3) ? `AANVR-${a.ontvangenOp.slice(0, 4)}-${rng.int(100, 999)}` : null,
      a.hernieuwingVan?.id ?? null, a.verzekering ? 1 : 0, behandelaar, a.status, tijd(a.ontvangenOp, '08:30'), tijd(laatsteWijziging, '15:00')).lastInsertRowid);
    const aantal = rng.weighted([1, 2, 3], (x) => (x === 1 ? 40 : x === 2 ? 45 : 15));
    for (let i = 0; i < aantal; i++) {
      let insz: string;
      do insz = inszFor(dag('1962-01-01', '1998-12-31'), rng.int(1, 997));
      while (inszGebruikt.has(insz));
      inszGebruikt.add(insz);
      const diploma = i === 0 || rng.chance(0.6);
      insPersoneel.run(a.id, `${rng.pick(VOORNAMEN)} ${rng.pick(ACHTERNAMEN)}`, insz, diploma ? rng.pick(RICHTINGEN) : null, diploma ? null : rng.int(2, 15));
      personeel++;
    }
    gebeurtenis('aanvraag', a.id, a.ontvangenOp, 'ontvangen', `Aanvraag ontvangen via ${a.kanaal}${a.hernieuwingVan ? ' (hernieuwing)' : ''}`);
    if (a.opschorting) {
      const s = a.opschorting;
      const antwoord = berekenTermijn({ start: s.van, dagen: infoTermijn, soort: 'kalenderdagen', verschuifNaarWerkdag: true }).vervaldatum;
      insOpschorting.run(a.id, s.van, s.tot, s.reden, antwoord);
      gebeurtenis('aanvraag', a.id, s.van, 'opschorting', `Aanvullende informatie gevraagd (antwoord uiterlijk ${formatDatum(antwoord)}); de beslissingstermijn is opgeschort`);
      if (s.tot) gebeurtenis('aanvraag', a.id, s.tot, 'opschorting-einde', 'Aanvullende informatie ontvangen; de beslissingstermijn loopt weer');
    }
  };

  const insertErkenning = (e: ErkenningPlan): void => {
    let beslissingId: number | null = null;
    const a = e.aanvraag;
    if (a) {
      insertAanvraag(a);
      const ontv = besluit('ontvankelijk', a, a.ontvankelijk!.datum,
        `Aanvraag ontvangen op ${formatDatum(a.ontvangenOp)} via ${a.kanaal}, met de gegevens van het begeleidend personeel en de verklaring over de verzekering. De aanvraag is volledig.`,
        'De aanvraag bevat alle gegevens die BVR art. 47 vraagt.');
      beslissingId = besluit('erkenning', a, a.erkenning!.datum,
        'Het begeleidend personeel heeft een bachelordiploma in een vermelde richting of minstens twee jaar ervaring met de doelgroep; de verzekering burgerlijke aansprakelijkheid is aangetoond.',
        'Alle voorwaarden van BVR art. 46 zijn vervuld.', e);
      updAanvraag.run(ontv, beslissingId, a.id);
    }
    e.id = Number(insErkenning.run(e.nummer, e.organisatieId, e.geldigVan, e.geldigTot, e.status, e.eindeReden, e.oorsprong, a?.id ?? null, beslissingId,
      e.vorige?.id ?? null, a ? tijd(a.erkenning!.datum, '14:00') : o.nowIso).lastInsertRowid);
    if (beslissingId !== null) updBeslissingRecht.run(e.id, beslissingId);
    const toelichting = e.oorsprong === 'overgang'
      ? `Overgangsregeling (BVR art. 72–73): erkenning van vóór 01/01/2024, van rechtswege verder geldig voor de resterende looptijd${e.oorspronkelijkTot !== e.geldigTot && e.eindeReden === 'verlopen' ? `, oorspronkelijk geldig tot ${formatDatum(e.oorspronkelijkTot)}` : ''}; demogegevens`
      : e.vorige
        ? `Hernieuwing: aansluitend op de lopende erkenning (einde ${formatDatum(e.vorige.geldigTot)})`
        : 'Erkend na aanvraag';
    insHistoriek.run(e.id, e.geldigVan, 'actief', e.oorspronkelijkTot, beslissingId, toelichting);
    if (e.einde) insHistoriek.run(e.id, e.einde.datum, e.status, e.geldigTot, null, e.einde.toelichting);
    if (a) {
      gebeurtenis('aanvraag', a.id!, a.erkenning!.datum, 'erkenning', `Erkend (${e.nummer}) van ${formatDatum(e.geldigVan)} tot en met ${formatDatum(e.oorspronkelijkTot)}`, ondertekenaar);
    }
  };

  // Predecessors before their renewals (the renewal points to the old id).
  const volgorde = [...erkenningen].sort((x, y) => (x.vorige ? 1 : 0) - (y.vorige ? 1 : 0));
  for (const e of volgorde) insertErkenning(e);
  for (const a of aanvragen) {
    if (a.status === 'toegekend') continue;
    insertAanvraag(a);
    if (a.ontvankelijk) {
      const ontv = besluit('ontvankelijk', a, a.ontvankelijk.datum,
        `Aanvraag ontvangen op ${formatDatum(a.ontvangenOp)} via ${a.kanaal}. De aanvraag is volledig.`, 'De aanvraag bevat alle gegevens die BVR art. 47 vraagt.');
      updAanvraag.run(ontv, null, a.id);
    }
  }

  const lopende = aanvragen.filter((a) => a.status !== 'toegekend');
  const perAanvraagStatus: Record<string, number> = {};
  for (const a of lopende) perAanvraagStatus[a.status] = (perAanvraagStatus[a.status] ?? 0) + 1;
  return {
    erkenningen: erkenningen.length,
    actief: erkenningen.filter((e) => e.status === 'actief').length,
    vervaltBinnen6Maanden: erkenningen.filter((e) => e.status === 'actief' && e.geldigTot <= venster).length,
    metHernieuwingsaanvraag: lopende.filter((a) => a.hernieuwingVan).length,
    hernieuwd: erkenningen.filter((e) => e.vorige).length,
    verlopen: erkenningen.filter((e) => e.status === 'verlopen').length,
    opgeheven: erkenningen.filter((e) => e.status === 'opgeheven').length,
    art74: art74.length,
    houders: new Set(erkenningen.map((e) => e.organisatieId)).size,
    lopendeAanvragen: lopende.length,
    perAanvraagStatus,
    openOpschortingen: lopende.filter((a) => a.opschorting && !a.opschorting.tot).length,
    aanvragen: aanvragen.length,
    beslissingen,
    personeel,
  };
}
