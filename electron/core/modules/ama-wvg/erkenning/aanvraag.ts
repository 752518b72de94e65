import { AppError } from '../../../../../shared/api/errors';
import { MINIMUM_ERVARING_PARAMETER, type Aanvraag, type AanvraagRij, type AanvraagTermijn, type Opschorting } from '../../../../../shared/ama-wvg/aanvraag.contract';
import { controleerAanvraag } from '../../../../../shared/ama-wvg/erkenning';
import { berekenTermijn } from '../../../../../shared/kernel/termijn';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { Handlers } from '../../../platform/router';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import { addGebeurtenis, listGebeurtenissen, medewerkerIdVan } from '../../../platform/dossier';
import { createDraftBeslissing, listBeslissingen, voorbeeldVanOntwerp } from '../../../engines/beslissing/beslissing';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import type { InboxBron } from '../../../engines/inbox/inbox';
import { geefBriefUit, listDocumenten, renderBrief, type VoorbereideBrief } from '../../../letters/store';
import { resolveVerzoekInformatie, voorbereidVerzoekInformatie } from '../../../letters/verzoekInformatie';
import type { ParsedInput } from '../../../../../shared/api/contract';
import type { ParameterCode } from '../../../../../shared/platform/parameter-codes';

type Row = Omit<Aanvraag, 'personeel' | 'controles' | 'opschortingen' | 'termijnen' | 'beslissingen' | 'documenten' | 'tijdlijn' | 'verzekeringVerklaard'> & {
  verzekeringVerklaard: number;
  organisatieStatus: string;
  typeNaam: string;
  typeErkenbaar: number;
  typeErkenbaarTot: string | null;
};

const SELECT = `
  SELECT a.id, a.soort, a.organisatie_id AS organisatieId, o.naam AS organisatieNaam, o.kbo AS organisatieKbo,
         o.type_code AS organisatieTypeCode, o.status AS organisatieStatus, t.naam AS typeNaam,
         t.ama_wvg_erkenbaar AS typeErkenbaar, t.ama_wvg_erkenbaar_tot AS typeErkenbaarTot,
         a.ontvangen_op AS ontvangenOp, a.kanaal, a.uw_kenmerk AS uwKenmerk, a.hernieuwing_van_id AS hernieuwingVanId,
         a.verzekering_verklaard AS verzekeringVerklaard, a.opmerkingen, a.behandelaar_id AS behandelaarId, (SELECT naam FROM medewerker WHERE id = a.behandelaar_id) AS behandelaar, a.status, a.versie
    FROM aanvraag a JOIN organisatie o ON o.id = a.organisatie_id JOIN organisatie_type t ON t.code = o.type_code`;

const LOPEND = "('ingediend', 'ontvankelijk')";

function loadRow(call: CallContext, id: number): Row {
  const row = call.app.sqlite.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  if (!row) throw AppError.nietGevonden(`Aanvraag ${id}`);
  return row;
}

export function listOpschortingen(call: CallContext, entiteit: string, id: number): Opschorting[] {
  return call.app.sqlite
    .prepare(
      `SELECT id, van, tot, reden, antwoord_uiterlijk AS antwoordUiterlijk, verzoek_document_id AS verzoekDocumentId
         FROM opschorting WHERE entiteit = ? AND entiteit_id = ? ORDER BY van`,
    )
    .all(entiteit, id) as Opschorting[];
}

/**
 * The legal deadlines of an application: admissibility within 45 days and the decision on the merits
 * within 90 days of receipt (parameters valid on the received date), both extended by suspensions.
 * A suspension still open counts until today: the deadline moves on every day until the answer.
 */
export function aanvraagTermijnen(call: CallContext, row: Pick<Row, 'ontvangenOp' | 'status'> & { ontvankelijkBeslist: boolean }, opschortingen: Opschorting[]): AanvraagTermijn[] {
  const db = call.app.sqlite;
  const today = call.today();
  const opsch = opschortingen.map((o) => ({ van: o.van, tot: o.tot ?? (today >= o.van ? today : o.van) }));
  const open = opschortingen.find((o) => o.tot === null);
  const noot = open ? [`de opschorting sinds ${formatDatum(open.van)} loopt nog: de termijn schuift elke dag op tot het antwoord`] : [];
  const t = (code: ParameterCode, soort: AanvraagTermijn['soort'], omschrijving: string, afgerond: boolean): AanvraagTermijn => {
    const r = berekenTermijn({ start: row.ontvangenOp, dagen: parameterGetal(db, code, row.ontvangenOp), soort: 'kalenderdagen', verschuifNaarWerkdag: true, opschortingen: opsch });
    return { soort, omschrijving, vervaldatum: r.vervaldatum, afleiding: [...r.afleiding, ...noot], afgerond };
  };
  const beslist = !['ingediend', 'ontvankelijk'].includes(row.status);
  const termijnen = [
    t('AMA_WVG_ONTVANKELIJKHEID_TERMIJN', 'ontvankelijkheid', 'Beslissing over de ontvankelijkheid', row.ontvankelijkBeslist || beslist),
    t('AMA_WVG_BESLISSINGSTERMIJN', 'gegrondheid', 'Beslissing ten gronde (erkenning of weigering)', beslist),
  ];
  if (open?.antwoordUiterlijk) {
    termijnen.push({ soort: 'antwoord-aanvullende-info', omschrijving: 'Antwoord van de aanvrager op het verzoek om informatie', vervaldatum: open.antwoordUiterlijk, afleiding: [`gevraagd op ${formatDatum(open.van)}; antwoord uiterlijk ${formatDatum(open.antwoordUiterlijk)}`], afgerond: false });
  }
  return termijnen;
}

export function getAanvraag(call: CallContext, id: number): Aanvraag {
  const db = call.app.sqlite;
  const row = loadRow(call, id);
  const personeel = db
    .prepare('SELECT id, naam, insz, bachelor_richting AS bachelorRichting, ervaring_jaren AS ervaringJaren FROM aanvraag_personeel WHERE aanvraag_id = ? ORDER BY id')
    .all(id) as Aanvraag['personeel'];
  const andere = (db.prepare(`SELECT id FROM aanvraag WHERE organisatie_id = ? AND id <> ? AND soort = ? AND status IN ${LOPEND} AND ontvangen_op <= ?`)
    .all(row.organisatieId, id, row.soort, row.ontvangenOp) as { id: number }[]).map((r) => r.id);
  const overlappend = (db.prepare(`SELECT id, erkenningsnummer FROM erkenning WHERE organisatie_id = ? AND status = 'actief' AND geldig_van <= ? AND geldig_tot >= ? AND id IS NOT ?`)
    .all(row.organisatieId, row.ontvangenOp, row.ontvangenOp, row.hernieuwingVanId) as { erkenningsnummer: string }[]).map((r) => r.erkenningsnummer);
  const controles = controleerAanvraag({
    ontvangenOp: row.ontvangenOp,
    organisatieActief: row.organisatieStatus === 'actief',
    organisatieTypeCode: row.organisatieTypeCode,
    organisatieTypeNaam: row.typeNaam,
    typeErkenbaar: row.typeErkenbaar === 1,
    typeErkenbaarTot: row.typeErkenbaarTot,
    personeel,
    // On the day the application was received, as every other condition and period of the application.
    minimumErvaringJaren: parameterGetal(db, MINIMUM_ERVARING_PARAMETER, row.ontvangenOp),
    verzekeringVerklaard: row.verzekeringVerklaard === 1,
    andereLopendeAanvragen: andere,
    overlappendeErkenningen: overlappend,
  });
  const opschortingen = listOpschortingen(call, 'aanvraag', id);
  const beslissingen = listBeslissingen(call, 'aanvraag', id);
  const ontvankelijkBeslist = beslissingen.some((b) => (b.type === 'ontvankelijk' || b.type === 'onontvankelijk') && b.status === 'uitgegeven');
  const { organisatieStatus: _s, typeNaam: _t, typeErkenbaar: _e, typeErkenbaarTot: _et, ...rest } = row;
  return {
    ...rest,
    soort: 'erkenning-ama-wvg',
    verzekeringVerklaard: row.verzekeringVerklaard === 1,
    personeel,
    controles,
    opschortingen,
    termijnen: aanvraagTermijnen(call, { ...row, ontvankelijkBeslist }, opschortingen),
    beslissingen,
    // Oldest first: the dossier's letters in the order they were issued.
    documenten: listDocumenten(call.app.sqlite, { dossierEntiteit: 'aanvraag', dossierId: String(id) }).reverse(),
    tijdlijn: listGebeurtenissen(call, 'aanvraag', id),
  };
}

/**
 * Checks a request for information and prepares its letter: the answer deadline (parameter
 * AMA_WVG_AANVULLENDE_INFO_TERMIJN unless the officer sets one) and the decision deadline that the
 * request suspends, as it stands before the request.
 */
function voorbereidVerzoek(call: CallContext, input: ParsedInput<'aanvraag.vraagInfo'>): { brief: VoorbereideBrief; antwoordUiterlijk: string } {
  const row = loadRow(call, input.id);
  ensureOpen(row, ['ingediend', 'ontvankelijk'], 'Informatie opvragen');
  if (input.datum < row.ontvangenOp || input.datum > call.today()) throw AppError.validatie('datum', 'De datum van het verzoek ligt vóór de ontvangst van de aanvraag of in de toekomst.');
  const open = listOpschortingen(call, 'aanvraag', input.id).find((o) => o.tot === null);
  if (open) throw new AppError('CONFLICT', `Er loopt al een verzoek om informatie sinds ${formatDatum(open.van)}.`);
  const dagen = input.antwoordTermijnDagen ?? parameterGetal(call.app.sqlite, 'AMA_WVG_AANVULLENDE_INFO_TERMIJN', input.datum);
  const antwoordUiterlijk = berekenTermijn({ start: input.datum, dagen, soort: 'kalenderdagen', verschuifNaarWerkdag: true }).vervaldatum;
  const lopend = getAanvraag(call, input.id).termijnen.find((t) => !t.afgerond && t.soort !== 'antwoord-aanvullende-info');
  const gegevens = resolveVerzoekInformatie(call, {
    aanvraag: { id: row.id, organisatieId: row.organisatieId, ontvangenOp: row.ontvangenOp, hernieuwing: row.hernieuwingVanId !== null },
    gevraagd: input.gevraagd,
    verzoekDatum: input.datum,
    antwoordUiterlijk,
    termijn: { omschrijving: lopend?.omschrijving ?? 'Beslissing over de aanvraag', vervaldatumVoorOpschorting: lopend?.vervaldatum ?? antwoordUiterlijk },
  });
  return { brief: voorbereidVerzoekInformatie(gegevens), antwoordUiterlijk };
}

function ensureOpen(row: Row, allowed: string[], wat: string): void {
  if (!allowed.includes(row.status)) {
    throw new AppError('CONFLICT', `${wat} kan niet: de aanvraag heeft status "${row.status}".`);
  }
}

export const aanvraagHandlers: Pick<Handlers, 'aanvraag.registreer' | 'aanvraag.get' | 'aanvraag.list' | 'aanvraag.vraagInfo' | 'aanvraag.vraagInfoVoorbeeld' | 'aanvraag.infoOntvangen' | 'aanvraag.ontvankelijkheid' | 'aanvraag.gegrondheid' | 'aanvraag.voorbeeldOntvankelijkheid' | 'aanvraag.voorbeeldGegrondheid'> = {
  // The preview runs the same draft code in a rolled-back transaction (voorbeeldVanOntwerp).
  'aanvraag.voorbeeldOntvankelijkheid': (input, call) => voorbeeldVanOntwerp(call, () => aanvraagHandlers['aanvraag.ontvankelijkheid'](input, call) as Beslissing),
  'aanvraag.voorbeeldGegrondheid': (input, call) => voorbeeldVanOntwerp(call, () => aanvraagHandlers['aanvraag.gegrondheid'](input, call) as Beslissing),
  'aanvraag.registreer': (input, call) => {
    const db = call.app.sqlite;
    if (input.ontvangenOp > call.today()) throw AppError.validatie('ontvangenOp', 'De ontvangstdatum ligt in de toekomst.');
    if (!db.prepare('SELECT 1 FROM organisatie WHERE id = ?').get(input.organisatieId)) throw AppError.nietGevonden(`Organisatie ${input.organisatieId}`);
    for (const code of ['AMA_WVG_ONTVANKELIJKHEID_TERMIJN', 'AMA_WVG_BESLISSINGSTERMIJN'] as const) {
      try {
        parameterGetal(db, code, input.ontvangenOp);
      } catch (err) {
        if (err instanceof AppError && err.code === 'NIET_GEVONDEN') {
          throw AppError.validatie('ontvangenOp', `Op ${formatDatum(input.ontvangenOp)} golden de termijnen voor een aanvraag tot erkenning nog niet (${err.message}) Registreer een bestaande erkenning via de overgangsregeling.`);
        }
        throw err;
      }
    }
    if (input.hernieuwingVanId) {
      const e = db.prepare('SELECT organisatie_id AS organisatieId, status FROM erkenning WHERE id = ?').get(input.hernieuwingVanId) as { organisatieId: number; status: string } | undefined;
      if (!e || e.organisatieId !== input.organisatieId) throw AppError.validatie('hernieuwingVanId', 'Kies een erkenning van deze organisatie om te hernieuwen.');
      if (e.status !== 'actief') throw AppError.validatie('hernieuwingVanId', 'Enkel een actieve erkenning kan hernieuwd worden.');
    }
    const id = call.tx((audit) => {
      const now = call.nowIso();
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO aanvraag (soort, organisatie_id, ontvangen_op, kanaal, uw_kenmerk, hernieuwing_van_id, verzekering_verklaard,
             opmerkingen, behandelaar_id, status, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ingediend', ?, ?)`,
        )
        .run(input.soort, input.organisatieId, input.ontvangenOp, input.kanaal, input.uwKenmerk || null, input.hernieuwingVanId ?? null,
          input.verzekeringVerklaard ? 1 : 0, input.opmerkingen || null, medewerkerIdVan(call), now, now);
      const aanvraagId = Number(lastInsertRowid);
      const ins = db.prepare('INSERT INTO aanvraag_personeel (aanvraag_id, naam, insz, bachelor_richting, ervaring_jaren) VALUES (?, ?, ?, ?, ?)');
      for (const p of input.personeel) ins.run(aanvraagId, p.naam, p.insz, p.bachelorRichting ?? null, p.ervaringJaren ?? null);
      addGebeurtenis(call, { entiteit: 'aanvraag', entiteitId: aanvraagId, datum: input.ontvangenOp, soort: 'ontvangen', omschrijving: `Aanvraag ontvangen via ${input.kanaal}${input.hernieuwingVanId ? ' (hernieuwing)' : ''}` });
      // Personal data (INSZ) is not copied into the audit trail: only the number of staff members.
      audit({ entiteit: 'aanvraag', entiteitId: aanvraagId, actie: 'aangemaakt', nieuw: { organisatieId: input.organisatieId, ontvangenOp: input.ontvangenOp, kanaal: input.kanaal, hernieuwingVanId: input.hernieuwingVanId ?? null, verzekeringVerklaard: input.verzekeringVerklaard, personeel: input.personeel.length } });
      return aanvraagId;
    });
    return getAanvraag(call, id);
  },

  'aanvraag.get': (input, call) => getAanvraag(call, input.id),

  'aanvraag.list': (input, call) => {
    const where: string[] = ["a.soort = 'erkenning-ama-wvg'"];
    const params: unknown[] = [];
    if (input.status) (where.push('a.status = ?'), params.push(input.status));
    if (input.organisatieId) (where.push('a.organisatie_id = ?'), params.push(input.organisatieId));
    const rows = call.app.sqlite.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.ontvangen_op DESC, a.id DESC`).all(...params) as Row[];
    return rows.map((r): AanvraagRij => {
      let volgendeTermijn: string | null = null;
      if (r.status === 'ingediend' || r.status === 'ontvankelijk') {
        const opsch = listOpschortingen(call, 'aanvraag', r.id);
        const t = aanvraagTermijnen(call, { ...r, ontvankelijkBeslist: r.status === 'ontvankelijk' }, opsch).find((x) => !x.afgerond);
        volgendeTermijn = t?.vervaldatum ?? null;
      }
      return { id: r.id, organisatieId: r.organisatieId, organisatieNaam: r.organisatieNaam, ontvangenOp: r.ontvangenOp, behandelaarId: r.behandelaarId, behandelaar: r.behandelaar, status: r.status, volgendeTermijn, hernieuwing: r.hernieuwingVanId !== null };
    });
  },

  'aanvraag.vraagInfo': async (input, call) => {
    const v = voorbereidVerzoek(call, input);
    await geefBriefUit(call, v.brief, (doc, audit) => {
      const { lastInsertRowid } = call.app.sqlite
        .prepare('INSERT INTO opschorting (entiteit, entiteit_id, van, tot, reden, antwoord_uiterlijk, verzoek_document_id) VALUES (?, ?, ?, NULL, ?, ?, ?)')
        .run('aanvraag', input.id, input.datum, input.gevraagd, v.antwoordUiterlijk, doc.id);
      addGebeurtenis(call, {
        entiteit: 'aanvraag', entiteitId: input.id, datum: input.datum, soort: 'opschorting', documentId: doc.id,
        omschrijving: `Aanvullende informatie gevraagd (brief ${doc.kenmerk}, antwoord uiterlijk ${formatDatum(v.antwoordUiterlijk)}); de beslissingstermijn is opgeschort`,
      });
      audit({ entiteit: 'opschorting', entiteitId: Number(lastInsertRowid), actie: 'aangemaakt', nieuw: { aanvraagId: input.id, van: input.datum, antwoordUiterlijk: v.antwoordUiterlijk, reden: input.gevraagd, documentId: doc.id } });
    });
    return getAanvraag(call, input.id);
  },

  'aanvraag.vraagInfoVoorbeeld': async (input, call) => {
    const letter = await renderBrief(call, voorbereidVerzoek(call, input).brief, { voorbeeld: true });
    return { pdfBase64: letter.bytes.toString('base64'), onderwerp: letter.onderwerp };
  },

  'aanvraag.infoOntvangen': (input, call) => {
    const open = listOpschortingen(call, 'aanvraag', input.id).find((o) => o.tot === null);
    if (!open) throw new AppError('CONFLICT', 'Er loopt geen verzoek om informatie voor deze aanvraag.');
    if (input.datum < open.van || input.datum > call.today()) throw AppError.validatie('datum', `De datum van het antwoord ligt vóór het verzoek (${formatDatum(open.van)}) of in de toekomst.`);
    call.tx((audit) => {
      call.app.sqlite.prepare('UPDATE opschorting SET tot = ? WHERE id = ?').run(input.datum, open.id);
      addGebeurtenis(call, { entiteit: 'aanvraag', entiteitId: input.id, datum: input.datum, soort: 'opschorting-einde', omschrijving: 'Aanvullende informatie ontvangen; de beslissingstermijn loopt weer' });
      audit({ entiteit: 'opschorting', entiteitId: open.id, actie: 'gewijzigd', oud: { tot: null }, nieuw: { tot: input.datum } });
    });
    return getAanvraag(call, input.id);
  },

  'aanvraag.ontvankelijkheid': (input, call) => {
    const a = getAanvraag(call, input.id);
    ensureOpen(loadRow(call, input.id), ['ingediend'], 'Beslissen over de ontvankelijkheid');
    if (input.datum < a.ontvangenOp || input.datum > call.today()) throw AppError.validatie('datum', 'De beslissingsdatum ligt vóór de ontvangst van de aanvraag of in de toekomst.');
    if (a.opschortingen.some((o) => o.tot === null)) throw new AppError('CONFLICT', 'Er loopt nog een verzoek om informatie: registreer eerst het antwoord.');
    return createDraftBeslissing(call, {
      type: input.ontvankelijk ? 'ontvankelijk' : 'onontvankelijk',
      dossierEntiteit: 'aanvraag', dossierId: a.id, organisatieId: a.organisatieId,
      beslissingsdatum: input.datum, feiten: input.feiten, rechtsgronden: input.rechtsgronden, ondertekenaarId: input.ondertekenaarId,
      rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 46–49',
      bezwaarTermijnDagen: input.ontvankelijk ? null : parameterGetal(call.app.sqlite, 'AMA_WVG_BEZWAAR_TERMIJN', input.datum),
    });
  },

  'aanvraag.gegrondheid': (input, call) => {
    const a = getAanvraag(call, input.id);
    ensureOpen(loadRow(call, input.id), ['ontvankelijk'], 'Beslissen ten gronde');
    if (input.datum > call.today()) throw AppError.validatie('datum', 'De beslissingsdatum ligt in de toekomst.');
    if (a.opschortingen.some((o) => o.tot === null)) throw new AppError('CONFLICT', 'Er loopt nog een verzoek om informatie: registreer eerst het antwoord.');
    if (input.toegekend) {
      const niet = a.controles.filter((c) => !c.ok);
      if (niet.length) {
        throw new AppError('VALIDATIE', `Erkennen kan niet: ${niet.map((c) => `${c.melding} (${c.artikel})`).join(' ')}`, niet.map((c) => ({ veld: `controles.${c.code}`, melding: c.melding })));
      }
    }
    return createDraftBeslissing(call, {
      type: input.toegekend ? 'erkenning' : 'weigering',
      dossierEntiteit: 'aanvraag', dossierId: a.id, organisatieId: a.organisatieId,
      beslissingsdatum: input.datum, ingangsdatum: input.toegekend ? (input.ingangsdatum ?? input.datum) : null,
      feiten: input.feiten, rechtsgronden: input.rechtsgronden, ondertekenaarId: input.ondertekenaarId,
      rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 46–49',
      bezwaarTermijnDagen: input.toegekend ? null : parameterGetal(call.app.sqlite, 'AMA_WVG_BEZWAAR_TERMIJN', input.datum),
    });
  },
};

// Open applications in the deadline inbox: the next unfinished legal deadline; drafts waiting for approval.
export const aanvraagInbox: InboxBron = (call) => {
  const rows = call.app.sqlite.prepare(`${SELECT} WHERE a.status IN ${LOPEND}`).all() as Row[];
  return rows.map((r) => {
    const beslissingen = listBeslissingen(call, 'aanvraag', r.id);
    const ontwerp = beslissingen.find((b) => b.status === 'ontwerp');
    const termijn = aanvraagTermijnen(call, { ...r, ontvankelijkBeslist: r.status === 'ontvankelijk' }, listOpschortingen(call, 'aanvraag', r.id)).find((t) => !t.afgerond);
    return {
      dossierEntiteit: 'aanvraag',
      dossierId: r.id,
      link: `/erkenningen/aanvragen/${r.id}`,
      organisatieNaam: r.organisatieNaam,
      omschrijving: ontwerp ? `Ontwerp van beslissing (${ontwerp.type}) wacht op goedkeuring` : (termijn?.omschrijving ?? 'Aanvraag tot erkenning'),
      vervaldatum: termijn?.vervaldatum ?? null,
      behandelaarId: r.behandelaarId,
      behandelaar: r.behandelaar,
    };
  });
};
