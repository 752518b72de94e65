/**
 * The decision letter (beslissingsbrief), one layout for every decision type: the decision in one
 * clear sentence, consequences, legal basis, motivation (facts and legal grounds, Wet 29 juli 1991
 * art. 2–3), the appeal clause with the administrative objection where the rules give one, contact
 * person and signatory (LETTERS.md "Parts of a decision letter").
 *
 * The wording per decision type (`BeslissingTekst`) is resolved by the dossier's letter module
 * (e.g. erkenningsbrieven.ts) and stored with the document, so `build` is pure.
 */
import type { Beslissing } from '../../../shared/engines/beslissing.contract';
import { formatDatum } from '../../../shared/kernel/format';
import type { CallContext } from '../platform/context';
import { parameterGetal } from '../platform/parameter';
import { resolveBasis, type BasisGegevens, briefKop } from './basis';
import { alinea, buildLetter, vet, type Beroep, type Bezwaar } from './houseStyle';
import type { Content, DocDefinition } from './pdf';
import type { VoorbereideBrief } from './store';

export const BESLISSINGSBRIEF_VERSIE = 1;

export const DECREET = 'het decreet van 8 juli 2022 over de werk- en zorgtrajecten';
export const BVR = 'het besluit van de Vlaamse Regering van 18 november 2022 tot uitvoering van het decreet van 8 juli 2022 over de werk- en zorgtrajecten';
export const MOTIVERINGSWET = 'de wet van 29 juli 1991 betreffende de uitdrukkelijke motivering van de bestuurshandelingen, artikel 2 en 3';
export const BESTUURSDECREET = 'het Bestuursdecreet van 7 december 2018, artikel II.20 en II.21';

/** The wording of one decision, resolved from the dossier. */
export interface BeslissingTekst {
  /** Letter type code stored with the document, e.g. 'erkenningsbeslissing'. */
  briefType: string;
  onderwerp: string;
  /** The decision itself: one clear sentence (first paragraph, bold). */
  beslissing: string;
  /** Context before the decision (what was asked, when). */
  inleiding: string[];
  /** Consequences and practicalities. */
  gevolgen: string[];
  /** Articles applied (added to the legal basis after the decree and the BVR). */
  artikels: string;
  /** With whom an objection is lodged, when the rules give one (with `bezwaarTermijnDagen`). */
  bezwaarBij?: string;
  bijlagen?: string[];
}

export interface BeslissingsbriefGegevens extends BasisGegevens {
  briefType: string;
  templateVersie: number;
  beslissing: Pick<Beslissing, 'id' | 'type' | 'beslissingsdatum' | 'ingangsdatum' | 'einddatum' | 'feiten' | 'rechtsgronden' | 'rechtsbasis' | 'bestuursorgaan' | 'bezwaarTermijnDagen'>;
  tekst: BeslissingTekst;
  rvsDagen: number;
}

/** `contactpersoonId`: the officer handling the dossier (who drafted the decision), not the signatory. */
export function resolveBeslissingsbrief(call: CallContext, b: Beslissing, tekst: BeslissingTekst, contactpersoonId?: number): BeslissingsbriefGegevens {
  const basis = resolveBasis(
    call,
    { organisatieId: b.organisatieId, ondertekenaarId: b.ondertekenaarId ?? undefined, contactpersoonId },
    b.departement as 'ZORG' | 'WSE',
    true,
  );
  return {
    briefType: tekst.briefType,
    templateVersie: BESLISSINGSBRIEF_VERSIE,
    ...basis,
    beslissing: {
      id: b.id, type: b.type, beslissingsdatum: b.beslissingsdatum, ingangsdatum: b.ingangsdatum, einddatum: b.einddatum,
      feiten: b.feiten, rechtsgronden: b.rechtsgronden, rechtsbasis: b.rechtsbasis, bestuursorgaan: b.bestuursorgaan,
      bezwaarTermijnDagen: b.bezwaarTermijnDagen,
    },
    tekst,
    rvsDagen: parameterGetal(call.app.sqlite, 'RVS_BEROEPSTERMIJN', b.beslissingsdatum),
  };
}

const paragrafen = (tekst: string): Content[] => tekst.split(/\n\s*\n/).map((p) => alinea(p.trim()));

export function buildBeslissingsbrief(g: BeslissingsbriefGegevens, opts: { kenmerk: string | null; voorbeeld?: boolean }): DocDefinition {
  if (g.templateVersie !== BESLISSINGSBRIEF_VERSIE) {
    throw new Error(`Beslissingsbrief: sjabloonversie ${g.templateVersie} is niet beschikbaar (huidige versie ${BESLISSINGSBRIEF_VERSIE}).`);
  }
  const b = g.beslissing;
  const t = g.tekst;
  const bezwaar: Bezwaar | null =
    b.bezwaarTermijnDagen && t.bezwaarBij
      ? {
          bij: t.bezwaarBij,
          vorm: `Uw bezwaarschrift is schriftelijk, gedateerd en ondertekend, vermeldt ons kenmerk en de redenen van uw bezwaar. Stuur het aangetekend of via het e-loket naar ${t.bezwaarBij}.`,
          dagen: b.bezwaarTermijnDagen,
        }
      : null;
  const beroep: Beroep = { soort: 'beslissing', bezwaar, rvsDagen: g.rvsDagen };
  const body: Content[] = [
    ...t.inleiding.map((p) => alinea(p)),
    alinea(vet(`Beslissing van ${formatDatum(b.beslissingsdatum)}: `), vet(t.beslissing)),
    ...t.gevolgen.map((p) => alinea(p)),
  ];
  return buildLetter({
    ...briefKop(g, opts),
    onderwerp: t.onderwerp,
    body,
    rechtsgrond: [`${DECREET};`, `${BVR}, ${t.artikels};`, `${MOTIVERINGSWET};`, `${BESTUURSDECREET}.`],
    motivering: [
      { text: 'Feiten', style: 'subkop' },
      ...paragrafen(b.feiten),
      { text: 'Juridische gronden', style: 'subkop' },
      ...paragrafen(b.rechtsgronden),
    ],
    beroep,
    bijlagen: t.bijlagen ?? [],

  });
}

/** Prepare the letter of a decision for rendering (preview) or issuing (through geefBriefUit). */
export function bereidBeslissingsbriefVoor(call: CallContext, b: Beslissing, tekst: BeslissingTekst, contactpersoonId?: number): VoorbereideBrief {
  const gegevens = resolveBeslissingsbrief(call, b, tekst, contactpersoonId);
  return {
    briefType: tekst.briefType,
    templateVersie: BESLISSINGSBRIEF_VERSIE,
    departement: gegevens.departement,
    onderwerp: tekst.onderwerp,
    organisatieId: b.organisatieId,
    dossierEntiteit: b.dossierEntiteit,
    dossierId: String(b.dossierId),
    contactpersoonId: gegevens.contactpersoon.medewerkerId,
    ondertekenaarId: gegevens.ondertekenaar.medewerkerId,
    datum: gegevens.datum,
    aangemaaktOp: gegevens.aangemaaktOp,
    gegevens,
    build: (kenmerk, voorbeeld) => buildBeslissingsbrief(gegevens, { kenmerk, voorbeeld }),
  };
}
