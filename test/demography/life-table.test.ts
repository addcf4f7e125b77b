import { describe, expect, it } from 'vitest';
import { birthSurvival, coaleDemenyA0, lifeTable, survivalRatios, survivorsAt } from '#engine';

describe('lifeTable with a constant death rate', () => {
  // m = 0.05 at every age, a = 0.5: q = m / (1 + m/2) = 0.1/2.05 = 2/41, so 1 - q = 39/41 and
  // l(x) = (39/41)^x; l(10) = (39/41)^10 = 0.606467, next to exp(-0.05 * 10) = 0.606531 (the
  // a = 0.5 rule differs from a constant force of mortality only in the m^3/12 term).
  // Every L(x) is d(x)/m (for the open group L = l/m and d = l), so T(0) = (sum of d)/m = 1/m:
  // e0 = 1/0.05 = 20 exactly, whatever a(x), and e(x) = 20 at every age.
  const m = new Float64Array(101).fill(0.05);

  it('gives l(x) = (39/41)^x, close to exp(-m x)', () => {
    const lt = lifeTable(m);
    expect(lt.lx[10]).toBeCloseTo((39 / 41) ** 10, 12);
    expect(lt.lx[10]).toBeCloseTo(0.606467, 6);
    expect(Math.abs(lt.lx[10]! - Math.exp(-0.5))).toBeLessThan(1e-4);
    expect(lt.qx[0]).toBeCloseTo(2 / 41, 14);
    expect(lt.qx[100]).toBe(1);
  });

  it('gives e(x) = 1/m = 20 at every age, with a0 = 0.5 or any other a0', () => {
    const lt = lifeTable(m);
    expect(lt.ex[0]).toBeCloseTo(20, 10);
    expect(lt.ex[57]).toBeCloseTo(20, 10);
    expect(lt.ex[100]).toBeCloseTo(20, 10);
    expect(lifeTable(m, 0.1).ex[0]).toBeCloseTo(20, 10);
  });
});

describe('lifeTable worked by hand on three ages (0, 1, open 2+)', () => {
  // m = [0.1, 0.02, 0.5], a0 = 0.3, a1 = 0.5.
  //   q0 = 0.1 / (1 + 0.7 * 0.1) = 0.1/1.07;  l1 = 0.97/1.07;  L0 = l1 + 0.3 d0 = 1/1.07 = 0.934579
  //   q1 = 0.02 / 1.01;  l2 = (0.97/1.07)(0.99/1.01) = 0.9603/1.0807 = 0.888591
  //   L1 = l2 + 0.5 d1 = (0.97/1.07)(1/1.01) = 0.97/1.0807 = 0.897566
  //   L2 = l2 / 0.5 = 1.9206/1.0807;  T0 = (1.01 + 0.97 + 1.9206)/1.0807 = 3.9006/1.0807 = 3.609327
  //   e1 = T1/l1 = (2.8906/1.0807)/(0.97/1.07) = 2.8906/0.9797 = 2.950495;  e2 = 1/0.5 = 2
  //   S0 = L1/L0 = 0.97/1.01 = 0.960396;  S1 = S2 = T2/T1 = 1.9206/2.8906 = 0.664430
  const lt = lifeTable(Float64Array.from([0.1, 0.02, 0.5]), 0.3);

  it('has the hand-worked l, L, T and e', () => {
    expect(lt.lx[1]).toBeCloseTo(0.97 / 1.07, 12);
    expect(lt.lx[2]).toBeCloseTo(0.888591, 6);
    expect(lt.Lx[0]).toBeCloseTo(0.934579, 6);
    expect(lt.Lx[1]).toBeCloseTo(0.897566, 6);
    expect(lt.Lx[2]).toBeCloseTo(1.9206 / 1.0807, 12);
    expect(lt.Tx[0]).toBeCloseTo(3.609327, 6);
    expect(lt.ex[0]).toBeCloseTo(3.609327, 6);
    expect(lt.ex[1]).toBeCloseTo(2.950495, 6);
    expect(lt.ex[2]).toBeCloseTo(2, 12);
  });

  it('gives survival ratios L(x+1)/L(x) and T(open)/T(open-1) for the last two ages', () => {
    const s = survivalRatios(lt);
    expect(s[0]).toBeCloseTo(0.960396, 6);
    expect(s[1]).toBeCloseTo(0.66443, 5);
    expect(s[2]).toBeCloseTo(0.66443, 5);
    // Births survive to age 0 at the next mid-year with L0/l0 = 1/1.07.
    expect(birthSurvival(lt)).toBeCloseTo(0.934579, 6);
  });

  it('interpolates l linearly within an age and exponentially past the open age', () => {
    // l(1.5) = l1 - 0.5 d1 = L1 (a = 0.5) = 0.897566; l(2.5) = l2 exp(-0.5 * 0.5) = 0.692035.
    expect(survivorsAt(lt, 1.5)).toBeCloseTo(0.897566, 6);
    expect(survivorsAt(lt, 2.5)).toBeCloseTo(0.692035, 6);
    expect(survivorsAt(lt, 0)).toBe(1);
  });
});

describe('coaleDemenyA0 (Preston, Heuveline and Guillot 2001, table 3.3)', () => {
  it('is linear in m0 below 0.107 and constant above', () => {
    // Female m0 = 0.05: 0.053 + 2.8 * 0.05 = 0.193; male: 0.045 + 2.684 * 0.05 = 0.1792.
    expect(coaleDemenyA0(0.05, 'female')).toBeCloseTo(0.193, 12);
    expect(coaleDemenyA0(0.05, 'male')).toBeCloseTo(0.1792, 12);
    expect(coaleDemenyA0(0.2, 'female')).toBe(0.35);
    expect(coaleDemenyA0(0.2, 'male')).toBe(0.33);
  });
});
