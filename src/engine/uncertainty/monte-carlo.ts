import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { InputError } from '../formats/issues';
import type { PackageCosts } from '../costing/run-scenario';
import { codedIssue } from '../messages';
import { CORRELATED_INPUTS, INPUT_CORRELATION, type UncertainInput } from './inputs';
import { costWithValues, type ShockableRun } from './shocked-run';

/**
 * Draws in one Monte Carlo run. Every draw's results are kept to take exact percentiles: 20,000 draws
 * of a 30-year package of 10 benefits hold about 60 MB; beyond that the bands move by less than
 * their own sampling error at two significant digits.
 */
export const MAX_DRAWS = 20_000;

/** The 5th and 95th percentiles of a standard normal: an input's low and high ends (methodology 10.4). */
const Z95 = 1.6448536269514722;

export function checkDraws(draws: number, field = 'draws'): void {
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    throw new InputError([
      codedIssue(field, 'uncertainty.draws', { max: MAX_DRAWS, found: draws }),
    ]);
  }
}

/** Lower-triangular L with L Lᵀ = C (C symmetric positive definite). */
export function cholesky(c: readonly (readonly number[])[]): number[][] {
  const n = c.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = c[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(sum) : sum / l[j]![j]!;
    }
  }
  return l;
}
const CORRELATION_FACTOR = cholesky(INPUT_CORRELATION);

/**
 * Draw `index`'s own generator: seeded from (seed, index) through a 32-bit mix, so a draw's values do
 * not depend on how draws are split between workers, and the same seed gives the same run.
 */
function drawGenerator(seed: number, index: number) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return xoroshiro128plus((h ^ (h >>> 16)) | 0);
}

/** Standard normal by Box-Muller from two uniforms in [0, 1). */
function standardNormal(rng: ReturnType<typeof xoroshiro128plus>): number {
  const u = 1 - uniformFloat64(rng);
  const v = uniformFloat64(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * The value of an input at standard normal z: a two-piece normal whose 5th and 95th percentiles are
 * the input's low and high ends (so an asymmetric range gives a skewed draw), kept within bounds.
 */
export function valueAt(input: UncertainInput, z: number): number {
  const side = z < 0 ? input.central - input.low : input.high - input.central;
  // z / Z95 first: exactly ±1 at the 5th and 95th percentiles, so those draws give low and high.
  const v = input.central + (z / Z95) * side;
  return Math.min(input.max, Math.max(input.min, v));
}

/** One draw of every input: the correlated block through its Cholesky factor, the rest independent. */
export function drawInputValues(
  inputs: readonly UncertainInput[],
  seed: number,
  index: number,
): number[] {
  const rng = drawGenerator(seed, index);
  const z = inputs.map(() => standardNormal(rng));
  const block = CORRELATED_INPUTS.map((name) => inputs.findIndex((i) => i.name === name));
  const independent = CORRELATED_INPUTS.map(() => standardNormal(rng));
  block.forEach((at, r) => {
    if (at < 0) return;
    let zr = 0;
    for (let k = 0; k <= r; k++) zr += CORRELATION_FACTOR[r]![k]! * independent[k]!;
    z[at] = zr;
  });
  return inputs.map((input, i) => valueAt(input, z[i]!));
}

/** The series one draw records, in this order, each one value per scenario year. */
export interface DrawLayout {
  years: number[];
  benefitIds: string[];
  /** Numbers a draw records: years × (3 + benefits). */
  width: number;
}

export function drawLayout(run: ShockableRun): DrawLayout {
  const p = run.prepared;
  const years = Array.from({ length: p.n }, (_, i) => p.firstYear + i);
  const benefitIds = p.scenario.benefits.filter((b) => b.enabled).map((b) => b.id);
  return { years, benefitIds, width: p.n * (3 + benefitIds.length) };
}

function record(c: PackageCosts, out: Float64Array, at: number, n: number): void {
  out.set(c.total.cost, at);
  out.set(c.total.pctGdp, at + n);
  out.set(c.financing.gapPctGdp, at + 2 * n);
  c.benefits.forEach((b, j) => out.set(b.pctGdp, at + (3 + j) * n));
}

/**
 * Draws `from .. from + count - 1` of a run with `seed`: each draw's series laid out one after
 * another (`drawLayout`). Workers each run a slice; the slices put together equal one run.
 */
export function runDraws(
  run: ShockableRun,
  seed: number,
  from: number,
  count: number,
): Float64Array {
  const { width } = drawLayout(run);
  const n = run.prepared.n;
  const out = new Float64Array(count * width);
  for (let d = 0; d < count; d++) {
    const values = drawInputValues(run.inputs, seed, from + d);
    record(costWithValues(run, values), out, d * width, n);
  }
  return out;
}
