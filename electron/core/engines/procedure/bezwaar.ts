/**
 * Administrative objection (bezwaar) against any issued decision, for every right kind registered
 * with the procedure engine (procedures/registry.ts).
 *
 *  - Registration: received date, channel, summary. Whether it is in time follows from the
 *    contested decision's letter: its notification date (`kennisgevingsdatum` of its document) plus
 *    the objection period that letter stated (`bezwaar_termijn_dagen`), counted by the deadline
 *    engine with the shift to the next working day (Bestuursdecreet art. II.21; RULES.md day
 *    counts [assumed]). A decision that stated no objection period has no objection open
 *    (→ onontvankelijk); a decision never sent has no period running yet (→ not determinable).
 *    The acknowledgement letter is issued in the same transaction.
 *  - Handling deadline: the right kind's parameter (AMA WVG: AMA_WVG_BEZWAAR_BESLISSINGSTERMIJN,
 *    60 days [assumed], BVR art. 49 §4) from the day of receipt.
 *  - Outcome: a new decision (bezwaar-bevestigd | -herzien | -vernietigd | -onontvankelijk) drafted
 *    by the officer and approved by an ondertekenaar; its effect writes the outcome back to the
 *    contested decision (bezwaar_uitkomst; status 'vernietigd' when annulled) and, through the right
 *    kind's adapter, to the right.
 */
import { AppError } from '../../../../shared/api/errors';
import type { Beslissing } from '../../../../shared/engines/beslissing.contract';
import { BEZWAAR_UITKOMSTEN, type Bezwaar, type BezwaarKanaal, type BezwaarRij, type BezwaarStatus, type BezwaarUitkomst, type Tijdigheid, type TijdigheidBeoordeling } from '../../../../shared/engines/bezwaar.contract';
import type { ParsedInput } from '../../../../shared/api/contract';
import { formatDatum } from '../../../../shared/kernel/format';
import type { Handlers } from '../../platform/router';
import type { CallContext } from '../../platform/context';
import { addGebeurtenis, listGebeurtenissen, medewerkerIdVan } from '../../platform/dossier';
import { createDraftBeslissing, getBeslissing, listBeslissingen, voorbeeldVanOntwerp, type BeslissingSoort } from '../beslissing/beslissing';
import type { InboxBron } from '../inbox/inbox';
import { geefBriefUit, getDocumentMeta, listDocumenten, renderBrief } from '../../letters/store';
import { bereidOntvangstmeldingBezwaarVoor, bezwaarBeslissingTekst } from '../../letters/procedurebrieven';
import { rechtSoortVanBeslissing, type Herziening, type RechtSoort } from './registry';
import { beoordeelTijdigheid, termijnDagen, termijnVanaf } from './termijnen';
import { controleerDepartement, volgendId } from './hulp';

interface Rij {
  id: number;
  beslissingId: number;
  beslissingType: string;
  organisatieId: number;
  organisatieNaam: string;
  ontvangenOp: string;
  kanaal: BezwaarKanaal;
  samenvatting: string;
  uwKenmerk: string | null;
  termijnEinde: string | null;
  tijdig: number;
  tijdigheid: Tijdigheid;
  status: BezwaarStatus;
  behandelaarId: number;
  behandelaar: string;
  uitkomst: BezwaarUitkomst | null;
  uitkomstBeslissingId: number | null;
  ontvangstmeldingDocumentId: number | null;
  versie: number;
}

const SELECT = `
  SELECT z.id, z.beslissing_id AS beslissingId, b.type AS beslissingType, z.organisatie_id AS organisatieId, o.naam AS organisatieNaam,
         z.ontvangen_op AS ontvangenOp, z.kanaal, z.samenvatting, z.uw_kenmerk AS uwKenmerk, z.termijn_einde AS termijnEinde,
         z.tijdig, z.tijdigheid, z.status, z.behandelaar_id AS behandelaarId, (SELECT naam FROM medewerker WHERE id = z.behandelaar_id) AS behandelaar, z.uitkomst, z.uitkomst_beslissing_id AS uitkomstBeslissingId,
         z.ontvangstmelding_document_id AS ontvangstmeldingDocumentId, z.versie
    FROM bezwaar z JOIN organisatie o ON o.id = z.organisatie_id JOIN beslissing b ON b.id = z.beslissing_id`;

const UITKOMST_LABEL: Record<BezwaarUitkomst, string> = {
  bevestigd: 'ongegrond; de beslissing is bevestigd',
  herzien: 'gedeeltelijk gegrond; de beslissing is herzien',
  vernietigd: 'gegrond; de beslissing is vernietigd',
  onontvankelijk: 'onontvankelijk',
};

function laad(call: CallContext, id: number): Rij {
  const r = call.app.sqlite.prepare(`${SELECT} WHERE z.id = ?`).get(id) as Rij | undefined;
  if (!r) throw AppError.nietGevonden(`Bezwaar ${id}`);
  return r;
}

function rechtVan(call: CallContext, b: Beslissing): RechtSoort {
  const rs = rechtSoortVanBeslissing(call, b);
  if (!rs) throw new AppError('INTERN', `Voor beslissing ${b.id} (${b.type}) is geen bezwaarprocedure ingericht.`);
  return rs;
}

/** Admissibility as of now (live) for an open objection; as fixed at the decision for a decided one. */
function beoordeling(call: CallContext, z: Rij, betwist: Beslissing): TijdigheidBeoordeling {
  return beoordeelTijdigheid(call.app.sqlite, betwist, z.ontvangenOp);
}

function behandeltermijn(call: CallContext, z: Pick<Rij, 'ontvangenOp'>, rs: RechtSoort): Bezwaar['behandeltermijn'] {
  const parameter = rs.parameters.bezwaarBeslissingstermijn;
  const dagen = termijnDagen(call.app.sqlite, parameter, z.ontvangenOp, 'ontvangenOp');
  const r = termijnVanaf(z.ontvangenOp, dagen);
  return { parameter, dagen, vervaldatum: r.vervaldatum, afleiding: [`beslissing over het bezwaar binnen ${dagen} dagen na de ontvangst (${parameter})`, ...r.afleiding] };
}

function rijVan(call: CallContext, z: Rij): BezwaarRij {
  const betwist = getBeslissing(call, z.beslissingId);
  const rs = rechtVan(call, betwist);
  const ontwerp = listBeslissingen(call, 'bezwaar', z.id).find((b) => b.status === 'ontwerp');
  return {
    id: z.id,
    beslissingId: z.beslissingId,
    beslissingType: z.beslissingType,
    organisatieId: z.organisatieId,
    organisatieNaam: z.organisatieNaam,
    ontvangenOp: z.ontvangenOp,
    kanaal: z.kanaal,
    status: z.status,
    tijdigheid: z.status === 'beslist' ? z.tijdigheid : beoordeling(call, z, betwist).tijdigheid,
    behandelingUiterlijk: behandeltermijn(call, z, rs).vervaldatum,
    uitkomst: z.uitkomst,
    ontwerpBeslissingId: ontwerp?.id ?? null,
    behandelaarId: z.behandelaarId,
    behandelaar: z.behandelaar,
  };
}

/** Objection rows, e.g. those against the decisions of a procedure. */
export function bezwaarRijen(call: CallContext, f: { beslissingIds?: number[]; status?: BezwaarStatus; organisatieId?: number }): BezwaarRij[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.beslissingIds) {
    if (!f.beslissingIds.length) return [];
    where.push(`z.beslissing_id IN (${f.beslissingIds.map(() => '?').join(', ')})`);
    params.push(...f.beslissingIds);
  }
  if (f.status) (where.push('z.status = ?'), params.push(f.status));
  if (f.organisatieId) (where.push('z.organisatie_id = ?'), params.push(f.organisatieId));
  const rijen = call.app.sqlite.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY z.ontvangen_op DESC, z.id DESC`).all(...params) as Rij[];
  return rijen.map((z) => rijVan(call, z));
}

export function getBezwaar(call: CallContext, id: number): Bezwaar {
  const z = laad(call, id);
  const betwist = getBeslissing(call, z.beslissingId);
  const rs = rechtVan(call, betwist);
  const beslissingen = listBeslissingen(call, 'bezwaar', id);
  const rechtId = betwist.rechtEntiteit === rs.code ? betwist.rechtId : null;
  return {
    ...rijVan(call, z),
    samenvatting: z.samenvatting,
    uwKenmerk: z.uwKenmerk,
    betwisteBeslissing: betwist,
    rechtEntiteit: rechtId !== null ? rs.code : null,
    rechtId,
    rechtOmschrijving: rechtId !== null ? rs.beschrijf(call, rechtId) : null,
    beoordeling: beoordeling(call, z, betwist),
    behandeltermijn: behandeltermijn(call, z, rs),
    uitkomstBeslissing: z.uitkomstBeslissingId ? getBeslissing(call, z.uitkomstBeslissingId) : null,
    beslissingen,
    ontvangstmeldingDocumentId: z.ontvangstmeldingDocumentId,
    documenten: listDocumenten(call.app.sqlite, { dossierEntiteit: 'bezwaar', dossierId: String(id) }).sort((a, b) => a.id - b.id),
    tijdlijn: listGebeurtenissen(call, 'bezwaar', id),
    versie: z.versie,
  };
}

function betwisteBrief(call: CallContext, b: Beslissing): { datum: string; kenmerk: string | null; onderwerp: string | null } {
  const doc = b.documentId ? getDocumentMeta(call.app.sqlite, b.documentId) : null;
  return { datum: b.beslissingsdatum, kenmerk: doc?.kenmerk ?? null, onderwerp: doc?.onderwerp ?? null };
}

const wat = (b: Beslissing) => `de beslissing (${b.type}) van ${formatDatum(b.beslissingsdatum)}`;

/** Checks an objection and prepares its acknowledgement (also for the preview). */
function voorbereidRegistratie(call: CallContext, input: ParsedInput<'bezwaar.registreer'>) {
  const db = call.app.sqlite;
  let betwist: Beslissing;
  try {
    betwist = getBeslissing(call, input.beslissingId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NIET_GEVONDEN') throw AppError.validatie('beslissingId', `Beslissing ${input.beslissingId} bestaat niet.`);
    throw err;
  }
  if (betwist.status !== 'uitgegeven') {
    throw AppError.validatie('beslissingId', `Bezwaar kan alleen tegen een uitgegeven beslissing; ${wat(betwist)} heeft status "${betwist.status}".`);
  }
  const rs = rechtSoortVanBeslissing(call, betwist);
  if (!rs) throw AppError.validatie('beslissingId', `Voor ${wat(betwist)} is in de toepassing geen bezwaarprocedure ingericht.`);
  controleerDepartement(call, betwist.departement as 'ZORG' | 'WSE');
  if (input.ontvangenOp > call.today()) throw AppError.validatie('ontvangenOp', `De ontvangstdatum van het bezwaar (${formatDatum(input.ontvangenOp)}) ligt in de toekomst.`);
  if (input.ontvangenOp < betwist.beslissingsdatum) {
    throw AppError.validatie('ontvangenOp', `De ontvangstdatum van het bezwaar (${formatDatum(input.ontvangenOp)}) ligt vóór ${wat(betwist)}.`);
  }
  const lopend = db.prepare("SELECT id FROM bezwaar WHERE beslissing_id = ? AND status <> 'beslist'").get(betwist.id) as { id: number } | undefined;
  if (lopend) throw new AppError('CONFLICT', `Er loopt al een bezwaar (nr. ${lopend.id}) tegen ${wat(betwist)}.`);
  const oordeel = beoordeelTijdigheid(db, betwist, input.ontvangenOp);
  const behandeling = behandeltermijn(call, input, rs);
  const wettelijkeBasis = (db.prepare('SELECT wettelijke_basis AS w FROM parameter WHERE code = ? ORDER BY geldig_van DESC LIMIT 1').get(behandeling.parameter) as { w: string } | undefined)?.w ?? '';
  const brief = betwisteBrief(call, betwist);
  const id = volgendId(call, 'bezwaar');
  const v = bereidOntvangstmeldingBezwaarVoor(
    call,
    { organisatieId: betwist.organisatieId, uwKenmerk: input.uwKenmerk, contactpersoonId: input.contactpersoonId, ondertekenaarId: input.ondertekenaarId, departement: betwist.departement as 'ZORG' | 'WSE', bezwaarId: id },
    {
      onderwerp: `Ontvangstmelding van uw bezwaar tegen onze beslissing van ${formatDatum(betwist.beslissingsdatum)}${brief.kenmerk ? ` (${brief.kenmerk})` : ''}`,
      artikels: rs.artikels,
      betwist: brief,
      bezwaar: { ontvangenOp: input.ontvangenOp, kanaal: input.kanaal },
      beoordeling: oordeel,
      behandeling: { dagen: behandeling.dagen, vervaldatum: behandeling.vervaldatum, parameter: behandeling.parameter, wettelijkeBasis },
    },
  );
  return { v, betwist, oordeel, behandeling, id };
}

async function voorbeeld(call: CallContext, input: ParsedInput<'bezwaar.registreer'>): Promise<{ pdfBase64: string; onderwerp: string }> {
  const brief = await renderBrief(call, voorbereidRegistratie(call, input).v, { voorbeeld: true });
  return { pdfBase64: brief.bytes.toString('base64'), onderwerp: brief.onderwerp };
}

async function registreer(call: CallContext, input: ParsedInput<'bezwaar.registreer'>): Promise<Bezwaar> {
  const db = call.app.sqlite;
  const { v, betwist, oordeel, behandeling, id } = voorbereidRegistratie(call, input);
  await geefBriefUit(call, v, (doc, audit) => {
    if (volgendId(call, 'bezwaar') !== id) throw new AppError('CONFLICT', 'Intussen werd een ander bezwaar geregistreerd. Probeer opnieuw.');
    db.prepare(
      `INSERT INTO bezwaar (id, beslissing_id, organisatie_id, ontvangen_op, kanaal, samenvatting, uw_kenmerk, termijn_einde, tijdig, tijdigheid,
         status, behandelaar_id, ontvangstmelding_document_id, aangemaakt_op)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ingediend', ?, ?, ?)`,
    ).run(id, betwist.id, betwist.organisatieId, input.ontvangenOp, input.kanaal, input.samenvatting, input.uwKenmerk || null, oordeel.termijnEinde,
      oordeel.tijdigheid === 'tijdig' ? 1 : 0, oordeel.tijdigheid, medewerkerIdVan(call), doc.id, call.nowIso());
    addGebeurtenis(call, { entiteit: 'bezwaar', entiteitId: id, datum: input.ontvangenOp, soort: 'ontvangen', omschrijving: `Bezwaar ontvangen (${input.kanaal}) tegen ${wat(betwist)}. ${oordeel.toelichting}` });
    addGebeurtenis(call, { entiteit: 'bezwaar', entiteitId: id, datum: call.today(), soort: 'ontvangstmelding', documentId: doc.id, omschrijving: `Ontvangstmelding ${doc.kenmerk} uitgegeven; beslissing over het bezwaar uiterlijk ${formatDatum(behandeling.vervaldatum)}` });
    addGebeurtenis(call, { entiteit: betwist.dossierEntiteit, entiteitId: betwist.dossierId, datum: input.ontvangenOp, soort: 'bezwaar', omschrijving: `Bezwaar nr. ${id} ontvangen tegen ${wat(betwist)}` });
    audit({
      entiteit: 'bezwaar', entiteitId: id, actie: 'aangemaakt',
      nieuw: { beslissingId: betwist.id, organisatieId: betwist.organisatieId, ontvangenOp: input.ontvangenOp, kanaal: input.kanaal, tijdigheid: oordeel.tijdigheid, termijnEinde: oordeel.termijnEinde, behandelingUiterlijk: behandeling.vervaldatum, ontvangstmeldingDocumentId: doc.id },
    });
  });
  return getBezwaar(call, id);
}

function stelBeslissingVoor(call: CallContext, input: ParsedInput<'bezwaar.stelBeslissingVoor'>): Beslissing {
  const z = laad(call, input.id);
  if (z.status === 'beslist') throw new AppError('CONFLICT', `Over bezwaar nr. ${z.id} werd al beslist (${z.uitkomst}).`);
  const betwist = getBeslissing(call, z.beslissingId);
  const rs = rechtVan(call, betwist);
  controleerDepartement(call, betwist.departement as 'ZORG' | 'WSE');
  if (betwist.status !== 'uitgegeven') throw new AppError('CONFLICT', `${wat(betwist)} heeft intussen status "${betwist.status}".`);
  if (input.datum > call.today()) throw AppError.validatie('datum', `De beslissingsdatum (${formatDatum(input.datum)}) ligt in de toekomst.`);
  if (input.datum < z.ontvangenOp) throw AppError.validatie('datum', `De beslissingsdatum (${formatDatum(input.datum)}) ligt vóór de ontvangst van het bezwaar (${formatDatum(z.ontvangenOp)}).`);
  const oordeel = beoordeling(call, z, betwist);
  if (oordeel.tijdigheid === 'onbepaald') throw new AppError('CONFLICT', oordeel.toelichting);
  if ((oordeel.tijdigheid === 'laattijdig' || oordeel.tijdigheid === 'niet-open') && input.uitkomst !== 'onontvankelijk') {
    throw AppError.validatie('uitkomst', `${oordeel.toelichting} Over een onontvankelijk bezwaar beslist u "onontvankelijk".`);
  }
  let herziening: Herziening | null = null;
  if (input.uitkomst === 'herzien') {
    if (!rs.bezwaar?.valideerHerziening) {
      throw AppError.validatie('uitkomst', `Een herziening van ${wat(betwist)} kan de toepassing niet uitvoeren; kies bevestigd of vernietigd.`);
    }
    herziening = rs.bezwaar.valideerHerziening(call, betwist, input.herziening ?? {});
  } else if (input.herziening && Object.values(input.herziening).some((x) => x !== undefined)) {
    throw AppError.validatie('herziening', 'Een herziening geef je alleen bij de uitkomst "herzien".');
  }
  return createDraftBeslissing(call, {
    type: `bezwaar-${input.uitkomst}`,
    dossierEntiteit: 'bezwaar',
    dossierId: z.id,
    organisatieId: z.organisatieId,
    rechtEntiteit: betwist.rechtEntiteit,
    rechtId: betwist.rechtId,
    beslissingsdatum: input.datum,
    ingangsdatum: null,
    einddatum: herziening?.einddatum ?? null,
    eindeReden: herziening ? betwist.eindeReden : null,
    feiten: [`Op ${formatDatum(z.ontvangenOp)} ontvingen wij uw bezwaar. Samengevat: ${z.samenvatting}`, oordeel.toelichting, input.feiten].join('\n\n'),
    rechtsgronden: input.rechtsgronden,
    rechtsbasis: betwist.rechtsbasis,
    // No further administrative objection against the decision on an objection (only the Raad van State).
    bezwaarTermijnDagen: null,
    ondertekenaarId: input.ondertekenaarId,
    departement: betwist.departement as 'ZORG' | 'WSE',
    bestuursorgaan: betwist.bestuursorgaan,
  });
}

// The decisions on an objection: their letter and their effect on the contested decision and the right.
function bezwaarBeslissing(uitkomst: BezwaarUitkomst): BeslissingSoort<undefined> {
  return {
    tekst: (call, b) => {
      const z = laad(call, b.dossierId);
      const betwist = getBeslissing(call, z.beslissingId);
      const rs = rechtVan(call, betwist);
      const herziening: Herziening | null = uitkomst === 'herzien' ? { einddatum: b.einddatum } : null;
      return bezwaarBeslissingTekst({
        ontvangenOp: z.ontvangenOp,
        betwist: betwisteBrief(call, betwist),
        uitkomst,
        beoordeling: beoordeling(call, z, betwist),
        herziening: herziening && rs.bezwaar?.herzieningZin ? rs.bezwaar.herzieningZin(call, betwist, herziening) : null,
        gevolgen: rs.bezwaar?.gevolgen(call, betwist, uitkomst, herziening) ?? [],
        artikels: rs.artikels,
      });
    },
    effect: (call, b, _x, audit) => {
      const db = call.app.sqlite;
      const z = laad(call, b.dossierId);
      const betwist = getBeslissing(call, z.beslissingId);
      if (betwist.status !== 'uitgegeven') throw new AppError('CONFLICT', `${wat(betwist)} heeft intussen status "${betwist.status}".`);
      const rs = rechtVan(call, betwist);
      const oordeel = beoordeling(call, z, betwist);
      db.prepare("UPDATE bezwaar SET status = 'beslist', uitkomst = ?, uitkomst_beslissing_id = ?, termijn_einde = ?, tijdig = ?, tijdigheid = ?, versie = versie + 1 WHERE id = ?")
        .run(uitkomst, b.id, oordeel.termijnEinde, oordeel.tijdigheid === 'tijdig' ? 1 : 0, oordeel.tijdigheid, z.id);
      audit({ entiteit: 'bezwaar', entiteitId: z.id, actie: 'gewijzigd', oud: { status: z.status, uitkomst: null }, nieuw: { status: 'beslist', uitkomst, uitkomstBeslissingId: b.id, tijdigheid: oordeel.tijdigheid, termijnEinde: oordeel.termijnEinde } });
      const status = uitkomst === 'vernietigd' ? 'vernietigd' : betwist.status;
      db.prepare('UPDATE beslissing SET bezwaar_uitkomst = ?, status = ?, versie = versie + 1 WHERE id = ?').run(uitkomst, status, betwist.id);
      audit({ entiteit: 'beslissing', entiteitId: betwist.id, actie: 'gewijzigd', oud: { status: betwist.status, bezwaarUitkomst: betwist.bezwaarUitkomst }, nieuw: { status, bezwaarUitkomst: uitkomst }, reden: `Beslissing over bezwaar nr. ${z.id} (beslissing ${b.id})` });
      rs.bezwaar?.pasToe(call, betwist, uitkomst, b, audit);
      addGebeurtenis(call, {
        entiteit: betwist.dossierEntiteit, entiteitId: betwist.dossierId, datum: b.beslissingsdatum, soort: `bezwaar-${uitkomst}`,
        omschrijving: `Bezwaar nr. ${z.id} tegen ${wat(betwist)}: ${UITKOMST_LABEL[uitkomst]}`,
      });
    },
  };
}

/** One decision kind per outcome: `bezwaar-bevestigd`, `bezwaar-herzien`, … */
export const bezwaarBeslissingSoorten: Record<string, BeslissingSoort<undefined>> = Object.fromEntries(
  BEZWAAR_UITKOMSTEN.map((u) => [`bezwaar-${u}`, bezwaarBeslissing(u)]),
);

export const bezwaarHandlers: Pick<Handlers, 'bezwaar.registreer' | 'bezwaar.voorbeeld' | 'bezwaar.get' | 'bezwaar.list' | 'bezwaar.stelBeslissingVoor' | 'bezwaar.voorbeeldBeslissing'> = {
  'bezwaar.voorbeeldBeslissing': (input, call) => voorbeeldVanOntwerp(call, () => stelBeslissingVoor(call, input)),
  'bezwaar.registreer': (input, call) => registreer(call, input),
  'bezwaar.voorbeeld': (input, call) => voorbeeld(call, input),
  'bezwaar.get': (input, call) => getBezwaar(call, input.id),
  'bezwaar.list': (input, call) => bezwaarRijen(call, { status: input.status, organisatieId: input.organisatieId, beslissingIds: input.beslissingId ? [input.beslissingId] : undefined }),
  'bezwaar.stelBeslissingVoor': (input, call) => stelBeslissingVoor(call, input),
};

// Open objections in the deadline inbox: the handling deadline from receipt.
export const bezwaarInbox: InboxBron = (call) =>
  bezwaarRijen(call, { status: 'ingediend' }).map((z) => ({
    dossierEntiteit: 'bezwaar',
    dossierId: z.id,
    link: `/bezwaren/${z.id}`,
    organisatieNaam: z.organisatieNaam,
    omschrijving: z.ontwerpBeslissingId
      ? 'Ontwerp van beslissing over het bezwaar wacht op goedkeuring'
      : `Bezwaar tegen een beslissing (${z.beslissingType}): beslissen${
          z.tijdigheid === 'laattijdig' ? ' (laattijdig)' : z.tijdigheid === 'niet-open' ? ' (geen bezwaar open)' : z.tijdigheid === 'onbepaald' ? ' (tijdigheid niet te bepalen: verzending van de beslissing niet geregistreerd)' : ''
        }`,
    vervaldatum: z.behandelingUiterlijk,
    behandelaarId: z.behandelaarId,
    behandelaar: z.behandelaar,
  }));
