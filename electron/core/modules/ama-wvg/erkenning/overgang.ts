/**
 * Transitional regime of the AMA WVG recognitions (BVR 18 November 2022, art. 72–74).
 *
 * - A recognition that existed before the transition date (parameter AMA_WVG_OVERGANGSDATUM,
 *   1 January 2024) and still ran on it continues by law for its remaining term: it enters the
 *   register with oorsprong 'overgang' and its own (old) number.
 * - Of an organisation whose type may be recognised only until a date (onderwijsinstelling, PAAZ:
 *   `organisatie_type.ama_wvg_erkenbaar_tot`), the recognition ended by law on
 *   AMA_WVG_EINDE_ONDERWIJS_PAAZ (31/12/2023): it is registered until that day, status 'verlopen',
 *   with a history line citing art. 74 (and the original end date).
 *
 * `overgang.registreer` registers one; `overgang.importeer` a CSV/XLSX file (columns
 * ondernemingsnummer, erkenningsnummer, geldig_van, geldig_tot) with a validation report per row and
 * field, in one of three modes (controleer / alles-of-niets / enkel-geldige). Both use the same
 * checks (`OvergangControle`). An import writes in ONE transaction: one audit entry per recognition
 * (insertErkenning) plus one summary entry (file name, sha-256, counts).
 */
import { AppError, type FoutDetail } from '../../../../../shared/api/errors';
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { OvergangImportResultaat } from '../../../../../shared/ama-wvg/overgang.contract';
import { OVERGANG_KOLOMMEN } from '../../../../../shared/ama-wvg/overgang.contract';
import { checkKbo } from '../../../../../shared/kernel/kbo';
import { addDays, isValidIsoDate } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { addHistoriek, getErkenning, insertErkenning } from './erkenning';
import { parameterDatum } from '../../../platform/parameter';
import { overgangVoorbeeld } from './overgangVoorbeeld';
import { importSamenvattingAudit, koppelKolommen, leesImportBestand, parseDatum, RapportBouwer, type KolomSpec } from '../../../platform/imports';

type Veld = (typeof OVERGANG_KOLOMMEN)[number];

const KOLOMMEN: readonly KolomSpec<Veld>[] = [
  { sleutel: 'ondernemingsnummer', aliassen: ['kbo', 'kbo_nummer', 'kbonummer', 'ondernemingsnr'], verplicht: true },
  { sleutel: 'erkenningsnummer', aliassen: ['erkenningsnr', 'erkenning_nummer'], verplicht: true },
  { sleutel: 'geldig_van', aliassen: ['geldig_vanaf', 'begindatum', 'startdatum'], verplicht: true },
  { sleutel: 'geldig_tot', aliassen: ['geldig_tot_en_met', 'einddatum'], verplicht: true },
];

interface Organisatie {
  id: number;
  naam: string;
  kbo: string;
  typeCode: string;
  typeNaam: string;
  erkenbaar: number;
  erkenbaarTot: string | null;
}

/** What will be written for a valid row. */
export interface OvergangPlan {
  rij: number | null;
  organisatie: Organisatie;
  erkenningsnummer: string;
  geldigVan: string;
  /** Effective last day (cut to AMA_WVG_EINDE_ONDERWIJS_PAAZ for onderwijsinstelling/PAAZ). */
  geldigTot: string;
  oorspronkelijkTot: string;
  ingekort: boolean;
}

export interface OvergangRij {
  /** Row number in the file; null for a single registration. */
  rij: number | null;
  organisatie: { kbo: string } | { id: number };
  erkenningsnummer: string;
  geldigVan: string;
  geldigTot: string;
}

type Melder = (veld: Veld | null, waarde: string | null, melding: string, ernst?: 'fout' | 'waarschuwing') => void;

const ORG_SELECT = `SELECT o.id, o.naam, o.kbo, o.type_code AS typeCode, t.naam AS typeNaam, t.ama_wvg_erkenbaar AS erkenbaar,
  t.ama_wvg_erkenbaar_tot AS erkenbaarTot FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code`;

/** Numbers the application gives itself since 2024 (services/erkenning.ts): not for an old recognition. */
const NIEUW_NUMMER = /^AMA-WVG-(\d{4})-\d+$/i;

/**
 * The checks of a transition recognition, for one row or a whole file. Rows are checked one by one
 * (`controleer`), then against each other (`controleerOnderling`: same number twice, overlapping
 * periods of one organisation).
 */
export class OvergangControle {
  readonly overgangsdatum: string;
  readonly eindeOnderwijsPaaz: string;
  private readonly db;
  private readonly orgOpKbo;
  private readonly orgOpId;
  private readonly nummerBestaat;
  private readonly overlap;
  private readonly plannen: { plan: OvergangPlan; melder: Melder }[] = [];
  private readonly nummers = new Map<string, { rij: number | null; melder: Melder; waarde: string }[]>();

  constructor(call: CallContext) {
    this.db = call.app.sqlite;
    const vandaag = call.today();
    this.overgangsdatum = parameterDatum(this.db, 'AMA_WVG_OVERGANGSDATUM', vandaag);
    this.eindeOnderwijsPaaz = parameterDatum(this.db, 'AMA_WVG_EINDE_ONDERWIJS_PAAZ', vandaag);
    this.orgOpKbo = this.db.prepare(`${ORG_SELECT} WHERE o.kbo = ?`);
    this.orgOpId = this.db.prepare(`${ORG_SELECT} WHERE o.id = ?`);
    this.nummerBestaat = this.db.prepare(
      'SELECT e.erkenningsnummer AS nummer, o.naam FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id WHERE upper(e.erkenningsnummer) = upper(?)',
    );
    this.overlap = this.db.prepare(
      `SELECT erkenningsnummer, geldig_van AS geldigVan, geldig_tot AS geldigTot, status FROM erkenning
        WHERE organisatie_id = ? AND geldig_van <= ? AND geldig_tot >= ? AND upper(erkenningsnummer) <> upper(?) ORDER BY geldig_van LIMIT 1`,
    );
  }

  private organisatie(r: OvergangRij, meld: Melder): Organisatie | null {
    if ('id' in r.organisatie) {
      const o = this.orgOpId.get(r.organisatie.id) as Organisatie | undefined;
      if (!o) throw AppError.nietGevonden(`Organisatie ${r.organisatie.id}`);
      return o;
    }
    const waarde = r.organisatie.kbo;
    if (!waarde) return meld('ondernemingsnummer', null, 'Vul het ondernemingsnummer (KBO) in.'), null;
    const kbo = checkKbo(waarde);
    if (!kbo.ok) return meld('ondernemingsnummer', waarde, kbo.melding), null;
    const o = this.orgOpKbo.get(kbo.kbo) as Organisatie | undefined;
    if (!o) {
      return meld('ondernemingsnummer', waarde, `Er is geen organisatie met ondernemingsnummer ${kbo.kbo} in het register. Voeg ze eerst toe onder Organisaties.`), null;
    }
    return o;
  }

  /** Check one row; returns the plan when it has no error. */
  controleer(r: OvergangRij, meld: Melder): OvergangPlan | null {
    let fout = false;
    const m: Melder = (veld, waarde, melding, ernst = 'fout') => {
      if (ernst === 'fout') fout = true;
      meld(veld, waarde, melding, ernst);
    };
    const org = this.organisatie(r, m);
    if (org && !org.erkenbaar) {
      m('ondernemingsnummer', 'kbo' in r.organisatie ? r.organisatie.kbo : org.kbo,
        `${org.naam} is een organisatie van het type "${org.typeNaam}": dat type kan niet erkend worden als begeleider van arbeidsmatige activiteiten (BVR art. 46).`);
    }

    const nummer = r.erkenningsnummer.trim();
    if (!nummer) m('erkenningsnummer', null, 'Vul het erkenningsnummer in.');
    else if (nummer.length > 50) m('erkenningsnummer', nummer, 'Een erkenningsnummer telt hoogstens 50 tekens.');
    else {
      const nieuw = NIEUW_NUMMER.exec(nummer);
      if (nieuw && Number(nieuw[1]) >= Number(this.overgangsdatum.slice(0, 4))) {
        m('erkenningsnummer', nummer, 'Dit nummer heeft de vorm die de toepassing sinds 2024 zelf toekent (AMA-WVG-jaar-volgnummer). Een erkenning van vóór 2024 heeft haar eigen, oude nummer.');
      }
      const bestaand = this.nummerBestaat.get(nummer) as { nummer: string; naam: string } | undefined;
      if (bestaand) m('erkenningsnummer', nummer, `Het erkenningsnummer ${bestaand.nummer} bestaat al in het register (${bestaand.naam}).`);
      const sleutel = nummer.toUpperCase();
      const lijst = this.nummers.get(sleutel) ?? [];
      lijst.push({ rij: r.rij, melder: m, waarde: nummer });
      this.nummers.set(sleutel, lijst);
    }

    const van = this.datum('geldig_van', r.geldigVan, m);
    const tot = this.datum('geldig_tot', r.geldigTot, m);
    let geldigTot = tot;
    let ingekort = false;
    if (van && tot) {
      const nl = formatDatum;
      if (tot < van) m('geldig_tot', r.geldigTot, `De einddatum (${nl(tot)}) ligt vóór de begindatum (${nl(van)}).`);
      else {
        if (van >= this.overgangsdatum) {
          m('geldig_van', r.geldigVan, `Deze erkenning begint op ${nl(van)}. De overgangsregeling geldt alleen voor erkenningen van vóór ${nl(this.overgangsdatum)} (BVR art. 72–73); een nieuwe erkenning volgt uit een aanvraag.`);
        }
        if (tot < this.overgangsdatum) {
          m('geldig_tot', r.geldigTot, `Deze erkenning liep op ${nl(this.overgangsdatum)} niet meer (einde ${nl(tot)}): ze valt niet onder de overgangsregeling (BVR art. 72–73).`);
        }
        if (org && org.erkenbaar && org.erkenbaarTot !== null && tot > this.eindeOnderwijsPaaz) {
          geldigTot = this.eindeOnderwijsPaaz;
          ingekort = true;
          m('geldig_tot', r.geldigTot,
            `${org.typeNaam}: de erkenning eindigde van rechtswege op ${nl(this.eindeOnderwijsPaaz)} (BVR art. 74). Ze wordt geregistreerd tot die datum in plaats van tot ${nl(tot)}, met status "verlopen".`,
            'waarschuwing');
        }
        if (org && geldigTot) {
          // The same number already in the register is reported above; no second message for overlapping itself.
          const o = this.overlap.get(org.id, geldigTot, van, nummer) as { erkenningsnummer: string; geldigVan: string; geldigTot: string; status: string } | undefined;
          if (o) {
            m('geldig_van', r.geldigVan, `Deze periode overlapt met erkenning ${o.erkenningsnummer} van ${org.naam} (${nl(o.geldigVan)} – ${nl(o.geldigTot)}, ${o.status}).`);
          }
        }
      }
    }
    if (fout || !org || !van || !tot || !geldigTot) return null;
    const plan: OvergangPlan = { rij: r.rij, organisatie: org, erkenningsnummer: nummer, geldigVan: van, geldigTot, oorspronkelijkTot: tot, ingekort };
    this.plannen.push({ plan, melder: m });
    return plan;
  }

  private datum(veld: 'geldig_van' | 'geldig_tot', waarde: string, m: Melder): string | null {
    const v = waarde.trim();
    if (isValidIsoDate(v)) return v;
    const p = parseDatum(v);
    if (!p.ok) {
      m(veld, v || null, v ? p.melding : `Vul ${veld === 'geldig_van' ? 'de begindatum (geldig_van)' : 'de einddatum (geldig_tot)'} in (JJJJ-MM-DD of dd/mm/jjjj).`);
      return null;
    }
    return p.waarde;
  }

  /** Rows against each other: a number used twice; overlapping periods of one organisation. */
  controleerOnderling(): void {
    const rijTekst = (rijen: (number | null)[]) => rijen.map(String).join(', ').replace(/, ([^,]*)$/, ' en $1');
    for (const lijst of this.nummers.values()) {
      if (lijst.length < 2) continue;
      for (const x of lijst) {
        const andere = lijst.filter((y) => y !== x).map((y) => y.rij);
        x.melder('erkenningsnummer', x.waarde, `Het erkenningsnummer ${x.waarde} komt meer dan eens voor in het bestand (ook in rij ${rijTekst(andere)}).`);
      }
    }
    const perOrg = new Map<number, { plan: OvergangPlan; melder: Melder }[]>();
    for (const p of this.plannen) {
      const l = perOrg.get(p.plan.organisatie.id) ?? [];
      l.push(p);
      perOrg.set(p.plan.organisatie.id, l);
    }
    for (const lijst of perOrg.values()) {
      for (const a of lijst) {
        for (const b of lijst) {
          if (a === b || a.plan.geldigVan > b.plan.geldigTot || b.plan.geldigVan > a.plan.geldigTot) continue;
          a.melder('geldig_van', a.plan.geldigVan,
            `Deze periode overlapt met rij ${b.plan.rij} van het bestand (${b.plan.erkenningsnummer}, ${formatDatum(b.plan.geldigVan)} – ${formatDatum(b.plan.geldigTot)}) van dezelfde organisatie.`);
        }
      }
    }
  }
}

/** Write one checked recognition (inside the caller's transaction); its audit entry comes from insertErkenning. */
export function registreerOvergang(call: CallContext, audit: (e: AuditInput) => void, plan: OvergangPlan, bron: string, einde: { eindeOnderwijsPaaz: string; overgangsdatum: string }): number {
  const origineel = plan.ingekort ? `, oorspronkelijk geldig tot ${formatDatum(plan.oorspronkelijkTot)}` : '';
  const id = insertErkenning(call, audit, {
    organisatieId: plan.organisatie.id,
    erkenningsnummer: plan.erkenningsnummer,
    geldigVan: plan.geldigVan,
    geldigTot: plan.geldigTot,
    oorsprong: 'overgang',
    toelichting: `Overgangsregeling (BVR art. 72–73): erkenning van vóór ${formatDatum(einde.overgangsdatum)}, van rechtswege verder geldig voor de resterende looptijd${origineel}; ${bron}`,
  });
  if (plan.ingekort) {
    addHistoriek(call, id, {
      datum: plan.geldigTot,
      status: 'verlopen',
      geldigTot: plan.geldigTot,
      toelichting: `Van rechtswege beëindigd op ${formatDatum(plan.geldigTot)} (BVR art. 74): een organisatie van het type "${plan.organisatie.typeNaam}" kan sinds ${formatDatum(addDays(einde.eindeOnderwijsPaaz, 1))} niet meer erkend worden als begeleider van arbeidsmatige activiteiten`,
    });
  } else if (plan.geldigTot < call.today()) {
    addHistoriek(call, id, { datum: plan.geldigTot, status: 'verlopen', geldigTot: plan.geldigTot, toelichting: 'Einde geldigheid zonder hernieuwing' });
  }
  return id;
}

const VELD_REGISTREER: Record<Veld, string> = {
  ondernemingsnummer: 'organisatieId',
  erkenningsnummer: 'erkenningsnummer',
  geldig_van: 'geldigVan',
  geldig_tot: 'geldigTot',
};

function registreer(input: ParsedInput<'overgang.registreer'>, call: CallContext) {
  const controle = new OvergangControle(call);
  const fouten: FoutDetail[] = [];
  const plan = controle.controleer(
    { rij: null, organisatie: { id: input.organisatieId }, erkenningsnummer: input.erkenningsnummer, geldigVan: input.geldigVan, geldigTot: input.geldigTot },
    (veld, _waarde, melding, ernst = 'fout') => {
      if (ernst === 'fout') fouten.push({ veld: veld ? VELD_REGISTREER[veld] : '(invoer)', melding });
    },
  );
  if (fouten.length || !plan) {
    throw new AppError('VALIDATIE', fouten.length === 1 ? fouten[0].melding : `${fouten.length} problemen: ${fouten.map((f) => f.melding).join(' ')}`, fouten);
  }
  const id = call.tx((audit) => registreerOvergang(call, audit, plan, 'handmatig geregistreerd', controle));
  return getErkenning(call, id);
}

async function importeer(input: ParsedInput<'overgang.importeer'>, call: CallContext): Promise<OvergangImportResultaat> {
  const bestand = await leesImportBestand(input);
  // From here on everything is synchronous: the checks and the writing see the same database.
  const rapport = new RapportBouwer();
  const kolommen = koppelKolommen(bestand.tabel, KOLOMMEN, rapport);
  const controle = new OvergangControle(call);
  const plannen: OvergangPlan[] = [];
  if (kolommen.compleet) {
    for (const r of bestand.tabel.rijen) {
      const plan = controle.controleer(
        {
          rij: r.rij,
          organisatie: { kbo: kolommen.waarde(r, 'ondernemingsnummer') },
          erkenningsnummer: kolommen.waarde(r, 'erkenningsnummer'),
          geldigVan: kolommen.waarde(r, 'geldig_van'),
          geldigTot: kolommen.waarde(r, 'geldig_tot'),
        },
        (veld, waarde, melding, ernst = 'fout') =>
          ernst === 'fout' ? rapport.fout(r.rij, veld, waarde, melding) : rapport.waarschuwing(r.rij, veld, waarde, melding),
      );
      if (plan) plannen.push(plan);
    }
    controle.controleerOnderling();
  }
  const verslag = rapport.maak({ bestandsnaam: bestand.bestandsnaam, sha256: bestand.sha256, tabel: bestand.tabel, kolomVolgorde: [...OVERGANG_KOLOMMEN] });
  const niets = (uitkomst: OvergangImportResultaat['uitkomst']): OvergangImportResultaat => ({ modus: input.modus, uitkomst, geimporteerd: 0, erkenningIds: [], rapport: verslag });
  if (input.modus === 'controleer') return niets('gecontroleerd');
  const geldig = plannen.filter((p) => p.rij !== null && !rapport.heeftFout(p.rij));
  if ((input.modus === 'alles-of-niets' && verslag.foutieveRijen > 0) || rapport.heeftBestandsfout || !geldig.length) return niets('niets-geimporteerd');

  const bron = `geïmporteerd uit "${bestand.bestandsnaam}"`;
  const erkenningIds = call.tx((audit) => {
    const ids = geldig.map((p) => registreerOvergang(call, audit, p, `${bron}, rij ${p.rij}`, controle));
    audit(importSamenvattingAudit('erkenning-import', bestand, input.modus, verslag, { entiteit: 'erkenning', ids, naam: ['erkenning', 'erkenningen'] }));
    return ids;
  });
  return { modus: input.modus, uitkomst: 'geimporteerd', geimporteerd: erkenningIds.length, erkenningIds, rapport: verslag };
}

export const overgangHandlers: Pick<Handlers, 'overgang.registreer' | 'overgang.importeer' | 'overgang.voorbeeldbestand'> = {
  'overgang.registreer': registreer,
  'overgang.voorbeeldbestand': (input, call) => overgangVoorbeeld(call, input.soort),
  'overgang.importeer': importeer,
};
