/**
 * The recognition-specific "right" adapter of the procedure engine: revocation (opheffing) of an
 * AMA WVG recognition after a hearing procedure (BVR 18 November 2022, art. 49 §4), and what an
 * objection does to a recognition.
 *
 *  - Right kind 'erkenning': the organisation, a one-line description, in force = status 'actief';
 *    decisions on an application for recognition also belong to it (for objections).
 *  - Procedure kind 'opheffing-erkenning': response period AMA_WVG_OPHEFFING_REACTIETERMIJN
 *    (30 days [assumed]) from the notification of the voornemen; decision within
 *    AMA_WVG_OPHEFFING_BESLISSINGSTERMIJN (60 days [assumed]) after the response or the hearing;
 *    final decision type 'opheffing' with the last day of the recognition (`einddatum`, not before
 *    the decision date: a revocation does not act retroactively), objection period
 *    AMA_WVG_BEZWAAR_TERMIJN (30 days [assumed]).
 *  - Effect of the decision: status 'opgeheven', geldigTot = einddatum, eindeReden 'opgeheven',
 *    a history line and audit.
 *  - Objection against a revocation: 'vernietigd' → the recognition is back as before (its previous
 *    last day, eindeReden cleared; 'verlopen' if that day has meanwhile passed), history line
 *    "Opheffing vernietigd na bezwaar"; 'herzien' → a new last day, later than the revoked one and
 *    not after the previous one (no reformatio in peius); 'bevestigd'/'onontvankelijk' → unchanged.
 */
import { AppError } from '../../../../../shared/api/errors';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { addDays } from '../../../../../shared/kernel/dates';
import { formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { dag } from '../../../letters/procedurebrieven';
import type { Audit, ProcedureSoort, RechtSoort } from '../../../engines/procedure/registry';
import { addHistoriek } from './erkenning';

interface ErkenningKern {
  id: number;
  erkenningsnummer: string;
  organisatieId: number;
  geldigVan: string;
  geldigTot: string;
  status: string;
  eindeReden: string | null;
  versie: number;
}

function erkenning(call: CallContext, id: number): ErkenningKern {
  const e = call.app.sqlite
    .prepare(
      `SELECT id, erkenningsnummer, organisatie_id AS organisatieId, geldig_van AS geldigVan, geldig_tot AS geldigTot, status,
              einde_reden AS eindeReden, versie FROM erkenning WHERE id = ?`,
    )
    .get(id) as ErkenningKern | undefined;
  if (!e) throw AppError.nietGevonden(`Erkenning ${id}`);
  return e;
}

const ERKENNING = 'erkenning als begeleider van arbeidsmatige activiteiten';
const UW_ERKENNING = (nr: string) => `uw erkenning als begeleider van arbeidsmatige activiteiten (${nr})`;

/** The last day the recognition had before the revocation `opheffingId` (from its history). */
function geldigTotVoorOpheffing(call: CallContext, erkenningId: number, opheffingId: number): string {
  const row = call.app.sqlite
    .prepare(
      `SELECT geldig_tot AS geldigTot FROM erkenning_historiek
        WHERE erkenning_id = ? AND id < (SELECT min(id) FROM erkenning_historiek WHERE erkenning_id = ? AND beslissing_id = ?)
        ORDER BY id DESC LIMIT 1`,
    )
    .get(erkenningId, erkenningId, opheffingId) as { geldigTot: string } | undefined;
  if (!row) throw new AppError('INTERN', `De historiek van erkenning ${erkenningId} vermeldt de opheffing (beslissing ${opheffingId}) niet.`);
  return row.geldigTot;
}

const isOpheffing = (b: Beslissing) => b.type === 'opheffing' && b.rechtEntiteit === 'erkenning' && b.rechtId !== null && b.einddatum !== null;

/** The recognition as a right the hearing/objection engine can act on. */
export const erkenningRecht: RechtSoort = {
  code: 'erkenning',
  label: ERKENNING,
  departement: 'ZORG',
  bestuursorgaan: 'Departement Zorg',
  bezwaarBij: 'het Departement Zorg, Afdeling Werk en Zorg',
  artikels: 'artikel 46 tot en met 49, in het bijzonder artikel 49, §4',
  parameters: { bezwaartermijn: 'AMA_WVG_BEZWAAR_TERMIJN', bezwaarBeslissingstermijn: 'AMA_WVG_BEZWAAR_BESLISSINGSTERMIJN' },
  organisatieVan: (call, id) => erkenning(call, id).organisatieId,
  beschrijf: (call, id) => {
    const e = erkenning(call, id);
    return `erkenning ${e.erkenningsnummer} (geldig van ${formatDatum(e.geldigVan)} tot en met ${formatDatum(e.geldigTot)}${e.status === 'actief' ? '' : `, ${e.status}`})`;
  },
  isActief: (call, id) => erkenning(call, id).status === 'actief',
  // Decisions on an application for recognition (admissibility, refusal…) are decisions on this right too.
  omvatBeslissing: (call, b) =>
    b.dossierEntiteit === 'aanvraag' &&
    (call.app.sqlite.prepare('SELECT soort FROM aanvraag WHERE id = ?').get(b.dossierId) as { soort: string } | undefined)?.soort === 'erkenning-ama-wvg',
  bezwaar: {
    valideerHerziening: (call, betwist, h) => {
      if (!isOpheffing(betwist)) throw AppError.validatie('uitkomst', 'Alleen een opheffing van een erkenning kan hier herzien worden; kies bevestigd of vernietigd.');
      if (!h.einddatum) throw AppError.validatie('herziening.einddatum', 'Geef de nieuwe laatste dag van de erkenning.');
      const vorige = geldigTotVoorOpheffing(call, betwist.rechtId!, betwist.id);
      if (h.einddatum <= betwist.einddatum!) {
        throw AppError.validatie('herziening.einddatum', `De nieuwe laatste dag moet na de laatste dag uit de opheffing (${formatDatum(betwist.einddatum)}) liggen: een bezwaar kan de toestand van de organisatie niet verslechteren.`);
      }
      if (h.einddatum >= vorige) {
        throw AppError.validatie('herziening.einddatum', `De nieuwe laatste dag ligt niet vóór het oorspronkelijke einde van de erkenning (${formatDatum(vorige)}): kies dan "vernietigd".`);
      }
      return { einddatum: h.einddatum };
    },
    herzieningZin: (call, betwist, h) =>
      `de erkenning ${erkenning(call, betwist.rechtId!).erkenningsnummer} eindigt op ${formatDatum(h.einddatum)} in plaats van op ${formatDatum(betwist.einddatum)}.`,
    gevolgen: (call, betwist, uitkomst, h) => {
      if (!isOpheffing(betwist)) {
        return uitkomst === 'vernietigd' ? ['Wij nemen over uw aanvraag een nieuwe beslissing en laten u die weten.'] : [];
      }
      const e = erkenning(call, betwist.rechtId!);
      switch (uitkomst) {
        case 'vernietigd': {
          const vorige = geldigTotVoorOpheffing(call, e.id, betwist.id);
          return [
            `De opheffing van ${UW_ERKENNING(e.erkenningsnummer)} vervalt. Uw erkenning geldt opnieuw zoals vóór de opheffing, tot en met ${formatDatum(vorige)}` +
              (vorige < call.today() ? '; die dag is intussen voorbij, zodat de erkenning op die dag verlopen is.' : '.'),
          ];
        }
        case 'herzien':
          return [`Uw erkenning geldt tot en met ${dag(h!.einddatum!)}; vanaf de dag daarna bent u niet langer erkend als begeleider van arbeidsmatige activiteiten.`];
        default:
          return [`De opheffing van ${UW_ERKENNING(e.erkenningsnummer)} blijft behouden: de erkenning eindigt op ${formatDatum(betwist.einddatum)}.`];
      }
    },
    pasToe: (call, betwist, uitkomst, uitspraak, audit) => {
      if (!isOpheffing(betwist) || (uitkomst !== 'vernietigd' && uitkomst !== 'herzien')) return;
      const e = erkenning(call, betwist.rechtId!);
      const db = call.app.sqlite;
      if (uitkomst === 'vernietigd') {
        const vorige = geldigTotVoorOpheffing(call, e.id, betwist.id);
        const verlopen = vorige < call.today();
        const status = verlopen ? 'verlopen' : 'actief';
        const eindeReden = verlopen ? 'verlopen' : null;
        db.prepare('UPDATE erkenning SET status = ?, geldig_tot = ?, einde_reden = ?, versie = versie + 1 WHERE id = ?').run(status, vorige, eindeReden, e.id);
        addHistoriek(call, e.id, { datum: uitspraak.beslissingsdatum, status, geldigTot: vorige, beslissingId: uitspraak.id, toelichting: 'Opheffing vernietigd na bezwaar' });
        audit({ entiteit: 'erkenning', entiteitId: e.id, actie: 'gewijzigd', oud: { status: e.status, geldigTot: e.geldigTot, eindeReden: e.eindeReden }, nieuw: { status, geldigTot: vorige, eindeReden }, reden: `Opheffing (beslissing ${betwist.id}) vernietigd na bezwaar (beslissing ${uitspraak.id})` });
      } else {
        const nieuw = uitspraak.einddatum!;
        db.prepare('UPDATE erkenning SET geldig_tot = ?, versie = versie + 1 WHERE id = ?').run(nieuw, e.id);
        addHistoriek(call, e.id, { datum: uitspraak.beslissingsdatum, status: e.status, geldigTot: nieuw, beslissingId: uitspraak.id, toelichting: `Opheffing herzien na bezwaar: laatste dag ${formatDatum(nieuw)}` });
        audit({ entiteit: 'erkenning', entiteitId: e.id, actie: 'gewijzigd', oud: { geldigTot: e.geldigTot }, nieuw: { geldigTot: nieuw }, reden: `Opheffing (beslissing ${betwist.id}) herzien na bezwaar (beslissing ${uitspraak.id})` });
      }
    },
  },
};

/** Revocation of a recognition (BVR art. 49 §4) through the hearing procedure. */
export const opheffingProcedure: ProcedureSoort = {
  soort: 'opheffing-erkenning',
  recht: 'erkenning',
  label: 'Opheffing van een erkenning AMA WVG',
  beslissingType: 'opheffing',
  parameters: { reactietermijn: 'AMA_WVG_OPHEFFING_REACTIETERMIJN', beslissingstermijn: 'AMA_WVG_OPHEFFING_BESLISSINGSTERMIJN' },
  rechtsbasis: 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 46–49, in het bijzonder art. 49 §4',
  voornemen: (call, id) => {
    const e = erkenning(call, id);
    return {
      onderwerp: `Voornemen tot opheffing van ${UW_ERKENNING(e.erkenningsnummer)}`,
      inleiding: [
        `Uw organisatie is erkend als begeleider van arbeidsmatige activiteiten in het kader van het gezondheids- en welzijnsbeleid, met erkenningsnummer ${e.erkenningsnummer}, ` +
          `geldig van ${formatDatum(e.geldigVan)} tot en met ${formatDatum(e.geldigTot)}. Voldoet een erkende organisatie niet langer aan de erkenningsvoorwaarden ` +
          'of komt zij haar verplichtingen niet na, dan kan de erkenning worden opgeheven (artikel 49, §4, van het besluit).',
      ],
      voornemen: `Wij zijn van plan de erkenning van uw organisatie als begeleider van arbeidsmatige activiteiten (${e.erkenningsnummer}) op te heffen.`,
      gevolgen: ['Dit voornemen verandert nog niets aan uw erkenning: tot wij een beslissing nemen, blijft ze gelden en kunt u uw begeleidingen voortzetten.'],
      maatregel: `de opheffing van ${UW_ERKENNING(e.erkenningsnummer)}`,
    };
  },
  bereidBeslissingVoor: (call, id, input) => {
    const e = erkenning(call, id);
    if (!input.einddatum) throw AppError.validatie('einddatum', 'Geef de laatste dag van de erkenning (de dag waarop de opheffing ingaat is de dag erna).');
    if (input.einddatum < input.datum) {
      throw AppError.validatie('einddatum', `De laatste dag van de erkenning (${formatDatum(input.einddatum)}) ligt vóór de beslissingsdatum (${formatDatum(input.datum)}): een opheffing werkt niet terug.`);
    }
    if (input.einddatum < e.geldigVan) throw AppError.validatie('einddatum', `De laatste dag ligt vóór het begin van de erkenning (${formatDatum(e.geldigVan)}).`);
    if (input.einddatum >= e.geldigTot) {
      throw AppError.validatie('einddatum', `De laatste dag (${formatDatum(input.einddatum)}) ligt niet vóór het gewone einde van de erkenning (${formatDatum(e.geldigTot)}): dan is een opheffing zonder gevolg.`);
    }
    return { einddatum: input.einddatum, eindeReden: 'opgeheven' };
  },
  beslissingTekst: (call, b) => {
    const e = erkenning(call, b.rechtId!);
    const einde = b.einddatum!;
    return {
      briefType: 'beslissing-opheffing',
      onderwerp: `Opheffing van ${UW_ERKENNING(e.erkenningsnummer)}`,
      beslissing:
        `De erkenning van uw organisatie als begeleider van arbeidsmatige activiteiten, met erkenningsnummer ${e.erkenningsnummer}, wordt opgeheven. ` +
        `De erkenning eindigt op ${dag(einde)}; dat is de laatste dag waarop ze geldt.`,
      gevolgen: [
        `Vanaf ${formatDatum(addDays(einde, 1))} bent u niet langer erkend als begeleider van arbeidsmatige activiteiten. Vanaf dan kunt u geen nieuwe begeleidingsovereenkomsten sluiten ` +
          `en ontvangt u geen subsidie meer voor begeleidingen na ${formatDatum(einde)}. De subsidie voor de begeleidingen tot en met die dag berekenen en betalen wij nog volgens artikel 50 van het besluit.`,
        'Breng de deelnemers die u begeleidt en hun werkposten tijdig op de hoogte, zodat zij een andere erkende begeleider kunnen vinden.',
        'Voldoet uw organisatie later opnieuw aan de voorwaarden, dan kan zij een nieuwe aanvraag tot erkenning indienen.',
      ],
    };
  },
  pasToe: (call, b, audit: Audit) => {
    const e = erkenning(call, b.rechtId!);
    if (e.status !== 'actief') throw new AppError('CONFLICT', `De erkenning ${e.erkenningsnummer} is intussen niet meer actief (status: ${e.status}).`);
    const einde = b.einddatum!;
    call.app.sqlite.prepare("UPDATE erkenning SET status = 'opgeheven', geldig_tot = ?, einde_reden = 'opgeheven', versie = versie + 1 WHERE id = ?").run(einde, e.id);
    addHistoriek(call, e.id, { datum: b.beslissingsdatum, status: 'opgeheven', geldigTot: einde, beslissingId: b.id, toelichting: `Opgeheven na hoorprocedure (BVR art. 49 §4); laatste dag ${formatDatum(einde)}` });
    audit({ entiteit: 'erkenning', entiteitId: e.id, actie: 'gewijzigd', oud: { status: e.status, geldigTot: e.geldigTot, eindeReden: e.eindeReden }, nieuw: { status: 'opgeheven', geldigTot: einde, eindeReden: 'opgeheven' }, reden: `Opheffing (beslissing ${b.id})` });
  },
};
