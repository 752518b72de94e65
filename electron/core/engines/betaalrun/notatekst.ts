/**
 * Wording every scheme's statement (berekeningsnota) shares: the decision sentence on the amount for
 * the period (first run or re-run with the difference) and the paragraph on the payment (offset of an
 * open recovery, transfer to the account with the reference, recovery). The scheme names its money
 * (`woord`: "subsidie", "compensatie").
 */
import type { TerugvorderingWijze } from '../../../../shared/engines/betaalrun.contract';
import { formatDatumLang, formatEuro } from '../../../../shared/kernel/format';
import { alinea, vet, type Beroep } from '../../letters/houseStyle';
import type { Content, DocDefinition } from '../../letters/pdf';
import type { BasisGegevens } from '../../letters/basis';
import type { VoorbereideBrief } from '../../letters/store';

export interface NotaBedragen {
  volgnummer: number;
  verschuldigdCent: number;
  eerderBetaaldCent: number;
  saldoCent: number;
  verrekendCent: number;
  teBetalenCent: number;
  terugvordering: TerugvorderingWijze | 'vervallen' | null;
  iban: string | null;
  referentie: string;
  betaaldatum: string;
  /** The statement's own date: a payment date before it is not promised. */
  briefdatum?: string;
}

const euro = formatEuro;

/** "Wij kennen … toe" or, for a re-run, the new amount and the difference. */
export function beslissingZin(n: NotaBedragen, woord: string, periode: string): string {
  if (n.volgnummer === 1 && n.eerderBetaaldCent === 0) return `Wij kennen uw organisatie voor ${periode} een ${woord} van ${euro(n.verschuldigdCent)} toe.`;
  const basis = `Wij stellen de ${woord} voor ${periode} opnieuw vast op ${euro(n.verschuldigdCent)}. Voor die periode werd al ${euro(n.eerderBetaaldCent)} afgerekend`;
  if (n.saldoCent > 0) return `${basis}; het verschil van ${euro(n.saldoCent)} komt u nog toe.`;
  if (n.saldoCent < 0) return `${basis}; u ontving ${euro(-n.saldoCent)} te veel, dat bedrag wordt teruggevorderd.`;
  return `${basis}; er is geen verschil.`;
}

/** How the saldo is paid, offset or recovered. */
export function betalingAlinea(n: NotaBedragen, woord: string): Content[] {
  const uit: Content[] = [];
  if (n.verrekendCent > 0) {
    uit.push(alinea(`Van het saldo van ${euro(n.saldoCent)} houden wij ${euro(n.verrekendCent)} in: zo verrekenen wij wat uw organisatie nog moet terugbetalen uit een vorige afrekening van deze ${woord}.`));
  }
  if (n.teBetalenCent > 0) {
    uit.push(
      n.iban
        ? alinea(
            'Wij storten ',
            vet(euro(n.teBetalenCent)),
            // A date before the statement itself would be a broken promise (a late approval): then no date is promised.
            n.briefdatum && n.betaaldatum < n.briefdatum ? ' zo snel mogelijk' : ` uiterlijk op ${formatDatumLang(n.betaaldatum)}`,
            ` op rekening ${n.iban.replace(/(.{4})(?=.)/g, '$1 ')} met de mededeling `,
            vet(n.referentie),
            '.',
          )
        : alinea(`Wij kennen het rekeningnummer van uw organisatie niet. Bezorg het ons zo snel mogelijk; wij storten ${euro(n.teBetalenCent)} zodra wij het ontvangen hebben, met de mededeling `, vet(n.referentie), '.'),
    );
  } else if (n.saldoCent > 0) {
    uit.push(alinea('Het saldo wordt volledig verrekend. U ontvangt voor deze afrekening geen betaling.'));
  } else if (n.saldoCent < 0) {
    uit.push(
      n.terugvordering === 'vordering'
        ? alinea(`Over de terugbetaling van ${euro(-n.saldoCent)} ontvangt u een afzonderlijke brief.`)
        : alinea(`Wij verrekenen ${euro(-n.saldoCent)} met de volgende betalingen van deze ${woord} aan uw organisatie. U hoeft dat bedrag niet zelf terug te storten.`),
    );
  }
  return uit;
}

/** A statement of a payment run as a letter ready to render or issue (every scheme's `nota`). */
export function notaBrief(
  g: BasisGegevens & { briefType: string; templateVersie: number },
  runId: number,
  onderwerp: string,
  build: (kenmerk: string | null, voorbeeld?: boolean) => DocDefinition,
): VoorbereideBrief {
  return {
    briefType: g.briefType,
    templateVersie: g.templateVersie,
    departement: g.departement,
    onderwerp,
    organisatieId: g.geadresseerde.organisatieId,
    dossierEntiteit: 'betaalrun',
    dossierId: String(runId),
    contactpersoonId: g.contactpersoon.medewerkerId,
    ondertekenaarId: g.ondertekenaar.medewerkerId,
    datum: g.datum,
    aangemaaktOp: g.aangemaaktOp,
    gegevens: g,
    build,
  };
}

/** The appeal clause of every statement: objection with the department (`bij`, sent to `naar`), then the Raad van State. */
export function notaBeroep(g: { bezwaarDagen: number; rvsDagen: number }, bij: string, naar: string): Beroep {
  return {
    soort: 'beslissing',
    bezwaar: {
      bij,
      vorm: `Uw bezwaarschrift is schriftelijk, gedateerd en ondertekend, vermeldt ons kenmerk en de redenen van uw bezwaar. Stuur het aangetekend of via het e-loket naar ${naar}.`,
      dagen: g.bezwaarDagen,
    },
    rvsDagen: g.rvsDagen,
  };
}
