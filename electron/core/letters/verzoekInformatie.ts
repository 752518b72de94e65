/**
 * Letter type "verzoek-aanvullende-informatie": the request to an applicant for missing information
 * about an application for recognition as begeleider van arbeidsmatige activiteiten (BVR 18 November
 * 2022, art. 46–48). Not a decision. Issued by `aanvraag.vraagInfo` in the same transaction as the
 * suspension (*opschorting*) of the decision period that it announces: from the request until the
 * answer is received.
 *
 * Like every letter type: `resolveVerzoekInformatie` reads the database and returns plain data
 * (stored with the document), `buildVerzoekInformatie` is pure.
 */
import { diffDays, weekdagNaam } from '../../../shared/kernel/dates';
import { formatDatum } from '../../../shared/kernel/format';
import type { CallContext } from '../platform/context';
import { resolveBasis, type BasisGegevens, briefKop } from './basis';
import { DEPARTEMENT_GEGEVENS } from './departementen';
import { alinea, buildLetter, opsomming, sectie, vet, geenBeslissing } from './houseStyle';
import type { Content, DocDefinition } from './pdf';
import type { VoorbereideBrief } from './store';

export const VERZOEK_INFO_BRIEFTYPE = 'verzoek-aanvullende-informatie';
export const VERZOEK_INFO_VERSIE = 1;

/**
 * What the application is about, for applications other than a recognition AMA WVG (absent in letters
 * issued before it existed: those read as a recognition request, as they were issued).
 */
export interface AanvraagSoortTekst {
  /** "aanvraag tot mandatering als samenwerkingsverband Zorg" */
  wat: string;
  /** "artikel 14 tot en met 17" */
  artikels: string;
  /** Why the information is needed (motivation paragraph). */
  waarom: string;
  /** What not answering may lead to. */
  gevolg: string;
  /** The dossier the letter is filed under, e.g. 'swv_aanvraag'. */
  dossierEntiteit: string;
}

export interface VerzoekInformatieGegevens extends BasisGegevens {
  briefType: typeof VERZOEK_INFO_BRIEFTYPE;
  templateVersie: number;
  aanvraag: { id: number; ontvangenOp: string; hernieuwing: boolean };
  soort?: AanvraagSoortTekst;
  /** What is missing, as the officer wrote it (one item per line). */
  gevraagd: string;
  /** First day of the suspension: the day of the request. */
  verzoekDatum: string;
  antwoordUiterlijk: string;
  /** The decision deadline that is suspended, as it stood before this request. */
  termijn: { omschrijving: string; vervaldatumVoorOpschorting: string };
}

export interface VerzoekInformatieInput {
  aanvraag: { id: number; organisatieId: number; ontvangenOp: string; hernieuwing: boolean };
  soort?: AanvraagSoortTekst;
  gevraagd: string;
  verzoekDatum: string;
  antwoordUiterlijk: string;
  termijn: { omschrijving: string; vervaldatumVoorOpschorting: string };
}

export function resolveVerzoekInformatie(call: CallContext, i: VerzoekInformatieInput): VerzoekInformatieGegevens {
  return {
    briefType: VERZOEK_INFO_BRIEFTYPE,
    templateVersie: VERZOEK_INFO_VERSIE,
    ...resolveBasis(call, { organisatieId: i.aanvraag.organisatieId }, 'ZORG', false),
    aanvraag: { id: i.aanvraag.id, ontvangenOp: i.aanvraag.ontvangenOp, hernieuwing: i.aanvraag.hernieuwing },
    gevraagd: i.gevraagd,
    verzoekDatum: i.verzoekDatum,
    antwoordUiterlijk: i.antwoordUiterlijk,
    termijn: i.termijn,
    ...(i.soort ? { soort: i.soort } : {}),
  };
}

export function onderwerpVerzoekInformatie(g: VerzoekInformatieGegevens): string {
  if (g.soort) return `Uw ${g.soort.wat} van ${formatDatum(g.aanvraag.ontvangenOp)}: verzoek om aanvullende informatie`;
  return `Uw aanvraag tot ${g.aanvraag.hernieuwing ? 'hernieuwing van de ' : ''}erkenning als begeleider van arbeidsmatige activiteiten van ${formatDatum(g.aanvraag.ontvangenOp)}: verzoek om aanvullende informatie`;
}

const dag = (iso: string) => `${weekdagNaam(iso)} ${formatDatum(iso)}`;

/** The letter from its stored data. Pure: identical data and kenmerk give an identical definition. */
export function buildVerzoekInformatie(g: VerzoekInformatieGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  if (g.templateVersie !== VERZOEK_INFO_VERSIE) {
    throw new Error(`Verzoek om aanvullende informatie: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${VERZOEK_INFO_VERSIE}).`);
  }
  const dep = DEPARTEMENT_GEGEVENS[g.departement];
  const punten = g.gevraagd.split(/\r?\n/).map((r) => r.trim()).filter(Boolean);
  const body: Content[] = [
    alinea(
      g.soort
        ? `Op ${formatDatum(g.aanvraag.ontvangenOp)} ontvingen wij uw ${g.soort.wat}. Om uw aanvraag te kunnen beoordelen, hebben wij nog de volgende informatie nodig:`
        : `Op ${formatDatum(g.aanvraag.ontvangenOp)} ontvingen wij uw aanvraag tot ${g.aanvraag.hernieuwing ? 'hernieuwing van uw ' : ''}erkenning als begeleider van arbeidsmatige activiteiten ` +
            'in het kader van het gezondheids- en welzijnsbeleid. Om uw aanvraag te kunnen beoordelen, hebben wij nog de volgende informatie nodig:',
    ),
    punten.length > 1 ? opsomming(punten) : alinea(vet(punten[0] ?? g.gevraagd)),
    alinea(
      'Bezorg ons die informatie ',
      vet(`uiterlijk op ${dag(g.antwoordUiterlijk)}`),
      `, via het e-loket van het ${dep.naam} (${dep.website}) of per e-mail aan de contactpersoon onderaan deze brief. Vermeld daarbij ons kenmerk.`,
    ),
    ...sectie('Gevolg voor de beslissingstermijn', [
      alinea(
        `De termijn waarbinnen wij over uw aanvraag beslissen (${g.termijn.omschrijving.toLowerCase()}), is `,
        vet(`opgeschort vanaf ${formatDatum(g.verzoekDatum)}`),
        ' tot en met de dag waarop wij uw antwoord ontvangen. ',
        `Zonder deze opschorting zou die termijn eindigen op ${formatDatum(g.termijn.vervaldatumVoorOpschorting)}; `,
        'hij wordt verlengd met het aantal dagen van de opschorting.',
      ),
      alinea(
        `Antwoordt u bijvoorbeeld op ${formatDatum(g.antwoordUiterlijk)}, dan wordt de termijn verlengd met ` +
          `${diffDays(g.antwoordUiterlijk, g.verzoekDatum) + 1} dagen. Antwoordt u sneller, dan beslissen wij ook sneller.`,
      ),
    ], 'subkop'),
    ...sectie('Wat als u niet of niet tijdig antwoordt?', [
      alinea(
        g.soort?.gevolg ??
          'Dan beslissen wij op basis van de gegevens die in het dossier zitten. Ontbreekt daardoor informatie die het besluit vereist, ' +
            'dan kan dat leiden tot een beslissing dat uw aanvraag onontvankelijk is of tot een weigering van de erkenning.',
      ),
    ], 'subkop'),
  ];

  const beroep = geenBeslissing('een verzoek om informatie', 'over uw aanvraag nemen');

  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: onderwerpVerzoekInformatie(g),
    body,
    rechtsgrond: [
      'het decreet van 8 juli 2022 over de werk- en zorgtrajecten;',
      `het besluit van de Vlaamse Regering van 18 november 2022 tot uitvoering van het decreet van 8 juli 2022 over de werk- en zorgtrajecten, ${g.soort?.artikels ?? 'artikel 46 tot en met 48'};`,
      'het Bestuursdecreet van 7 december 2018, artikel II.20 (contactpersoon).',
    ],
    motivering: [
      alinea(
        g.soort?.waarom ??
        'Een aanvraag tot erkenning bevat de gegevens die het besluit vereist (artikel 46). Zonder de gevraagde informatie kunnen wij ' +
          'niet nagaan of uw organisatie aan de erkenningsvoorwaarden voldoet. Daarom vragen wij ze op en schorten wij de beslissingstermijn op ' +
          'tot wij uw antwoord ontvangen.',
      ),
    ],
    beroep,
    bijlagen: [],

  });
}

/** Ready to issue with `geefBriefUit`: filed under the application (dossier 'aanvraag' + id). */
export function voorbereidVerzoekInformatie(g: VerzoekInformatieGegevens): VoorbereideBrief {
  return {
    briefType: g.briefType,
    templateVersie: g.templateVersie,
    departement: g.departement,
    onderwerp: onderwerpVerzoekInformatie(g),
    organisatieId: g.geadresseerde.organisatieId,
    dossierEntiteit: g.soort?.dossierEntiteit ?? 'aanvraag',
    dossierId: String(g.aanvraag.id),
    contactpersoonId: g.contactpersoon.medewerkerId,
    ondertekenaarId: g.ondertekenaar.medewerkerId,
    datum: g.datum,
    aangemaaktOp: g.aangemaaktOp,
    gegevens: g,
    build: (kenmerk, voorbeeld) => buildVerzoekInformatie(g, { kenmerk, voorbeeld }),
  };
}
