/**
 * Compensation per activeringstraject (BVR art. 20–21; RULES.md "Samenwerkingsverband Zorg mandate"):
 * 100 % with eindverslag + eindadvies and a looptijd of at least 3 months, 60 % when ended early after at
 * least 3 months, 0 below 3 months [assumed]; looptijd from the trajectplan to the end; "3 months" = the end
 * on or after the start plus 3 calendar months, a missing day clamped (1 Feb → 1 May, 31 Jan → 30 Apr,
 * 29 Feb → 29 May); trajectories aangemeld before 1 July 2023 fall under the earlier rules (art. 71).
 * Expected values computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { compensatieVan, eindeVolgensArt21, minimumEinde, type CompensatieRegels, type TrajectFeiten } from '../../../shared/swv-zorg/compensatie';

const REGELS: CompensatieRegels = { regelingVanaf: '2023-07-01', minimumMaanden: 3, pctVolledig: 10_000, pctVroegtijdig: 6_000, pctKort: 0, bedragCent: 88_327 };

const traject = (o: Partial<TrajectFeiten> = {}): TrajectFeiten => ({
  datumAanmelding: '2024-01-05',
  datumTrajectplan: '2024-01-15',
  status: 'afgesloten',
  datumEinde: null,
  datumEindverslag: '2024-06-01',
  datumEindadvies: '2024-06-10',
  ...o,
});

describe('the end in the sense of art. 21', () => {
  it('completed: the later of eindverslag and eindadvies, both registered', () => {
    expect(eindeVolgensArt21(traject())).toEqual({ datum: '2024-06-10', soort: 'afgerond' });
    expect(eindeVolgensArt21(traject({ datumEindverslag: '2024-06-20' }))).toEqual({ datum: '2024-06-20', soort: 'afgerond' });
    expect(eindeVolgensArt21(traject({ datumEindadvies: null }))).toBeNull();
  });
  it('ended early: its end date', () => {
    expect(eindeVolgensArt21(traject({ status: 'vervroegd_stopgezet', datumEinde: '2024-03-31', datumEindverslag: null, datumEindadvies: null }))).toEqual({ datum: '2024-03-31', soort: 'vroegtijdig' });
  });
  it('running: none', () => {
    expect(eindeVolgensArt21(traject({ status: 'bezig', datumEindverslag: null, datumEindadvies: null }))).toBeNull();
  });
});

describe('"at least 3 months" (art. 21; RULES.md counting default)', () => {
  it('the start plus 3 calendar months, a missing day clamped', () => {
    expect(minimumEinde('2024-02-01', 3)).toBe('2024-05-01');
    expect(minimumEinde('2024-01-31', 3)).toBe('2024-04-30');
    expect(minimumEinde('2024-02-29', 3)).toBe('2024-05-29');
    expect(minimumEinde('2023-11-30', 3)).toBe('2024-02-29'); // leap year: 30 Feb does not exist → 29 Feb
  });
});

describe('percentage and amount (art. 21)', () => {
  it('100 % at exactly 3 months, 0 % one day short', () => {
    const op = compensatieVan(traject({ datumTrajectplan: '2024-01-15', datumEindverslag: '2024-04-10', datumEindadvies: '2024-04-15' }), REGELS);
    expect(op).toMatchObject({ inRegeling: true, percentageBp: 10_000, bedragCent: 88_327, looptijdDagen: 91 });
    expect(op.reden).toMatch(/100 %/);
    const kort = compensatieVan(traject({ datumTrajectplan: '2024-01-15', datumEindverslag: '2024-04-10', datumEindadvies: '2024-04-14' }), REGELS);
    expect(kort).toMatchObject({ percentageBp: 0, bedragCent: 0 });
    expect(kort.reden).toMatch(/korter dan 3 maanden/);
  });

  it('29 February: the trajectplan on 29/02/2024 reaches 3 months on 29/05/2024', () => {
    expect(compensatieVan(traject({ datumTrajectplan: '2024-02-29', datumEindverslag: '2024-05-29', datumEindadvies: '2024-05-29' }), REGELS).percentageBp).toBe(10_000);
    expect(compensatieVan(traject({ datumTrajectplan: '2024-02-29', datumEindverslag: '2024-05-28', datumEindadvies: '2024-05-28' }), REGELS).percentageBp).toBe(0);
  });

  it('ended early before 3 months → 0 %; after 3 months → 60 % = € 529,96 (88.327 × 0,6 = 52.996,2 → 52.996)', () => {
    const vroeg = (einde: string) => traject({ status: 'vervroegd_stopgezet', datumEinde: einde, datumEindverslag: null, datumEindadvies: null });
    expect(compensatieVan(vroeg('2024-04-14'), REGELS)).toMatchObject({ percentageBp: 0, bedragCent: 0 });
    const na = compensatieVan(vroeg('2024-04-15'), REGELS);
    expect(na).toMatchObject({ percentageBp: 6_000, bedragCent: 52_996 });
    expect(na.reden).toMatch(/vroegtijdig beëindigd.*60 %/);
  });

  it('without a trajectplan the looptijd is unknown: 0 %, and it says why', () => {
    const r = compensatieVan(traject({ datumTrajectplan: null }), REGELS);
    expect(r).toMatchObject({ percentageBp: 0, bedragCent: 0, looptijdDagen: null });
    expect(r.reden).toMatch(/geen trajectplan/);
  });

  it('a trajectory aangemeld before 1 July 2023 falls under the earlier rules (art. 71): not in this scheme', () => {
    const r = compensatieVan(traject({ datumAanmelding: '2023-06-30', datumTrajectplan: '2023-07-15', datumEindverslag: '2024-01-10', datumEindadvies: '2024-01-10' }), REGELS);
    expect(r).toMatchObject({ inRegeling: false, bedragCent: 0 });
    expect(r.reden).toMatch(/vóór 01\/07\/2023.*art\. 71/);
    expect(compensatieVan(traject({ datumAanmelding: '2023-07-01' }), REGELS).inRegeling).toBe(true);
  });

  it('the amount is rounded once, half away from zero (one rounding rule)', () => {
    // 88.327 × 0,6 = 52.996,2 → 52.996; an amount of 88.325 × 0,6 = 52.995 exactly; 88.329 × 0,6 = 52.997,4 → 52.997
    const vroeg = traject({ status: 'vervroegd_stopgezet', datumEinde: '2024-06-01', datumEindverslag: null, datumEindadvies: null });
    expect(compensatieVan(vroeg, { ...REGELS, bedragCent: 88_325 }).bedragCent).toBe(52_995);
    expect(compensatieVan(vroeg, { ...REGELS, bedragCent: 88_329 }).bedragCent).toBe(52_997);
    expect(compensatieVan(vroeg, { ...REGELS, bedragCent: 88_331, pctVroegtijdig: 5_000 }).bedragCent).toBe(44_166); // 44.165,5 → 44.166
  });
});
