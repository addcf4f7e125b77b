import type { CountryData } from '../formats/country-schema';
import type { Scenario } from '../formats/scenario-model';
import { renderMessage, type MessageLanguage } from '../messages';
import type { InputUnit } from './inputs';
import { checkDraws, drawLayout, runDraws } from './monte-carlo';
import { prepareShockableRun, type ShockableRun } from './shocked-run';

/** Percentiles and mean of one series, one value per year. */
export interface Band {
  p5: number[];
  p25: number[];
  p50: number[];
  p75: number[];
  p95: number[];
  mean: number[];
}

export interface UncertaintyResult {
  draws: number;
  seed: number;
  years: number[];
  total: { pctGdp: Band; cost: Band };
  gap: {
    pctGdp: Band;
    /** Fraction of GDP (the scenario's `uncertainty.gapThreshold`). */
    threshold: number;
    /** Share of draws whose gap exceeds the threshold, each year. */
    probabilityAbove: number[];
  };
  benefits: { id: string; label: string; pctGdp: Band }[];
  /** The ranges drawn: the assumptions behind the bands. */
  inputs: {
    name: string;
    label: string;
    unit: InputUnit;
    low: number;
    central: number;
    high: number;
  }[];
}

const PERCENTILES = { p5: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95 } as const;
const PERCENTILE_KEYS = Object.keys(PERCENTILES) as (keyof typeof PERCENTILES)[];
const PERCENTILE_LEVELS = Object.values(PERCENTILES);

/**
 * The p-th percentile of sorted values, interpolated between ranks (Hyndman and Fan's type 7, as
 * Excel's PERCENTILE.INC and NumPy's default): rank h = (N - 1) p.
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Rearranges `a[left..right]` so that `a[k]` holds the value of rank k, with no larger value before
 * it and no smaller one after (Hoare's selection, median-of-three pivot): linear time on average,
 * where a sort takes n log n. Ties, all draws equal at spread 0 included, split evenly.
 */
function selectRank(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const x = a[left]!;
    const y = a[(left + right) >>> 1]!;
    const z = a[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // a[left..j] <= pivot <= a[i..right]; anything between equals the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** Swaps the value of rank `at` into `a[at]` when it is the least (or, `least` false, the greatest) of `a[from..to]`. */
function moveEndTo(a: Float64Array, at: number, from: number, to: number, least: boolean): void {
  let found = from;
  for (let i = from + 1; i <= to; i++) {
    if (least ? a[i]! < a[found]! : a[i]! > a[found]!) found = i;
  }
  const t = a[at]!;
  a[at] = a[found]!;
  a[found] = t;
}

/**
 * Puts `ranks[lo..hi]` (ascending) in place within `a[left..right]`, which holds exactly those ranks'
 * values: the middle rank first, then each side within its part, so each pass covers less. A rank at
 * an end of its part is the least or the greatest there: one scan instead of a selection.
 */
function selectRanks(
  a: Float64Array,
  ranks: readonly number[],
  lo: number,
  hi: number,
  left: number,
  right: number,
): void {
  if (lo > hi) return;
  const mid = (lo + hi) >>> 1;
  const k = ranks[mid]!;
  if (k === left || k === right) moveEndTo(a, k, left, right, k === left);
  else selectRank(a, k, left, right);
  selectRanks(a, ranks, lo, mid - 1, left, k - 1);
  selectRanks(a, ranks, mid + 1, hi, k + 1, right);
}

/**
 * The percentiles `ps` of `values`, each exactly as `percentileOfSorted` gives on the sorted values:
 * only the ranks they need are put in place (`values` is reordered).
 */
export function percentilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  const at = ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    return { h, lo, hi: Math.min(lo + 1, n - 1) };
  });
  const ranks = [...new Set(at.flatMap((r) => [r.lo, r.hi]))].sort((x, y) => x - y);
  selectRanks(values, ranks, 0, ranks.length - 1, 0, n - 1);
  return at.map(({ h, lo, hi }) => {
    const low = values[lo]!;
    return low + (h - lo) * (values[hi]! - low);
  });
}

/** Mean updated draw by draw: exact when every draw is the same (spread 0 gives the central result). */
function runningMean(values: Float64Array): number {
  let mean = 0;
  for (let k = 0; k < values.length; k++) mean += (values[k]! - mean) / (k + 1);
  return mean;
}

/** Series `s` of every draw for each year: the band of that series. */
function bandOf(outputs: Float64Array, draws: number, width: number, n: number, s: number): Band {
  const band: Band = { p5: [], p25: [], p50: [], p75: [], p95: [], mean: [] };
  const column = new Float64Array(draws);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < draws; d++) column[d] = outputs[d * width + s * n + i]!;
    band.mean.push(runningMean(column));
    const values = percentilesInPlace(column, PERCENTILE_LEVELS);
    PERCENTILE_KEYS.forEach((key, j) => band[key].push(values[j]!));
  }
  return band;
}

function exceedance(outputs: Float64Array, draws: number, width: number, n: number, t: number) {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let above = 0;
    for (let d = 0; d < draws; d++) if (outputs[d * width + 2 * n + i]! > t) above++;
    out.push(above / draws);
  }
  return out;
}

/** The bands of a run from its draws' series (`runDraws` slices put together in draw order). */
export function summariseDraws(
  run: ShockableRun,
  outputs: Float64Array,
  seed: number,
  lang: MessageLanguage = 'en',
): UncertaintyResult {
  const { years, benefitIds, width } = drawLayout(run);
  const n = years.length;
  const draws = outputs.length / width;
  const band = (s: number) => bandOf(outputs, draws, width, n, s);
  const threshold = run.prepared.scenario.uncertainty?.gapThreshold ?? 0;
  const labels = new Map(run.prepared.scenario.benefits.map((b) => [b.id, b.label]));
  return {
    draws,
    seed,
    years,
    total: { pctGdp: band(1), cost: band(0) },
    gap: {
      pctGdp: band(2),
      threshold,
      probabilityAbove: exceedance(outputs, draws, width, n, threshold),
    },
    benefits: benefitIds.map((id, j) => ({ id, label: labels.get(id) ?? id, pctGdp: band(3 + j) })),
    inputs: run.inputs.map((i) => ({
      name: i.name,
      label: renderMessage(i.label.code, i.label.params, lang) ?? i.name,
      unit: i.unit,
      low: i.low,
      central: i.central,
      high: i.high,
    })),
  };
}

/**
 * Monte Carlo in this thread (methodology 10.4): `draws` joint draws of every uncertain input with
 * `seed`. The command line and the app split the same draws between workers with `runDraws`.
 */
export function uncertainty(
  scenario: Scenario,
  country: CountryData,
  options: { draws: number; seed: number; lang?: MessageLanguage },
): UncertaintyResult {
  checkDraws(options.draws);
  const run = prepareShockableRun(scenario, country);
  const outputs = runDraws(run, options.seed, 0, options.draws);
  return summariseDraws(run, outputs, options.seed, options.lang);
}
