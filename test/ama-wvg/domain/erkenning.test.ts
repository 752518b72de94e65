import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { controleerAanvraag, erkenningEinde, hernieuwingIngang, type AanvraagFeiten } from '../../../shared/ama-wvg/erkenning';
import { addDays, addMonths, toDayNumber } from '../../../shared/kernel/dates';

describe('validity of a recognition (BVR art. 47–49: 5 years)', () => {
  it('runs 5 years from the effective date, last day inclusive', () => {
    expect(erkenningEinde('2026-12-01', 5)).toBe('2031-11-30');
    expect(erkenningEinde('2027-01-01', 5)).toBe('2031-12-31');
  });
  it('a start on 29 February ends on 28 February five years later', () => {
    expect(erkenningEinde('2028-02-29', 5)).toBe('2033-02-28');
  });
  it('a renewal starts the day after the running recognition ends: no gap, no overlap', () => {
    expect(hernieuwingIngang('2031-11-30')).toBe('2031-12-01');
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2040-12-31') }), (dn) => {
        const start = addDays('1970-01-01', dn);
        const einde = erkenningEinde(start, 5);
        const volgende = hernieuwingIngang(einde);
        expect(addDays(einde, 1)).toBe(volgende);
        expect(erkenningEinde(volgende, 5) > einde).toBe(true);
        // length is 5 × 365 or 5 × 365 + leap days (1 or 2)
        const len = toDayNumber(einde) - toDayNumber(start) + 1;
        expect(len).toBeGreaterThanOrEqual(1826);
        expect(len).toBeLessThanOrEqual(1827);
      }),
    );
  });
  it('addMonths clamps to the end of the month (reminder 6 months before expiry)', () => {
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-22', 6)).toBe('2027-05-22');
    expect(addMonths('2031-11-30', -6)).toBe('2031-05-30');
  });
});

const basis: AanvraagFeiten = {
  ontvangenOp: '2026-11-02',
  organisatieActief: true,
  organisatieTypeCode: 'CAW',
  organisatieTypeNaam: 'Centrum voor algemeen welzijnswerk',
  typeErkenbaar: true,
  typeErkenbaarTot: null,
  personeel: [{ naam: 'An', bachelorRichting: 'sociaal', ervaringJaren: null }],
  minimumErvaringJaren: 2,
  verzekeringVerklaard: true,
  andereLopendeAanvragen: [],
  overlappendeErkenningen: [],
};
const fout = (f: Partial<AanvraagFeiten>) => controleerAanvraag({ ...basis, ...f }).filter((c) => !c.ok).map((c) => c.code);

describe('checks on an application (BVR art. 46–49, 74)', () => {
  it('a complete application passes every check', () => {
    expect(fout({})).toEqual([]);
  });
  it('art. 46: the organisation type must be eligible', () => {
    expect(fout({ typeErkenbaar: false })).toEqual(['type-erkenbaar']);
  });
  it('art. 74: onderwijsinstelling and PAAZ are no longer eligible from 1 January 2024', () => {
    expect(fout({ typeErkenbaarTot: '2023-12-31', ontvangenOp: '2023-12-31' })).toEqual([]);
    const c = controleerAanvraag({ ...basis, typeErkenbaarTot: '2023-12-31', ontvangenOp: '2024-01-01', organisatieTypeNaam: 'Onderwijsinstelling' });
    expect(c.find((x) => x.code === 'type-erkenbaar')).toMatchObject({ ok: false, artikel: 'BVR art. 46 en 74', melding: expect.stringContaining('01/01/2024') });
  });
  it('art. 46: at least one staff member with a listed bachelor or 2 years of experience', () => {
    expect(fout({ personeel: [] })).toEqual(['personeel']);
    expect(fout({ personeel: [{ naam: 'B', bachelorRichting: null, ervaringJaren: 1 }] })).toEqual(['personeel']);
    expect(fout({ personeel: [{ naam: 'B', bachelorRichting: null, ervaringJaren: 2 }] })).toEqual([]);
  });
  it('art. 46: liability insurance declared', () => {
    expect(fout({ verzekeringVerklaard: false })).toEqual(['verzekering']);
  });
  it('art. 47–49: no other running application or overlapping active recognition', () => {
    expect(fout({ andereLopendeAanvragen: [12] })).toEqual(['geen-overlap']);
    expect(fout({ overlappendeErkenningen: ['AMA-WVG-2024-0001'] })).toEqual(['geen-overlap']);
  });
  it('a ceased organisation fails', () => {
    expect(fout({ organisatieActief: false })).toEqual(['organisatie-actief']);
  });
});
