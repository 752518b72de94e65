/**
 * Calls for mandates and the applications to them (BVR 18 November 2022, art. 14–18).
 *
 * - **The call** fixes the submission window, the werk- en zorgregio's, the comparison criteria with
 *   their weights and maximum score, the tie rule, the mandate period and the elements every mandate
 *   letter states (art. 18; the seeds do not list them, so they are an editable template per call).
 * - **Deadlines** (deadline engine, dated parameters valid on the closing day): admissibility within
 *   SWV_ZORG_ONTVANKELIJKHEID_TERMIJN days after the window closes, the mandate decision within
 *   SWV_ZORG_BESLISSINGSTERMIJN days, both extended by the suspension of a request for information
 *   (art. 17: only to an admissible applicant, SWV_ZORG_AANVULLENDE_INFO_TERMIJN days to answer).
 * - **Admissibility and merits** are separate draft decisions, approved by an ondertekenaar.
 * - **Scores** per well-founded application, region and criterion, each with its motivation.
 * - **Ranking and decisions**: `oproep.beslis` drafts one decision per well-founded application from
 *   the ranking (`rangschik`, shared/swv-zorg/rangschikking.ts): a mandate for the regions it won or a
 *   refusal. From then on the scores are locked; the decision's effect computes the same ranking again.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import type { AanvraagTermijn, Controle, Opschorting } from '../../../../../shared/platform/dossier.contract';
import {
  AANVRAAG_ITEMS,
  ITEM_CODES,
  type AanvraagPartner,
  type Oproep,
  type OproepRij,
  type RangschikkingResultaat,
  type ScoreRij,
  type SwvAanvraag,
  type SwvAanvraagRij,
  type SwvAanvraagStatus,
} from '../../../../../shared/swv-zorg/oproep.contract';
import { rangschik, RangschikkingFout, type Beslechting, type Criterium, type Keuze } from '../../../../../shared/swv-zorg/rangschikking';
import { controleerSamenstelling, controleerWerkingsgebied } from '../../../../../shared/swv-zorg/samenwerkingsverband';
import { berekenTermijn } from '../../../../../shared/kernel/termijn';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import { addGebeurtenis, listGebeurtenissen, medewerkerIdVan, NAAM_VAN } from '../../../platform/dossier';
import { createDraftBeslissing, listBeslissingen } from '../../../engines/beslissing/beslissing';
import type { InboxBron } from '../../../engines/inbox/inbox';
import { geefBriefUit, listDocumenten, renderBrief, type VoorbereideBrief } from '../../../letters/store';
import { resolveVerzoekInformatie, voorbereidVerzoekInformatie } from '../../../letters/verzoekInformatie';
import { aangrenzend, maxPerCategorie, regioNamen } from '../register/register';
import type { ParameterCode } from '../../../../../shared/platform/parameter-codes';

export const RECHTSBASIS_AANVRAAG = 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 7, 12–18';
/** Who decides on the mandates (art. 16–18): the competent ministers, prepared by the Departement Zorg. */
export const MINISTERS = 'de Vlaamse ministers bevoegd voor welzijn en werk';

interface OproepRow {
  id: number;
  titel: string;
  indienenVan: string;
  indienenTot: string;
  regios: string;
  criteria: string;
  beslechting: string;
  mandaatVan: string;
  mandaatTot: string;
  briefElementen: string;
  versie: number;
}

export interface OproepKern extends Omit<OproepRow, 'regios' | 'criteria' | 'beslechting'> {
  regios: string[];
  criteria: Criterium[];
  beslechting: Beslechting;
}

export function oproepKern(call: CallContext, id: number): OproepKern {
  const r = call.app.sqlite
    .prepare(
      `SELECT id, titel, indienen_van AS indienenVan, indienen_tot AS indienenTot, regios, criteria, beslechting, mandaat_van AS mandaatVan,
              mandaat_tot AS mandaatTot, brief_elementen AS briefElementen, versie FROM oproep WHERE id = ?`,
    )
    .get(id) as OproepRow | undefined;
  if (!r) throw AppError.nietGevonden(`Oproep ${id}`);
  return { ...r, regios: JSON.parse(r.regios), criteria: JSON.parse(r.criteria), beslechting: JSON.parse(r.beslechting) };
}

const AANVRAAG_SELECT = `
  SELECT a.id, a.oproep_id AS oproepId, a.naam, a.swv_id AS swvId, a.aanspreekpunt_id AS aanspreekpuntId, o.naam AS aanspreekpuntNaam,
         o.status AS aanspreekpuntStatus, a.keuze, a.ontvangen_op AS ontvangenOp, a.items, a.status, a.behandelaar_id AS behandelaarId,
         ${NAAM_VAN('a.behandelaar_id')} AS behandelaar, a.versie,
         (SELECT group_concat(regio_code, ',') FROM swv_aanvraag_regio r WHERE r.aanvraag_id = a.id) AS regios
    FROM swv_aanvraag a JOIN organisatie o ON o.id = a.aanspreekpunt_id`;

interface AanvraagRow {
  id: number;
  oproepId: number;
  naam: string;
  swvId: number | null;
  aanspreekpuntId: number;
  aanspreekpuntNaam: string;
  aanspreekpuntStatus: string;
  keuze: Keuze;
  ontvangenOp: string;
  items: string;
  status: SwvAanvraagStatus;
  behandelaarId: number;
  behandelaar: string;
  versie: number;
  regios: string | null;
}

export function aanvraagRow(call: CallContext, id: number): AanvraagRow & { regioLijst: string[] } {
  const r = call.app.sqlite.prepare(`${AANVRAAG_SELECT} WHERE a.id = ?`).get(id) as AanvraagRow | undefined;
  if (!r) throw AppError.nietGevonden(`Aanvraag tot mandatering ${id}`);
  return { ...r, regioLijst: r.regios ? r.regios.split(',').sort() : [] };
}

function opschortingen(call: CallContext, id: number): Opschorting[] {
  return call.app.sqlite
    .prepare(`SELECT id, van, tot, reden, antwoord_uiterlijk AS antwoordUiterlijk, verzoek_document_id AS verzoekDocumentId FROM opschorting WHERE entiteit = 'swv_aanvraag' AND entiteit_id = ? ORDER BY van`)
    .all(id) as Opschorting[];
}

const AFGEROND: SwvAanvraagStatus[] = ['onontvankelijk', 'ongegrond', 'gemandateerd', 'geweigerd'];

/** The legal deadlines of an application, counted from the closing of the call's window. */
export function termijnen(call: CallContext, o: Pick<OproepKern, 'indienenTot'>, a: { status: SwvAanvraagStatus }, opsch: Opschorting[]): AanvraagTermijn[] {
  const db = call.app.sqlite;
  const today = call.today();
  const periodes = opsch.map((x) => ({ van: x.van, tot: x.tot ?? (today >= x.van ? today : x.van) }));
  const open = opsch.find((x) => x.tot === null);
  const noot = open ? [`de opschorting sinds ${formatDatum(open.van)} loopt nog: de termijn schuift elke dag op tot het antwoord`] : [];
  const t = (code: ParameterCode, soort: AanvraagTermijn['soort'], omschrijving: string, afgerond: boolean): AanvraagTermijn => {
    const r = berekenTermijn({ start: o.indienenTot, dagen: parameterGetal(db, code, o.indienenTot), soort: 'kalenderdagen', verschuifNaarWerkdag: true, opschortingen: periodes });
    return { soort, omschrijving, vervaldatum: r.vervaldatum, afleiding: [`vanaf het sluiten van de oproep (${formatDatum(o.indienenTot)})`, ...r.afleiding, ...noot], afgerond };
  };
  const uit = [
    t('SWV_ZORG_ONTVANKELIJKHEID_TERMIJN', 'ontvankelijkheid', 'Beslissing over de ontvankelijkheid (art. 15)', a.status !== 'ingediend'),
    t('SWV_ZORG_BESLISSINGSTERMIJN', 'gegrondheid', 'Beslissing over de mandatering (art. 16–18)', AFGEROND.includes(a.status)),
  ];
  if (open?.antwoordUiterlijk) {
    uit.push({ soort: 'antwoord-aanvullende-info', omschrijving: 'Antwoord van de aanvrager op het verzoek om informatie (art. 17)', vervaldatum: open.antwoordUiterlijk, afleiding: [`gevraagd op ${formatDatum(open.van)}`], afgerond: false });
  }
  return uit;
}

function partnersVanAanvraag(call: CallContext, id: number): AanvraagPartner[] {
  return call.app.sqlite
    .prepare(
      `SELECT p.id, p.organisatie_id AS organisatieId, o.naam AS organisatieNaam, o.kbo, t.naam AS typeNaam, t.swv_zorg_categorie AS categorie, p.expertise, p.icf
         FROM swv_aanvraag_partner p JOIN organisatie o ON o.id = p.organisatie_id JOIN organisatie_type t ON t.code = o.type_code
        WHERE p.aanvraag_id = ? ORDER BY t.swv_zorg_categorie, o.naam`,
    )
    .all(id) as AanvraagPartner[];
}

/** What an application must contain and prove (art. 7, 12–14, 30), each with its outcome. */
function controles(call: CallContext, o: OproepKern, a: AanvraagRow & { regioLijst: string[] }, partners: AanvraagPartner[]): Controle[] {
  const db = call.app.sqlite;
  const namen = regioNamen(db);
  const items = JSON.parse(a.items) as Record<string, boolean>;
  const ontbrekend = ITEM_CODES.filter((c) => !items[c]);
  const samenstelling = controleerSamenstelling(partners.map((p) => ({ naam: `${p.organisatieNaam} (${p.typeNaam})`, categorie: p.categorie })), maxPerCategorie(db, o.mandaatVan));
  const gebied = controleerWerkingsgebied(a.regioLijst, aangrenzend(db), (c) => namen.get(c) ?? c);
  const buiten = a.regioLijst.filter((r) => !o.regios.includes(r));
  const zonderExpertise = partners.filter((p) => !p.expertise).map((p) => p.organisatieNaam);
  const zonderIcf = partners.filter((p) => !p.icf).map((p) => p.organisatieNaam);
  return [
    {
      code: 'tijdig', ok: a.ontvangenOp >= o.indienenVan && a.ontvangenOp <= o.indienenTot, artikel: 'art. 14',
      melding: `Ontvangen op ${formatDatum(a.ontvangenOp)}; de oproep liep van ${formatDatum(o.indienenVan)} tot en met ${formatDatum(o.indienenTot)}.`,
    },
    {
      code: 'items', ok: ontbrekend.length === 0, artikel: 'art. 14',
      melding: ontbrekend.length ? `Ontbreekt: ${ontbrekend.map((c) => `${c}° ${AANVRAAG_ITEMS[c]}`).join('; ')}.` : 'De punten 1° tot 9° zijn aanwezig.',
    },
    { code: 'samenstelling', ok: samenstelling.length === 0, artikel: 'art. 7', melding: samenstelling.length ? samenstelling.join(' ') : 'Minstens één partner van elke categorie.' },
    {
      code: 'werkingsgebied', ok: !gebied && buiten.length === 0, artikel: 'art. 7',
      melding: gebied ?? (buiten.length ? `${buiten.map((r) => namen.get(r) ?? r).join(', ')} valt buiten de oproep.` : `Werkingsgebied: ${a.regioLijst.map((r) => namen.get(r) ?? r).join(', ')}.`),
    },
    { code: 'deskundigheid', ok: zonderExpertise.length === 0, artikel: 'art. 12', melding: zonderExpertise.length ? `Geen bewijs van deskundigheid voor ${zonderExpertise.join(', ')}.` : 'Elke partner bewijst zijn deskundigheid.' },
    { code: 'icf', ok: zonderIcf.length === 0, artikel: 'art. 30', melding: zonderIcf.length ? `Geen bewijs van ICF-kennis of engagement voor ${zonderIcf.join(', ')}.` : 'Elke partner bewijst ICF-kennis of engageert zich.' },
    { code: 'aanspreekpunt', ok: a.aanspreekpuntStatus === 'actief', artikel: 'art. 13', melding: a.aanspreekpuntStatus === 'actief' ? `${a.aanspreekpuntNaam} is het administratief aanspreekpunt.` : `${a.aanspreekpuntNaam} is stopgezet.` },
  ];
}

function scoresVan(call: CallContext, aanvraagId: number): ScoreRij[] {
  return call.app.sqlite
    .prepare(`SELECT regio_code AS regioCode, criterium, score, motivering, ${NAAM_VAN('door_id')} AS door, gewijzigd_op AS gewijzigdOp FROM swv_score WHERE aanvraag_id = ? ORDER BY regio_code, criterium`)
    .all(aanvraagId) as ScoreRij[];
}

function alsRij(call: CallContext, o: OproepKern, r: AanvraagRow & { regioLijst: string[] }): SwvAanvraagRij {
  const t = AFGEROND.includes(r.status) ? undefined : termijnen(call, o, r, opschortingen(call, r.id)).find((x) => !x.afgerond);
  return {
    id: r.id, oproepId: r.oproepId, naam: r.naam, aanspreekpuntNaam: r.aanspreekpuntNaam, keuze: r.keuze, regios: r.regioLijst, ontvangenOp: r.ontvangenOp,
    status: r.status, behandelaar: r.behandelaar, volgendeTermijn: t?.vervaldatum ?? null,
  };
}

export function getAanvraag(call: CallContext, id: number): SwvAanvraag {
  const r = aanvraagRow(call, id);
  const o = oproepKern(call, r.oproepId);
  const partners = partnersVanAanvraag(call, id);
  const opsch = opschortingen(call, id);
  return {
    ...alsRij(call, o, r),
    swvId: r.swvId,
    aanspreekpuntId: r.aanspreekpuntId,
    items: JSON.parse(r.items),
    partners,
    controles: controles(call, o, r, partners),
    opschortingen: opsch,
    termijnen: termijnen(call, o, r, opsch),
    scores: scoresVan(call, id),
    beslissingen: listBeslissingen(call, 'swv_aanvraag', id),
    documenten: listDocumenten(call.app.sqlite, { dossierEntiteit: 'swv_aanvraag', dossierId: String(id) }).reverse(),
    tijdlijn: listGebeurtenissen(call, 'swv_aanvraag', id),
    versie: r.versie,
  };
}

function aanvragenVan(call: CallContext, oproepId: number): (AanvraagRow & { regioLijst: string[] })[] {
  return (call.app.sqlite.prepare(`${AANVRAAG_SELECT} WHERE a.oproep_id = ? ORDER BY a.ontvangen_op, a.id`).all(oproepId) as AanvraagRow[]).map((r) => ({
    ...r,
    regioLijst: r.regios ? r.regios.split(',').sort() : [],
  }));
}

/** The ranking of the well-founded applications of a call; incomplete while scores are missing. */
export function rangschikking(call: CallContext, o: OproepKern): RangschikkingResultaat {
  const db = call.app.sqlite;
  const namen = Object.fromEntries(regioNamen(db));
  const aanvragen = aanvragenVan(call, o.id).filter((a) => ['gegrond', 'gemandateerd', 'geweigerd'].includes(a.status));
  const scores = aanvragen.flatMap((a) => scoresVan(call, a.id).map((s) => ({ aanvraagId: a.id, regio: s.regioCode, criterium: s.criterium, score: s.score })));
  const ontbreekt: string[] = [];
  const heeft = new Set(scores.map((s) => `${s.aanvraagId}|${s.regio}|${s.criterium}`));
  for (const a of aanvragen) {
    for (const r of a.regioLijst.filter((x) => o.regios.includes(x))) {
      const mist = o.criteria.filter((c) => !heeft.has(`${a.id}|${r}|${c.code}`)).map((c) => c.omschrijving);
      if (mist.length) ontbreekt.push(`${a.naam} in ${namen[r] ?? r}: ${mist.join(', ')}`);
    }
  }
  if (ontbreekt.length || !aanvragen.length) return { volledig: false, ontbreekt, perRegio: {}, mandaten: {}, uitkomsten: [] };
  try {
    const r = rangschik({
      regios: o.regios, criteria: o.criteria, beslechting: o.beslechting, scores, regioNamen: namen,
      aanvragen: aanvragen.map((a) => ({ id: a.id, naam: a.naam, keuze: a.keuze, regios: a.regioLijst, ontvangenOp: a.ontvangenOp })),
    });
    return { volledig: true, ontbreekt: [], ...r };
  } catch (err) {
    if (err instanceof RangschikkingFout) return { volledig: false, ontbreekt: [err.message], perRegio: {}, mandaten: {}, uitkomsten: [] };
    throw err;
  }
}

function fase(call: CallContext, o: OproepKern, aanvragen: { status: SwvAanvraagStatus }[]): OproepRij['fase'] {
  const vandaag = call.today();
  if (vandaag < o.indienenVan) return 'gepland';
  if (vandaag <= o.indienenTot) return 'open';
  return aanvragen.length && aanvragen.every((a) => AFGEROND.includes(a.status)) ? 'afgerond' : 'in-behandeling';
}

/** Why the mandate decisions cannot be drafted yet (empty: they can). */
function beslisBlokkades(call: CallContext, o: OproepKern, aanvragen: (AanvraagRow & { regioLijst: string[] })[], rang: RangschikkingResultaat): string[] {
  const b: string[] = [];
  if (call.today() <= o.indienenTot) b.push(`De oproep loopt nog tot ${formatDatum(o.indienenTot)}.`);
  const open = aanvragen.filter((a) => a.status === 'ingediend' || a.status === 'ontvankelijk');
  if (open.length) b.push(`Nog niet beslist over de ontvankelijkheid of de gegrondheid van: ${open.map((a) => a.naam).join(', ')}.`);
  const db = call.app.sqlite;
  const ontwerp = aanvragen.filter((a) => db.prepare("SELECT 1 FROM beslissing WHERE dossier_entiteit = 'swv_aanvraag' AND dossier_id = ? AND status = 'ontwerp'").get(a.id));
  if (ontwerp.length) b.push(`Er wacht nog een ontwerp van beslissing op goedkeuring voor: ${ontwerp.map((a) => a.naam).join(', ')}.`);
  if (aanvragen.some((a) => a.status === 'gemandateerd' || a.status === 'geweigerd')) b.push('De mandaatbeslissingen van deze oproep werden al genomen.');
  if (!aanvragen.some((a) => a.status === 'gegrond')) b.push('Er is geen gegronde aanvraag om te rangschikken.');
  else if (!rang.volledig) b.push(`De rangschikking is nog niet volledig: ${rang.ontbreekt.join('; ')}.`);
  return b;
}

function oproepTermijnen(call: CallContext, o: OproepKern): Oproep['termijnen'] {
  const db = call.app.sqlite;
  return (['SWV_ZORG_ONTVANKELIJKHEID_TERMIJN', 'SWV_ZORG_BESLISSINGSTERMIJN'] as const).map((code) => {
    const r = berekenTermijn({ start: o.indienenTot, dagen: parameterGetal(db, code, o.indienenTot), soort: 'kalenderdagen', verschuifNaarWerkdag: true });
    return {
      omschrijving: code === 'SWV_ZORG_ONTVANKELIJKHEID_TERMIJN' ? 'Ontvankelijkheid van elke aanvraag (art. 15)' : 'Beslissing over de mandatering (art. 16–18), zonder opschorting',
      vervaldatum: r.vervaldatum,
      afleiding: r.afleiding,
    };
  });
}

export function getOproep(call: CallContext, id: number): Oproep {
  const o = oproepKern(call, id);
  const aanvragen = aanvragenVan(call, id);
  const rang = rangschikking(call, o);
  return {
    id: o.id, titel: o.titel, indienenVan: o.indienenVan, indienenTot: o.indienenTot, regios: o.regios, mandaatVan: o.mandaatVan, mandaatTot: o.mandaatTot,
    aantalAanvragen: aanvragen.length, fase: fase(call, o, aanvragen), versie: o.versie,
    criteria: o.criteria, beslechting: o.beslechting, briefElementen: o.briefElementen,
    regioNamen: Object.fromEntries(regioNamen(call.app.sqlite)),
    aanvragen: aanvragen.map((a) => alsRij(call, o, a)),
    rangschikking: rang,
    beslisBlokkades: beslisBlokkades(call, o, aanvragen, rang),
    termijnen: oproepTermijnen(call, o),
  };
}

function controleerOproep(call: CallContext, i: ParsedInput<'oproep.create'>): void {
  const namen = regioNamen(call.app.sqlite);
  const onbekend = i.regios.filter((r) => !namen.has(r));
  if (onbekend.length) throw AppError.validatie('regios', `Onbekende werk- en zorgregio: ${onbekend.join(', ')}.`);
  if (new Set(i.regios).size !== i.regios.length) throw AppError.validatie('regios', 'Een werk- en zorgregio staat twee keer in de oproep.');
  try {
    for (const code of ['SWV_ZORG_ONTVANKELIJKHEID_TERMIJN', 'SWV_ZORG_BESLISSINGSTERMIJN', 'SWV_ZORG_AANVULLENDE_INFO_TERMIJN'] as const) parameterGetal(call.app.sqlite, code, i.indienenTot);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('indienenTot', `Op ${formatDatum(i.indienenTot)} golden de termijnen voor een oproep nog niet (${err.message})`);
    throw err;
  }
  if (i.mandaatVan <= i.indienenTot) throw AppError.validatie('mandaatVan', 'Het mandaat begint na het sluiten van de oproep.');
}

const json = (o: ParsedInput<'oproep.create'>) => ({ regios: JSON.stringify(o.regios), criteria: JSON.stringify(o.criteria), beslechting: JSON.stringify(o.beslechting) });

export function maakOproep(call: CallContext, input: ParsedInput<'oproep.create'>): Oproep {
  controleerOproep(call, input);
  const id = call.tx((audit) => {
    const j = json(input);
    const nieuw = Number(
      call.app.sqlite
        .prepare(
          `INSERT INTO oproep (titel, indienen_van, indienen_tot, regios, criteria, beslechting, mandaat_van, mandaat_tot, brief_elementen, aangemaakt_door_id, aangemaakt_op)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.titel, input.indienenVan, input.indienenTot, j.regios, j.criteria, j.beslechting, input.mandaatVan, input.mandaatTot, input.briefElementen, medewerkerIdVan(call), call.nowIso())
        .lastInsertRowid,
    );
    audit({ entiteit: 'oproep', entiteitId: nieuw, actie: 'aangemaakt', nieuw: { ...input } });
    return nieuw;
  });
  return getOproep(call, id);
}

export function wijzigOproep(call: CallContext, input: ParsedInput<'oproep.wijzig'>): Oproep {
  const o = oproepKern(call, input.id);
  if (o.versie !== input.versie) throw new AppError('CONFLICT', 'De oproep werd intussen gewijzigd door iemand anders. Herlaad en probeer opnieuw.');
  controleerOproep(call, input.oproep);
  const db = call.app.sqlite;
  const aanvragen = aanvragenVan(call, o.id);
  if (aanvragen.some((a) => a.status === 'gemandateerd' || a.status === 'geweigerd')) throw new AppError('CONFLICT', 'De mandaatbeslissingen van deze oproep werden al genomen: de oproep kan niet meer gewijzigd worden.');
  const gescoord = (db.prepare('SELECT count(*) AS n FROM swv_score s JOIN swv_aanvraag a ON a.id = s.aanvraag_id WHERE a.oproep_id = ?').get(o.id) as { n: number }).n > 0;
  const zelfde = JSON.stringify(o.criteria) === JSON.stringify(input.oproep.criteria) && JSON.stringify(o.regios) === JSON.stringify(input.oproep.regios) && JSON.stringify(o.beslechting) === JSON.stringify(input.oproep.beslechting);
  if (gescoord && !zelfde) throw AppError.validatie('criteria', 'Er werd al gescoord: de regio’s, de criteria en de beslechtingsregel liggen vast.');
  call.tx((audit) => {
    const j = json(input.oproep);
    const i = input.oproep;
    db.prepare(
      `UPDATE oproep SET titel = ?, indienen_van = ?, indienen_tot = ?, regios = ?, criteria = ?, beslechting = ?, mandaat_van = ?, mandaat_tot = ?, brief_elementen = ?, versie = versie + 1 WHERE id = ?`,
    ).run(i.titel, i.indienenVan, i.indienenTot, j.regios, j.criteria, j.beslechting, i.mandaatVan, i.mandaatTot, i.briefElementen, o.id);
    audit({ entiteit: 'oproep', entiteitId: o.id, actie: 'gewijzigd', oud: { ...o }, nieuw: { ...i } });
  });
  return getOproep(call, o.id);
}

export function registreerAanvraag(call: CallContext, input: ParsedInput<'mandaataanvraag.registreer'>): SwvAanvraag {
  const db = call.app.sqlite;
  const o = oproepKern(call, input.oproepId);
  if (input.ontvangenOp > call.today()) throw AppError.validatie('ontvangenOp', 'De ontvangstdatum ligt in de toekomst.');
  if (input.ontvangenOp < o.indienenVan) throw AppError.validatie('ontvangenOp', `De oproep opende pas op ${formatDatum(o.indienenVan)}.`);
  const namen = regioNamen(db);
  const onbekend = input.regios.filter((r) => !namen.has(r));
  if (onbekend.length) throw AppError.validatie('regios', `Onbekende werk- en zorgregio: ${onbekend.join(', ')}.`);
  if (new Set(input.regios).size !== input.regios.length) throw AppError.validatie('regios', 'Een werk- en zorgregio staat twee keer in het werkingsgebied.');
  const org = db.prepare('SELECT id FROM organisatie WHERE id = ?');
  if (!org.get(input.aanspreekpuntId)) throw AppError.validatie('aanspreekpuntId', `Organisatie ${input.aanspreekpuntId} bestaat niet.`);
  input.partners.forEach((p, i) => {
    if (!org.get(p.organisatieId)) throw AppError.validatie(`partners.${i}.organisatieId`, `Organisatie ${p.organisatieId} bestaat niet.`);
  });
  if (new Set(input.partners.map((p) => p.organisatieId)).size !== input.partners.length) throw AppError.validatie('partners', 'Een organisatie staat twee keer bij de partners.');
  if (input.swvId && !db.prepare('SELECT 1 FROM samenwerkingsverband WHERE id = ?').get(input.swvId)) throw AppError.validatie('swvId', `Samenwerkingsverband ${input.swvId} bestaat niet.`);
  if (!input.swvId) {
    const bestaand = db.prepare('SELECT id FROM samenwerkingsverband WHERE lower(naam) = lower(?)').get(input.naam) as { id: number } | undefined;
    if (bestaand) throw AppError.validatie('naam', `Er bestaat al een samenwerkingsverband "${input.naam}" (nr. ${bestaand.id}): kies het in het veld samenwerkingsverband.`);
  }
  const onbekendItem = Object.keys(input.items).filter((k) => !ITEM_CODES.includes(k));
  if (onbekendItem.length) throw AppError.validatie('items', `Onbekend punt: ${onbekendItem.join(', ')} (mogelijk: 1 tot 9).`);
  const id = call.tx((audit) => {
    const nu = call.nowIso();
    const aid = Number(
      db
        .prepare(
          `INSERT INTO swv_aanvraag (oproep_id, naam, swv_id, aanspreekpunt_id, keuze, ontvangen_op, items, status, behandelaar_id, aangemaakt_op)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'ingediend', ?, ?)`,
        )
        .run(o.id, input.naam, input.swvId ?? null, input.aanspreekpuntId, input.keuze, input.ontvangenOp, JSON.stringify(input.items), medewerkerIdVan(call), nu).lastInsertRowid,
    );
    const cat = db.prepare('SELECT t.swv_zorg_categorie AS c FROM organisatie o JOIN organisatie_type t ON t.code = o.type_code WHERE o.id = ?').pluck();
    const insP = db.prepare('INSERT INTO swv_aanvraag_partner (aanvraag_id, organisatie_id, categorie, expertise, icf) VALUES (?, ?, ?, ?, ?)');
    for (const p of input.partners) insP.run(aid, p.organisatieId, (cat.get(p.organisatieId) as number | null) ?? 0, p.expertise || null, p.icf ?? null);
    const insR = db.prepare('INSERT INTO swv_aanvraag_regio (aanvraag_id, regio_code) VALUES (?, ?)');
    for (const r of input.regios) insR.run(aid, r);
    addGebeurtenis(call, { entiteit: 'swv_aanvraag', entiteitId: aid, datum: input.ontvangenOp, soort: 'ontvangen', omschrijving: `Aanvraag tot mandatering ontvangen (${input.keuze === 'combinatie' ? 'enkel als combinatie' : 'ook per regio'})` });
    audit({ entiteit: 'swv_aanvraag', entiteitId: aid, actie: 'aangemaakt', nieuw: { ...input } });
    return aid;
  });
  return getAanvraag(call, id);
}

function moetStatus(a: { status: SwvAanvraagStatus }, toegelaten: SwvAanvraagStatus[], wat: string): void {
  if (!toegelaten.includes(a.status)) throw new AppError('CONFLICT', `${wat} kan niet: de aanvraag heeft status "${a.status}".`);
}

function geenOpenVerzoek(call: CallContext, id: number): void {
  if (opschortingen(call, id).some((o) => o.tot === null)) throw new AppError('CONFLICT', 'Er loopt nog een verzoek om informatie: registreer eerst het antwoord.');
}

export function ontwerpOntvankelijkheid(call: CallContext, input: ParsedInput<'mandaataanvraag.ontvankelijkheid'>): Beslissing {
  const a = aanvraagRow(call, input.id);
  moetStatus(a, ['ingediend'], 'Beslissen over de ontvankelijkheid');
  if (input.datum < a.ontvangenOp || input.datum > call.today()) throw AppError.validatie('datum', 'De beslissingsdatum ligt vóór de ontvangst van de aanvraag of in de toekomst.');
  return createDraftBeslissing(call, {
    type: input.ontvankelijk ? 'ontvankelijk' : 'onontvankelijk',
    dossierEntiteit: 'swv_aanvraag', dossierId: a.id, organisatieId: a.aanspreekpuntId,
    beslissingsdatum: input.datum, feiten: input.feiten, rechtsgronden: input.rechtsgronden, ondertekenaarId: input.ondertekenaarId,
    rechtsbasis: RECHTSBASIS_AANVRAAG,
    bezwaarTermijnDagen: input.ontvankelijk ? null : parameterGetal(call.app.sqlite, 'SWV_ZORG_BEZWAAR_TERMIJN', input.datum),
  });
}

export function ontwerpGegrondheid(call: CallContext, input: ParsedInput<'mandaataanvraag.gegrondheid'>): Beslissing {
  const a = getAanvraag(call, input.id);
  moetStatus(a, ['ontvankelijk'], 'Beslissen ten gronde');
  geenOpenVerzoek(call, a.id);
  if (input.datum > call.today()) throw AppError.validatie('datum', 'De beslissingsdatum ligt in de toekomst.');
  if (input.gegrond) {
    const niet = a.controles.filter((c) => !c.ok);
    if (niet.length) {
      throw new AppError('VALIDATIE', `Gegrond verklaren kan niet: ${niet.map((c) => `${c.melding} (${c.artikel})`).join(' ')}`, niet.map((c) => ({ veld: `controles.${c.code}`, melding: c.melding })));
    }
  }
  return createDraftBeslissing(call, {
    type: input.gegrond ? 'gegrond' : 'ongegrond',
    dossierEntiteit: 'swv_aanvraag', dossierId: a.id, organisatieId: a.aanspreekpuntId,
    beslissingsdatum: input.datum, feiten: input.feiten, rechtsgronden: input.rechtsgronden, ondertekenaarId: input.ondertekenaarId,
    rechtsbasis: RECHTSBASIS_AANVRAAG,
    bezwaarTermijnDagen: input.gegrond ? null : parameterGetal(call.app.sqlite, 'SWV_ZORG_BEZWAAR_TERMIJN', input.datum),
  });
}

/** The wording of the information request for an application for a mandate (the shared letter type). */
const SOORT_TEKST = {
  wat: 'aanvraag tot mandatering als samenwerkingsverband Zorg',
  artikels: 'artikel 14 tot en met 17',
  waarom:
    'Een aanvraag tot mandatering bevat de gegevens die artikel 14 van het besluit vereist. Uw aanvraag is ontvankelijk; om ze ten gronde te beoordelen en ' +
    'met andere aanvragen te vergelijken, hebben wij de gevraagde informatie nodig. Artikel 17 laat ons toe die op te vragen en schort de beslissingstermijn op tot wij uw antwoord ontvangen.',
  gevolg: 'Dan beslissen wij op basis van de gegevens die in het dossier zitten (artikel 17 van het besluit). Ontbreekt daardoor informatie, dan kan dat leiden tot een ongegronde aanvraag of een lagere score bij de vergelijking.',
  dossierEntiteit: 'swv_aanvraag',
};

function voorbereidVerzoek(call: CallContext, input: ParsedInput<'mandaataanvraag.vraagInfo'>): { brief: VoorbereideBrief; antwoordUiterlijk: string } {
  const a = aanvraagRow(call, input.id);
  // Art. 17: additional information only from the applicant of an admissible application.
  if (a.status !== 'ontvankelijk') throw new AppError('CONFLICT', `Aanvullende informatie kan alleen gevraagd worden bij een ontvankelijke aanvraag (art. 17); deze aanvraag heeft status "${a.status}".`);
  if (input.datum < a.ontvangenOp || input.datum > call.today()) throw AppError.validatie('datum', 'De datum van het verzoek ligt vóór de ontvangst van de aanvraag of in de toekomst.');
  geenOpenVerzoek(call, a.id);
  const dagen = input.antwoordTermijnDagen ?? parameterGetal(call.app.sqlite, 'SWV_ZORG_AANVULLENDE_INFO_TERMIJN', input.datum);
  const antwoordUiterlijk = berekenTermijn({ start: input.datum, dagen, soort: 'kalenderdagen', verschuifNaarWerkdag: true }).vervaldatum;
  const lopend = termijnen(call, oproepKern(call, a.oproepId), a, opschortingen(call, a.id)).find((t) => !t.afgerond && t.soort !== 'antwoord-aanvullende-info');
  const gegevens = resolveVerzoekInformatie(call, {
    aanvraag: { id: a.id, organisatieId: a.aanspreekpuntId, ontvangenOp: a.ontvangenOp, hernieuwing: false },
    soort: SOORT_TEKST,
    gevraagd: input.gevraagd,
    verzoekDatum: input.datum,
    antwoordUiterlijk,
    termijn: { omschrijving: lopend?.omschrijving ?? 'Beslissing over de mandatering', vervaldatumVoorOpschorting: lopend?.vervaldatum ?? antwoordUiterlijk },
  });
  return { brief: voorbereidVerzoekInformatie(gegevens), antwoordUiterlijk };
}

export async function vraagInfo(call: CallContext, input: ParsedInput<'mandaataanvraag.vraagInfo'>): Promise<SwvAanvraag> {
  const v = voorbereidVerzoek(call, input);
  await geefBriefUit(call, v.brief, (doc, audit) => {
    const { lastInsertRowid } = call.app.sqlite
      .prepare("INSERT INTO opschorting (entiteit, entiteit_id, van, tot, reden, antwoord_uiterlijk, verzoek_document_id) VALUES ('swv_aanvraag', ?, ?, NULL, ?, ?, ?)")
      .run(input.id, input.datum, input.gevraagd, v.antwoordUiterlijk, doc.id);
    addGebeurtenis(call, {
      entiteit: 'swv_aanvraag', entiteitId: input.id, datum: input.datum, soort: 'opschorting', documentId: doc.id,
      omschrijving: `Aanvullende informatie gevraagd (brief ${doc.kenmerk}, antwoord uiterlijk ${formatDatum(v.antwoordUiterlijk)}); de beslissingstermijn is opgeschort (art. 17)`,
    });
    audit({ entiteit: 'opschorting', entiteitId: Number(lastInsertRowid), actie: 'aangemaakt', nieuw: { swvAanvraagId: input.id, van: input.datum, antwoordUiterlijk: v.antwoordUiterlijk, documentId: doc.id } });
  });
  return getAanvraag(call, input.id);
}

export async function vraagInfoVoorbeeld(call: CallContext, input: ParsedInput<'mandaataanvraag.vraagInfo'>): Promise<{ pdfBase64: string; onderwerp: string }> {
  const letter = await renderBrief(call, voorbereidVerzoek(call, input).brief, { voorbeeld: true });
  return { pdfBase64: letter.bytes.toString('base64'), onderwerp: letter.onderwerp };
}

export function infoOntvangen(call: CallContext, input: ParsedInput<'mandaataanvraag.infoOntvangen'>): SwvAanvraag {
  const open = opschortingen(call, input.id).find((o) => o.tot === null);
  if (!open) throw new AppError('CONFLICT', 'Er loopt geen verzoek om informatie voor deze aanvraag.');
  if (input.datum < open.van || input.datum > call.today()) throw AppError.validatie('datum', `De datum van het antwoord ligt vóór het verzoek (${formatDatum(open.van)}) of in de toekomst.`);
  call.tx((audit) => {
    call.app.sqlite.prepare('UPDATE opschorting SET tot = ? WHERE id = ?').run(input.datum, open.id);
    addGebeurtenis(call, { entiteit: 'swv_aanvraag', entiteitId: input.id, datum: input.datum, soort: 'opschorting-einde', omschrijving: 'Aanvullende informatie ontvangen; de beslissingstermijn loopt weer' });
    audit({ entiteit: 'opschorting', entiteitId: open.id, actie: 'gewijzigd', oud: { tot: null }, nieuw: { tot: input.datum } });
  });
  return getAanvraag(call, input.id);
}

export function geefScore(call: CallContext, input: ParsedInput<'oproep.score'>): SwvAanvraag {
  const db = call.app.sqlite;
  const a = aanvraagRow(call, input.aanvraagId);
  moetStatus(a, ['gegrond'], 'Scoren');
  const o = oproepKern(call, a.oproepId);
  if (!a.regioLijst.includes(input.regioCode) || !o.regios.includes(input.regioCode)) throw AppError.validatie('regioCode', 'Deze werk- en zorgregio hoort niet bij de aanvraag en de oproep.');
  const c = o.criteria.find((x) => x.code === input.criterium);
  if (!c) throw AppError.validatie('criterium', `Onbekend criterium "${input.criterium}" in deze oproep.`);
  if (input.score > c.max) throw AppError.validatie('score', `De score op "${c.omschrijving}" ligt tussen 0 en ${c.max}.`);
  if (aanvragenVan(call, o.id).some((x) => db.prepare("SELECT 1 FROM beslissing WHERE dossier_entiteit = 'swv_aanvraag' AND dossier_id = ? AND type IN ('mandaat', 'weigering-mandaat')").get(x.id))) {
    throw new AppError('CONFLICT', 'De mandaatbeslissingen van deze oproep werden al opgesteld: de scores liggen vast.');
  }
  const oud = db.prepare('SELECT score, motivering FROM swv_score WHERE aanvraag_id = ? AND regio_code = ? AND criterium = ?').get(a.id, input.regioCode, input.criterium) as { score: number; motivering: string } | undefined;
  call.tx((audit) => {
    db.prepare(
      `INSERT INTO swv_score (aanvraag_id, regio_code, criterium, score, motivering, door_id, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (aanvraag_id, regio_code, criterium) DO UPDATE SET score = excluded.score, motivering = excluded.motivering, door_id = excluded.door_id, gewijzigd_op = excluded.gewijzigd_op`,
    ).run(a.id, input.regioCode, input.criterium, input.score, input.motivering, medewerkerIdVan(call), call.nowIso());
    audit({ entiteit: 'swv_score', entiteitId: `${a.id}/${input.regioCode}/${input.criterium}`, actie: oud ? 'gewijzigd' : 'aangemaakt', oud: oud ?? null, nieuw: { score: input.score, motivering: input.motivering } });
  });
  return getAanvraag(call, a.id);
}

/** Draft the mandate and refusal decisions of a call from its ranking, all or none. */
export function beslis(call: CallContext, input: ParsedInput<'oproep.beslis'>): Beslissing[] {
  const o = oproepKern(call, input.id);
  const aanvragen = aanvragenVan(call, o.id);
  const rang = rangschikking(call, o);
  const blokkades = beslisBlokkades(call, o, aanvragen, rang);
  if (blokkades.length) throw new AppError('CONFLICT', blokkades.join(' '));
  if (input.datum > call.today()) throw AppError.validatie('datum', 'De beslissingsdatum ligt in de toekomst.');
  const bezwaar = parameterGetal(call.app.sqlite, 'SWV_ZORG_BEZWAAR_TERMIJN', input.datum);
  return call.tx((audit) => {
    const uit = aanvragen
      .filter((a) => a.status === 'gegrond')
      .map((a) => {
        const u = rang.uitkomsten.find((x) => x.aanvraagId === a.id)!;
        return createDraftBeslissing(call, {
          type: u.regios.length ? 'mandaat' : 'weigering-mandaat',
          dossierEntiteit: 'swv_aanvraag', dossierId: a.id, organisatieId: a.aanspreekpuntId,
          beslissingsdatum: input.datum, ingangsdatum: u.regios.length ? o.mandaatVan : null, einddatum: u.regios.length ? o.mandaatTot : null,
          feiten: `${input.feiten}\n\n${u.uitleg}`, rechtsgronden: input.rechtsgronden, ondertekenaarId: input.ondertekenaarId,
          rechtsbasis: RECHTSBASIS_AANVRAAG, bestuursorgaan: MINISTERS,
          bezwaarTermijnDagen: u.regios.length && u.regios.length === a.regioLijst.filter((r) => o.regios.includes(r)).length ? null : bezwaar,
        });
      });
    audit({ entiteit: 'oproep', entiteitId: o.id, actie: 'beslist', nieuw: { mandaten: rang.mandaten, ontwerpen: uit.map((b) => b.id) }, reden: 'Ontwerpen van mandaat- en weigeringsbeslissingen volgens de rangschikking' });
    return uit;
  });
}

export function listOproepen(call: CallContext): OproepRij[] {
  const ids = (call.app.sqlite.prepare('SELECT id FROM oproep ORDER BY indienen_van DESC, id DESC').all() as { id: number }[]).map((r) => r.id);
  return ids.map((id) => {
    const o = oproepKern(call, id);
    const aanvragen = aanvragenVan(call, id);
    return {
      id, titel: o.titel, indienenVan: o.indienenVan, indienenTot: o.indienenTot, regios: o.regios, mandaatVan: o.mandaatVan, mandaatTot: o.mandaatTot,
      aantalAanvragen: aanvragen.length, fase: fase(call, o, aanvragen), versie: o.versie,
    };
  });
}

/** Open applications in the deadline inbox: the next legal deadline, or a draft waiting for approval. */
export const swvAanvraagInbox: InboxBron = (call) => {
  const rows = call.app.sqlite.prepare(`${AANVRAAG_SELECT} WHERE a.status IN ('ingediend', 'ontvankelijk', 'gegrond')`).all() as AanvraagRow[];
  return rows.map((r) => {
    const o = oproepKern(call, r.oproepId);
    const ontwerp = listBeslissingen(call, 'swv_aanvraag', r.id).find((b) => b.status === 'ontwerp');
    const t = termijnen(call, o, r, opschortingen(call, r.id)).find((x) => !x.afgerond);
    return {
      dossierEntiteit: 'swv_aanvraag',
      dossierId: r.id,
      link: `/samenwerkingsverbanden/aanvragen/${r.id}`,
      organisatieNaam: `${r.naam} (${r.aanspreekpuntNaam})`,
      omschrijving: ontwerp ? `Ontwerp van beslissing (${ontwerp.type}) wacht op goedkeuring` : (t?.omschrijving ?? 'Aanvraag tot mandatering'),
      vervaldatum: t?.vervaldatum ?? null,
      behandelaarId: r.behandelaarId,
      behandelaar: r.behandelaar,
    };
  });
};
