/**
 * Letter type "herinnering-hernieuwing": reminder, AMA_WVG_HERINNERING_HERNIEUWING (6) months before
 * a recognition as begeleider van arbeidsmatige activiteiten ends, that renewal is a new application
 * (BVR 18 November 2022, art. 47–49) to be filed in time so that the renewed recognition starts the
 * day after the end, without a gap. Not a decision. Issued in batches by services/hernieuwing.ts.
 *
 * Like every letter type: `resolveHerinnering` reads the database and returns plain data (stored with
 * the document), `buildHerinnering` is pure.
 */
import { AppError } from '../../../../../shared/api/errors';
import { addDays, weekdagNaam } from '../../../../../shared/kernel/dates';
import { aantalMet, formatDatum, formatDatumLang } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import { parameterDatum, parameterGetal } from '../../../platform/parameter';
import { geadresseerde, type BasisGegevens, type PersoonGegevens, briefKop } from '../../../letters/basis';
import { DEPARTEMENT_GEGEVENS } from '../../../letters/departementen';
import { alinea, buildLetter, opsomming, sectie, vet, geenBeslissing } from '../../../letters/houseStyle';
import type { Content, DocDefinition } from '../../../letters/pdf';
import type { VoorbereideBrief } from '../../../letters/store';
import { HERINNERING_PARAMETER } from '../../../../../shared/ama-wvg/hernieuwing.contract';
import { MINIMUM_ERVARING_PARAMETER } from '../../../../../shared/ama-wvg/aanvraag.contract';

export const HERINNERING_BRIEFTYPE = 'herinnering-hernieuwing';
export const HERINNERING_VERSIE = 2;

export interface HerinneringGegevens extends BasisGegevens {
  briefType: typeof HERINNERING_BRIEFTYPE;
  templateVersie: number;
  erkenning: {
    id: number;
    erkenningsnummer: string;
    geldigVan: string;
    geldigTot: string;
    oorsprong: 'aanvraag' | 'overgang';
    /** Recognitions that ran on this day continue by law (AMA_WVG_OVERGANGSDATUM; version 2). */
    overgangsdatum: string;
  };
  hernieuwing: {
    /** First day of a renewed recognition granted in time: the day after the end. */
    ingang: string;
    /** AMA_WVG_BESLISSINGSTERMIJN on the letter date (calendar days from receipt). */
    beslissingstermijnDagen: number;
    /** File by this day so that the decision can come before the end; null when that day has passed. */
    indienenUiterlijk: string | null;
    /** AMA_WVG_HERINNERING_HERNIEUWING on the letter date. */
    herinneringMaanden: number;
    /** Experience required of staff without a listed bachelor (AMA_WVG_MINIMUM_ERVARING on the letter date; version 2). */
    minimumErvaringJaren: number;
  };
}

/** The recognition's data for the letter; throws a Dutch AppError when no reminder can be made for it. */
export function resolveHerinnering(
  call: CallContext,
  erkenningId: number,
  personen: { contactpersoon: PersoonGegevens; ondertekenaar: PersoonGegevens },
): HerinneringGegevens {
  const db = call.app.sqlite;
  const e = db
    .prepare(
      `SELECT e.id, e.erkenningsnummer, e.organisatie_id AS organisatieId, e.geldig_van AS geldigVan, e.geldig_tot AS geldigTot,
              e.status, e.oorsprong, o.status AS organisatieStatus, o.stopgezet_op AS stopgezetOp,
              (SELECT count(*) FROM contactpersoon c WHERE c.organisatie_id = o.id) AS contactpersonen
         FROM erkenning e JOIN organisatie o ON o.id = e.organisatie_id WHERE e.id = ?`,
    )
    .get(erkenningId) as
    | { id: number; erkenningsnummer: string; organisatieId: number; geldigVan: string; geldigTot: string; status: string;
        oorsprong: 'aanvraag' | 'overgang'; organisatieStatus: string; stopgezetOp: string | null; contactpersonen: number }
    | undefined;
  if (!e) throw AppError.nietGevonden(`Erkenning ${erkenningId}`);
  if (e.status !== 'actief') throw new AppError('CONFLICT', `De erkenning ${e.erkenningsnummer} is niet actief (status: ${e.status}).`);
  if (e.organisatieStatus !== 'actief') {
    throw new AppError('CONFLICT', `De organisatie is stopgezet${e.stopgezetOp ? ` sinds ${formatDatum(e.stopgezetOp)}` : ''}; een herinnering heeft geen zin.`);
  }
  if (e.contactpersonen === 0) {
    throw AppError.validatie('contactpersoon', 'De organisatie heeft geen contactpersoon: de brief kan aan niemand gericht worden. Vul de contactpersoon aan in de fiche van de organisatie.');
  }
  const datum = call.today();
  const beslissingstermijn = parameterGetal(db, 'AMA_WVG_BESLISSINGSTERMIJN', datum);
  const indienen = addDays(e.geldigTot, -beslissingstermijn);
  return {
    briefType: HERINNERING_BRIEFTYPE,
    templateVersie: HERINNERING_VERSIE,
    departement: 'ZORG',
    datum,
    aangemaaktOp: call.nowIso(),
    geadresseerde: geadresseerde(call, e.organisatieId),
    uwKenmerk: null,
    ...personen,
    erkenning: { id: e.id, erkenningsnummer: e.erkenningsnummer, geldigVan: e.geldigVan, geldigTot: e.geldigTot, oorsprong: e.oorsprong, overgangsdatum: parameterDatum(db, 'AMA_WVG_OVERGANGSDATUM', datum) },
    hernieuwing: {
      ingang: addDays(e.geldigTot, 1),
      beslissingstermijnDagen: beslissingstermijn,
      indienenUiterlijk: indienen > datum ? indienen : null,
      herinneringMaanden: parameterGetal(db, HERINNERING_PARAMETER, datum),
      minimumErvaringJaren: parameterGetal(db, MINIMUM_ERVARING_PARAMETER, datum),
    },
  };
}

export function onderwerpHerinnering(g: HerinneringGegevens): string {
  return `Herinnering: uw erkenning ${g.erkenning.erkenningsnummer} als begeleider van arbeidsmatige activiteiten loopt af op ${formatDatum(g.erkenning.geldigTot)}`;
}

const DECREET = 'het decreet van 8 juli 2022 over de werk- en zorgtrajecten;';
const BVR = 'het besluit van de Vlaamse Regering van 18 november 2022 tot uitvoering van het decreet van 8 juli 2022 over de werk- en zorgtrajecten';

function dag(iso: string): string {
  return `${weekdagNaam(iso)} ${formatDatum(iso)}`;
}

/** The letter from its stored data. Pure: identical data and kenmerk give an identical definition. */
export function buildHerinnering(g: HerinneringGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  if (g.templateVersie !== HERINNERING_VERSIE) {
    throw new Error(`Herinnering hernieuwing: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${HERINNERING_VERSIE}).`);
  }
  const e = g.erkenning;
  const h = g.hernieuwing;
  const dep = DEPARTEMENT_GEGEVENS[g.departement];
  const body: Content[] = [
    alinea(
      `Uw organisatie is erkend als begeleider van arbeidsmatige activiteiten in het kader van het gezondheids- en welzijnsbeleid, met erkenningsnummer ${e.erkenningsnummer}. `,
      'Die erkenning ',
      vet(`loopt af op ${dag(e.geldigTot)}`),
      '.',
      e.oorsprong === 'overgang' ? ` Ze bestond al vóór ${formatDatumLang(e.overgangsdatum)} en loopt van rechtswege verder tot die datum (BVR art. 72–73).` : '',
    ),
    alinea(
      'Een erkenning wordt ',
      vet('niet automatisch verlengd'),
      '. Wilt u daarna begeleider blijven, dan dient u een ',
      vet('aanvraag tot hernieuwing'),
      ' in: dat is een nieuwe aanvraag tot erkenning, die wij op dezelfde manier onderzoeken (BVR art. 47–49).',
    ),
    alinea(
      `Wij beslissen over een aanvraag binnen ${h.beslissingstermijnDagen} kalenderdagen na ontvangst; die termijn wordt opgeschort als wij u om bijkomende informatie moeten vragen. `,
      'Beslissen wij vóór het einde van uw huidige erkenning, dan gaat de hernieuwde erkenning in op ',
      vet(dag(h.ingang)),
      ', de dag na het einde: zonder onderbreking. ',
      h.indienenUiterlijk
        ? vet(`Dien uw aanvraag daarom in vóór ${dag(h.indienenUiterlijk)}.`)
        : vet('Dien uw aanvraag daarom zo snel mogelijk in.'),
    ),
    ...sectie('Hoe vraagt u de hernieuwing aan?', [
      alinea(`Via het e-loket van het ${dep.naam} (${dep.website}). Uw aanvraag bevat:`),
      opsomming([
        `de vermelding dat het om een hernieuwing gaat, met uw erkenningsnummer ${e.erkenningsnummer};`,
        `per personeelslid dat de deelnemers begeleidt: de naam en het rijksregisternummer, en een bachelordiploma in een medische, paramedische, sociale, psychologische of pedagogische richting of het bewijs van minstens ${aantalMet(h.minimumErvaringJaren, 'jaar', 'jaar')} ervaring met de doelgroep;`,
        'de verklaring dat uw organisatie een verzekering burgerlijke aansprakelijkheid heeft die ook beroepsfouten dekt (BVR art. 46).',
      ]),
      alinea('U ontvangt van ons een ontvangstmelding met de datum waarop u onze beslissing uiterlijk ontvangt.'),
    ], 'subkop'),
    ...sectie('Wat als u de hernieuwing niet aanvraagt?', [
      alinea(
        `Dan eindigt uw erkenning op ${formatDatum(e.geldigTot)}. Voor de begeleiding van deelnemers na die datum kunt u geen subsidie meer ontvangen (BVR art. 50). ` +
          'U kunt later altijd opnieuw een aanvraag tot erkenning indienen.',
      ),
    ], 'subkop'),
  ];

  const motivering: Content[] = [
    alinea(
      `Deze brief is een herinnering. Wij sturen ze ${h.herinneringMaanden} maanden vóór het einde van elke erkenning. ` +
        'Ze verandert niets aan uw erkenning of aan de voorwaarden ervan.',
    ),
  ];

  const beroep = geenBeslissing('een herinnering', 'nemen over uw aanvraag tot hernieuwing');

  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: onderwerpHerinnering(g),
    body,
    rechtsgrond: [
      DECREET,
      `${BVR}, artikel 46 tot en met 50${e.oorsprong === 'overgang' ? ' en artikel 72 en 73' : ''};`,
      'het Bestuursdecreet van 7 december 2018, artikel II.20 (contactpersoon).',
    ],
    motivering,
    beroep,
    bijlagen: [],

  });
}

/** Ready to issue with `geefBriefUit`: filed under the recognition (dossier 'erkenning' + id). */
export function voorbereideHerinnering(g: HerinneringGegevens): VoorbereideBrief {
  return {
    briefType: g.briefType,
    templateVersie: g.templateVersie,
    departement: g.departement,
    onderwerp: onderwerpHerinnering(g),
    organisatieId: g.geadresseerde.organisatieId,
    dossierEntiteit: 'erkenning',
    dossierId: String(g.erkenning.id),
    contactpersoonId: g.contactpersoon.medewerkerId,
    ondertekenaarId: g.ondertekenaar.medewerkerId,
    datum: g.datum,
    aangemaaktOp: g.aangemaaktOp,
    gegevens: g,
    build: (kenmerk, voorbeeld) => buildHerinnering(g, { kenmerk, voorbeeld }),
  };
}
