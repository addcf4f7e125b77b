import { describe, expect, it } from 'vitest';
import {
  intrinsicGrowthRate,
  lifeTable,
  medianAge,
  projectStep,
  stablePopulation,
  type ProjectionStep,
} from '#engine';

const zeros = () => new Float64Array(101);
const ones = () => new Float64Array(101).fill(1);

/** No deaths, no births, no migration. */
function stillStep(overrides: Partial<ProjectionStep> = {}): ProjectionStep {
  return {
    survivalFemale: ones(),
    survivalMale: ones(),
    birthSurvivalFemale: 1,
    birthSurvivalMale: 1,
    asfr: zeros(),
    sexRatioAtBirth: 1.05,
    netMigrationFemale: zeros(),
    netMigrationMale: zeros(),
    ...overrides,
  };
}

describe('projectStep', () => {
  it('moves every cohort up one age unchanged when nobody dies, is born or moves', () => {
    const female = Float64Array.from({ length: 101 }, (_, a) => 1000 + a);
    const male = Float64Array.from({ length: 101 }, (_, a) => 2000 + a);
    const r = projectStep(female, male, stillStep());
    expect(r.births).toBe(0);
    expect(r.female[0]).toBe(0);
    expect(r.female[1]).toBe(1000);
    expect(r.female[50]).toBe(1049);
    expect(r.male[99]).toBe(2098);
    // The open group keeps its own and gains age 99: 1099 + 1100 and 2099 + 2100.
    expect(r.female[100]).toBe(2199);
    expect(r.male[100]).toBe(4199);
  });

  it('applies survival ratios, the open group surviving with its own ratio', () => {
    const pop = new Float64Array(101).fill(100);
    const s = new Float64Array(101).fill(0.9);
    s[100] = 0.5;
    const r = projectStep(pop, pop, stillStep({ survivalFemale: s, survivalMale: s }));
    expect(r.female[1]).toBeCloseTo(90, 12);
    // 100+ at t+1: 100 x 0.9 from age 99 plus 100 x 0.5 already 100+ = 140.
    expect(r.female[100]).toBeCloseTo(140, 12);
  });

  it('computes births from the women at the start and end of the year (hand-worked)', () => {
    // 1,000 women at 20 and 1,000 at 21, none elsewhere; rate 0.1 at ages 20 and 21; no deaths.
    // At t+1 the women are at 21 and 22, so the averages are 20: (1000 + 0)/2 = 500 and
    // 21: (1000 + 1000)/2 = 1000; births = 0.1 x 500 + 0.1 x 1000 = 150.
    // Girls 150/2.05 = 73.1707, boys 150 x 1.05/2.05 = 76.8293; survival to age 0 of 0.96 and 0.95
    // gives 70.2439 girls and 72.9878 boys at age 0.
    const female = zeros();
    female[20] = 1000;
    female[21] = 1000;
    const asfr = zeros();
    asfr[20] = 0.1;
    asfr[21] = 0.1;
    const r = projectStep(
      female,
      zeros(),
      stillStep({ asfr, birthSurvivalFemale: 0.96, birthSurvivalMale: 0.95 }),
    );
    expect(r.births).toBeCloseTo(150, 12);
    expect(r.female[0]).toBeCloseTo(70.2439, 4);
    expect(r.male[0]).toBeCloseTo(72.9878, 4);
    expect(r.female[22]).toBe(1000);
  });

  it('adds net migrants at their age at the end of the year, and counts immigrant mothers', () => {
    // 100 women arrive at age 25 where the rate is 0.2: births = 0.2 x (0 + 100)/2 = 10.
    const mig = zeros();
    mig[25] = 100;
    mig[0] = -3;
    const asfr = zeros();
    asfr[25] = 0.2;
    const r = projectStep(zeros(), zeros(), stillStep({ asfr, netMigrationFemale: mig }));
    expect(r.female[25]).toBe(100);
    expect(r.births).toBeCloseTo(10, 12);
    // Girls: 10/2.05 = 4.878 born, 3 leave at age 0: 1.878.
    expect(r.female[0]).toBeCloseTo(10 / 2.05 - 3, 12);
  });
});

describe('intrinsicGrowthRate', () => {
  it('solves Lotka for a single fertile age by hand', () => {
    // No deaths (L = 1) and daughters only at age 25 (counted at 25.5): the equation is
    // exp(-25.5 r) x f / 2.05 = 1, with f = 1.5 x 2.05 (a net reproduction rate of 1.5):
    // r = ln(1.5)/25.5 = 0.0159006.
    const lt = lifeTable(zeros());
    const asfr = zeros();
    asfr[25] = 1.5 * 2.05;
    expect(intrinsicGrowthRate(lt, asfr, 1.05)).toBeCloseTo(0.0159006, 7);
  });

  it('is 0 at replacement', () => {
    const lt = lifeTable(zeros());
    const asfr = zeros();
    asfr[30] = 2.05;
    expect(intrinsicGrowthRate(lt, asfr, 1.05)).toBeCloseTo(0, 12);
  });
});

describe('stablePopulation', () => {
  it('falls by (39/41) exp(-r) from one age to the next for m = 0.05 and r = 0.01', () => {
    // With m = 0.05 and a = 0.5, L(x+1)/L(x) = 39/41 (life-table test), and one more year of
    // growth makes the older cohort exp(-0.01) smaller. Equal tables: boys/girls = SRB = 1.05.
    const lt = lifeTable(new Float64Array(101).fill(0.05));
    const p = stablePopulation(lt, lt, 0.01, 1.05, 1_000_000);
    expect(p.female[11]! / p.female[10]!).toBeCloseTo((39 / 41) * Math.exp(-0.01), 12);
    expect(p.male[40]! / p.female[40]!).toBeCloseTo(1.05, 12);
    const total = p.female.reduce((s, v) => s + v, 0) + p.male.reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(1_000_000, 6);
    // Open group: l(100) exp(-100 r)/(m + r) against age 99: exp(-99.5 r) L(99), L(99) = l(99) 2/2.05.
    // Ratio = (39/41) exp(-0.5 r) / ((0.06)(2/2.05)) = 0.951220 x 0.995012 x 17.083333 = 16.16895.
    expect(p.female[100]! / p.female[99]!).toBeCloseTo(16.16895, 4);
  });
});

describe('medianAge', () => {
  it('interpolates within the age that holds the middle person', () => {
    // 10 persons at age 0 and 30 at age 1: the middle is person 20, 10 into the 30 at age 1,
    // so the median is 1 + 10/30 = 1.3333.
    const f = zeros();
    const m = zeros();
    f[0] = 10;
    f[1] = 15;
    m[1] = 15;
    expect(medianAge(f, m)).toBeCloseTo(4 / 3, 12);
  });
});
