/**
 * Calls for AMA SE places and the applications on them (BVR art. 60–63, 67): registration, admissibility
 * within 7 days of receipt (deadline engine; a decision with a letter), the priority score and the state-aid
 * checks, the allocation proposal over all admissible applications (shared/ama-se/verdeling) that the officer
 * adjusts with a motivation, and the minister's decision per applicant (drafts approved with four eyes).
 */
import { AppError } from '../../../../../shared/api/errors';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import type { SeAanvraag, SeAanvraagStatus, SeOproep, SeOproepDetail } from '../../../../../shared/ama-se/contingent.contract';
import { verdeel } from '../../../../../shared/ama-se/verdeling';
import { addCalendarDays } from '../../../../../shared/kernel/termijn';
import { aantalMet, formatDatum, formatEuro } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import { addGebeurtenis, medewerkerIdVan } from '../../../platform/dossier';
import { createDraftBeslissing, listBeslissingen } from '../../../engines/beslissing/beslissing';
import type { InboxBron } from '../../../engines/inbox/inbox';
import { maatwerkbedrijf } from '../contingent/register';
import { RECHTSBASIS, WSE } from '../contingent/teksten';

type OproepRij = Omit<SeOproep, 'aanvragen' | 'gevraagd'>;

interface AanvraagRij {
  id: number;
  oproepId: number;
  organisatieId: number;
  organisatieNaam: string;
  ondernemingsnummer: string;
  ontvangenOp: string;
  gevraagd: number;
  motivering: string;
  prioriteit: number | null;
  status: SeAanvraagStatus;
  ondernemingInMoeilijkheden: number | null;
  stimulerendEffect: number | null;
  andereSteunCent: number | null;
  toegekend: number | null;
  toekenningMotivering: string | null;
  behandelaarId: number;
  behandelaar: string;
  versie: number;
}

const OPROEP_SELECT = `SELECT id, titel, soort, plaatsen, plaatsen_vanaf AS plaatsenVanaf, verdelingscriteria, prioriteitscriteria, advies,
  geopend_op AS geopendOp, sluit_op AS sluitOp, versie FROM se_oproep`;
const AANVRAAG_SELECT = `
  SELECT a.id, a.oproep_id AS oproepId, a.organisatie_id AS organisatieId, o.naam AS organisatieNaam, o.kbo AS ondernemingsnummer,
         a.ontvangen_op AS ontvangenOp, a.gevraagd, a.motivering, a.prioriteit, a.status, a.onderneming_in_moeilijkheden AS ondernemingInMoeilijkheden,
         a.stimulerend_effect AS stimulerendEffect, a.andere_steun_cent AS andereSteunCent, a.toegekend, a.toekenning_motivering AS toekenningMotivering,
         a.behandelaar_id AS behandelaarId, m.naam AS behandelaar, a.versie
    FROM se_aanvraag a JOIN organisatie o ON o.id = a.organisatie_id JOIN medewerker m ON m.id = a.behandelaar_id`;

export function oproepRij(call: CallContext, id: number): OproepRij {
  const o = call.app.sqlite.prepare(`${OPROEP_SELECT} WHERE id = ?`).get(id) as OproepRij | undefined;
  if (!o) throw AppError.nietGevonden(`Oproep ${id}`);
  return o;
}

export function aanvraagRij(call: CallContext, id: number): AanvraagRij {
  const a = call.app.sqlite.prepare(`${AANVRAAG_SELECT} WHERE a.id = ?`).get(id) as AanvraagRij | undefined;
  if (!a) throw AppError.nietGevonden(`Aanvraag ${id}`);
  return a;
}

/** The admissibility deadline: 7 calendar days after receipt (art. 61–63; parameter, counting per RULES.md). */
export function ontvankelijkheidUiterlijk(call: CallContext, ontvangenOp: string): string {
  return addCalendarDays(ontvangenOp, parameterGetal(call.app.sqlite, 'AMA_SE_ONTVANKELIJKHEID_TERMIJN', ontvangenOp));
}

/** Why the state-aid checks (art. 67, GBER art. 34) do not allow an award yet, or null. */
export function staatssteunProbleem(a: Pick<AanvraagRij, 'ondernemingInMoeilijkheden' | 'stimulerendEffect'>): string | null {
  if (a.ondernemingInMoeilijkheden === null || a.stimulerendEffect === null) return 'De staatssteuncontroles (art. 67) zijn nog niet ingevuld.';
  if (a.ondernemingInMoeilijkheden) return 'Een onderneming in moeilijkheden kan geen steun ontvangen (art. 67; AGVV art. 34).';
  if (!a.stimulerendEffect) return 'Zonder stimulerend effect kan geen steun toegekend worden (art. 67).';
  return null;
}

/** The proposal per application of a call (admissible applications only). */
function voorstel(o: OproepRij, rijen: AanvraagRij[]): Map<number, number> {
  const mee = rijen.filter((a) => a.status === 'ontvankelijk' || a.status === 'toegekend' || a.status === 'geweigerd');
  return verdeel(o.plaatsen, mee.map((a) => ({ id: a.id, gevraagd: a.gevraagd, prioriteit: a.prioriteit, ontvangenOp: a.ontvangenOp, mag: staatssteunProbleem(a) === null })));
}

function naarAanvraag(call: CallContext, a: AanvraagRij, voorgesteld: number | null): SeAanvraag {
  const voorg = a.status === 'ingediend' || a.status === 'onontvankelijk' ? null : voorgesteld;
  return {
    ...a,
    ondernemingInMoeilijkheden: a.ondernemingInMoeilijkheden === null ? null : !!a.ondernemingInMoeilijkheden,
    stimulerendEffect: a.stimulerendEffect === null ? null : !!a.stimulerendEffect,
    ontvankelijkheidUiterlijk: ontvankelijkheidUiterlijk(call, a.ontvangenOp),
    voorgesteld: voorg,
    teBeslissen: a.toegekend ?? voorg,
    staatssteunProbleem: staatssteunProbleem(a),
    beslissingen: listBeslissingen(call, 'se_aanvraag', a.id),
  };
}

function aanvragenVan(call: CallContext, oproepId: number): AanvraagRij[] {
  return call.app.sqlite.prepare(`${AANVRAAG_SELECT} WHERE a.oproep_id = ? ORDER BY a.ontvangen_op, a.id`).all(oproepId) as AanvraagRij[];
}

/** The places a decision on this application awards: the officer's adjustment, else the proposal. */
export function teBeslissen(call: CallContext, aanvraagId: number): number {
  return getAanvraag(call, aanvraagId).teBeslissen ?? 0;
}

export function getAanvraag(call: CallContext, id: number): SeAanvraag {
  const a = aanvraagRij(call, id);
  const o = oproepRij(call, a.oproepId);
  return naarAanvraag(call, a, voorstel(o, aanvragenVan(call, o.id)).get(a.id) ?? null);
}

export function listOproepen(call: CallContext): SeOproep[] {
  return call.app.sqlite
    .prepare(`SELECT o.*, (SELECT count(*) FROM se_aanvraag a WHERE a.oproep_id = o.id) AS aanvragen, (SELECT coalesce(sum(gevraagd), 0) FROM se_aanvraag a WHERE a.oproep_id = o.id) AS gevraagd
                FROM (${OPROEP_SELECT}) o ORDER BY o.geopendOp DESC, o.id DESC`)
    .all() as SeOproep[];
}

export function getOproep(call: CallContext, id: number): SeOproepDetail {
  const o = oproepRij(call, id);
  const rijen = aanvragenVan(call, id);
  const v = voorstel(o, rijen);
  const gevraagd = rijen.filter((a) => a.status !== 'onontvankelijk' && a.status !== 'ingediend').reduce((s, a) => s + a.gevraagd, 0);
  return {
    ...o,
    aanvragen: rijen.length,
    gevraagd: rijen.reduce((s, a) => s + a.gevraagd, 0),
    aanvraagLijst: rijen.map((a) => naarAanvraag(call, a, v.get(a.id) ?? null)),
    verdeling:
      gevraagd <= o.plaatsen
        ? `De ontvankelijke aanvragen vragen samen ${gevraagd} van de ${o.plaatsen} plaatsen: elke aanvraag krijgt wat ze vraagt.`
        : `De ontvankelijke aanvragen vragen samen ${gevraagd} plaatsen voor ${o.plaatsen} beschikbare: de aanvragen met de hoogste prioriteitsscore krijgen eerst wat ze vragen; wat overblijft wordt in verhouding tot de gevraagde plaatsen verdeeld (hele plaatsen, grootste rest). Een aanvraag die de staatssteuncontroles niet doorstaat, krijgt niets.`,
  };
}

export function maakOproep(
  call: CallContext,
  input: Omit<OproepRij, 'id' | 'versie'>,
): SeOproepDetail {
  if (input.sluitOp < input.geopendOp) throw AppError.validatie('sluitOp', 'De oproep sluit vóór hij opent.');
  if (input.plaatsenVanaf < input.sluitOp) throw AppError.validatie('plaatsenVanaf', 'De plaatsen kunnen pas ingaan na het sluiten van de oproep.');
  const id = call.tx((audit) => {
    const id = Number(
      call.app.sqlite
        .prepare(`INSERT INTO se_oproep (titel, soort, plaatsen, plaatsen_vanaf, verdelingscriteria, prioriteitscriteria, advies, geopend_op, sluit_op, aangemaakt_op)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(input.titel, input.soort, input.plaatsen, input.plaatsenVanaf, input.verdelingscriteria, input.prioriteitscriteria, input.advies, input.geopendOp, input.sluitOp, call.nowIso()).lastInsertRowid,
    );
    audit({ entiteit: 'se_oproep', entiteitId: id, actie: 'aangemaakt', nieuw: input });
    return id;
  });
  return getOproep(call, id);
}

export function registreerAanvraag(call: CallContext, input: { oproepId: number; organisatieId: number; ontvangenOp: string; gevraagd: number; motivering: string }): SeAanvraag {
  const db = call.app.sqlite;
  const o = oproepRij(call, input.oproepId);
  maatwerkbedrijf(db, input.organisatieId);
  if (input.ontvangenOp > call.today()) throw AppError.validatie('ontvangenOp', 'De datum van ontvangst ligt in de toekomst.');
  if (input.ontvangenOp < o.geopendOp || input.ontvangenOp > o.sluitOp) {
    throw AppError.validatie('ontvangenOp', `De oproep liep van ${formatDatum(o.geopendOp)} tot ${formatDatum(o.sluitOp)}: een aanvraag ontvangen op ${formatDatum(input.ontvangenOp)} valt erbuiten.`);
  }
  const dubbel = db.prepare('SELECT id FROM se_aanvraag WHERE oproep_id = ? AND organisatie_id = ?').get(o.id, input.organisatieId) as { id: number } | undefined;
  if (dubbel) throw new AppError('CONFLICT', `Dit maatwerkbedrijf diende al een aanvraag in op deze oproep (aanvraag ${dubbel.id}).`);
  const behandelaarId = medewerkerIdVan(call);
  const id = call.tx((audit) => {
    const id = Number(
      db.prepare(`INSERT INTO se_aanvraag (oproep_id, organisatie_id, ontvangen_op, gevraagd, motivering, status, behandelaar_id, aangemaakt_op) VALUES (?, ?, ?, ?, ?, 'ingediend', ?, ?)`)
        .run(o.id, input.organisatieId, input.ontvangenOp, input.gevraagd, input.motivering, behandelaarId, call.nowIso()).lastInsertRowid,
    );
    addGebeurtenis(call, { entiteit: 'se_aanvraag', entiteitId: id, datum: input.ontvangenOp, soort: 'ontvangen', omschrijving: `Aanvraag voor ${input.gevraagd} plaatsen ontvangen; ontvankelijkheid uiterlijk ${formatDatum(ontvankelijkheidUiterlijk(call, input.ontvangenOp))}` });
    audit({ entiteit: 'se_aanvraag', entiteitId: id, actie: 'aangemaakt', nieuw: input });
    return id;
  });
  return getAanvraag(call, id);
}

export function beoordeel(
  call: CallContext,
  input: { id: number; versie: number; prioriteit: number | null; ondernemingInMoeilijkheden: boolean | null; stimulerendEffect: boolean | null; andereSteunCent: number | null; toegekend: number | null; toekenningMotivering: string | null },
): SeAanvraag {
  const a = aanvraagRij(call, input.id);
  if (a.versie !== input.versie) throw new AppError('CONFLICT', 'De aanvraag werd intussen gewijzigd. Herlaad en probeer opnieuw.');
  if (a.status !== 'ontvankelijk') throw new AppError('CONFLICT', a.status === 'ingediend' ? 'Beslis eerst over de ontvankelijkheid.' : `Over deze aanvraag is al beslist (${a.status}).`);
  if (listBeslissingen(call, 'se_aanvraag', a.id).some((b) => b.status === 'ontwerp')) throw new AppError('CONFLICT', 'Er wacht een ontwerp van beslissing op goedkeuring: de beoordeling ligt vast.');
  if (input.toegekend !== null && input.toegekend > a.gevraagd) throw AppError.validatie('toegekend', `De aanvraag vraagt ${a.gevraagd} plaatsen: meer toekennen kan niet.`);
  if (input.toegekend !== null && (input.toekenningMotivering ?? '').length < 10) throw AppError.validatie('toekenningMotivering', 'Motiveer waarom je afwijkt van het voorstel (minstens 10 tekens): de motivering komt in de beslissing.');
  call.tx((audit) => {
    call.app.sqlite
      .prepare(`UPDATE se_aanvraag SET prioriteit = ?, onderneming_in_moeilijkheden = ?, stimulerend_effect = ?, andere_steun_cent = ?, toegekend = ?, toekenning_motivering = ?, versie = versie + 1 WHERE id = ?`)
      .run(input.prioriteit, input.ondernemingInMoeilijkheden === null ? null : Number(input.ondernemingInMoeilijkheden), input.stimulerendEffect === null ? null : Number(input.stimulerendEffect),
        input.andereSteunCent, input.toegekend, input.toegekend === null ? null : input.toekenningMotivering, a.id);
    audit({
      entiteit: 'se_aanvraag', entiteitId: a.id, actie: 'gewijzigd',
      oud: { prioriteit: a.prioriteit, ondernemingInMoeilijkheden: a.ondernemingInMoeilijkheden, stimulerendEffect: a.stimulerendEffect, andereSteunCent: a.andereSteunCent, toegekend: a.toegekend },
      nieuw: { prioriteit: input.prioriteit, ondernemingInMoeilijkheden: input.ondernemingInMoeilijkheden, stimulerendEffect: input.stimulerendEffect, andereSteunCent: input.andereSteunCent, toegekend: input.toegekend },
      reden: input.toekenningMotivering ?? undefined,
    });
  });
  return getAanvraag(call, a.id);
}

export function ontwerpOntvankelijkheid(call: CallContext, input: { id: number; ontvankelijk: boolean; datum: string; feiten: string; ondertekenaarId?: number }): Beslissing {
  const a = aanvraagRij(call, input.id);
  if (a.status !== 'ingediend') throw new AppError('CONFLICT', `Over de ontvankelijkheid is al beslist (${a.status}).`);
  return createDraftBeslissing(call, {
    type: input.ontvankelijk ? 'ontvankelijk' : 'onontvankelijk',
    dossierEntiteit: 'se_aanvraag',
    dossierId: a.id,
    organisatieId: a.organisatieId,
    beslissingsdatum: input.datum,
    feiten: input.feiten,
    rechtsgronden: `Het Departement Werk en Sociale Economie beslist binnen ${aantalMet(parameterGetal(call.app.sqlite, 'AMA_SE_ONTVANKELIJKHEID_TERMIJN', a.ontvangenOp), 'dag', 'dagen')} over de ontvankelijkheid van een aanvraag (artikel 61 tot en met 63 van het besluit).`,
    rechtsbasis: RECHTSBASIS,
    bezwaarTermijnDagen: input.ontvankelijk ? null : parameterGetal(call.app.sqlite, 'AMA_SE_BEZWAAR_TERMIJN', input.datum),
    ondertekenaarId: input.ondertekenaarId,
    departement: 'WSE',
    bestuursorgaan: WSE,
  });
}

/** The minister's decision per admissible application: an award of the places the allocation gives, or a refusal. */
export function beslis(call: CallContext, input: { id: number; datum: string; ondertekenaarId?: number }): Beslissing[] {
  const o = getOproep(call, input.id);
  if (input.datum < o.sluitOp) throw AppError.validatie('datum', `De oproep sluit op ${formatDatum(o.sluitOp)}: de toekenning volgt daarna.`);
  if (o.aanvraagLijst.some((a) => a.status === 'ingediend')) throw new AppError('CONFLICT', 'Niet over elke aanvraag is al beslist of ze ontvankelijk is.');
  const open = o.aanvraagLijst.filter((a) => a.status === 'ontvankelijk' && !a.beslissingen.some((b) => b.status === 'ontwerp'));
  if (!open.length) throw new AppError('CONFLICT', 'Er is geen ontvankelijke aanvraag meer zonder beslissing.');
  const totaal = open.reduce((s, a) => s + (a.teBeslissen ?? 0), 0) + o.aanvraagLijst.filter((a) => a.status === 'toegekend').reduce((s, a) => s + (a.toegekend ?? a.voorgesteld ?? 0), 0);
  if (totaal > o.plaatsen) throw AppError.validatie('toegekend', `De aanpassingen kennen samen ${totaal} plaatsen toe, meer dan de ${o.plaatsen} van de oproep.`);
  const bezwaar = parameterGetal(call.app.sqlite, 'AMA_SE_BEZWAAR_TERMIJN', input.datum);
  return open.map((a) => {
    const n = a.teBeslissen ?? 0;
    const feiten = [
      `Op ${formatDatum(a.ontvangenOp)} ontvingen wij de aanvraag van ${a.organisatieNaam} voor ${a.gevraagd} plaatsen op de oproep "${o.titel}", die ${o.plaatsen} plaatsen verdeelde vanaf ${formatDatum(o.plaatsenVanaf)}.`,
      `Samen vroegen de ontvankelijke aanvragen ${o.aanvraagLijst.filter((x) => x.status !== 'onontvankelijk').reduce((s, x) => s + x.gevraagd, 0)} plaatsen. ${o.verdeling}`,
      a.toegekend !== null ? `Voor deze aanvraag wordt afgeweken van het voorstel (${a.voorgesteld ?? 0} plaatsen): ${a.toekenningMotivering}` : '',
      a.staatssteunProbleem ? a.staatssteunProbleem : `De staatssteuncontroles zijn in orde: geen onderneming in moeilijkheden, een stimulerend effect${a.andereSteunCent ? `, andere steun voor dezelfde kosten: ${formatEuro(a.andereSteunCent)}` : ''}.`,
    ].filter(Boolean).join(' ');
    return createDraftBeslissing(call, {
      type: n > 0 ? 'toekenning-contingent' : 'weigering-contingent',
      dossierEntiteit: 'se_aanvraag',
      dossierId: a.id,
      organisatieId: a.organisatieId,
      beslissingsdatum: input.datum,
      ingangsdatum: n > 0 ? o.plaatsenVanaf : null,
      feiten,
      rechtsgronden: `De minister verdeelt de plaatsen na een oproep volgens de verdelings- en prioriteitscriteria die hij na advies van de Adviescommissie Sociale Economie vastlegde (artikel 60 tot en met 63 van het besluit): ${o.verdelingscriteria} Prioriteit: ${o.prioriteitscriteria}`,
      rechtsbasis: RECHTSBASIS,
      bezwaarTermijnDagen: bezwaar,
      ondertekenaarId: input.ondertekenaarId,
      departement: 'WSE',
      bestuursorgaan: 'de Vlaamse minister bevoegd voor de sociale economie',
    });
  });
}

export const seAanvraagInbox: InboxBron = (call) => {
  const rows = call.app.sqlite.prepare(`${AANVRAAG_SELECT} WHERE a.status IN ('ingediend', 'ontvankelijk')`).all() as AanvraagRij[];
  return rows.map((r) => {
    const ontwerp = listBeslissingen(call, 'se_aanvraag', r.id).find((b) => b.status === 'ontwerp');
    const ingediend = r.status === 'ingediend';
    return {
      dossierEntiteit: 'se_aanvraag',
      dossierId: r.id,
      link: `/contingenten/oproepen/${r.oproepId}`,
      organisatieNaam: r.organisatieNaam,
      omschrijving: ontwerp
        ? `Ontwerp van beslissing (${ontwerp.type}) wacht op goedkeuring`
        : ingediend ? `Ontvankelijkheid van de aanvraag AMA SE (${r.gevraagd} plaatsen) beslissen` : `Toekenning van plaatsen AMA SE voorbereiden (${r.gevraagd} gevraagd)`,
      vervaldatum: ingediend ? ontvankelijkheidUiterlijk(call, r.ontvangenOp) : null,
      behandelaarId: r.behandelaarId,
      behandelaar: r.behandelaar,
      departement: 'WSE' as const,
    };
  });
};
