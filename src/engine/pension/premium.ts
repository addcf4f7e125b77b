import type { SchemeInputs, SchemeProjection } from './scheme-projection';

/**
 * Financing indicators of a projected scheme (methodology 6.3): the general average premium and the
 * year the reserve runs out.
 */

export interface GeneralAveragePremium {
  /** The period, both years inclusive. */
  from: number;
  to: number;
  /** Reserve held at the end of `to`, in years of that year's expenditure. */
  targetReserveRatio: number;
  /** That reserve in LCU, at the premium. */
  targetReserve: number;
  /** The constant contribution rate that leaves exactly the target reserve at the end of `to`. */
  premium: number;
}

/**
 * The general average premium from the first year to year index `last`: the constant contribution
 * rate pi with which the reserve at the end of the period equals `ratio` x that year's expenditure.
 *
 * Cash flows fall at the end of each year and the reserve earns i[k] in year k, so with
 * v[k] = prod over j <= k of 1 / (1 + i[j]), the end reserve discounted to the start is
 *   F[T] v[T] = F0 + sum over k of (C[k] - X[k]) v[k].
 * With C = pi IE, X = (1 + ab) B + ac pi IE (administration as shares of benefits and contributions):
 *   pi = (sum (1 + ab) B v + ratio (1 + ab) B[T] v[T] - F0) / ((1 - ac) sum IE v - ratio ac IE[T] v[T]),
 * which is the methodology's (PV of expenditure + PV of the target reserve - initial reserve) / PV of
 * insurable earnings when there is no administration on contributions.
 */
export function generalAveragePremium(
  inp: SchemeInputs,
  proj: SchemeProjection,
  last: number,
  ratio: number,
): GeneralAveragePremium {
  const ab = inp.adminShareOfBenefits;
  const ac = inp.adminShareOfContributions;
  let v = 1;
  let pvBenefits = 0;
  let pvEarnings = 0;
  for (let k = 0; k <= last; k++) {
    v /= 1 + inp.interestRate[k]!;
    pvBenefits += (1 + ab) * proj.benefits[k]! * v;
    pvEarnings += (1 - ac) * proj.insurableEarnings[k]! * v;
  }
  const endBenefits = (1 + ab) * proj.benefits[last]!;
  const endEarnings = proj.insurableEarnings[last]!;
  const premium =
    (pvBenefits + ratio * endBenefits * v - inp.initialReserve) /
    (pvEarnings - ratio * ac * endEarnings * v);
  return {
    from: inp.firstYear,
    to: inp.firstYear + last,
    targetReserveRatio: ratio,
    targetReserve: ratio * (endBenefits + ac * premium * endEarnings),
    premium,
  };
}

/** The first year whose end-of-year reserve is below 0, or null when it never is. */
export function reserveDepletionYear(firstYear: number, reserve: ArrayLike<number>): number | null {
  for (let k = 0; k < reserve.length; k++) if (reserve[k]! < 0) return firstYear + k;
  return null;
}
