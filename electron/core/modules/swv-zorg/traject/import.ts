/**
 * Import of the trajectory data VDAB supplies (`traject.importeer`, BVR art. 21: "op basis van de
 * gegevens die VDAB bezorgt uit het persoonlijk dossier van de deelnemer").
 *
 * - A trajectory is known by its number: a new number creates it, a known one updates it and keeps
 *   the earlier values in `traject_historiek` (what changed, from which file).
 * - Attribution (art. 7, 19): to the samenwerkingsverband mandated for the trajectory's werk- en
 *   zorgregio on the date of aanmelding, the mandate not suspended then (`MandaatIndex`). It is
 *   fixed at aanmelding: a re-import only re-attributes when the region or the date of aanmelding
 *   itself was corrected. A trajectory without a mandate is kept with a warning (not paid until a
 *   mandate covers it).
 * - Aangemeld before the scheme started (parameter SWV_ZORG_REGELING_VANAF, 1 July 2023, art. 71):
 *   accepted and marked `oude_regeling`; never paid by this scheme.
 * - Participants by INSZ in the shared participant register (one row per person across schemes).
 *
 * Checks per row with row, column and a Dutch message; the modes as every import (controleer,
 * alles-of-niets, enkel-geldige). No query per row: the register is loaded once. Writing in ONE
 * transaction with one audit entry for the file (no personal data in it): 15,000 audit rows would drown
 * the trail; every trajectory carries `bron = import:<sha-256 prefix>` which links it to that entry.
 */
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../../../shared/api/contract';
import { TRAJECT_KOLOMMEN, type TrajectImportResultaat } from '../../../../../shared/swv-zorg/traject.contract';
import { TRAJECT_STATUSSEN, type TrajectStatus } from '../../../../../shared/swv-zorg/compensatie';
import { maskeerInsz } from '../../../../../shared/kernel/persoon';
import { checkInsz } from '../../../../../shared/kernel/insz';
import { aantalMet, formatAantal, formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { parameterDatum } from '../../../platform/parameter';
import { runJob } from '../../../platform/jobs';
import { koppelKolommen, leesImportBestand, parseDatum, RapportBouwer, type KolomSpec, type Tabel, type Kolommen } from '../../../platform/imports';
import { MandaatIndex, regioNamen } from '../register/register';

type Kolom = (typeof TRAJECT_KOLOMMEN)[number];

const SPECS: readonly KolomSpec<Kolom>[] = [
  { sleutel: 'trajectnummer', aliassen: ['traject_nummer', 'trajectnr'], verplicht: true },
  { sleutel: 'rijksregisternummer', aliassen: ['insz', 'rijksregisternr'], verplicht: true },
  { sleutel: 'werk_en_zorgregio', aliassen: ['regio', 'werk_zorgregio'], verplicht: true },
  { sleutel: 'datum_aanmelding', aliassen: ['aanmelding', 'aanmeldingsdatum'], verplicht: true },
  { sleutel: 'datum_trajectplan', aliassen: ['trajectplan'], verplicht: true },
  { sleutel: 'status', verplicht: true },
  { sleutel: 'datum_einde', aliassen: ['einddatum'], verplicht: true },
  { sleutel: 'datum_eindverslag', aliassen: ['eindverslag'], verplicht: true },
  { sleutel: 'datum_eindadvies', aliassen: ['eindadvies'], verplicht: true },
  { sleutel: 'reden_einde', aliassen: ['einde_reden'], verplicht: true },
];

/** The stored fields a re-import compares (and records in the history when they change). */
const VELDEN = ['regioCode', 'datumAanmelding', 'datumTrajectplan', 'status', 'datumEinde', 'datumEindverslag', 'datumEindadvies', 'redenEinde'] as const;
type Veld = (typeof VELDEN)[number];

interface Geldig {
  rij: number;
  trajectnummer: string;
  insz: string;
  geboortedatum: string | null;
  geboortejaar: number;
  waarden: Record<Veld, string | null>;
}

interface Bestaand {
  id: number;
  deelnemerId: number;
  insz: string | null;
  swvId: number | null;
  mandaatId: number | null;
  waarden: Record<Veld, string | null>;
}

const VOORTGANG_ELKE = 1000;

function controleer(tabel: Tabel, k: Kolommen<Kolom>, rapport: RapportBouwer, ctx: { namen: Map<string, string>; vandaag: string; bestaand: Map<string, Bestaand> }): Geldig[] {
  const geldig: Geldig[] = [];
  const gezien = new Map<string, number>();
  for (const r of tabel.rijen) {
    const w = (kolom: Kolom) => k.waarde(r, kolom);
    const fout = (kolom: Kolom, melding: string) => rapport.fout(r.rij, kolom, kolom === 'rijksregisternummer' ? maskeerInsz(w(kolom)) || '***' : w(kolom), melding);

    const nummer = w('trajectnummer');
    if (!nummer) fout('trajectnummer', 'Vul het trajectnummer in.');
    else if (nummer.length > 50) fout('trajectnummer', 'Te lang (maximum 50 tekens).');
    else if (gezien.has(nummer)) fout('trajectnummer', `Het trajectnummer ${nummer} staat ook in rij ${gezien.get(nummer)} van het bestand.`);
    if (nummer) gezien.set(nummer, gezien.get(nummer) ?? r.rij);

    let insz: string | null = null;
    let geboortedatum: string | null = null;
    if (!w('rijksregisternummer')) fout('rijksregisternummer', 'Vul het rijksregisternummer van de deelnemer in.');
    else {
      const c = checkInsz(w('rijksregisternummer'));
      if (!c.ok) fout('rijksregisternummer', c.melding);
      else ((insz = c.insz), (geboortedatum = c.geboortedatum));
    }
    const b = nummer ? ctx.bestaand.get(nummer) : undefined;
    if (b && insz && b.insz && b.insz !== insz) {
      fout('rijksregisternummer', `Traject ${nummer} staat geregistreerd voor een andere deelnemer (${maskeerInsz(b.insz)}). Een trajectnummer hoort bij één deelnemer; laat VDAB het bestand nakijken.`);
    }

    let regio: string | null = null;
    const rw = w('werk_en_zorgregio').toUpperCase();
    if (!rw) fout('werk_en_zorgregio', 'Vul de werk- en zorgregio in.');
    else if (!ctx.namen.has(rw)) fout('werk_en_zorgregio', `Onbekende werk- en zorgregio "${w('werk_en_zorgregio')}". Gebruik een code uit de referentiegegevens, bv. ${[...ctx.namen.keys()].slice(0, 3).join(', ')}.`);
    else regio = rw;

    const status = w('status').toLowerCase().replace(/[\s-]+/g, '_') as TrajectStatus;
    if (!w('status')) fout('status', `Vul de status in (${TRAJECT_STATUSSEN.join(', ')}).`);
    else if (!TRAJECT_STATUSSEN.includes(status)) fout('status', `Onbekende status "${w('status')}". Mogelijk: ${TRAJECT_STATUSSEN.join(', ')}.`);

    const datum = (kolom: Kolom, verplicht: boolean): string | null => {
      if (!w(kolom)) {
        if (verplicht) fout(kolom, 'Vul de datum in (JJJJ-MM-DD of dd/mm/jjjj).');
        return null;
      }
      const p = parseDatum(w(kolom));
      if (!p.ok) return fout(kolom, p.melding), null;
      if (p.waarde > ctx.vandaag) return fout(kolom, `De datum ${formatDatum(p.waarde)} ligt in de toekomst.`), null;
      return p.waarde;
    };
    const aanmelding = datum('datum_aanmelding', true);
    const trajectplan = datum('datum_trajectplan', false);
    const einde = datum('datum_einde', status === 'vervroegd_stopgezet');
    const eindverslag = datum('datum_eindverslag', false);
    const eindadvies = datum('datum_eindadvies', false);
    const naDan = (kolom: Kolom, d: string | null, ref: string | null, refNaam: string) => {
      if (d && ref && d < ref) fout(kolom, `De datum (${formatDatum(d)}) ligt vóór ${refNaam} (${formatDatum(ref)}).`);
    };
    naDan('datum_trajectplan', trajectplan, aanmelding, 'de aanmelding');
    naDan('datum_einde', einde, trajectplan ?? aanmelding, trajectplan ? 'het trajectplan' : 'de aanmelding');
    naDan('datum_eindverslag', eindverslag, trajectplan ?? aanmelding, trajectplan ? 'het trajectplan' : 'de aanmelding');
    naDan('datum_eindadvies', eindadvies, trajectplan ?? aanmelding, trajectplan ? 'het trajectplan' : 'de aanmelding');
    if (status === 'vervroegd_stopgezet' && (eindverslag || eindadvies)) {
      rapport.waarschuwing(r.rij, 'status', w('status'), 'Een vroegtijdig stopgezet traject met een eindverslag of eindadvies: het telt als afgerond zodra beide geregistreerd zijn (art. 21).');
    }
    if (status === 'afgesloten' && !(eindverslag && eindadvies)) {
      rapport.waarschuwing(r.rij, 'status', w('status'), 'Afgesloten zonder eindverslag én eindadvies: het traject wordt pas vergoed wanneer beide geregistreerd zijn (art. 21).');
    }
    const reden = w('reden_einde') || null;
    if (reden && reden.length > 500) fout('reden_einde', 'Te lang (maximum 500 tekens).');

    if (rapport.heeftFout(r.rij) || !nummer || !insz || !regio || !aanmelding) continue;
    geldig.push({
      rij: r.rij,
      trajectnummer: nummer,
      insz,
      geboortedatum,
      geboortejaar: Number((geboortedatum ?? '').slice(0, 4)) || 1900 + Number(insz.slice(0, 2)),
      waarden: {
        regioCode: regio, datumAanmelding: aanmelding, datumTrajectplan: trajectplan, status, datumEinde: einde,
        datumEindverslag: eindverslag, datumEindadvies: eindadvies, redenEinde: reden,
      },
    });
  }
  return geldig;
}

function laadBestaand(call: CallContext): Map<string, Bestaand> {
  const m = new Map<string, Bestaand>();
  for (const t of call.app.sqlite
    .prepare(
      `SELECT t.id, t.trajectnummer, t.deelnemer_id AS deelnemerId, d.insz, t.swv_id AS swvId, t.mandaat_id AS mandaatId,
              t.regio_code AS regioCode, t.datum_aanmelding AS datumAanmelding, t.datum_trajectplan AS datumTrajectplan, t.status,
              t.datum_einde AS datumEinde, t.datum_eindverslag AS datumEindverslag, t.datum_eindadvies AS datumEindadvies, t.reden_einde AS redenEinde
         FROM traject t JOIN deelnemer d ON d.id = t.deelnemer_id`,
    )
    .iterate() as Iterable<Record<string, unknown>>) {
    const waarden = Object.fromEntries(VELDEN.map((v) => [v, t[v] as string | null])) as Record<Veld, string | null>;
    m.set(t.trajectnummer as string, { id: t.id as number, deelnemerId: t.deelnemerId as number, insz: t.insz as string | null, swvId: t.swvId as number | null, mandaatId: t.mandaatId as number | null, waarden });
  }
  return m;
}

export async function importeerTrajecten(input: ParsedInput<'traject.importeer'>, call: CallContext): Promise<TrajectImportResultaat> {
  const begin = Date.now();
  const db = call.app.sqlite;
  const jobId = input.jobId ?? `import-${randomUUID()}`;
  const bestand = await leesImportBestand(input);
  const rapport = new RapportBouwer();
  const k = koppelKolommen(bestand.tabel, SPECS, rapport);
  const leeg = { nieuw: 0, bijgewerkt: 0, ongewijzigd: 0, zonderMandaat: 0, oudeRegeling: 0 };
  const resultaat = (uitkomst: TrajectImportResultaat['uitkomst'], extra: Partial<TrajectImportResultaat> = {}): TrajectImportResultaat => ({
    modus: input.modus, uitkomst, geimporteerd: 0, jobId, bron: null, ...leeg,
    rapport: rapport.maak({ bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, tabel: bestand.tabel, kolomVolgorde: [...TRAJECT_KOLOMMEN] }),
    duurMs: Date.now() - begin, ...extra,
  });
  if (!k.compleet) {
    if (!rapport.heeftBestandsfout) rapport.bestandsfout(null, null, null, 'De rijen werden niet gecontroleerd: vul eerst de koprij aan.');
    return resultaat(input.modus === 'controleer' ? 'gecontroleerd' : 'niets-geimporteerd');
  }
  const totaal = bestand.tabel.rijen.length;
  return runJob(call.app, { soort: 'import-trajecten', jobId, totaal, intervalMs: 0, bericht: `${aantalMet(totaal, 'rij', 'rijen')} gelezen uit ${bestand.bestandsnaam}`, medewerkerId: call.caller.medewerkerId }, async (job) => {
    // Everything below is synchronous: the checks and the writes see the same database.
    const vandaag = call.today();
    const regelingVanaf = parameterDatum(db, 'SWV_ZORG_REGELING_VANAF', vandaag);
    const bestaand = laadBestaand(call);
    const geldig = controleer(bestand.tabel, k, rapport, { namen: regioNamen(db), vandaag, bestaand });
    const mandaten = new MandaatIndex(db);

    // Attribution and what changes, with warnings in the report.
    type Plan = { g: Geldig; b: Bestaand | undefined; swvId: number | null; mandaatId: number | null; oud: boolean; wijzigingen: Record<string, [unknown, unknown]> };
    const plannen: Plan[] = [];
    for (const g of geldig) {
      const b = bestaand.get(g.trajectnummer);
      const oud = g.waarden.datumAanmelding! < regelingVanaf;
      let swvId = b?.swvId ?? null;
      let mandaatId = b?.mandaatId ?? null;
      const herbepaal = !b || b.waarden.regioCode !== g.waarden.regioCode || b.waarden.datumAanmelding !== g.waarden.datumAanmelding;
      if (herbepaal) {
        const m = mandaten.voor(g.waarden.regioCode!, g.waarden.datumAanmelding!);
        swvId = m.swvId;
        mandaatId = m.mandaatId;
        if (m.mandaatId === null && !oud) {
          rapport.waarschuwing(g.rij, 'werk_en_zorgregio', g.waarden.regioCode, `Niet toegewezen: ${m.reden} (${formatDatum(g.waarden.datumAanmelding)}). Het traject wordt bewaard maar niet vergoed zolang geen mandaat het dekt.`);
        }
        if (b && b.swvId !== swvId) rapport.waarschuwing(g.rij, 'werk_en_zorgregio', g.waarden.regioCode, 'De regio of de aanmeldingsdatum werd gecorrigeerd: het traject wordt opnieuw toegewezen.');
      }
      if (oud && !b) rapport.waarschuwing(g.rij, 'datum_aanmelding', g.waarden.datumAanmelding, `Aangemeld vóór ${formatDatum(regelingVanaf)}: valt onder de regeling van vóór de werk- en zorgtrajecten (art. 71) en wordt niet door deze regeling vergoed.`);
      const wijzigingen: Record<string, [unknown, unknown]> = {};
      if (b) for (const v of VELDEN) if (b.waarden[v] !== g.waarden[v]) wijzigingen[v] = [b.waarden[v], g.waarden[v]];
      plannen.push({ g, b, swvId, mandaatId, oud, wijzigingen });
    }
    job.voortgang(Math.round(totaal / 2), `${geldig.length} geldige rijen, ${totaal - geldig.length} met fouten`);

    const verslag = rapport.maak({ bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, tabel: bestand.tabel, kolomVolgorde: [...TRAJECT_KOLOMMEN] });
    const tellers = {
      nieuw: plannen.filter((p) => !p.b).length,
      bijgewerkt: plannen.filter((p) => p.b && Object.keys(p.wijzigingen).length).length,
      ongewijzigd: plannen.filter((p) => p.b && !Object.keys(p.wijzigingen).length).length,
      zonderMandaat: plannen.filter((p) => p.mandaatId === null && !p.oud).length,
      oudeRegeling: plannen.filter((p) => p.oud).length,
    };
    const klaar = (uitkomst: TrajectImportResultaat['uitkomst'], extra: Partial<TrajectImportResultaat> = {}): TrajectImportResultaat => ({
      modus: input.modus, uitkomst, geimporteerd: 0, jobId, bron: null, ...leeg, rapport: verslag, duurMs: Date.now() - begin, ...extra,
    });
    if (input.modus === 'controleer') return klaar('gecontroleerd', tellers);
    const schrijf = plannen.filter((p) => !p.b || Object.keys(p.wijzigingen).length || p.b.swvId !== p.swvId);
    if ((input.modus === 'alles-of-niets' && verslag.foutieveRijen > 0) || verslag.foutieveRijen === totaal || !schrijf.length) {
      return klaar('niets-geimporteerd', plannen.length && !schrijf.length ? tellers : {});
    }

    const sleutel = bestand.sha256.slice(0, 16);
    const bron = `import:${sleutel}`;
    const nu = call.nowIso();
    call.tx((audit) => {
      const deelnemers = new Map((db.prepare('SELECT id, insz FROM deelnemer WHERE insz IS NOT NULL').all() as { id: number; insz: string }[]).map((d) => [d.insz, d.id]));
      const insDeelnemer = db.prepare('INSERT INTO deelnemer (insz, geboortedatum, geboortejaar, aangemaakt_op) VALUES (?, ?, ?, ?)');
      const insTraject = db.prepare(
        `INSERT INTO traject (trajectnummer, deelnemer_id, regio_code, datum_aanmelding, datum_trajectplan, status, datum_einde, datum_eindverslag,
           datum_eindadvies, reden_einde, swv_id, mandaat_id, oude_regeling, bron, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const updTraject = db.prepare(
        `UPDATE traject SET regio_code = ?, datum_aanmelding = ?, datum_trajectplan = ?, status = ?, datum_einde = ?, datum_eindverslag = ?, datum_eindadvies = ?,
           reden_einde = ?, swv_id = ?, mandaat_id = ?, oude_regeling = ?, bron = ?, gewijzigd_op = ?, versie = versie + 1 WHERE id = ?`,
      );
      const insHistoriek = db.prepare('INSERT INTO traject_historiek (traject_id, gewijzigd_op, bron, wijzigingen) VALUES (?, ?, ?, ?)');
      let nieuweDeelnemers = 0;
      schrijf.forEach((p, i) => {
        const w = p.g.waarden;
        if (p.b) {
          if (p.b.swvId !== p.swvId) p.wijzigingen.swvId = [p.b.swvId, p.swvId];
          updTraject.run(w.regioCode, w.datumAanmelding, w.datumTrajectplan, w.status, w.datumEinde, w.datumEindverslag, w.datumEindadvies, w.redenEinde,
            p.swvId, p.mandaatId, p.oud ? 1 : 0, bron, nu, p.b.id);
          insHistoriek.run(p.b.id, nu, bron, JSON.stringify(p.wijzigingen));
        } else {
          let deelnemerId = deelnemers.get(p.g.insz);
          if (deelnemerId === undefined) {
            deelnemerId = Number(insDeelnemer.run(p.g.insz, p.g.geboortedatum, p.g.geboortejaar, nu).lastInsertRowid);
            deelnemers.set(p.g.insz, deelnemerId);
            nieuweDeelnemers++;
          }
          insTraject.run(p.g.trajectnummer, deelnemerId, w.regioCode, w.datumAanmelding, w.datumTrajectplan, w.status, w.datumEinde, w.datumEindverslag,
            w.datumEindadvies, w.redenEinde, p.swvId, p.mandaatId, p.oud ? 1 : 0, bron, nu, nu);
        }
        if ((i + 1) % VOORTGANG_ELKE === 0) job.voortgang(Math.round(totaal / 2 + ((i + 1) * totaal) / 2 / schrijf.length), `${formatAantal(i + 1)} van ${aantalMet(schrijf.length, 'traject', 'trajecten')} bewaard`);
      });
      // One audit entry for the whole file (see the module comment); no personal data in it.
      audit({
        entiteit: 'traject-import', entiteitId: sleutel, actie: 'geimporteerd',
        nieuw: { bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, formaat: bestand.tabel.formaat, modus: input.modus, rijen: totaal, ...tellers, nieuweDeelnemers, bron },
        reden: `Import van "${bestand.bestandsnaam}" (${input.modus}): ${tellers.nieuw} nieuwe en ${tellers.bijgewerkt} bijgewerkte trajecten met bron ${bron}; één auditregel voor het hele bestand.`,
      });
    });
    job.voortgang(totaal, `${aantalMet(schrijf.length, 'traject', 'trajecten')} bewaard`);
    return klaar('geimporteerd', { geimporteerd: schrijf.length, ...tellers, bron });
  });
}
