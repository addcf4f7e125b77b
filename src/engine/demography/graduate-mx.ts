import { LIFE_TABLE_AGES, type LifeTable } from './life-table';

/**
 * Death rates by single age from rates by age group, and the open age group 100+ where a source
 * stops at 99 (methodology section 7.1).
 */

/**
 * Single-age central death rates m(x), x = 0..ages-1 (the last an open group), from rates by age
 * group: `ageStarts` are the groups' lower bounds, increasing from 0 (e.g. 0, 1, 5, 10, ..., 100),
 * the last group open.
 *
 * log m is interpolated linearly between the groups' mid-ages (3 for [1,5), 7.5 for [5,10), ...),
 * read at the middle of each single age x + 0.5, and extrapolated past the first and last mid-age
 * with the slope of the nearest segment (a Gompertz line at the oldest ages). A group [0,1) keeps
 * its own rate and is not a node: infant mortality falls too steeply to lie on the line. The single
 * ages of each closed group are then scaled so that they add up to n x nMx: the group keeps its
 * cumulative hazard, so a cohort crossing the group survives it exactly as with the group's own rate.
 * Rates given by single age already (0, 1, 2, ...) come back unchanged. An open group that starts
 * below the last age is extended by the Gompertz line of the last two closed groups, and its own
 * rate is kept for the last age.
 */
export function singleAgeMx(
  ageStarts: readonly number[],
  groupMx: readonly number[],
  ages = LIFE_TABLE_AGES,
): Float64Array {
  const g = ageStarts.length;
  if (g === 0 || g !== groupMx.length || ageStarts[0] !== 0) {
    throw new RangeError('singleAgeMx: need one rate per group and groups starting at age 0');
  }
  const last = ages - 1;
  const out = new Float64Array(ages);
  if (g === ages && ageStarts.every((a, i) => a === i)) {
    for (let x = 0; x < ages; x++) out[x] = groupMx[x]!;
    return out;
  }
  const closed = g - 1;
  const mids: number[] = [];
  const logs: number[] = [];
  // Infant mortality is a regime of its own: a group [0,1) is kept but is no node of the line.
  const firstNode = closed > 2 && ageStarts[1] === 1 ? 1 : 0;
  for (let i = firstNode; i < closed; i++) {
    mids.push((ageStarts[i]! + ageStarts[i + 1]!) / 2);
    logs.push(Math.log(Math.max(groupMx[i]!, 1e-12)));
  }
  const logAt = (age: number): number => {
    if (mids.length === 1) return logs[0]!;
    let k = 0;
    while (k < mids.length - 2 && age > mids[k + 1]!) k++;
    const slope = (logs[k + 1]! - logs[k]!) / (mids[k + 1]! - mids[k]!);
    return logs[k]! + slope * (age - mids[k]!);
  };
  for (let i = 0; i < closed; i++) {
    const from = ageStarts[i]!;
    const to = Math.min(ageStarts[i + 1]!, last);
    if (to - from === 1) {
      out[from] = groupMx[i]!;
      continue;
    }
    let sum = 0;
    for (let x = from; x < to; x++) {
      out[x] = Math.exp(logAt(x + 0.5));
      sum += out[x]!;
    }
    const k = sum > 0 ? ((to - from) * groupMx[i]!) / sum : 0;
    for (let x = from; x < to; x++) out[x] = out[x]! * k;
  }
  const openStart = ageStarts[closed]!;
  for (let x = Math.min(openStart, last); x < last; x++) out[x] = Math.exp(logAt(x + 0.5));
  out[last] = openStart >= last ? groupMx[closed]! : Math.exp(logAt(last + 0.5));
  return out;
}

/**
 * Rates for ages 0..99 extended by the open group 100+, for sources that stop at 99 (the WPP 2024
 * single-age files): m(100+) = m(99) x g^2, where g = (m(99) / m(89))^(1/10) is the average yearly
 * rise of the rates over the last ten ages: the open group's rate is about the rate at 101, where
 * most of its person-years are lived, two years past 99.
 */
export function withOpenAgeRate(mx0to99: ArrayLike<number>): Float64Array {
  const n = mx0to99.length;
  const out = new Float64Array(n + 1);
  for (let x = 0; x < n; x++) out[x] = mx0to99[x]!;
  const top = mx0to99[n - 1]!;
  const tenBefore = mx0to99[Math.max(0, n - 11)]!;
  const growth = tenBefore > 0 && top > 0 ? Math.pow(top / tenBefore, 1 / 10) : 1;
  out[n] = top * Math.max(1, growth) ** 2;
  return out;
}

/**
 * The open group when a population stops at the age below it: persons aged 100+ from those aged 99,
 * by the stationary ratio of the life table, P(100+) = P(99) x T(100) / L(99). It is an estimate
 * (it assumes past cohorts as large as the one at 99 and today's mortality), used only because the
 * source leaves the group out.
 */
export function openAgeFromLast(lastClosed: number, lt: LifeTable): number {
  const n = lt.Lx.length;
  const L = lt.Lx[n - 2]!;
  return L > 0 ? (lastClosed * lt.Tx[n - 1]!) / L : 0;
}
