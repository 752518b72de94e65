/**
 * The decisions of the AMA SE module and what they do once approved (four eyes, letter on the WSE letterhead):
 *  - on an application (dossier 'se_aanvraag'): admissible / not admissible (art. 61–63, by WSE), the award of
 *    places or the refusal (art. 60–63, by the minister) — an award adds the places to the ledger;
 *  - on the yearly evaluation (dossier 'se_evaluatie'): the reduction of the contingent below 80 % (art. 61–63)
 *    from 1 July of the next year — a notified decision without hearing (RULES.md default).
 */
import { AppError } from '../../../../../shared/api/errors';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { aantalMet, formatDatum, formatPercentage, maandNaam } from '../../../../../shared/kernel/format';
import { isLeapYear } from '../../../../../shared/kernel/dates';
import { AFRONDING_LABEL, type Afronding } from '../../../../../shared/ama-se/contingent';
import type { CallContext } from '../../../platform/context';
import type { AuditInput } from '../../../platform/audit';
import { addGebeurtenis } from '../../../platform/dossier';
import { parameterGetal } from '../../../platform/parameter';
import type { ParameterCode } from '../../../../../shared/platform/parameter-codes';
import type { BeslissingSoort } from '../../../engines/beslissing/beslissing';
import type { BeslissingTekst } from '../../../letters/beslissingsbrief';
import { plaatsenOp, wijzigContingent } from './register';
import { WSE_BEZWAAR } from './teksten';
import { teBeslissen } from '../oproep/oproep';

type Audit = (e: AuditInput) => void;

interface AanvraagKern {
  id: number;
  oproepId: number;
  titel: string;
  plaatsenVanaf: string;
  gevraagd: number;
  ontvangenOp: string;
  status: string;
}

function aanvraag(call: CallContext, id: number): AanvraagKern {
  const a = call.app.sqlite
    .prepare(`SELECT a.id, a.oproep_id AS oproepId, o.titel, o.plaatsen_vanaf AS plaatsenVanaf, a.gevraagd, a.ontvangen_op AS ontvangenOp, a.status
                FROM se_aanvraag a JOIN se_oproep o ON o.id = a.oproep_id WHERE a.id = ?`)
    .get(id) as AanvraagKern | undefined;
  if (!a) throw AppError.nietGevonden(`Aanvraag ${id}`);
  return a;
}

function zetStatus(call: CallContext, audit: Audit, b: Beslissing, status: string, omschrijving: string): void {
  const voor = aanvraag(call, b.dossierId);
  call.app.sqlite.prepare('UPDATE se_aanvraag SET status = ?, versie = versie + 1 WHERE id = ?').run(status, b.dossierId);
  addGebeurtenis(call, { entiteit: 'se_aanvraag', entiteitId: b.dossierId, datum: b.beslissingsdatum, soort: status, omschrijving });
  audit({ entiteit: 'se_aanvraag', entiteitId: b.dossierId, actie: 'gewijzigd', oud: { status: voor.status }, nieuw: { status } });
}

/** Places an award decision gives: the officer's adjustment, else the call's allocation proposal (oproep.ts). */
function toegekendePlaatsen(call: CallContext, b: Beslissing): number {
  return teBeslissen(call, b.dossierId);
}

const ONDERWERP = 'Uw aanvraag voor plaatsen arbeidsmatige activiteiten in de sociale economie';

/**
 * What an award means for the organisation, in the figures of the parameters on the day the places start:
 * the monthly advance and the settlement (art. 68), the supporting documents (art. 64), the fill-rate threshold
 * and when a reduction takes effect (art. 61–63).
 */
function regimeContingent(call: CallContext, vanaf: string): string[] {
  const p = (code: ParameterCode) => parameterGetal(call.app.sqlite, code, vanaf);
  const bewijs = p('AMA_SE_BEWIJSSTUKKEN_TERMIJN');
  return [
    `U ontvangt maandelijks een voorschot van ${formatPercentage(p('AMA_SE_VOORSCHOT_PCT'))} van de subsidie voor uw contingent en uiterlijk op de laatste werkdag van ${maandNaam(p('AMA_SE_AFREKENING_MAAND'))} van het volgende jaar de jaarafrekening op basis van de dagen met een begeleidingsovereenkomst (artikel 68).`,
    `Bezorg ons binnen ${bewijs === 1 ? 'een maand' : aantalMet(bewijs, 'maand', 'maanden')} na de start en na het einde van elke begeleidingsovereenkomst de bewijsstukken. Meld ons elke wijziging die de voorwaarden of de financiering kan beïnvloeden (artikel 64).`,
    `Vult uw organisatie in een kalenderjaar minder dan ${formatPercentage(p('AMA_SE_INVULLINGSGRAAD_DREMPEL'))} van het contingent in, dan wordt het contingent vanaf 1 ${maandNaam(p('AMA_SE_VERMINDERING_INGANGSMAAND'))} van het volgende jaar verminderd (artikel 61 tot en met 63).`,
  ];
}

function aanvraagTekst(call: CallContext, b: Beslissing, x: { plaatsen: number; totaal: number }): BeslissingTekst {
  const a = aanvraag(call, b.dossierId);
  const inleiding = `Op ${formatDatum(a.ontvangenOp)} ontvingen wij uw aanvraag voor ${a.gevraagd} plaatsen arbeidsmatige activiteiten in de sociale economie, ingediend op de oproep "${a.titel}".`;
  switch (b.type) {
    case 'ontvankelijk':
      return {
        briefType: 'ontvankelijkheidsbeslissing-se', onderwerp: `${ONDERWERP}: ontvankelijk`, inleiding: [inleiding],
        beslissing: 'Uw aanvraag is ontvankelijk. Wij onderzoeken ze nu samen met de andere ontvankelijke aanvragen van de oproep.',
        gevolgen: ['De minister verdeelt de plaatsen van de oproep na het onderzoek van alle aanvragen volgens de verdelings- en prioriteitscriteria van de oproep. U ontvangt die beslissing afzonderlijk.'],
        artikels: 'artikel 60 tot en met 63',
      };
    case 'onontvankelijk':
      return {
        briefType: 'onontvankelijkheidsbeslissing-se', onderwerp: `${ONDERWERP}: onontvankelijk`, inleiding: [inleiding],
        beslissing: 'Uw aanvraag is onontvankelijk. Ze wordt niet verder onderzocht en neemt niet deel aan de verdeling van de plaatsen.',
        gevolgen: ['De redenen leest u hieronder onder "Motivering". U kunt op een volgende oproep opnieuw een aanvraag indienen.'],
        artikels: 'artikel 60 tot en met 63', bezwaarBij: WSE_BEZWAAR,
      };
    case 'toekenning-contingent':
      return {
        briefType: 'toekenning-contingent-se', onderwerp: `${ONDERWERP}: ${x.plaatsen} ${x.plaatsen === 1 ? 'plaats' : 'plaatsen'} toegekend`, inleiding: [inleiding],
        beslissing: `Aan uw organisatie worden ${x.plaatsen} ${x.plaatsen === 1 ? 'plaats' : 'plaatsen'} arbeidsmatige activiteiten in de sociale economie toegekend vanaf ${formatDatum(a.plaatsenVanaf)}. Uw contingent bedraagt vanaf die dag ${x.totaal} plaatsen op jaarbasis.`,
        gevolgen: [
          ...(x.plaatsen < a.gevraagd ? [`U vroeg ${aantalMet(a.gevraagd, 'plaats', 'plaatsen')}; de oproep kon er ${x.plaatsen} aan uw organisatie toekennen. Hoe de plaatsen verdeeld werden, leest u onder "Motivering".`] : []),
          ...regimeContingent(call, a.plaatsenVanaf),
        ],
        artikels: 'artikel 58 tot en met 68', bezwaarBij: WSE_BEZWAAR,
      };
    case 'weigering-contingent':
      return {
        briefType: 'weigering-contingent-se', onderwerp: `${ONDERWERP}: geen plaatsen toegekend`, inleiding: [inleiding],
        beslissing: 'Aan uw organisatie worden op deze oproep geen plaatsen toegekend.',
        gevolgen: ['Hoe de plaatsen van de oproep verdeeld werden, leest u onder "Motivering". U kunt op een volgende oproep opnieuw een aanvraag indienen.'],
        artikels: 'artikel 60 tot en met 63 en 67', bezwaarBij: WSE_BEZWAAR,
      };
    default:
      throw new AppError('INTERN', `Beslissingstype ${b.type} hoort niet bij een aanvraag voor plaatsen AMA SE.`);
  }
}

/** The decision kind of every decision on an application for AMA SE places. */
export const seAanvraagBeslissing: BeslissingSoort<{ plaatsen: number; totaal: number }> = {
  voorbereiden: (call, b) => {
    const plaatsen = b.type === 'toekenning-contingent' ? toegekendePlaatsen(call, b) : 0;
    const a = aanvraag(call, b.dossierId);
    return { plaatsen, totaal: plaatsenOp(call.app.sqlite, b.organisatieId, a.plaatsenVanaf) + plaatsen };
  },
  tekst: (call, b, x) => aanvraagTekst(call, b, x),
  effect: (call, b, x, audit) => {
    switch (b.type) {
      case 'ontvankelijk':
        return zetStatus(call, audit, b, 'ontvankelijk', 'Ontvankelijk verklaard (art. 61–63)');
      case 'onontvankelijk':
        return zetStatus(call, audit, b, 'onontvankelijk', 'Onontvankelijk verklaard (art. 61–63)');
      case 'toekenning-contingent': {
        const a = aanvraag(call, b.dossierId);
        wijzigContingent(call, audit, {
          organisatieId: b.organisatieId, vanaf: a.plaatsenVanaf, nieuw: (oud) => oud + x.plaatsen, reden: 'toekenning',
          beslissing: `Ministeriële beslissing nr. ${b.id} van ${formatDatum(b.beslissingsdatum)} (oproep "${a.titel}")`, beslissingId: b.id, bron: `beslissing:${b.id}`,
        });
        return zetStatus(call, audit, b, 'toegekend', `${x.plaatsen} plaatsen toegekend vanaf ${formatDatum(a.plaatsenVanaf)}`);
      }
      case 'weigering-contingent':
        return zetStatus(call, audit, b, 'geweigerd', 'Geen plaatsen toegekend');
      default:
        throw new AppError('INTERN', `Beslissingstype ${b.type} hoort niet bij een aanvraag voor plaatsen AMA SE.`);
    }
  },
};

interface EvaluatieKern {
  id: number;
  jaar: number;
  plaatsDagen: number;
  deelnemersdagen: number;
  drempelBp: number;
  afronding: string;
  deler: number;
  contingentOpIngang: number;
  vermindering: number;
  nieuwContingent: number;
  ingangsdatum: string;
}

export function evaluatieRij(call: CallContext, id: number): EvaluatieKern {
  const e = call.app.sqlite
    .prepare(`SELECT id, jaar, plaats_dagen AS plaatsDagen, deelnemersdagen, drempel_bp AS drempelBp, afronding, deler, contingent_op_ingang AS contingentOpIngang,
                     vermindering, nieuw_contingent AS nieuwContingent, ingangsdatum FROM se_evaluatie WHERE id = ?`)
    .get(id) as EvaluatieKern | undefined;
  if (!e) throw AppError.nietGevonden(`Evaluatie ${id}`);
  return e;
}

const pct = (n: number) => `${n.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
const getal = (n: number) => n.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The reduction after the yearly evaluation (dossier 'se_evaluatie'). */
export const seEvaluatieBeslissing: BeslissingSoort<{ oud: number }> = {
  voorbereiden: (call, b) => ({ oud: plaatsenOp(call.app.sqlite, b.organisatieId, evaluatieRij(call, b.dossierId).ingangsdatum) }),
  tekst: (call, b, x) => {
    const e = evaluatieRij(call, b.dossierId);
    const diy = isLeapYear(e.jaar) ? 366 : 365;
    const deler = e.deler > 0 ? e.deler : diy;
    const contingent = e.plaatsDagen / diy;
    const jaren = e.deelnemersdagen / deler;
    const graad = (jaren / contingent) * 100;
    const nieuw = Math.max(0, x.oud - e.vermindering);
    return {
      briefType: 'vermindering-contingent-se',
      onderwerp: `Vermindering van uw contingent arbeidsmatige activiteiten in de sociale economie vanaf ${formatDatum(e.ingangsdatum)}`,
      inleiding: [
        `Elk jaar toetst het Departement Werk en Sociale Economie op basis van de jaarafrekening hoeveel van het toegekende contingent een maatwerkbedrijf werkelijk invulde (artikel 61 tot en met 63 van het besluit). Wij deden dat voor ${e.jaar}.`,
        `Uw contingent bedroeg in ${e.jaar} gemiddeld ${getal(contingent)} plaatsen. Uw organisatie begeleidde ${e.deelnemersdagen} deelnemersdagen, of ${getal(jaren)} deelnemersjaren (${deler} dagen per deelnemersjaar). Dat is een invullingsgraad van ${pct(graad)}, lager dan ${pct(e.drempelBp / 100)}.`,
      ],
      beslissing: `Uw contingent wordt vanaf ${formatDatum(e.ingangsdatum)} verminderd met ${e.vermindering} ${e.vermindering === 1 ? 'plaats' : 'plaatsen'}, van ${x.oud} naar ${nieuw} plaatsen op jaarbasis.`,
      gevolgen: [
        `De vermindering is het verschil tussen ${pct(e.drempelBp / 100)} en de invullingsgraad, toegepast op het contingent: (${pct(e.drempelBp / 100)} − ${pct(graad)}) × ${getal(contingent)} = ${getal(((e.drempelBp / 10_000) * contingent) - jaren)}, afgerond op hele plaatsen ${AFRONDING_LABEL[e.afronding as Afronding]}.`,
        'De maandelijkse voorschotten worden vanaf die datum berekend op het nieuwe contingent. De vrijgekomen plaatsen kunnen via een oproep opnieuw verdeeld worden.',
        'U kunt de plaatsen binnen uw samenwerkingsverband verschuiven tussen de partners; de invulling wordt beoordeeld op het niveau van het samenwerkingsverband.',
      ],
      artikels: 'artikel 61 tot en met 63 en 68',
      bezwaarBij: WSE_BEZWAAR,
    };
  },
  effect: (call, b, _x, audit) => {
    const e = evaluatieRij(call, b.dossierId);
    wijzigContingent(call, audit, {
      organisatieId: b.organisatieId, vanaf: e.ingangsdatum, nieuw: (oud) => oud - e.vermindering, reden: 'vermindering',
      beslissing: `Beslissing nr. ${b.id} van ${formatDatum(b.beslissingsdatum)} (evaluatie ${e.jaar}, invulling onder ${e.drempelBp / 100} %)`, beslissingId: b.id, bron: `beslissing:${b.id}`,
    });
    call.app.sqlite.prepare('UPDATE se_evaluatie SET beslissing_id = ? WHERE id = ?').run(b.id, e.id);
  },
};
