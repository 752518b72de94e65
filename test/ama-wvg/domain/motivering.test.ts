/**
 * Issue 15 point 1: the motivation of a recognition decision in well-formed Dutch building blocks — facts, the
 * assessment per condition, a conclusion — without checklist fragments, slashes for plurals, hard line breaks
 * inside a sentence, or the legal basis repeated (the letter prints it once). Expected texts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { alsTekst, motiveringBouwstenen } from '../../../shared/ama-wvg/motivering';
import { controleerAanvraag } from '../../../shared/ama-wvg/erkenning';

const controles = (over: Partial<Parameters<typeof controleerAanvraag>[0]> = {}) =>
  controleerAanvraag({
    ontvangenOp: '2026-10-01', organisatieActief: true, organisatieTypeCode: 'MAATWERKBEDRIJF', organisatieTypeNaam: 'Maatwerkbedrijf',
    typeErkenbaar: true, typeErkenbaarTot: null, personeel: [{ naam: 'Sofie Maes', bachelorRichting: 'sociaal', ervaringJaren: null }],
    minimumErvaringJaren: 2, verzekeringVerklaard: true, andereLopendeAanvragen: [], overlappendeErkenningen: [], ...over,
  });

const aanvraag = {
  organisatieNaam: 'vzw De Brug',
  ontvangenOp: '2026-10-01',
  kanaal: 'e-loket',
  opschortingen: [{ id: 1, van: '2026-10-05', tot: '2026-10-19', reden: 'Diploma van Sofie Maes;\nAttest van de verzekering.' }],
  controles: controles(),
  personeel: [{ id: 1, naam: 'Sofie Maes', insz: '', bachelorRichting: 'sociaal', ervaringJaren: null }],
} as never;

describe('motivation building blocks (AMA WVG recognition)', () => {
  it('facts: the receipt and each answered request for information, as sentences', () => {
    const m = motiveringBouwstenen(aanvraag, 'gegrondheid', true);
    expect(alsTekst(m.feiten)).toBe(
      'vzw De Brug diende op 01/10/2026 via het e-loket een aanvraag in tot erkenning als begeleider arbeidsmatige activiteiten.\n\n' +
        'Op 05/10/2026 vroegen wij bijkomende informatie: diploma van Sofie Maes en attest van de verzekering. Die informatie ontvingen wij op 19/10/2026; de beslissingstermijn was in die periode opgeschort.',
    );
  });

  it('granting: one assessment per condition and the conclusion; no slash plurals, no article list', () => {
    const m = motiveringBouwstenen(aanvraag, 'gegrondheid', true);
    expect(m.gronden.map((b) => b.id)).toEqual(['organisatie-actief', 'type-erkenbaar', 'personeel', 'verzekering', 'geen-overlap', 'conclusie']);
    expect(m.gronden.find((b) => b.id === 'type-erkenbaar')!.tekst).toBe('Maatwerkbedrijf behoort tot de organisaties die als begeleider erkend kunnen worden.');
    expect(m.gronden.find((b) => b.id === 'personeel')!.tekst).toBe(
      'De organisatie zet 1 personeelslid in met een bachelordiploma in een medische, paramedische, sociale, psychologische of pedagogische richting of met minstens 2 jaar ervaring met de doelgroep.',
    );
    expect(m.gronden.at(-1)!.tekst).toBe('De organisatie voldoet aan alle erkenningsvoorwaarden. De erkenning wordt toegekend voor vijf jaar.');
    const tekst = alsTekst(m.gronden);
    expect(tekst).not.toMatch(/\/-|art\.|BVR|Decreet/);
    for (const alinea of tekst.split('\n\n')) expect(alinea).not.toContain('\n');
  });

  it('refusing: the conclusion names the conditions that are not met', () => {
    const a = { ...(aanvraag as object), controles: controles({ verzekeringVerklaard: false, personeel: [] }), personeel: [] } as never;
    const m = motiveringBouwstenen(a, 'gegrondheid', false);
    expect(m.gronden.at(-1)!.tekst).toBe('De organisatie voldoet niet aan de voorwaarden over gekwalificeerd personeel en verzekering. De erkenning wordt daarom geweigerd.');
    expect(m.gronden.find((b) => b.id === 'verzekering')!.tekst).toBe('De organisatie verklaart geen verzekering burgerlijke aansprakelijkheid te hebben die ook beroepsfouten dekt.');
  });

  it('admissibility: only the facts and a conclusion', () => {
    expect(motiveringBouwstenen(aanvraag, 'ontvankelijkheid', true).gronden).toEqual([
      { id: 'conclusie', titel: 'Conclusie', tekst: 'De aanvraag bevat alle gegevens en stukken die het besluit vraagt. Ze is ontvankelijk en wordt ten gronde onderzocht.' },
    ]);
  });
});
