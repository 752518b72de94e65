/**
 * Wording of the decisions on an application for recognition as begeleider van arbeidsmatige
 * activiteiten (BVR 18 November 2022, art. 46–49): ontvankelijkheid, onontvankelijkheid,
 * erkenning, weigering. Pure functions of the dossier facts; the result is stored with the letter.
 */
import { aantalMet, formatDatum } from '../../../../../shared/kernel/format';
import type { BeslissingTekst } from '../../../letters/beslissingsbrief';

export interface AanvraagContext {
  ontvangenOp: string;
  hernieuwing: boolean;
  /** Last day for the decision on the merits (deadline engine), for the admissibility letter. */
  gegrondheidUiterlijk?: string;
}

const ONDERWERP = 'Uw aanvraag tot erkenning als begeleider van arbeidsmatige activiteiten';
const DEP = 'het Departement Zorg, Afdeling Werk en Zorg';

function inleiding(a: AanvraagContext): string {
  return `Op ${formatDatum(a.ontvangenOp)} ontvingen wij uw aanvraag tot ${a.hernieuwing ? 'hernieuwing van uw erkenning' : 'erkenning'} als begeleider van arbeidsmatige activiteiten in het kader van het gezondheids- en welzijnsbeleid.`;
}

export function ontvankelijkTekst(a: AanvraagContext): BeslissingTekst {
  return {
    briefType: 'ontvankelijkheidsbeslissing',
    onderwerp: `${ONDERWERP}: ontvankelijk`,
    inleiding: [inleiding(a)],
    beslissing: 'Uw aanvraag is ontvankelijk. Wij onderzoeken ze nu ten gronde.',
    gevolgen: [
      a.gegrondheidUiterlijk
        ? `U ontvangt onze beslissing over uw aanvraag uiterlijk op ${formatDatum(a.gegrondheidUiterlijk)}. Vragen wij u bijkomende informatie, dan wordt die termijn opgeschort tot wij uw antwoord ontvangen.`
        : 'U ontvangt onze beslissing over uw aanvraag binnen de wettelijke termijn.',
      'Deze beslissing stelt alleen vast dat uw aanvraag volledig is; ze zegt nog niets over de erkenning zelf.',
    ],
    artikels: 'artikel 46 tot en met 49',
  };
}

export function onontvankelijkTekst(a: AanvraagContext): BeslissingTekst {
  return {
    briefType: 'onontvankelijkheidsbeslissing',
    onderwerp: `${ONDERWERP}: onontvankelijk`,
    inleiding: [inleiding(a)],
    beslissing: 'Uw aanvraag is onontvankelijk. Wij kunnen ze daarom niet ten gronde onderzoeken.',
    gevolgen: ['U kunt op elk moment een nieuwe, volledige aanvraag indienen. De redenen waarom deze aanvraag onontvankelijk is, leest u hieronder onder "Motivering".'],
    artikels: 'artikel 46 tot en met 49',
    bezwaarBij: DEP,
  };
}

export function erkenningTekst(a: AanvraagContext, e: { erkenningsnummer: string; geldigVan: string; geldigTot: string; duurJaren: number; herinneringMaanden: number }): BeslissingTekst {
  return {
    briefType: 'erkenningsbeslissing',
    onderwerp: `${ONDERWERP}: erkenning ${e.erkenningsnummer}`,
    inleiding: [inleiding(a)],
    beslissing: `Uw organisatie wordt erkend als begeleider van arbeidsmatige activiteiten, met erkenningsnummer ${e.erkenningsnummer}, van ${formatDatum(e.geldigVan)} tot en met ${formatDatum(e.geldigTot)}.`,
    gevolgen: [
      'Als erkende begeleider sluit u met elke deelnemer en werkpost een overeenkomst volgens het model van het departement, evalueert u ze minstens jaarlijks en registreert u ze in het e-loket. U ontvangt daarvoor een subsidie per begeleide deelnemer, tweemaal per jaar berekend (BVR art. 50).',
      `De erkenning geldt ${aantalMet(e.duurJaren, 'jaar', 'jaar')}. Wilt u ze verlengen, dien dan tijdig een aanvraag tot hernieuwing in; wij sturen u ${aantalMet(e.herinneringMaanden, 'maand', 'maanden')} vóór het einde een herinnering.`,
      'Voldoet u niet langer aan de voorwaarden of voert u de opdrachten niet uit, dan kan de erkenning worden opgeheven na een hoorprocedure (BVR art. 49, §4).',
    ],
    artikels: 'artikel 46 tot en met 50',
  };
}

export function weigeringTekst(a: AanvraagContext): BeslissingTekst {
  return {
    briefType: 'weigeringsbeslissing',
    onderwerp: `${ONDERWERP}: weigering`,
    inleiding: [inleiding(a), 'Uw aanvraag was ontvankelijk; wij hebben ze ten gronde onderzocht.'],
    beslissing: 'Wij weigeren de erkenning van uw organisatie als begeleider van arbeidsmatige activiteiten.',
    gevolgen: ['De redenen leest u hieronder onder "Motivering". U kunt een nieuwe aanvraag indienen zodra uw organisatie aan de voorwaarden voldoet.'],
    artikels: 'artikel 46 tot en met 49',
    bezwaarBij: DEP,
  };
}
