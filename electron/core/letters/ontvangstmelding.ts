/**
 * Letter type "ontvangstmelding": acknowledgement of receipt of an application. Not a decision: it
 * confirms receipt, states by when the organisation receives the decision (computed by the deadline
 * engine from the dated parameters), that the period is suspended while extra information is
 * awaited, and whom to contact.
 */
import { AppError } from '../../../shared/api/errors';
import type { z } from 'zod';
import type { AanvraagSoort, ontvangstmeldingInput } from '../../../shared/letters/brief.contract';
import type { Departement } from '../../../shared/platform/medewerker.contract';
import { weekdagNaam } from '../../../shared/kernel/dates';
import { formatDatum } from '../../../shared/kernel/format';
import type { CallContext } from '../platform/context';
import { resolveBasis, termijnUitParameter, type BasisGegevens, type TermijnGegevens, briefKop } from './basis';
import { alinea, buildLetter, vet, geenBeslissing } from './houseStyle';
import type { Content, DocDefinition } from './pdf';
import type { ParameterCode } from '../../../shared/platform/parameter-codes';

export const ONTVANGSTMELDING_VERSIE = 1;

export type OntvangstmeldingInput = z.output<typeof ontvangstmeldingInput>;
export type KanaalAanvraag = OntvangstmeldingInput['kanaalAanvraag'];

export interface OntvangstmeldingGegevens extends BasisGegevens {
  briefType: 'ontvangstmelding';
  templateVersie: number;
  aanvraag: {
    soort: AanvraagSoort;
    omschrijving: string;
    ontvangenOp: string;
    kanaal: KanaalAanvraag;
    /** mandaat-swv-zorg: closing day of the call (the periods run from then); otherwise null. */
    oproepAfgeslotenOp: string | null;
  };
  termijnen: {
    /** Decision on admissibility. */
    ontvankelijkheid: TermijnGegevens | null;
    /** Decision on the application itself (null when the letter cannot promise one, e.g. AMA SE: the minister). */
    beslissing: TermijnGegevens | null;
  };
}

const DECREET = 'het decreet van 8 juli 2022 over de werk- en zorgtrajecten';
const BVR = 'het besluit van de Vlaamse Regering van 18 november 2022 tot uitvoering van het decreet van 8 juli 2022 over de werk- en zorgtrajecten';
const BESTUURSDECREET = 'het Bestuursdecreet van 7 december 2018, artikel II.20 (contactpersoon) en artikel II.21 (vermelding van de beroepsmogelijkheden)';

interface SoortConfig {
  departement: Departement;
  /** As in the body: "uw aanvraag tot …". */
  omschrijving: string;
  /** For the subject line. */
  kort: string;
  ontvankelijkheid: ParameterCode;
  beslissing: ParameterCode | null;
  artikels: string;
}

export const AANVRAAG_SOORT_CONFIG: Readonly<Record<AanvraagSoort, SoortConfig>> = {
  'erkenning-ama-wvg': {
    departement: 'ZORG',
    omschrijving: 'aanvraag tot erkenning als begeleider van arbeidsmatige activiteiten (BVR 18 november 2022, art. 46–49)',
    kort: 'aanvraag tot erkenning als begeleider van arbeidsmatige activiteiten',
    ontvankelijkheid: 'AMA_WVG_ONTVANKELIJKHEID_TERMIJN',
    beslissing: 'AMA_WVG_BESLISSINGSTERMIJN',
    artikels: 'artikel 46 tot en met 49',
  },
  'mandaat-swv-zorg': {
    departement: 'ZORG',
    omschrijving: 'aanvraag tot mandatering als samenwerkingsverband Zorg (BVR 18 november 2022, art. 12–18)',
    kort: 'aanvraag tot mandatering als samenwerkingsverband Zorg',
    ontvankelijkheid: 'SWV_ZORG_ONTVANKELIJKHEID_TERMIJN',
    beslissing: 'SWV_ZORG_BESLISSINGSTERMIJN',
    artikels: 'artikel 12 tot en met 18',
  },
  'contingent-ama-se': {
    departement: 'WSE',
    omschrijving: 'aanvraag van een contingent arbeidsmatige activiteiten in de sociale economie (BVR 18 november 2022, art. 58–63)',
    kort: 'aanvraag van een contingent arbeidsmatige activiteiten in de sociale economie',
    ontvankelijkheid: 'AMA_SE_ONTVANKELIJKHEID_TERMIJN',
    beslissing: null,
    artikels: 'artikel 58 tot en met 63',
  },
};

export function departementVoor(soort: AanvraagSoort): Departement {
  return AANVRAAG_SOORT_CONFIG[soort].departement;
}

export function onderwerpOntvangstmelding(soort: AanvraagSoort): string {
  return `Ontvangstmelding van uw ${AANVRAAG_SOORT_CONFIG[soort].kort}`;
}

/** Reads and checks everything the letter shows; throws AppError (VALIDATIE with field, NIET_GEVONDEN). */
export function resolveOntvangstmelding(call: CallContext, input: OntvangstmeldingInput): OntvangstmeldingGegevens {
  const cfg = AANVRAAG_SOORT_CONFIG[input.aanvraagSoort];
  const vandaag = call.today();
  if (input.ontvangenOp > vandaag) {
    throw AppError.validatie('ontvangenOp', `De ontvangstdatum (${formatDatum(input.ontvangenOp)}) ligt in de toekomst.`);
  }
  if (input.oproepAfgeslotenOp && input.aanvraagSoort !== 'mandaat-swv-zorg') {
    throw AppError.validatie('oproepAfgeslotenOp', 'De sluitingsdatum van een oproep geldt alleen voor een aanvraag tot mandatering als samenwerkingsverband Zorg.');
  }
  const basis = resolveBasis(call, input, cfg.departement, false);
  const oproep = input.oproepAfgeslotenOp ?? null;
  const start = oproep ?? input.ontvangenOp;
  const veld = oproep ? 'oproepAfgeslotenOp' : 'ontvangenOp';
  return {
    briefType: 'ontvangstmelding',
    templateVersie: ONTVANGSTMELDING_VERSIE,
    ...basis,
    aanvraag: {
      soort: input.aanvraagSoort,
      omschrijving: cfg.omschrijving,
      ontvangenOp: input.ontvangenOp,
      kanaal: input.kanaalAanvraag,
      oproepAfgeslotenOp: oproep,
    },
    termijnen: {
      ontvankelijkheid: termijnUitParameter(call, cfg.ontvankelijkheid, start, veld),
      beslissing: cfg.beslissing ? termijnUitParameter(call, cfg.beslissing, start, veld) : null,
    },
  };
}

const KANAAL_TEKST: Record<KanaalAanvraag, string> = {
  'e-loket': 'via het e-loket',
  email: 'per e-mail',
  post: 'per post',
};

/** `maandag 01/02/2027` */
function dag(iso: string): string {
  return `${weekdagNaam(iso)} ${formatDatum(iso)}`;
}

function eenheid(t: TermijnGegevens): string {
  return t.soort === 'werkdagen' ? 'werkdagen' : 'kalenderdagen';
}

/** The letter from its stored data. Pure: identical data and kenmerk give an identical definition. */
export function buildOntvangstmelding(g: OntvangstmeldingGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  if (g.templateVersie !== ONTVANGSTMELDING_VERSIE) {
    throw new Error(`Ontvangstmelding: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${ONTVANGSTMELDING_VERSIE}).`);
  }
  const cfg = AANVRAAG_SOORT_CONFIG[g.aanvraag.soort];
  const { ontvankelijkheid: ontv, beslissing: besl } = g.termijnen;
  const a = g.aanvraag;
  const body: Content[] = [
    alinea(
      `Op ${dag(a.ontvangenOp)} ontvingen wij ${KANAAL_TEKST[a.kanaal]} uw ${a.omschrijving}. `,
      'Met deze brief bevestigen wij dat wij uw aanvraag goed ontvangen hebben.',
    ),
  ];
  if (besl && ontv) {
    body.push(
      alinea(
        `Wij onderzoeken eerst of uw aanvraag ontvankelijk is. Uiterlijk op ${dag(ontv.vervaldatum)} laten wij u weten of dat zo is. `,
        'Daarna onderzoeken wij uw aanvraag ten gronde. ',
        vet(`U ontvangt onze beslissing over uw aanvraag uiterlijk op ${dag(besl.vervaldatum)}.`),
      ),
    );
  } else if (ontv) {
    body.push(
      alinea(
        'Wij onderzoeken eerst of uw aanvraag ontvankelijk is. ',
        vet(`U ontvangt onze beslissing over de ontvankelijkheid uiterlijk op ${dag(ontv.vervaldatum)}.`),
        ' Is uw aanvraag ontvankelijk, dan onderzoeken wij ze verder en beslist de Vlaamse minister bevoegd voor de sociale economie over de toekenning van een contingent.',
      ),
    );
  }
  const termijnen = [ontv, besl].filter((t): t is TermijnGegevens => t !== null);
  const vanaf = a.oproepAfgeslotenOp
    ? `de dag na de sluiting van de oproep (${formatDatum(a.oproepAfgeslotenOp)})`
    : `de dag na de ontvangst van uw aanvraag (${formatDatum(a.ontvangenOp)})`;
  const delen = termijnen.map((t) => `${t.dagen} ${eenheid(t)} voor de beslissing over ${t === ontv ? 'de ontvankelijkheid' : 'uw aanvraag'}`);
  body.push(
    alinea(
      `${termijnen.length > 1 ? 'Die termijnen beginnen' : 'Die termijn begint'} te lopen op ${vanaf}: ${delen.join(' en ')}. `,
      'Valt de laatste dag op een zaterdag, een zondag of een wettelijke feestdag, dan schuift hij op naar de eerstvolgende werkdag.',
    ),
    alinea(
      'Als wij u om bijkomende inlichtingen of documenten vragen, wordt de termijn ',
      vet('opgeschort'),
      ' vanaf de dag van ons verzoek tot de dag waarop wij uw antwoord ontvangen. ' +
        'De beslissing volgt dan later; wij laten u in dat geval de nieuwe datum weten.',
    ),
  );

  const motivering: Content[] = [
    alinea(
      'Deze brief bevestigt alleen de ontvangst van uw aanvraag. Hij neemt nog geen standpunt in over de ontvankelijkheid ' +
        'of de gegrondheid ervan. De data hierboven volgen uit de termijnen die golden op de dag waarop ' +
        (a.oproepAfgeslotenOp ? 'de oproep sloot.' : 'wij uw aanvraag ontvingen.'),
    ),
  ];

  const beroep = geenBeslissing('een ontvangstmelding', 'later over uw aanvraag nemen');

  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: onderwerpOntvangstmelding(a.soort),
    body,
    rechtsgrond: [DECREET + ';', `${BVR}, ${cfg.artikels};`, BESTUURSDECREET + '.'],
    motivering,
    beroep,
    bijlagen: [],

  });
}
