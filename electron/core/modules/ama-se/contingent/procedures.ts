/**
 * The contingent as a right of the hearing/objection engine (BVR art. 65): suspension (schorsing) and withdrawal
 * (intrekking) by the minister on the advice of WSE or VDAB when the maatwerkbedrijf or one of its partners breaches
 * the conditions, or labour or social law is violated. The seeds give no hearing step for art. 65; the default of
 * RULES.md is followed: a voornemen, a response within `AMA_SE_HOOR_REACTIETERMIJN` (30 days), then the decision.
 *
 *  - Right kind 'se_contingent' (id = the maatwerkbedrijf): in force while it has places today. Decisions on
 *    applications and on the evaluation belong to it too, for objections.
 *  - 'intrekking-contingent': from the day after the last day the decision gives, the contingent is 0 (ledger).
 *  - 'schorsing-contingent': 0 places from the decision's start to its last day, the places return the day after.
 *  - Recovery of subsidy "from the grant date or from the violation" goes through the recovery of the settlement
 *    or advance (payment-run engine), with its own hearing; the letter says so.
 *  - Objection: an annulled withdrawal or suspension is decided again by the officer (a new decision on the ledger);
 *    the objection's letter says so.
 */
import { AppError } from '../../../../../shared/api/errors';
import { addDays } from '../../../../../shared/kernel/dates';
import { aantalMet, formatDatum } from '../../../../../shared/kernel/format';
import type { CallContext } from '../../../platform/context';
import type { ProcedureSoort, RechtSoort } from '../../../engines/procedure/registry';
import { maatwerkbedrijf, plaatsenOp, wijzigContingent } from './register';
import { WSE_BEZWAAR } from './teksten';

const RECHTSBASIS = 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 58–65 en 68';
const PARAMS = { reactietermijn: 'AMA_SE_HOOR_REACTIETERMIJN', beslissingstermijn: 'AMA_SE_HOOR_BESLISSINGSTERMIJN' } as const;
const UW = (naam: string) => `het contingent arbeidsmatige activiteiten in de sociale economie van ${naam}`;

function kern(call: CallContext, id: number) {
  const o = maatwerkbedrijf(call.app.sqlite, id);
  return { ...o, plaatsen: plaatsenOp(call.app.sqlite, id, call.today()) };
}

export const contingentRecht: RechtSoort = {
  code: 'se_contingent',
  label: 'contingent AMA SE',
  departement: 'WSE',
  bestuursorgaan: 'de Vlaamse minister bevoegd voor de sociale economie',
  bezwaarBij: WSE_BEZWAAR,
  artikels: 'artikel 58 tot en met 65 en 68',
  parameters: { bezwaartermijn: 'AMA_SE_BEZWAAR_TERMIJN', bezwaarBeslissingstermijn: 'AMA_SE_BEZWAAR_BESLISSINGSTERMIJN' },
  organisatieVan: (_call, id) => id,
  beschrijf: (call, id) => {
    const k = kern(call, id);
    return `contingent AMA SE van ${k.naam} (${aantalMet(k.plaatsen, 'plaats', 'plaatsen')})`;
  },
  isActief: (call, id) => kern(call, id).plaatsen > 0,
  omvatBeslissing: (_call, b) => b.dossierEntiteit === 'se_aanvraag' || b.dossierEntiteit === 'se_evaluatie',
  bezwaar: {
    gevolgen: (_call, _betwist, uitkomst) =>
      uitkomst === 'vernietigd' ? ['Wij nemen over uw contingent een nieuwe beslissing en laten u die weten.'] : ['De beslissing over uw contingent blijft behouden.'],
    pasToe: () => {},
  },
};

const voornemen = (maatregel: 'schorsing' | 'intrekking') => (call: CallContext, id: number) => {
  const k = kern(call, id);
  return {
    onderwerp: `Voornemen tot ${maatregel} van ${UW(k.naam)}`,
    inleiding: [
      `Uw organisatie heeft vandaag een contingent van ${aantalMet(k.plaatsen, 'plaats', 'plaatsen')} arbeidsmatige activiteiten in de sociale economie. ` +
        'De minister kan een contingent schorsen of intrekken wanneer het maatwerkbedrijf of een van zijn partners de voorwaarden niet naleeft of de arbeids- of sociale wetgeving overtreedt (artikel 65 van het besluit).',
    ],
    voornemen: `Wij zijn van plan de minister voor te stellen ${UW(k.naam)} ${maatregel === 'schorsing' ? 'te schorsen' : 'in te trekken'}.`,
    gevolgen: [
      'Dit voornemen verandert nog niets aan uw contingent. Zoek nu al mee naar een oplossing voor de deelnemers die u begeleidt; wij bekijken die samen met VDAB.',
    ],
    maatregel: `de ${maatregel} van ${UW(k.naam)}`,
  };
};

export const intrekkingContingent: ProcedureSoort = {
  soort: 'intrekking-contingent',
  recht: 'se_contingent',
  label: 'Intrekking van een contingent AMA SE (art. 65)',
  beslissingType: 'intrekking',
  parameters: PARAMS,
  rechtsbasis: RECHTSBASIS,
  voornemen: voornemen('intrekking'),
  bereidBeslissingVoor: (_call, _id, input) => {
    if (!input.einddatum) throw AppError.validatie('einddatum', 'Geef de laatste dag van het contingent.');
    if (input.einddatum < input.datum) throw AppError.validatie('einddatum', `De laatste dag (${formatDatum(input.einddatum)}) ligt vóór de beslissingsdatum: een intrekking werkt niet terug.`);
    return { einddatum: input.einddatum };
  },
  beslissingTekst: (call, b) => {
    const k = kern(call, b.rechtId!);
    return {
      briefType: 'beslissing-intrekking-contingent',
      onderwerp: `Intrekking van ${UW(k.naam)}`,
      beslissing: `${UW(k.naam).charAt(0).toUpperCase()}${UW(k.naam).slice(1)} wordt ingetrokken. Het contingent eindigt op ${formatDatum(b.einddatum)}.`,
      gevolgen: [
        `Vanaf ${formatDatum(addDays(b.einddatum!, 1))} ontvangt uw organisatie geen voorschotten meer; de dagen tot en met ${formatDatum(b.einddatum)} worden nog afgerekend.`,
        'Subsidie die niet verschuldigd was, vorderen wij terug vanaf de toekenning of vanaf de overtreding; daarover ontvangt u een afzonderlijke brief met de mogelijkheid om te reageren.',
        'Zoek samen met VDAB een oplossing voor de deelnemers die u begeleidt.',
      ],
    };
  },
  pasToe: (call, b, audit) => {
    wijzigContingent(call, audit, {
      organisatieId: b.rechtId!, vanaf: addDays(b.einddatum!, 1), nieuw: () => 0, reden: 'intrekking',
      beslissing: `Beslissing nr. ${b.id} van ${formatDatum(b.beslissingsdatum)} (intrekking, art. 65)`, beslissingId: b.id, bron: `beslissing:${b.id}`,
    });
  },
};

export const schorsingContingent: ProcedureSoort = {
  soort: 'schorsing-contingent',
  recht: 'se_contingent',
  label: 'Schorsing van een contingent AMA SE (art. 65)',
  beslissingType: 'schorsing',
  parameters: PARAMS,
  rechtsbasis: RECHTSBASIS,
  voornemen: voornemen('schorsing'),
  bereidBeslissingVoor: (_call, _id, input) => {
    if (!input.einddatum) throw AppError.validatie('einddatum', 'Geef de laatste dag van de schorsing.');
    if (input.einddatum < input.datum) throw AppError.validatie('einddatum', `De laatste dag van de schorsing (${formatDatum(input.einddatum)}) ligt vóór de beslissingsdatum.`);
    return { ingangsdatum: input.datum, einddatum: input.einddatum };
  },
  beslissingTekst: (call, b) => {
    const k = kern(call, b.rechtId!);
    return {
      briefType: 'beslissing-schorsing-contingent',
      onderwerp: `Schorsing van ${UW(k.naam)}`,
      beslissing: `${UW(k.naam).charAt(0).toUpperCase()}${UW(k.naam).slice(1)} wordt geschorst van ${formatDatum(b.ingangsdatum ?? b.beslissingsdatum)} tot en met ${formatDatum(b.einddatum)}.`,
      gevolgen: [
        'Tijdens de schorsing telt uw contingent geen plaatsen: u ontvangt geen voorschotten en de dagen van de schorsing geven geen subsidie.',
        `Vanaf ${formatDatum(addDays(b.einddatum!, 1))} geldt uw contingent opnieuw.`,
        'Zoek samen met VDAB een oplossing voor de deelnemers die u begeleidt.',
      ],
    };
  },
  pasToe: (call, b, audit) => {
    const van = b.ingangsdatum ?? b.beslissingsdatum;
    const ref = `Beslissing nr. ${b.id} van ${formatDatum(b.beslissingsdatum)} (schorsing, art. 65)`;
    const terug = plaatsenOp(call.app.sqlite, b.rechtId!, van);
    wijzigContingent(call, audit, { organisatieId: b.rechtId!, vanaf: van, nieuw: () => 0, reden: 'schorsing', beslissing: ref, beslissingId: b.id, bron: `beslissing:${b.id}` });
    wijzigContingent(call, audit, { organisatieId: b.rechtId!, vanaf: addDays(b.einddatum!, 1), nieuw: (x) => x + terug, reden: 'schorsing', beslissing: `${ref}: einde van de schorsing`, beslissingId: b.id, bron: `beslissing:${b.id}` });
  },
};
