/**
 * The national poverty line implied by the World Bank headcounts (docs/methodology.md, "The implied
 * national line"). The public data give the share of people below the national line (SI.POV.NAHC)
 * and below USD 3.00, 4.20 and 8.30 a day at 2021 PPP, but not the national line itself. Daily
 * consumption per person is taken to be lognormal, H(z) = Φ((ln z − μ) / σ); the international
 * headcounts fix μ and σ, and the national line is the z at which H(z) is the national headcount.
 */
import type { PovertyHeadcounts } from '../shared-data/wb-poverty';
import type { YearValue } from '../shared-data/indicator-years';
import { latestValue } from '../shared-data/indicator-years';
import { NATIONAL_LINE_INDICATOR, WORLD_BANK_LINES } from './gap-defaults';
import { normalQuantile } from './normal-quantile';

/** A headcount at a line: the share of persons (0..1) living on less than `usdPerDay`. */
export interface HeadcountPoint {
  usdPerDay: number;
  headcount: number;
}

/** ln of daily consumption is normal with mean `mu` and standard deviation `sigma`. */
export interface LognormalFit {
  mu: number;
  sigma: number;
}

/**
 * μ and σ from two or more headcounts strictly between 0 and 1 (the caller keeps only those): least
 * squares of Φ⁻¹(H) on ln z, a straight line y = a + b ln z with b = 1/σ and a = −μ/σ (through both
 * points when there are two). Undefined when the points do not fix a rising line (fewer than two
 * lines, or headcounts that do not rise with the line).
 */
export function fitLognormal(points: readonly HeadcountPoint[]): LognormalFit | undefined {
  if (points.length < 2) return undefined;
  const xs = points.map((p) => Math.log(p.usdPerDay));
  const ys = points.map((p) => normalQuantile(p.headcount));
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) * (x - mx);
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  if (!(slope > 0)) return undefined;
  const intercept = my - slope * mx;
  return { mu: -intercept / slope, sigma: 1 / slope };
}

/** The line (USD a day) at which the fitted distribution has `headcount` below it: exp(μ + σ Φ⁻¹(H)). */
export function lineAtHeadcount(fit: LognormalFit, headcount: number): number {
  return Math.exp(fit.mu + fit.sigma * normalQuantile(headcount));
}

/** The implied line, with what it was read from (for the source note). */
export interface ImpliedLine {
  ok: true;
  usdPerDay: number;
  fit: LognormalFit;
  /** The survey year of the international headcounts fitted. */
  surveyYear: number;
  points: HeadcountPoint[];
  /** SI.POV.NAHC, its year and value as a fraction. */
  national: { year: number; headcount: number };
}

/** Why there is no implied line. */
export type NoImpliedLine =
  | { ok: false; reason: 'noNationalHeadcount' }
  | { ok: false; reason: 'tooFewHeadcounts'; nationalYear: number }
  | {
      ok: false;
      reason: 'tooFarOutside';
      usdPerDay: number;
      national: { year: number; headcount: number };
      range: [lowest: number, highest: number];
    };

/**
 * How far outside the fitted lines the implied line may be read: at most half the lowest or twice
 * the highest (USD 1.50 to 16.60 a day with all three lines). Further out the fitted lognormal is
 * extrapolated from its tail: the relative national lines of high-income countries (14.8% below the
 * line in Germany, where 0.2% live under USD 3.00) would come out at hundreds of dollars a day.
 */
export const MAX_EXTRAPOLATION = 2;

/** The usable international headcounts of one survey year: those strictly between 0% and 100%. */
function pointsOfYear(poverty: PovertyHeadcounts, year: number): HeadcountPoint[] {
  const out: HeadcountPoint[] = [];
  for (const line of WORLD_BANK_LINES) {
    const v = poverty.byIndicator.get(line.indicator)?.find((o: YearValue) => o.year === year);
    if (v && v.value > 0 && v.value < 100) {
      out.push({ usdPerDay: line.usdPerDay, headcount: v.value / 100 });
    }
  }
  return out;
}

/**
 * The survey year to fit: the year of the national headcount when it has two usable international
 * headcounts, else the nearest year that has (the later of two equally near), so that the
 * distribution is as close as the data allow to the one the national headcount was measured on.
 */
function surveyYearNear(poverty: PovertyHeadcounts, nationalYear: number): number | undefined {
  const years = new Set<number>();
  for (const line of WORLD_BANK_LINES) {
    for (const o of poverty.byIndicator.get(line.indicator) ?? []) years.add(o.year);
  }
  let best: number | undefined;
  for (const y of years) {
    if (pointsOfYear(poverty, y).length < 2) continue;
    const d = Math.abs(y - nationalYear);
    const bestD = best === undefined ? Infinity : Math.abs(best - nationalYear);
    if (d < bestD || (d === bestD && y > best!)) best = y;
  }
  return best;
}

/** The national line the country's latest national headcount implies, in 2021-PPP USD a day. */
export function impliedNationalLine(poverty: PovertyHeadcounts): ImpliedLine | NoImpliedLine {
  const national = latestValue(poverty.byIndicator.get(NATIONAL_LINE_INDICATOR));
  if (!national || national.value <= 0 || national.value >= 100) {
    return { ok: false, reason: 'noNationalHeadcount' };
  }
  const surveyYear = surveyYearNear(poverty, national.year);
  const points = surveyYear === undefined ? [] : pointsOfYear(poverty, surveyYear);
  const fit = fitLognormal(points);
  if (surveyYear === undefined || !fit) {
    return { ok: false, reason: 'tooFewHeadcounts', nationalYear: national.year };
  }
  // As the headcounts of the file are written: 14.8% is 0.148, not 0.14800000000000002.
  const headcount = Number((national.value / 100).toPrecision(12));
  const usdPerDay = lineAtHeadcount(fit, headcount);
  const lines = points.map((p) => p.usdPerDay);
  const range: [number, number] = [Math.min(...lines), Math.max(...lines)];
  if (usdPerDay < range[0] / MAX_EXTRAPOLATION || usdPerDay > range[1] * MAX_EXTRAPOLATION) {
    const nationalAt = { year: national.year, headcount };
    return { ok: false, reason: 'tooFarOutside', usdPerDay, national: nationalAt, range };
  }
  return {
    ok: true,
    usdPerDay,
    fit,
    surveyYear,
    points,
    national: { year: national.year, headcount },
  };
}
