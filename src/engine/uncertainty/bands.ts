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
    column.sort();
    for (const [key, p] of Object.entries(PERCENTILES) as [keyof typeof PERCENTILES, number][]) {
      band[key].push(percentileOfSorted(column, p));
    }
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
