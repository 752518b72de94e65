import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  afrondenOpCent,
  begeleideDagen,
  begeleiderBedrag,
  berekenLijn,
  berekenPlafond,
  betalingsReferentie,
  deelnemerLabel,
  GeenBedragFout,
  jaarbedrag,
  parseHalfjaar,
  plafondToets,
  segmenten,
  telDagen,
  type BedragPeriode,
  type OpenInterval,
} from '../../../shared/ama-wvg/subsidie';
import { addDays, toDayNumber, fromDayNumber } from '../../../shared/kernel/dates';

const A = 106_120; // € 1.061,20 (BVR art. 50, index 1/4/2022)
const BEDRAG: BedragPeriode[] = [{ van: '2024-01-01', tot: null, bedragCent: A }];
/** A test index on 1 April 2026: € 1.082,42 (+2 %). */
const MET_INDEX: BedragPeriode[] = [
  { van: '2024-01-01', tot: '2026-03-31', bedragCent: A },
  { van: '2026-04-01', tot: null, bedragCent: 108_242 },
];
const ERKEND = [{ van: '2020-01-01', tot: '2099-12-31' }];

const lijn = (periode: string, overeenkomsten: OpenInterval[], bedragen = BEDRAG, erkenningen = ERKEND) =>
  berekenLijn({ halfjaar: parseHalfjaar(periode), overeenkomsten, erkenningen, bedragen });

describe('afrondenOpCent: the one rounding rule (art. 50: amounts in whole cents)', () => {
  it('rounds half away from zero, exactly', () => {
    expect(afrondenOpCent(5, 2)).toBe(3); // 2,5 → 3
    expect(afrondenOpCent(-5, 2)).toBe(-3); // −2,5 → −3
    expect(afrondenOpCent(7, 3)).toBe(2); // 2,33 → 2
    expect(afrondenOpCent(8, 3)).toBe(3); // 2,67 → 3
    expect(afrondenOpCent(-8, 3)).toBe(-3);
    expect(afrondenOpCent(0, 365)).toBe(0);
    expect(afrondenOpCent(10, -4)).toBe(-3); // −2,5 → −3 (sign in the denominator)
    // A numerator beyond 2^53 stays exact with BigInt.
    expect(afrondenOpCent(2n ** 60n + 1n, 2n ** 10n)).toBe(2 ** 50);
    expect(() => afrondenOpCent(1, 0)).toThrow(RangeError);
  });

  it('property: |result − t/n| ≤ ½, ties go away from zero, and it is odd-symmetric', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 100_000 }), (t, n) => {
        const r = afrondenOpCent(t, n);
        const diff2n = Math.abs(2 * (r * n - t)); // 2n·|r − t/n|
        expect(diff2n).toBeLessThanOrEqual(n);
        if (diff2n === n) expect(Math.abs(r * n)).toBeGreaterThan(Math.abs(t)); // a tie: away from zero
        expect(afrondenOpCent(-t, n)).toBe(-r || 0);
        expect(afrondenOpCent(BigInt(t), BigInt(n))).toBe(r); // the integer fast path equals the BigInt path
        expect(afrondenOpCent(t, -n)).toBe(-r || 0);
      }),
    );
  });
});

describe('half-years (art. 50: paid twice a year)', () => {
  it('H1 = 01/01–30/06, H2 = 01/07–31/12; 365 or 366 days in the year', () => {
    expect(parseHalfjaar('2026-H1')).toMatchObject({ van: '2026-01-01', tot: '2026-06-30', dagen: 181, dagenInJaar: 365 });
    expect(parseHalfjaar('2026-H2')).toMatchObject({ van: '2026-07-01', tot: '2026-12-31', dagen: 184, dagenInJaar: 365 });
    expect(parseHalfjaar('2028-H1')).toMatchObject({ dagen: 182, dagenInJaar: 366 });
    expect(() => parseHalfjaar('2026-H3')).toThrow(RangeError);
  });
});

describe('days guided: union of agreement periods (art. 50, no double counting of parallel werkposten)', () => {
  const h1 = parseHalfjaar('2026-H1');
  it('parallel werkposten count once; start and end inclusive; an open end runs to the half-year end', () => {
    const p = begeleideDagen([{ van: '2026-01-01', tot: '2026-03-31' }, { van: '2026-02-01', tot: '2026-04-30' }], h1);
    expect(p).toEqual([{ van: '2026-01-01', tot: '2026-04-30' }]);
    expect(telDagen(p)).toBe(120);
    expect(telDagen(begeleideDagen([{ van: '2026-06-30', tot: '2026-06-30' }], h1))).toBe(1);
    expect(telDagen(begeleideDagen([{ van: '2026-06-01', tot: null }], h1))).toBe(30);
    expect(telDagen(begeleideDagen([{ van: '2025-03-01', tot: null }], h1))).toBe(181);
  });

  it('capped by the recognition (days outside it do not count)', () => {
    const l = lijn('2026-H1', [{ van: '2026-01-01', tot: null }], BEDRAG, [{ van: '2021-04-01', tot: '2026-03-31' }]);
    expect(l.dagen).toBe(90);
    expect(l.dagenBuitenErkenning).toBe(91);
    // A renewal that follows on is one continuous recognition.
    const verlengd = lijn('2026-H1', [{ van: '2026-01-01', tot: null }], BEDRAG, [{ van: '2021-04-01', tot: '2026-03-31' }, { van: '2026-04-01', tot: '2031-03-31' }]);
    expect(verlengd.dagen).toBe(181);
  });

  it('property: the union never exceeds the half-year, and a parallel agreement inside an existing one changes nothing', () => {
    const dag = fc.integer({ min: toDayNumber('2025-10-01'), max: toDayNumber('2027-03-31') });
    const ovk = fc.tuple(dag, fc.option(fc.integer({ min: 0, max: 400 }), { nil: null })).map(([s, len]) => ({
      van: fromDayNumber(s),
      tot: len === null ? null : fromDayNumber(s + len),
    }));
    fc.assert(
      fc.property(fc.array(ovk, { minLength: 1, maxLength: 6 }), fc.constantFrom('2026-H1', '2026-H2'), fc.nat(), fc.nat(), (lijst, periode, i, off) => {
        const h = parseHalfjaar(periode);
        const l = lijn(periode, lijst);
        expect(l.dagen).toBeLessThanOrEqual(h.dagen);
        expect(l.dagen).toBeLessThanOrEqual(lijst.reduce((n, o) => n + telDagen(begeleideDagen([o], h)), 0));
        // a parallel agreement inside agreement i
        const o = lijst[i % lijst.length];
        const eind = o.tot ?? '2027-12-31';
        const lengte = toDayNumber(eind) - toDayNumber(o.van);
        const van = addDays(o.van, off % (lengte + 1));
        const binnen = { van, tot: addDays(van, Math.floor((toDayNumber(eind) - toDayNumber(van)) / 2)) };
        const l2 = lijn(periode, [...lijst, binnen]);
        expect(l2.dagen).toBe(l.dagen);
        expect(l2.bedragCent).toBe(l.bedragCent);
      }),
    );
  });
});

describe('pro rata amount per participant line (art. 50: max € 1.061,20 per participant per year)', () => {
  it('a full first half-year 2026: 181 days × € 1.061,20 / 365, rounded once', () => {
    const l = lijn('2026-H1', [{ van: '2026-01-01', tot: null }]);
    // 106120 × 181 / 365 = 52.623,89… → 52.624
    expect(l).toMatchObject({ dagen: 181, teller: String(106_120 * 181), noemer: 365, bedragCent: 52_624 });
    expect(l.formule).toBe('181 dagen × € 1.061,20 / 365 = € 526,24');
  });

  it('leap year 2028: 366 days in the year; H1 182 days, H2 184; together exactly € 1.061,20', () => {
    const ovk = [{ van: '2027-09-01', tot: null }];
    const h1 = lijn('2028-H1', ovk);
    const h2 = lijn('2028-H2', ovk);
    expect(h1).toMatchObject({ dagen: 182, noemer: 366, bedragCent: 52_770 }); // 106120 × 182 / 366 = 52.770,05
    expect(h2).toMatchObject({ dagen: 184, bedragCent: 53_350 }); // 106120 − 52770
    expect(h1.bedragCent + h2.bedragCent).toBe(A);
    expect(h1.formule).toBe('182 dagen × € 1.061,20 / 366 = € 527,70');
  });

  it('an agreement crossing the half-year boundary is split over the two runs', () => {
    const ovk = [{ van: '2026-05-01', tot: '2026-08-31' }];
    const h1 = lijn('2026-H1', ovk);
    const h2 = lijn('2026-H2', ovk);
    expect(h1).toMatchObject({ dagen: 61, bedragCent: 17_735 }); // 106120 × 61 / 365 = 17.735,34
    expect(h2).toMatchObject({ dagen: 62 });
    // year: 123 days → 106120 × 123 / 365 = 35.760,87 → 35.761; H2 = 35.761 − 17.735 = 18.026 (62 days alone: 18.025,53 → 18.026)
    expect(h2.bedragCent).toBe(18_026);
    expect(h1.bedragCent + h2.bedragCent).toBe(jaarbedrag(2026, ovk, ERKEND, BEDRAG));
  });

  it('the H2 line takes the cent from the year rounding when its own rounding would differ, and says so', () => {
    // 1 day in H1 (290,74 → 291) and 1 day in H2: year 2 days = 581,48 → 581, so H2 = 290 (its own 290,74 would give 291)
    const ovk = [{ van: '2026-06-30', tot: '2026-07-01' }];
    const h1 = lijn('2026-H1', ovk);
    const h2 = lijn('2026-H2', ovk);
    expect(h1.bedragCent).toBe(291);
    expect(h2.bedragCent).toBe(290);
    expect(h2.formule).toBe('1 dag × € 1.061,20 / 365 = € 2,90 (afgerond via het jaarbedrag)');
    expect(h2.afronding).toMatch(/^Jaarbedrag € 5,81 \(2 dagen in 2026, één keer afgerond\) − eerste halfjaar € 2,91/);
    expect(h2.jaar).toMatchObject({ dagen: 2, bedragCent: 581, eersteHalfjaarCent: 291 });
  });

  it('an index change during the half-year splits the days into segments, one rounding for the line', () => {
    const l = lijn('2026-H1', [{ van: '2026-01-01', tot: null }], MET_INDEX);
    expect(l.segmenten).toEqual([
      { van: '2026-01-01', tot: '2026-03-31', dagen: 90, jaarbedragCent: 106_120 },
      { van: '2026-04-01', tot: '2026-06-30', dagen: 91, jaarbedragCent: 108_242 },
    ]);
    // (90 × 106120 + 91 × 108242) / 365 = 19.400.822 / 365 = 53.152,94… → 53.153
    expect(l.bedragCent).toBe(53_153);
    expect(l.formule).toBe('90 dagen × € 1.061,20 / 365 + 91 dagen × € 1.082,42 / 365 = € 531,53');
    // Full year 2026 with the index: H1 + H2 = the year's amount
    const h2 = lijn('2026-H2', [{ van: '2026-01-01', tot: null }], MET_INDEX);
    expect(l.bedragCent + h2.bedragCent).toBe(afrondenOpCent(90 * 106_120 + 275 * 108_242, 365));
  });

  it('days without a yearly amount (before the parameter starts) are refused with the date', () => {
    expect(() => segmenten([{ van: '2023-12-30', tot: '2024-01-02' }], BEDRAG)).toThrow(GeenBedragFout);
    expect(() => segmenten([{ van: '2023-12-30', tot: '2024-01-02' }], BEDRAG)).toThrow(/30\/12\/2023/);
  });

  it('property (art. 50): for a full calendar year H1 + H2 = the yearly amount exactly — for any agreements and any index', () => {
    const jaarArb = fc.constantFrom(2024, 2025, 2026, 2027, 2028);
    fc.assert(
      fc.property(
        jaarArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 365 }), fc.option(fc.integer({ min: 0, max: 500 }), { nil: null })), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 364 }),
        fc.integer({ min: 50_000, max: 200_000 }),
        fc.integer({ min: 50_000, max: 200_000 }),
        (jaar, ruw, indexDag, a1, a2) => {
          const start = toDayNumber(`${jaar}-01-01`);
          const ovk = ruw.map(([s, len]) => ({ van: fromDayNumber(start - 100 + s), tot: len === null ? null : fromDayNumber(start - 100 + s + len) }));
          const wissel = fromDayNumber(start + indexDag);
          const bedragen: BedragPeriode[] = [
            { van: '2020-01-01', tot: addDays(wissel, -1), bedragCent: a1 },
            { van: wissel, tot: null, bedragCent: a2 },
          ];
          const h1 = lijn(`${jaar}-H1`, ovk, bedragen);
          const h2 = lijn(`${jaar}-H2`, ovk, bedragen);
          expect(h1.bedragCent + h2.bedragCent).toBe(jaarbedrag(jaar, ovk, ERKEND, bedragen));
          expect(h2.jaar?.eersteHalfjaarCent).toBe(h1.bedragCent);
        },
      ),
    );
  });

  it('property: a participant guided the whole year gets exactly the yearly amount (365 or 366 days)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2040 }), fc.integer({ min: 1, max: 500_000 }), (jaar, a) => {
        const bedragen = [{ van: '2024-01-01', tot: null, bedragCent: a }];
        const ovk = [{ van: `${jaar - 1}-05-01`, tot: null }];
        expect(lijn(`${jaar}-H1`, ovk, bedragen).bedragCent + lijn(`${jaar}-H2`, ovk, bedragen).bedragCent).toBe(a);
      }),
    );
  });
});

describe('budget cap (bisnota §3: maximum number of subsidised guidances; rule 1 = same percentage for all)', () => {
  it('H1: participant-years of the half-year against max × 181/365; under it nothing changes', () => {
    const p = berekenPlafond({ halfjaar: parseHalfjaar('2026-H1'), regel: 1, maxBegeleidingenJaar: 5658, dagenEersteHalfjaar: 500_000 });
    expect(p.toets).toMatchObject({ grondslag: 'halfjaar', overschreden: false, factor: null, begeleidingen: '1.369,86', toegestaan: '2.805,75' });
    expect(p.toets.formule).toBe('500.000 begeleide dagen / 365 = 1.369,86 begeleidingen ≤ maximum 5.658 × 181 / 365 = 2.805,75 begeleidingen voor het halfjaar (181 van 365 dagen): geen vermindering.');
  });

  it('H1 over the cap: every begeleider × the same factor, shown as a percentage', () => {
    // 1.100.000 days / 365 = 3.013,70 > 2.805,75 → factor 1.024.098 / 1.100.000; reduction 6,9002 %
    const p = berekenPlafond({ halfjaar: parseHalfjaar('2026-H1'), regel: 1, maxBegeleidingenJaar: 5658, dagenEersteHalfjaar: 1_100_000 });
    expect(p.toets.factor).toEqual({ teller: String(5658 * 181), noemer: '1100000' });
    expect(p.toets.verminderingspercentage).toBe('6,9002 %');
    const b = begeleiderBedrag(parseHalfjaar('2026-H1'), [{ bedragCent: 52_624 }, { bedragCent: 17_735 }], p);
    // 70.359 × 1.024.098 / 1.100.000 = 65.503,98… → 65.504
    expect(b).toMatchObject({ brutoCent: 70_359, verschuldigdCent: 65_504, verminderingCent: 4_855 });
  });

  it('H2 settles the cap over the year: a provisional H1 reduction is given back when the year stays under the maximum', () => {
    const h2 = parseHalfjaar('2026-H2');
    const p = berekenPlafond({ halfjaar: h2, regel: 1, maxBegeleidingenJaar: 5658, dagenEersteHalfjaar: 1_100_000, dagenJaar: 1_900_000 });
    expect(p.eersteHalfjaar?.overschreden).toBe(true);
    expect(p.toets).toMatchObject({ grondslag: 'jaar', overschreden: false }); // 1.900.000 / 365 = 5.205,48 ≤ 5.658
    const lijnen = [{ bedragCent: 53_496, jaar: { dagen: 365, teller: '', bedragCent: 106_120, eersteHalfjaarDagen: 181, eersteHalfjaarCent: 52_624 } }];
    const b = begeleiderBedrag(h2, lijnen, p);
    // year 106.120 (no reduction) − H1 52.624 × 1.024.098 / 1.100.000 = 48.992,85 → 48.993: 57.127
    expect(b.jaar).toMatchObject({ verschuldigdJaarCent: 106_120, verschuldigdEersteHalfjaarCent: 48_993 });
    expect(b).toMatchObject({ brutoCent: 53_496, verschuldigdCent: 57_127, verminderingCent: -3_631 });
  });

  it('an unknown rule is refused (parameter AMA_WVG_PLAFOND_VERMINDERING)', () => {
    expect(() => berekenPlafond({ halfjaar: parseHalfjaar('2026-H1'), regel: 2, maxBegeleidingenJaar: 1, dagenEersteHalfjaar: 1 })).toThrow(/plafondregel 2/);
  });

  it('property: reduced totals never exceed the limit (within one cent per begeleider)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 6000 }), (bedragen, max) => {
        const dagen = bedragen.reduce((a, b) => a + Math.ceil(b / 290), 0) + 1;
        const t = plafondToets({ grondslag: 'halfjaar', dagenTotaal: dagen, dagenInJaar: 365, dagenPeriode: 181, maxBegeleidingenJaar: max });
        const totaal = bedragen.reduce((a, b) => a + b, 0);
        const na = bedragen.reduce((a, b) => a + (t.factor ? afrondenOpCent(BigInt(b) * BigInt(t.factor.teller), BigInt(t.factor.noemer)) : b), 0);
        if (!t.factor) expect(na).toBe(totaal);
        else expect(na).toBeLessThanOrEqual(Math.ceil((totaal * Number(t.factor.teller)) / Number(t.factor.noemer)) + bedragen.length);
      }),
    );
  });
});

describe('payment reference and participant label (no personal data beyond the minimum)', () => {
  it('reference from period and KBO digits; re-runs numbered', () => {
    expect(betalingsReferentie('2026-H1', '0417.497.106', 1)).toBe('AMAWVG-2026H1-0417497106');
    expect(betalingsReferentie('2026-H1', '0417.497.106', 2)).toBe('AMAWVG-2026H1-0417497106-2');
  });
  it('initials and birth year only', () => {
    expect(deelnemerLabel({ voornaam: 'Jan', achternaam: 'Peeters', geboortejaar: 1985 })).toBe('J.P. (°1985)');
    expect(deelnemerLabel({ voornaam: 'Anne-Marie', achternaam: 'Van den Broeck', geboortejaar: 1970 })).toBe('A.M.V.B. (°1970)');
    expect(deelnemerLabel({ voornaam: null, achternaam: null, geboortejaar: 1960 })).toBe('geanonimiseerd (°1960)');
  });
});
