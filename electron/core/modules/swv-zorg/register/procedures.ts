/**
 * The mandate as a right of the hearing/objection engine (BVR 18 November 2022, art. 40): withdrawal
 * (intrekking) and suspension (schorsing) by the competent ministers on Zorginspectie's report and the
 * department's advice, after a hearing procedure (voornemen → reactie/hoorzitting → beslissing).
 *
 *  - Right kind 'mandaat': held by the samenwerkingsverband's aanspreekpunt; in force while active and
 *    not past its last day. Decisions on an application for a mandate and on a samenwerkingsverband
 *    (replacement of a partner) belong to it too, for objections.
 *  - 'intrekking-mandaat': the mandate ends on the day the decision gives (not before the decision:
 *    no retroactive effect); status 'ingetrokken'. From the day after, no trajectory is attributed to it.
 *  - 'schorsing-mandaat': no new trajectories from the decision date to the last day of the
 *    suspension (art. 40). Running trajectories continue and are compensated [assumed: the seeds leave
 *    the effect open, docs/decisions.md].
 *  - Objection: 'vernietigd' undoes the withdrawal (the previous last day from the history) or the
 *    suspension; other outcomes leave the mandate as decided.
 */
import { AppError } from '../../../../../shared/api/errors';
import { addDays } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import type { Audit, ProcedureSoort, RechtSoort } from '../../../engines/procedure/registry';
import { addMandaatHistoriek, regioNamen } from './register';

interface MandaatKern {
  id: number;
  swvId: number;
  swvNaam: string;
  aanspreekpuntId: number;
  regioCode: string;
  geldigVan: string;
  geldigTot: string;
  status: string;
}

function mandaat(call: CallContext, id: number): MandaatKern & { regioNaam: string } {
  const m = call.app.sqlite
    .prepare(
      `SELECT m.id, m.swv_id AS swvId, s.naam AS swvNaam, s.aanspreekpunt_id AS aanspreekpuntId, m.regio_code AS regioCode, m.geldig_van AS geldigVan,
              m.geldig_tot AS geldigTot, m.status FROM mandaat m JOIN samenwerkingsverband s ON s.id = m.swv_id WHERE m.id = ?`,
    )
    .get(id) as MandaatKern | undefined;
  if (!m) throw AppError.nietGevonden(`Mandaat ${id}`);
  return { ...m, regioNaam: regioNamen(call.app.sqlite).get(m.regioCode) ?? m.regioCode };
}

const UW_MANDAAT = (m: MandaatKern & { regioNaam: string }) => `het mandaat van "${m.swvNaam}" als samenwerkingsverband Zorg voor ${m.regioNaam}`;
const RECHTSBASIS = 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 19 en 40';

/** The last day the mandate had before the withdrawal `beslissingId` (from its history). */
function geldigTotVoor(call: CallContext, mandaatId: number, beslissingId: number): string {
  const r = call.app.sqlite
    .prepare("SELECT toelichting FROM mandaat_historiek WHERE mandaat_id = ? AND beslissing_id = ? AND wat = 'intrekking'")
    .get(mandaatId, beslissingId) as { toelichting: string } | undefined;
  const m = r && /vorige einddatum (\d{4}-\d{2}-\d{2})/.exec(r.toelichting);
  if (!m) throw new AppError('INTERN', `De historiek van mandaat ${mandaatId} vermeldt de intrekking (beslissing ${beslissingId}) niet.`);
  return m[1];
}

export const mandaatRecht: RechtSoort = {
  code: 'mandaat',
  label: 'mandaat als samenwerkingsverband Zorg',
  departement: 'ZORG',
  bestuursorgaan: 'de Vlaamse ministers bevoegd voor welzijn en werk',
  bezwaarBij: 'het Departement Zorg, Afdeling Werk en Zorg',
  artikels: 'artikel 7, 16 tot en met 19 en 40',
  parameters: { bezwaartermijn: 'SWV_ZORG_BEZWAAR_TERMIJN', bezwaarBeslissingstermijn: 'SWV_ZORG_BEZWAAR_BESLISSINGSTERMIJN' },
  organisatieVan: (call, id) => mandaat(call, id).aanspreekpuntId,
  beschrijf: (call, id) => {
    const m = mandaat(call, id);
    return `mandaat van ${m.swvNaam} voor ${m.regioNaam} (van ${formatDatum(m.geldigVan)} tot en met ${formatDatum(m.geldigTot)}${m.status === 'actief' ? '' : `, ${m.status}`})`;
  },
  isActief: (call, id) => {
    const m = mandaat(call, id);
    return m.status === 'actief' && m.geldigTot >= call.today();
  },
  omvatBeslissing: (_call, b) => b.dossierEntiteit === 'swv_aanvraag' || b.dossierEntiteit === 'samenwerkingsverband',
  bezwaar: {
    gevolgen: (call, betwist, uitkomst) => {
      if (betwist.rechtEntiteit !== 'mandaat' || betwist.rechtId === null) {
        return uitkomst === 'vernietigd' ? ['Wij nemen over uw aanvraag een nieuwe beslissing en laten u die weten.'] : [];
      }
      const m = mandaat(call, betwist.rechtId);
      if (uitkomst !== 'vernietigd') return [`De beslissing over ${UW_MANDAAT(m)} blijft behouden.`];
      return betwist.type === 'intrekking'
        ? [`De intrekking van ${UW_MANDAAT(m)} vervalt: het mandaat geldt opnieuw tot en met ${formatDatum(geldigTotVoor(call, m.id, betwist.id))}.`]
        : [`De schorsing van ${UW_MANDAAT(m)} vervalt: vanaf vandaag worden nieuwe trajecten opnieuw aan het samenwerkingsverband toegewezen.`];
    },
    pasToe: (call, betwist, uitkomst, uitspraak, audit) => {
      if (uitkomst !== 'vernietigd' || betwist.rechtEntiteit !== 'mandaat' || betwist.rechtId === null) return;
      const db = call.app.sqlite;
      const m = mandaat(call, betwist.rechtId);
      if (betwist.type === 'intrekking') {
        const vorige = geldigTotVoor(call, m.id, betwist.id);
        db.prepare("UPDATE mandaat SET status = 'actief', geldig_tot = ?, versie = versie + 1 WHERE id = ?").run(vorige, m.id);
        addMandaatHistoriek(call, m.id, { datum: uitspraak.beslissingsdatum, wat: 'bezwaar', beslissingId: uitspraak.id, toelichting: `Intrekking vernietigd na bezwaar: het mandaat geldt opnieuw tot en met ${formatDatum(vorige)}` });
        audit({ entiteit: 'mandaat', entiteitId: m.id, actie: 'gewijzigd', oud: { status: m.status, geldigTot: m.geldigTot }, nieuw: { status: 'actief', geldigTot: vorige }, reden: `Intrekking (beslissing ${betwist.id}) vernietigd na bezwaar` });
      } else if (betwist.type === 'schorsing') {
        const z = db.prepare('SELECT id, tot FROM mandaat_schorsing WHERE mandaat_id = ? AND beslissing_id = ?').get(m.id, betwist.id) as { id: number; tot: string | null } | undefined;
        if (!z) return;
        // The suspension ends the day before the objection decision (it cannot be undone for the past days' attributions).
        const tot = addDays(uitspraak.beslissingsdatum, -1);
        db.prepare('UPDATE mandaat_schorsing SET tot = ? WHERE id = ?').run(tot, z.id);
        addMandaatHistoriek(call, m.id, { datum: uitspraak.beslissingsdatum, wat: 'bezwaar', beslissingId: uitspraak.id, toelichting: `Schorsing vernietigd na bezwaar; ze eindigt op ${formatDatum(tot)}` });
        audit({ entiteit: 'mandaat_schorsing', entiteitId: z.id, actie: 'gewijzigd', oud: { tot: z.tot }, nieuw: { tot }, reden: `Schorsing (beslissing ${betwist.id}) vernietigd na bezwaar` });
      }
    },
  },
};

export const intrekkingProcedure: ProcedureSoort = {
  soort: 'intrekking-mandaat',
  recht: 'mandaat',
  label: 'Intrekking van een mandaat samenwerkingsverband Zorg',
  beslissingType: 'intrekking',
  parameters: { reactietermijn: 'SWV_ZORG_HOOR_REACTIETERMIJN', beslissingstermijn: 'SWV_ZORG_HOOR_BESLISSINGSTERMIJN' },
  rechtsbasis: RECHTSBASIS,
  voornemen: (call, id) => {
    const m = mandaat(call, id);
    return {
      onderwerp: `Voornemen tot intrekking van ${UW_MANDAAT(m)}`,
      inleiding: [
        `"${m.swvNaam}" is gemandateerd als samenwerkingsverband Zorg voor ${m.regioNaam}, van ${formatDatum(m.geldigVan)} tot en met ${formatDatum(m.geldigTot)}. ` +
          'Op basis van het verslag van Zorginspectie en het advies van het Departement Zorg kunnen de ministers een mandaat intrekken (artikel 40 van het besluit).',
      ],
      voornemen: `Wij zijn van plan de ministers voor te stellen ${UW_MANDAAT(m)} in te trekken.`,
      gevolgen: ['Dit voornemen verandert nog niets aan het mandaat: tot de beslissing neemt het samenwerkingsverband nieuwe deelnemers op en zet het de trajecten voort.'],
      maatregel: `de intrekking van ${UW_MANDAAT(m)}`,
    };
  },
  bereidBeslissingVoor: (call, id, input) => {
    const m = mandaat(call, id);
    if (!input.einddatum) throw AppError.validatie('einddatum', 'Geef de laatste dag van het mandaat.');
    if (input.einddatum < input.datum) throw AppError.validatie('einddatum', `De laatste dag (${formatDatum(input.einddatum)}) ligt vóór de beslissingsdatum: een intrekking werkt niet terug.`);
    if (input.einddatum >= m.geldigTot) throw AppError.validatie('einddatum', `De laatste dag ligt niet vóór het gewone einde van het mandaat (${formatDatum(m.geldigTot)}).`);
    return { einddatum: input.einddatum };
  },
  beslissingTekst: (call, b) => {
    const m = mandaat(call, b.rechtId!);
    return {
      briefType: 'beslissing-intrekking-mandaat',
      onderwerp: `Intrekking van ${UW_MANDAAT(m)}`,
      beslissing: `${UW_MANDAAT(m).charAt(0).toUpperCase()}${UW_MANDAAT(m).slice(1)} wordt ingetrokken. Het mandaat eindigt op ${formatDatum(b.einddatum)}.`,
      gevolgen: [
        `Vanaf ${formatDatum(addDays(b.einddatum!, 1))} worden geen nieuwe deelnemers meer aan het samenwerkingsverband toegewezen. De lopende trajecten zet u voort tot het eindverslag en het eindadvies geregistreerd zijn; de compensatie daarvoor betalen wij nog volgens artikel 20 en 21 van het besluit.`,
      ],
    };
  },
  pasToe: (call, b, audit: Audit) => {
    const m = mandaat(call, b.rechtId!);
    if (m.status !== 'actief') throw new AppError('CONFLICT', 'Het mandaat is intussen niet meer actief.');
    call.app.sqlite.prepare("UPDATE mandaat SET status = 'ingetrokken', geldig_tot = ?, versie = versie + 1 WHERE id = ?").run(b.einddatum, m.id);
    addMandaatHistoriek(call, m.id, { datum: b.beslissingsdatum, wat: 'intrekking', beslissingId: b.id, toelichting: `Ingetrokken na hoorprocedure (art. 40); laatste dag ${formatDatum(b.einddatum)} (vorige einddatum ${m.geldigTot})` });
    audit({ entiteit: 'mandaat', entiteitId: m.id, actie: 'gewijzigd', oud: { status: m.status, geldigTot: m.geldigTot }, nieuw: { status: 'ingetrokken', geldigTot: b.einddatum }, reden: `Intrekking (beslissing ${b.id})` });
  },
};

export const schorsingProcedure: ProcedureSoort = {
  soort: 'schorsing-mandaat',
  recht: 'mandaat',
  label: 'Schorsing van een mandaat samenwerkingsverband Zorg',
  beslissingType: 'schorsing',
  parameters: { reactietermijn: 'SWV_ZORG_HOOR_REACTIETERMIJN', beslissingstermijn: 'SWV_ZORG_HOOR_BESLISSINGSTERMIJN' },
  rechtsbasis: RECHTSBASIS,
  voornemen: (call, id) => {
    const m = mandaat(call, id);
    return {
      onderwerp: `Voornemen tot schorsing van ${UW_MANDAAT(m)}`,
      inleiding: [
        `"${m.swvNaam}" is gemandateerd als samenwerkingsverband Zorg voor ${m.regioNaam}, van ${formatDatum(m.geldigVan)} tot en met ${formatDatum(m.geldigTot)}. ` +
          'Op basis van het verslag van Zorginspectie en het advies van het Departement Zorg kunnen de ministers een mandaat schorsen (artikel 40 van het besluit).',
      ],
      voornemen: `Wij zijn van plan de ministers voor te stellen ${UW_MANDAAT(m)} te schorsen.`,
      gevolgen: ['Dit voornemen verandert nog niets aan het mandaat: tot de beslissing neemt het samenwerkingsverband nieuwe deelnemers op.'],
      maatregel: `de schorsing van ${UW_MANDAAT(m)}`,
    };
  },
  bereidBeslissingVoor: (call, id, input) => {
    const m = mandaat(call, id);
    if (!input.einddatum) throw AppError.validatie('einddatum', 'Geef de laatste dag van de schorsing.');
    if (input.einddatum < input.datum) throw AppError.validatie('einddatum', `De laatste dag van de schorsing (${formatDatum(input.einddatum)}) ligt vóór de beslissingsdatum.`);
    if (input.einddatum > m.geldigTot) throw AppError.validatie('einddatum', `De schorsing loopt niet voorbij het einde van het mandaat (${formatDatum(m.geldigTot)}).`);
    return { ingangsdatum: input.datum, einddatum: input.einddatum };
  },
  beslissingTekst: (call, b) => {
    const m = mandaat(call, b.rechtId!);
    return {
      briefType: 'beslissing-schorsing-mandaat',
      onderwerp: `Schorsing van ${UW_MANDAAT(m)}`,
      beslissing: `${UW_MANDAAT(m).charAt(0).toUpperCase()}${UW_MANDAAT(m).slice(1)} wordt geschorst van ${formatDatum(b.ingangsdatum ?? b.beslissingsdatum)} tot en met ${formatDatum(b.einddatum)}.`,
      gevolgen: [
        'Tijdens de schorsing worden geen nieuwe deelnemers aan het samenwerkingsverband toegewezen. De lopende trajecten zet u voort; de compensatie daarvoor blijft verschuldigd volgens artikel 20 en 21 van het besluit.',
        `Vanaf ${formatDatum(addDays(b.einddatum!, 1))} worden nieuwe deelnemers opnieuw toegewezen.`,
      ],
    };
  },
  pasToe: (call, b, audit: Audit) => {
    const m = mandaat(call, b.rechtId!);
    const van = b.ingangsdatum ?? b.beslissingsdatum;
    const zid = Number(call.app.sqlite.prepare('INSERT INTO mandaat_schorsing (mandaat_id, van, tot, beslissing_id) VALUES (?, ?, ?, ?)').run(m.id, van, b.einddatum, b.id).lastInsertRowid);
    addMandaatHistoriek(call, m.id, { datum: b.beslissingsdatum, wat: 'schorsing', beslissingId: b.id, toelichting: `Geschorst na hoorprocedure (art. 40) van ${formatDatum(van)} tot en met ${formatDatum(b.einddatum)}: geen nieuwe trajecten` });
    audit({ entiteit: 'mandaat_schorsing', entiteitId: zid, actie: 'aangemaakt', nieuw: { mandaatId: m.id, van, tot: b.einddatum, beslissingId: b.id } });
  },
};

