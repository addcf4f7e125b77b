import { describe, expect, it } from 'vitest';
import { fitToLifeExpectancy, scaleRates, silerCumulativeHazard, silerRates } from '#engine';

describe('Siler hazard', () => {
  it('integrates to the hand-worked cumulative hazard', () => {
    // a1 = 0.1, b1 = 1, a2 = 0.01, a3 = 0.001, b3 = 0.1, over [0, 1]:
    // 0.1 (1 - e^-1) + 0.01 + (0.001/0.1)(e^0.1 - 1) = 0.0632121 + 0.01 + 0.0010517 = 0.0742638
    const p = { a1: 0.1, b1: 1, a2: 0.01, a3: 0.001, b3: 0.1 };
    expect(silerCumulativeHazard(p, 0, 1)).toBeCloseTo(0.0742638, 7);
    expect(silerRates(p)[0]).toBeCloseTo(0.0742638, 7);
  });

  it('gives the constant rate, open group included, for a flat hazard', () => {
    // Only a2 = 0.02: every single-age rate is 0.02, and the open group's l/(integral of l) is 0.02
    // too, up to the midpoint rule's relative error (0.02 x 0.05)^2 / 24 = 4.2e-8, i.e. 8.3e-10.
    const m = silerRates({ a1: 0, b1: 1, a2: 0.02, a3: 0, b3: 0.1 });
    expect(m[0]).toBeCloseTo(0.02, 14);
    expect(m[99]).toBeCloseTo(0.02, 14);
    expect(Math.abs(m[100]! - 0.02)).toBeLessThan(1e-9);
  });
});

describe('fitToLifeExpectancy', () => {
  it('scales a constant schedule to m = 1/e0', () => {
    // With one rate m at every age, e0 = 1/m whatever a0 (life-table test), so e0 = 25 needs
    // m = 0.04: level 0.04/0.05 = 0.8.
    const fit = fitToLifeExpectancy(new Float64Array(101).fill(0.05), 'female', 25);
    expect(fit.level).toBeCloseTo(0.8, 8);
    expect(fit.mx[30]).toBeCloseTo(0.04, 9);
    expect(fit.lifeTable.ex[0]).toBeCloseTo(25, 8);
  });

  it('hits the target for a Siler schedule, with lower mortality for a higher target', () => {
    const base = silerRates({ a1: 0.065, b1: 1.6, a2: 0.0015, a3: 0.000035, b3: 0.095 });
    const low = fitToLifeExpectancy(base, 'female', 67.5);
    const high = fitToLifeExpectancy(base, 'female', 75);
    expect(low.lifeTable.ex[0]).toBeCloseTo(67.5, 8);
    expect(high.lifeTable.ex[0]).toBeCloseTo(75, 8);
    expect(high.level).toBeLessThan(low.level);
    expect(Array.from(low.mx)).toEqual(Array.from(scaleRates(base, low.level)));
  });

  it('refuses a target no scaling can reach', () => {
    // Even an infinite death rate leaves infants their a0 (at most 0.35 years) of life.
    expect(() => fitToLifeExpectancy(new Float64Array(101).fill(0.05), 'male', 0.2)).toThrow(
      /cannot be reached/,
    );
  });
});
