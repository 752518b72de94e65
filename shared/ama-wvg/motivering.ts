/**
 * The motivation of a decision on an application for recognition AMA WVG (formele motiveringsplicht: the facts, the
 * assessment against each condition, the conclusion), as building blocks in well-formed Dutch that the officer
 * adjusts in the decision dialog. The legal basis itself is printed once in the letter's "Rechtsgrond" list, so the
 * juridische gronden hold the assessment, not the articles again.
 */
import { aantalMet, formatDatum } from '../kernel/format';
import type { Aanvraag } from './aanvraag.contract';

export type Beslissingsvraag = 'ontvankelijkheid' | 'gegrondheid';

export interface Bouwsteen {
  /** Stable id (the dialog's "insert again" buttons). */
  id: string;
  titel: string;
  tekst: string;
}

export interface Motivering {
  feiten: Bouwsteen[];
  /** One block per condition of art. 46–49, then the conclusion. */
  gronden: Bouwsteen[];
}

const KANAAL: Record<string, string> = { 'e-loket': 'via het e-loket', email: 'per e-mail', post: 'per post' };

/** "a; b en c" — what was asked, one item per line in the request, as one clause. */
function opsomming(regels: string[]): string {
  const items = regels.map((r) => r.trim().replace(/[.;,]+$/, '')).filter(Boolean).map((r) => r.charAt(0).toLowerCase() + r.slice(1));
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

type Bron = Pick<Aanvraag, 'organisatieNaam' | 'ontvangenOp' | 'kanaal' | 'opschortingen' | 'controles' | 'personeel'>;

export function motiveringBouwstenen(a: Bron, vraag: Beslissingsvraag, positief: boolean): Motivering {
  const feiten: Bouwsteen[] = [
    {
      id: 'ontvangst',
      titel: 'Ontvangst van de aanvraag',
      tekst: `${a.organisatieNaam} diende op ${formatDatum(a.ontvangenOp)} ${KANAAL[a.kanaal] ?? `via ${a.kanaal}`} een aanvraag in tot erkenning als begeleider arbeidsmatige activiteiten.`,
    },
    ...a.opschortingen
      .filter((o) => o.tot)
      .map((o, i) => ({
        id: `informatie-${i + 1}`,
        titel: 'Vraag om bijkomende informatie',
        tekst: `Op ${formatDatum(o.van)} vroegen wij bijkomende informatie: ${opsomming(o.reden.split(/\r?\n/))}. Die informatie ontvingen wij op ${formatDatum(o.tot!)}; de beslissingstermijn was in die periode opgeschort.`,
      })),
  ];
  if (vraag === 'ontvankelijkheid') {
    return {
      feiten,
      gronden: [
        positief
          ? { id: 'conclusie', titel: 'Conclusie', tekst: 'De aanvraag bevat alle gegevens en stukken die het besluit vraagt. Ze is ontvankelijk en wordt ten gronde onderzocht.' }
          : { id: 'conclusie', titel: 'Conclusie', tekst: 'De aanvraag is niet volledig: [vul aan welke gegevens of stukken ontbreken]. Ze is daarom onontvankelijk.' },
      ],
    };
  }
  const gronden: Bouwsteen[] = a.controles.map((c) => ({ id: c.code, titel: titelVan(c.code), tekst: toetsing(c.code, c.ok, c.melding, a) }));
  const niet = a.controles.filter((c) => !c.ok);
  gronden.push(
    positief
      ? { id: 'conclusie', titel: 'Conclusie', tekst: 'De organisatie voldoet aan alle erkenningsvoorwaarden. De erkenning wordt toegekend voor vijf jaar.' }
      : {
          id: 'conclusie',
          titel: 'Conclusie',
          tekst: niet.length
            ? `De organisatie voldoet niet aan ${niet.length === 1 ? 'de voorwaarde' : 'de voorwaarden'} over ${opsomming(niet.map((c) => titelVan(c.code).toLowerCase()))}. De erkenning wordt daarom geweigerd.`
            : 'De erkenning wordt geweigerd omdat [vul de reden aan].',
        },
  );
  return { feiten, gronden };
}

const TITELS: Record<string, string> = {
  'organisatie-actief': 'Actieve organisatie',
  'type-erkenbaar': 'Soort organisatie',
  personeel: 'Gekwalificeerd personeel',
  verzekering: 'Verzekering',
  'geen-overlap': 'Geen lopende aanvraag of erkenning',
};

function titelVan(code: string): string {
  return TITELS[code] ?? code;
}

/** The assessment of one condition as a sentence a careful civil servant would write. */
function toetsing(code: string, ok: boolean, melding: string, a: Bron): string {
  switch (code) {
    case 'organisatie-actief':
      return ok ? `${a.organisatieNaam} is een actieve organisatie.` : `${a.organisatieNaam} is stopgezet en kan daarom niet erkend worden.`;
    case 'type-erkenbaar':
      return ok ? `${melding.replace(/ kan erkend worden als begeleider\.$/, '')} behoort tot de organisaties die als begeleider erkend kunnen worden.` : melding;
    case 'personeel': {
      const n = Number(/^(\d+)/.exec(melding)?.[1] ?? a.personeel.length);
      const m = /minstens (\d+) jaar/.exec(melding)?.[1] ?? '2';
      return ok
        ? `De organisatie zet ${aantalMet(n, 'personeelslid', 'personeelsleden')} in met een bachelordiploma in een medische, paramedische, sociale, psychologische of pedagogische richting of met minstens ${m} jaar ervaring met de doelgroep.`
        : `De organisatie toont geen personeelslid aan met een bachelordiploma in een medische, paramedische, sociale, psychologische of pedagogische richting of met minstens ${m} jaar ervaring met de doelgroep.`;
    }
    case 'verzekering':
      return ok
        ? 'De organisatie verklaart een verzekering burgerlijke aansprakelijkheid te hebben, ook voor beroepsfouten.'
        : 'De organisatie verklaart geen verzekering burgerlijke aansprakelijkheid te hebben die ook beroepsfouten dekt.';
    case 'geen-overlap':
      return ok ? 'Voor de organisatie loopt geen andere aanvraag en ze heeft geen erkenning die met deze aanvraag samenvalt.' : melding;
    default:
      return melding;
  }
}

/** The blocks as the text of the field: one paragraph per block. */
export const alsTekst = (blokken: readonly Bouwsteen[]): string => blokken.map((b) => b.tekst).join('\n\n');
