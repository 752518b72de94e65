/**
 * Pure rules of the AMA WVG recognition (BVR 18 November 2022, art. 46–49, 72–74).
 */
import { addDays, isLeapYear, isoFromParts, parseIsoDate } from '../kernel/dates';
import type { Controle } from './aanvraag.contract';
import { aantalMet } from '../kernel/format';

/** Last day of a recognition that starts on `ingang` and runs `jaren` years (art. 47–49: 5 years). */
export function erkenningEinde(ingang: string, jaren: number): string {
  const { year, month, day } = parseIsoDate(ingang);
  const y = year + jaren;
  // 29 February in a non-leap target year: the anniversary is 1 March, so the last day is 28 February.
  const verjaardag = month === 2 && day === 29 && !isLeapYear(y) ? isoFromParts(y, 3, 1) : isoFromParts(y, month, day);
  return addDays(verjaardag, -1);
}

/** Start of a renewed recognition: the day after the running one ends (no gap, no overlap). */
export function hernieuwingIngang(lopendeGeldigTot: string): string {
  return addDays(lopendeGeldigTot, 1);
}

export interface AanvraagFeiten {
  ontvangenOp: string;
  organisatieActief: boolean;
  organisatieTypeCode: string;
  organisatieTypeNaam: string;
  /** Type may be recognised (art. 46), and the last day it could be (art. 74), if any. */
  typeErkenbaar: boolean;
  typeErkenbaarTot: string | null;
  personeel: { naam: string; bachelorRichting: string | null; ervaringJaren: number | null }[];
  /** Minimum years of experience with the target group instead of a diploma (art. 46: 2). */
  minimumErvaringJaren: number;
  verzekeringVerklaard: boolean;
  /** Other applications of the organisation still running (not decided on the merits). */
  andereLopendeAanvragen: number[];
  /** Active recognitions of the organisation overlapping the application date, except the one being renewed. */
  overlappendeErkenningen: string[];
}

/** The checks on the date of the application, each with its article. */
export function controleerAanvraag(f: AanvraagFeiten): Controle[] {
  const erkenbaar = f.typeErkenbaar && (f.typeErkenbaarTot === null || f.ontvangenOp <= f.typeErkenbaarTot);
  const gekwalificeerd = f.personeel.filter((p) => p.bachelorRichting || (p.ervaringJaren ?? 0) >= f.minimumErvaringJaren);
  return [
    {
      code: 'organisatie-actief',
      ok: f.organisatieActief,
      melding: f.organisatieActief ? 'De organisatie is actief.' : 'De organisatie is stopgezet.',
      artikel: 'BVR art. 46',
    },
    {
      code: 'type-erkenbaar',
      ok: erkenbaar,
      melding: erkenbaar
        ? `${f.organisatieTypeNaam} kan erkend worden als begeleider.`
        : f.typeErkenbaarTot
          ? `${f.organisatieTypeNaam} kan sinds ${nl(addDays(f.typeErkenbaarTot, 1))} niet meer erkend worden als begeleider.`
          : `${f.organisatieTypeNaam} behoort niet tot de organisaties die erkend kunnen worden als begeleider.`,
      artikel: f.typeErkenbaarTot ? 'BVR art. 46 en 74' : 'BVR art. 46',
    },
    {
      code: 'personeel',
      ok: gekwalificeerd.length > 0,
      melding:
        gekwalificeerd.length > 0
          ? `${aantalMet(gekwalificeerd.length, 'personeelslid', 'personeelsleden')} met een bachelordiploma in een vermelde richting of minstens ${f.minimumErvaringJaren} jaar ervaring met de doelgroep.`
          : `Geen personeelslid met een bachelordiploma (medisch, paramedisch, sociaal, psychologisch of pedagogisch) of minstens ${f.minimumErvaringJaren} jaar ervaring met de doelgroep.`,
      artikel: 'BVR art. 46',
    },
    {
      code: 'verzekering',
      ok: f.verzekeringVerklaard,
      melding: f.verzekeringVerklaard
        ? 'Een verzekering burgerlijke aansprakelijkheid (ook voor beroepsfouten) is verklaard.'
        : 'Er is geen verzekering burgerlijke aansprakelijkheid (ook voor beroepsfouten) verklaard.',
      artikel: 'BVR art. 46',
    },
    {
      code: 'geen-overlap',
      ok: f.andereLopendeAanvragen.length === 0 && f.overlappendeErkenningen.length === 0,
      melding:
        f.andereLopendeAanvragen.length > 0
          ? `Er loopt al een andere aanvraag voor deze organisatie (nr. ${f.andereLopendeAanvragen.join(', ')}).`
          : f.overlappendeErkenningen.length > 0
            ? `De organisatie heeft al een actieve erkenning (${f.overlappendeErkenningen.join(', ')}); dien een hernieuwing in.`
            : 'Geen andere lopende aanvraag of actieve erkenning.',
      artikel: 'BVR art. 47–49',
    },
  ];
}

function nl(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
