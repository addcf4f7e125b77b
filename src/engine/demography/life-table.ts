/**
 * Single-age period life table from central death rates m(x).
 *
 * Conventions (Preston, Heuveline and Guillot 2001, ch. 3):
 * - q(x) = m(x) / (1 + (1 - a(x)) m(x)), capped at 1;
 * - a(x) = 0.5 at every age but 0, where the caller gives a0 (see `coaleDemenyA0`);
 * - l(0) = 1 (radix 1, so L(0)/l(0) is simply L(0));
 * - L(x) = l(x+1) + a(x) d(x);
 * - the last age is open (100+ for 101 ages): q = 1 and L = l / m.
 * The functions accept any length >= 1 so that tests can work small tables by hand.
 */

/** Single ages 0..99 and the open group 100+. */
export const LIFE_TABLE_AGES = 101;

export type Sex = 'female' | 'male';

export interface LifeTable {
  mx: Float64Array;
  ax: Float64Array;
  qx: Float64Array;
  lx: Float64Array;
  dx: Float64Array;
  Lx: Float64Array;
  Tx: Float64Array;
  ex: Float64Array;
}

/**
 * a0 from the infant death rate by the Coale-Demeny West rule as given in Preston, Heuveline and
 * Guillot (2001), table 3.3: males 0.045 + 2.684 m0 (0.330 when m0 >= 0.107), females
 * 0.053 + 2.800 m0 (0.350 when m0 >= 0.107).
 */
export function coaleDemenyA0(m0: number, sex: Sex): number {
  if (sex === 'male') return m0 >= 0.107 ? 0.33 : 0.045 + 2.684 * m0;
  return m0 >= 0.107 ? 0.35 : 0.053 + 2.8 * m0;
}

/** Builds the life table; `a0` is the average years lived in the first year by infants who die. */
export function lifeTable(mx: Float64Array, a0 = 0.5): LifeTable {
  const n = mx.length;
  if (n === 0) throw new Error('lifeTable: no ages');
  const ax = new Float64Array(n).fill(0.5);
  ax[0] = a0;
  const qx = new Float64Array(n);
  const lx = new Float64Array(n);
  const dx = new Float64Array(n);
  const Lx = new Float64Array(n);
  const Tx = new Float64Array(n);
  const ex = new Float64Array(n);
  lx[0] = 1;
  for (let x = 0; x < n; x++) {
    const m = mx[x]!;
    const a = ax[x]!;
    const l = lx[x]!;
    if (x === n - 1) {
      // Open age group: everybody dies in it, and they live 1/m years on average.
      qx[x] = 1;
      dx[x] = l;
      Lx[x] = m > 0 ? l / m : Infinity;
      break;
    }
    const q = Math.min(1, m / (1 + (1 - a) * m));
    qx[x] = q;
    dx[x] = l * q;
    lx[x + 1] = l - dx[x]!;
    Lx[x] = lx[x + 1]! + a * dx[x]!;
  }
  let t = 0;
  for (let x = n - 1; x >= 0; x--) {
    t += Lx[x]!;
    Tx[x] = t;
    ex[x] = lx[x]! > 0 ? t / lx[x]! : 0;
  }
  return { mx: Float64Array.from(mx), ax, qx, lx, dx, Lx, Tx, ex };
}

/**
 * Survival ratios for a projection from one mid-year to the next: S(x) = L(x+1)/L(x) moves the
 * persons aged x into age x+1; the last two ages (99 and the open group, for 101 ages) both survive
 * with T(last)/T(last-1), the UN's rule for an open group that keeps its own survivors.
 */
export function survivalRatios(lt: LifeTable): Float64Array {
  const n = lt.Lx.length;
  const s = new Float64Array(n);
  if (n === 1) {
    s[0] = 1; // One open age group: nobody leaves it by ageing and T(0)/T(0) = 1.
    return s;
  }
  for (let x = 0; x < n - 2; x++) s[x] = lt.Lx[x + 1]! / lt.Lx[x]!;
  // Nobody dies in an open group with no mortality (T is infinite): all of it survives.
  const open = Number.isFinite(lt.Tx[n - 1]!) ? lt.Tx[n - 1]! / lt.Tx[n - 2]! : 1;
  s[n - 2] = open;
  s[n - 1] = open;
  return s;
}

/** Survival of the births of a year to the next mid-year, at age 0: L(0)/l(0). */
export function birthSurvival(lt: LifeTable): number {
  return lt.Lx[0]! / lt.lx[0]!;
}

/**
 * l at a fractional age, interpolated linearly within the year of age (deaths spread evenly, the
 * same assumption as a = 0.5). Past the last age it returns l of the last age times exp(-m u).
 */
export function survivorsAt(lt: LifeTable, age: number): number {
  const n = lt.lx.length;
  if (age <= 0) return lt.lx[0]!;
  const x = Math.floor(age);
  const u = age - x;
  if (x >= n - 1) {
    const last = n - 1;
    return lt.lx[last]! * Math.exp(-lt.mx[last]! * (age - last));
  }
  return lt.lx[x]! - u * lt.dx[x]!;
}
