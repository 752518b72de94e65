/**
 * The berekeningsnota of the compensation of a samenwerkingsverband Zorg for one half-year, addressed
 * to its administratief aanspreekpunt (BVR 18 November 2022, art. 13, 20–21; LETTERS.md "berekeningsnota").
 *
 * A decision letter: the approval of the run by an ondertekenaar fixes the amount, this letter notifies
 * it with the trajectories it pays for, the legal basis, the motivation and the appeal clause. The
 * trajectories are listed by their VDAB number with the participant's initials (or birth year) only.
 *
 * `resolveCompensatienota` assembles the letter data (stored with the document); `buildCompensatienota`
 * is pure. A change of wording or layout bumps COMPENSATIENOTA_VERSIE.
 */
import type { CompensatieBegunstigde, CompensatieRunBerekening } from '../../../../../shared/swv-zorg/compensatie.contract';
import { aantalMet, formatDatum, formatDatumLang, formatEuro } from '../../../../../shared/kernel/format';
import { parsePeriode } from '../../../../../shared/kernel/periode';
import type { CallContext } from '../../../platform/context';
import { parameterGetal } from '../../../platform/parameter';
import { resolveBasis, type BasisGegevens, briefKop } from '../../../letters/basis';
import { BESTUURSDECREET, BVR, DECREET, MOTIVERINGSWET } from '../../../letters/beslissingsbrief';
import { alinea, bedragenTabel, buildLetter, sectie, vet } from '../../../letters/houseStyle';
import type { Content, DocDefinition } from '../../../letters/pdf';
import type { VoorbereideBrief } from '../../../letters/store';
import { betalingVan, type NotaPersonen } from '../../../engines/betaalrun';
import { runRij } from '../../../engines/betaalrun/runs';
import { beslissingZin, betalingAlinea, notaBrief, type NotaBedragen, notaBeroep } from '../../../engines/betaalrun/notatekst';
import { lijnen } from './lijnen';

export const COMPENSATIENOTA_VERSIE = 2;
export const COMPENSATIENOTA_TYPE = 'berekeningsnota-compensatie-swv-zorg';

export interface NotaTraject {
  trajectnummer: string;
  deelnemer: string;
  swvNaam: string;
  einddatum: string;
  percentage: number;
  bedragCent: number;
  reedsBetaaldCent: number;
  teBetalenCent: number;
  reden: string;
}

export interface CompensatieNotaGegevens extends BasisGegevens {
  briefType: typeof COMPENSATIENOTA_TYPE;
  templateVersie: number;
  runId: number;
  periode: string;
  /** "tweede halfjaar 2024" */
  halfjaarNaam: string;
  van: string;
  tot: string;
  swvNamen: string[];
  bedragPerTrajectCent: number;
  /** The amount's period start: its index (version 2). */
  bedragGeldigVan: string;
  /** Trajectories aangemeld before this day stay under the earlier rules (art. 71; version 2). */
  regelingVanaf: string;
  minimumMaanden: number;
  pctVolledig: number;
  pctVroegtijdig: number;
  pctKort: number;
  afrondingsregel: string;
  trajecten: NotaTraject[];
  bedragCent: number;
  andereHalfjarenCent: number;
  bedragen: NotaBedragen;
  bezwaarDagen: number;
  rvsDagen: number;
}

export function onderwerpCompensatienota(g: Pick<CompensatieNotaGegevens, 'halfjaarNaam' | 'bedragen'>): string {
  return `Berekeningsnota compensatie samenwerkingsverband Zorg – ${g.halfjaarNaam}${g.bedragen.volgnummer > 1 ? ` (herberekening ${g.bedragen.volgnummer})` : ''}`;
}

/** Letter data: addressee (the aanspreekpunt), contact person (who computed the run), signatory (who approved it). */
export function resolveCompensatienota(call: CallContext, runId: number, organisatieId: number, personen: NotaPersonen): CompensatieNotaGegevens {
  const db = call.app.sqlite;
  const run = runRij(db, runId);
  const ber = JSON.parse(run.berekening) as CompensatieRunBerekening;
  const b = betalingVan(db, runId, organisatieId);
  const pb = b.berekening as CompensatieBegunstigde;
  const h = parsePeriode(run.periode, 'halfjaar');
  const basis = resolveBasis(call, { organisatieId, ...personen }, 'ZORG', true);
  const geldend = ber.bedragen.find((x) => x.van <= h.tot && (x.tot === null || x.tot >= h.tot)) ?? ber.bedragen[ber.bedragen.length - 1];
  return {
    briefType: COMPENSATIENOTA_TYPE,
    templateVersie: COMPENSATIENOTA_VERSIE,
    ...basis,
    runId,
    periode: run.periode,
    halfjaarNaam: h.naam,
    van: h.van,
    tot: h.tot,
    swvNamen: pb.swvNamen,
    bedragPerTrajectCent: geldend?.bedragCent ?? 0,
    bedragGeldigVan: geldend?.van ?? h.van,
    regelingVanaf: ber.regelingVanaf,
    minimumMaanden: ber.minimumMaanden,
    pctVolledig: ber.pctVolledigBp / 100,
    pctVroegtijdig: ber.pctVroegtijdigBp / 100,
    pctKort: ber.pctKortBp / 100,
    afrondingsregel: ber.afrondingsregel,
    trajecten: lijnen(db, runId, organisatieId).map((l) => ({
      trajectnummer: l.trajectnummer, deelnemer: l.deelnemer, swvNaam: l.swvNaam, einddatum: l.einddatum, percentage: l.percentage,
      bedragCent: l.bedragCent, reedsBetaaldCent: l.reedsBetaaldCent, teBetalenCent: l.teBetalenCent, reden: l.reden,
    })),
    bedragCent: pb.bedragCent,
    andereHalfjarenCent: pb.andereHalfjarenCent,
    bedragen: {
      volgnummer: run.volgnummer, verschuldigdCent: b.verschuldigdCent, eerderBetaaldCent: b.eerderBetaaldCent, saldoCent: b.saldoCent,
      verrekendCent: b.verrekendCent, teBetalenCent: b.teBetalenCent, terugvordering: b.terugvordering, iban: b.iban, referentie: b.referentie,
      betaaldatum: ber.uitbetalingUiterlijk,
    },
    bezwaarDagen: parameterGetal(db, 'SWV_ZORG_BEZWAAR_TERMIJN', basis.datum),
    rvsDagen: parameterGetal(db, 'RVS_BEROEPSTERMIJN', basis.datum),
  };
}

export function bereidCompensatienotaVoor(_call: CallContext, g: CompensatieNotaGegevens): VoorbereideBrief {
  return notaBrief(g, g.runId, onderwerpCompensatienota(g), (kenmerk, voorbeeld) => buildCompensatienota(g, { kenmerk, voorbeeld }));
}

const euro = formatEuro;
const pct = (p: number) => `${p.toLocaleString('nl-BE')} %`;

/** The letter from its stored data. Pure. */
export function buildCompensatienota(g: CompensatieNotaGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  if (g.templateVersie !== COMPENSATIENOTA_VERSIE) {
    throw new Error(`Berekeningsnota compensatie: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${COMPENSATIENOTA_VERSIE}).`);
  }
  const n = g.bedragen;
  const periode = `het ${g.halfjaarNaam} (${formatDatum(g.van)} tot en met ${formatDatum(g.tot)})`;
  const swv = g.swvNamen.length === 1 ? `het samenwerkingsverband Zorg "${g.swvNamen[0]}"` : `de samenwerkingsverbanden Zorg ${g.swvNamen.map((s) => `"${s}"`).join(' en ')}`;
  const afrekening: { omschrijving: string; detail?: string; bedragCent: number }[] = [
    { omschrijving: `Compensatie voor de trajecten van deze nota (${g.trajecten.length})`, bedragCent: g.bedragCent },
  ];
  if (g.andereHalfjarenCent !== 0) afrekening.push({ omschrijving: 'Al betaald voor deze trajecten in een ander halfjaar', bedragCent: -g.andereHalfjarenCent });
  afrekening.push({ omschrijving: 'Verschuldigd voor deze periode', bedragCent: n.verschuldigdCent });
  if (n.eerderBetaaldCent !== 0) afrekening.push({ omschrijving: 'Al afgerekend voor deze periode', bedragCent: -n.eerderBetaaldCent });
  afrekening.push({ omschrijving: n.saldoCent < 0 ? 'Saldo: terug te vorderen' : 'Saldo', bedragCent: n.saldoCent });
  if (n.verrekendCent > 0) afrekening.push({ omschrijving: 'Verrekening met een openstaande terugvordering', bedragCent: -n.verrekendCent });

  const trajectTabel = bedragenTabel(
    g.trajecten.map((t, i) => ({
      omschrijving: `${i + 1}. Traject ${t.trajectnummer} – ${t.deelnemer}\neinde ${formatDatum(t.einddatum)}${g.swvNamen.length > 1 ? ` – ${t.swvNaam}` : ''}`,
      detail: `${pct(t.percentage)} = ${euro(t.bedragCent)}${t.reedsBetaaldCent ? `\nal betaald ${euro(t.reedsBetaaldCent)}` : ''}`,
      bedragCent: t.teBetalenCent,
    })),
    { omschrijving: 'Totaal', bedragCent: g.trajecten.reduce((s, t) => s + t.teBetalenCent, 0) },
  );
  const nul = g.trajecten.filter((t) => t.percentage === 0 && t.reedsBetaaldCent === 0).length;

  const body: Content[] = [
    alinea(
      `Als administratief aanspreekpunt van ${swv} ontvangt uw organisatie de compensatie voor de afgeronde activeringstrajecten en verdeelt u ze onder de partners ` +
        `(artikel 13 van het besluit). Met deze nota delen wij u de berekening mee voor ${periode}.`,
    ),
    alinea(vet('Beslissing: '), vet(beslissingZin(n, 'compensatie', periode))),
    ...sectie('Afrekening', [
      bedragenTabel(afrekening, { omschrijving: n.saldoCent < 0 ? 'Terug te vorderen' : 'Te betalen', bedragCent: n.saldoCent < 0 ? n.saldoCent : n.teBetalenCent }),
      ...betalingAlinea({ ...n, briefdatum: g.datum }, 'compensatie'),
    ]),
    ...sectie('Berekening per traject', [
      alinea(
        `Een traject telt mee in het halfjaar waarin het eindigt: wanneer het eindverslag en het eindadvies allebei geregistreerd zijn (de laatste van de twee datums), ` +
          `of op de datum waarop het vroegtijdig beëindigd werd. De looptijd loopt van het trajectplan tot dat einde. ` +
          `U ontvangt ${pct(g.pctVolledig)} van ${euro(g.bedragPerTrajectCent)} voor een afgerond traject van minstens ${aantalMet(g.minimumMaanden, 'maand', 'maanden')}, ` +
          `${pct(g.pctVroegtijdig)} voor een vroegtijdig beëindigd traject van minstens ${aantalMet(g.minimumMaanden, 'maand', 'maanden')} en ${pct(g.pctKort)} voor een korter traject. ` +
          'Een verlenging van het traject geeft geen bijkomende compensatie. Wij vermelden de trajecten met hun nummer bij VDAB en de deelnemer alleen met initialen of geboortejaar.',
      ),
      trajectTabel,
      { text: g.afrondingsregel, style: 'klein', margin: [0, 0, 0, 8] },
    ]),
  ];
  if (nul) {
    body.push(alinea(`${nul} ${nul === 1 ? 'traject eindigde' : 'trajecten eindigden'} vóór de minimumduur of zonder trajectplan en ${nul === 1 ? 'geeft' : 'geven'} geen compensatie (0 %). Het traject staat wel in de lijst, zodat u ziet dat het meegeteld werd.`));
  }

  const feiten = [
    `Volgens de gegevens die VDAB ons bezorgde, eindigden in ${periode} ${g.trajecten.length} ${g.trajecten.length === 1 ? 'activeringstraject' : 'activeringstrajecten'} die aan ${swv} zijn toegewezen.`,
    ...(n.volgnummer > 1 ? ['Na correcties in de gegevens werd de compensatie voor deze periode opnieuw berekend; wat al afgerekend werd, is in mindering gebracht.'] : []),
  ];
  const gronden = [
    `Artikel 20 van ${BVR} kent het samenwerkingsverband Zorg een compensatievergoeding van ${euro(g.bedragPerTrajectCent)} per activeringstraject toe (index ${formatDatumLang(g.bedragGeldigVan)}).`,
    `Artikel 21 bepaalt dat de vergoeding tweemaal per jaar wordt uitbetaald op basis van het aantal afgeronde activeringstrajecten: ${g.pctVolledig === 100 ? 'volledig' : pct(g.pctVolledig)} wanneer het eindverslag en het eindadvies geregistreerd zijn en het traject minstens ${aantalMet(g.minimumMaanden, 'maand', 'maanden')} liep, ${pct(g.pctVroegtijdig)} wanneer het traject na minstens ${aantalMet(g.minimumMaanden, 'maand', 'maanden')} vroegtijdig beëindigd werd.`,
    `Trajecten die vóór ${formatDatumLang(g.regelingVanaf)} werden aangemeld, lopen verder onder de regeling die toen gold (artikel 71) en vallen niet onder deze afrekening.`,
  ];
  const beroep = notaBeroep(g, 'het Departement Zorg, Afdeling Werk en Zorg', 'het Departement Zorg, Afdeling Werk en Zorg');

  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: onderwerpCompensatienota(g),
    body,
    rechtsgrond: [`${DECREET};`, `${BVR}, artikel 13, 20, 21 en 71;`, `${MOTIVERINGSWET};`, `${BESTUURSDECREET}.`],
    motivering: [
      { text: 'Feiten', style: 'subkop' },
      ...feiten.map((f) => alinea(f)),
      { text: 'Juridische gronden', style: 'subkop' },
      ...gronden.map((f) => alinea(f)),
    ],
    beroep,
    bijlagen: [],
  });
}
