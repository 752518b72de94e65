/**
 * Ranking of competing applications per werk- en zorgregio (BVR art. 16; RULES.md): an application
 * "only as a combination" is mandated only when it ranks first in every region it covers; one "also per
 * region" only where it ranks first; at most one mandate per region. Scores per criterion are weighted
 * (weights per call, the seeds do not fix them). Expected outcomes worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { rangschik, type RangschikkingInvoer } from '../../../shared/swv-zorg/rangschikking';

const criteria = [
  { code: 'nabijheid', omschrijving: 'Nabijheid en bereikbaarheid', gewicht: 2, max: 10 },
  { code: 'expertise', omschrijving: 'Expertise van de partners', gewicht: 1, max: 10 },
];

/** Scores as [nabijheid, expertise] per application and region; totals = 2 × n + e. */
function invoer(scores: Record<string, Record<string, [number, number]>>, extra: Partial<RangschikkingInvoer> = {}): RangschikkingInvoer {
  return {
    regios: ['R1', 'R2'],
    criteria,
    beslechting: { soort: 'vroegst-ingediend' },
    aanvragen: [
      { id: 1, naam: 'A', keuze: 'combinatie', regios: ['R1', 'R2'], ontvangenOp: '2026-03-01' },
      { id: 2, naam: 'B', keuze: 'per-regio', regios: ['R2'], ontvangenOp: '2026-03-02' },
      { id: 3, naam: 'C', keuze: 'per-regio', regios: ['R1', 'R2'], ontvangenOp: '2026-03-03' },
    ],
    scores: Object.entries(scores).flatMap(([naam, perRegio]) =>
      Object.entries(perRegio).flatMap(([regio, [n, e]]) => [
        { aanvraagId: { A: 1, B: 2, C: 3 }[naam]!, regio, criterium: 'nabijheid', score: n },
        { aanvraagId: { A: 1, B: 2, C: 3 }[naam]!, regio, criterium: 'expertise', score: e },
      ]),
    ),
    ...extra,
  };
}

describe('ranking per werk- en zorgregio (art. 16)', () => {
  it('A (only as a combination) is first in region 1 but second in region 2: A gets nothing; C takes region 1, B region 2', () => {
    // R1: A 2×8+8 = 24, C 2×7+6 = 20. R2: B 2×9+9 = 27, A 2×8+9 = 25, C 2×5+5 = 15.
    const r = rangschik(invoer({ A: { R1: [8, 8], R2: [8, 9] }, B: { R2: [9, 9] }, C: { R1: [7, 6], R2: [5, 5] } }));
    expect(r.mandaten).toEqual({ R1: 3, R2: 2 });
    expect(r.uitkomsten).toEqual([
      expect.objectContaining({ aanvraagId: 1, regios: [], uitleg: expect.stringMatching(/Alleen als combinatie.*niet de hoogste in R2.*B.*27.*25/) }),
      expect.objectContaining({ aanvraagId: 2, regios: ['R2'] }),
      expect.objectContaining({ aanvraagId: 3, regios: ['R1'], uitleg: expect.stringMatching(/R1.*hoogste.*R2.*niet/) }),
    ]);
    expect(r.perRegio.R1.map((x) => [x.aanvraagId, x.totaal])).toEqual([[1, 24], [3, 20]]);
    expect(r.perRegio.R2.map((x) => [x.aanvraagId, x.totaal])).toEqual([[2, 27], [1, 25], [3, 15]]);
  });

  it('A first in both regions: A is mandated for the combination; B and C get nothing', () => {
    const r = rangschik(invoer({ A: { R1: [9, 9], R2: [10, 9] }, B: { R2: [9, 9] }, C: { R1: [7, 6], R2: [5, 5] } }));
    expect(r.mandaten).toEqual({ R1: 1, R2: 1 });
    expect(r.uitkomsten.map((u) => [u.aanvraagId, u.regios])).toEqual([[1, ['R1', 'R2']], [2, []], [3, []]]);
  });

  it('C (also per region) first in region 2 beats A there: A drops out, so C also takes region 1', () => {
    const r = rangschik(invoer({ A: { R1: [9, 9], R2: [8, 8] }, B: { R2: [3, 3] }, C: { R1: [7, 6], R2: [10, 10] } }));
    expect(r.mandaten).toEqual({ R1: 3, R2: 3 });
    expect(r.uitkomsten.find((u) => u.aanvraagId === 3)!.regios).toEqual(['R1', 'R2']);
  });

  it('a tie is broken by the call’s rule: the earliest application, or the higher score on a criterion', () => {
    // R2: B 2×8+9 = 25 and C 2×9+7 = 25 tie; A does not compete (only region 1 here).
    const base = { A: { R1: [9, 9] as [number, number] }, B: { R2: [8, 9] as [number, number] }, C: { R1: [1, 1] as [number, number], R2: [9, 7] as [number, number] } };
    const aanvragen = [
      { id: 1, naam: 'A', keuze: 'per-regio' as const, regios: ['R1'], ontvangenOp: '2026-03-01' },
      { id: 2, naam: 'B', keuze: 'per-regio' as const, regios: ['R2'], ontvangenOp: '2026-03-02' },
      { id: 3, naam: 'C', keuze: 'per-regio' as const, regios: ['R1', 'R2'], ontvangenOp: '2026-03-03' },
    ];
    expect(rangschik(invoer(base, { aanvragen })).mandaten.R2).toBe(2); // B filed first
    const perCriterium = rangschik(invoer(base, { aanvragen, beslechting: { soort: 'criterium', criterium: 'nabijheid' } }));
    expect(perCriterium.mandaten.R2).toBe(3); // C scores 9 on nabijheid against B's 8
    expect(perCriterium.perRegio.R2[0].uitleg).toMatch(/gelijk.*nabijheid/i);
  });

  it('a region without applications gets no mandate; a missing score is refused with the application and region', () => {
    const r = rangschik(invoer({ A: { R1: [8, 8], R2: [8, 9] }, B: { R2: [9, 9] }, C: { R1: [7, 6], R2: [5, 5] } }, { regios: ['R1', 'R2', 'R3'] }));
    expect(r.mandaten.R3).toBeNull();
    expect(() => rangschik(invoer({ A: { R1: [8, 8] }, B: { R2: [9, 9] }, C: { R1: [7, 6], R2: [5, 5] } }))).toThrow(/A.*R2.*score/);
  });
});
