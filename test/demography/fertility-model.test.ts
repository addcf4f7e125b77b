import { describe, expect, it } from 'vitest';
import { asfrFromTfr, gammaFertilityPattern, meanAgeOfPattern, totalFertility } from '#engine';

describe('gammaFertilityPattern', () => {
  // Mean 28, sd 6.5 over ages 15-49: in years since 15 the gamma has shape (13/6.5)^2 = 4 and
  // scale 6.5^2/13 = 3.25, so the density at y is proportional to y^3 exp(-y/3.25), with y = x + 0.5 - 15.
  const pattern = gammaFertilityPattern({ meanAge: 28, sd: 6.5 });

  it('sums to 1 over ages 15-49 and is 0 elsewhere', () => {
    expect(pattern.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    expect(pattern[14]).toBe(0);
    expect(pattern[50]).toBe(0);
    expect(pattern[15]).toBeGreaterThan(0);
    expect(pattern[49]).toBeGreaterThan(0);
  });

  it('has the gamma shape worked by hand', () => {
    // f(20)/f(27) = (5.5/12.5)^3 exp((12.5 - 5.5)/3.25) = 0.085184 * 8.618 = 0.734111
    expect(pattern[20]! / pattern[27]!).toBeCloseTo(0.734111, 5);
    // The mode of y^3 e^(-y/3.25) is y = 3 * 3.25 = 9.75: f(25)/f(24) = (10.5/9.5)^3 e^(-1/3.25)
    // = 0.992586, so age 24 (y = 9.5) is the peak.
    expect(pattern[25]! / pattern[24]!).toBeCloseTo(0.992586, 5);
    const peak = pattern.indexOf(Math.max(...pattern));
    expect(peak).toBe(24);
  });

  it('has a mean age near 28 (the tail past 49 is cut off)', () => {
    const mean = meanAgeOfPattern(pattern);
    expect(mean).toBeGreaterThan(27.8);
    expect(mean).toBeLessThanOrEqual(28);
  });
});

describe('age-specific fertility', () => {
  it('sums to the total fertility rate', () => {
    const asfr = asfrFromTfr(3.8, gammaFertilityPattern({ meanAge: 28, sd: 6.5 }));
    expect(totalFertility(asfr)).toBeCloseTo(3.8, 12);
  });

  it('gives the mean age of a two-age schedule by hand', () => {
    // Half the births at age 20 and half at 30, each counted at mid-age: (20.5 + 30.5)/2 = 25.5.
    const p = new Float64Array(101);
    p[20] = 0.2;
    p[30] = 0.2;
    expect(meanAgeOfPattern(p)).toBeCloseTo(25.5, 12);
  });
});
