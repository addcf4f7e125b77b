import { codedIssue, type CountryPovertyLine, type CountrySource, type Issue } from '#engine';
import { latestValue } from '../shared-data/indicator-years';
import type { PovertyHeadcounts } from '../shared-data/wb-poverty';
import { NATIONAL_LINE_INDICATOR, WORLD_BANK_LINES } from './gap-defaults';
import {
  impliedNationalLine,
  MAX_EXTRAPOLATION,
  type ImpliedLine,
  type NoImpliedLine,
} from './implied-national-line';
import { conversionWords, usdPerDayInLcu, type PppConversion } from './ppp-conversion';

type LineId = CountryPovertyLine['id'];

const WB_SOURCE = 'World Bank: World Development Indicators (Poverty and Inequality Platform)';

/** Each line's words in a source note. */
const LINE_WORDS: Record<LineId, string> = {
  'international-3.00': 'USD 3.00 a day (2021 PPP), the international poverty line',
  'international-4.20': 'USD 4.20 a day (2021 PPP)',
  'international-8.30': 'USD 8.30 a day (2021 PPP)',
  national: 'the national poverty line',
};

/**
 * The latest headcount of every line the World Bank file gives for the country, as a fraction, each
 * with a source entry under `povertyLines.<id>.headcount`.
 */
export function povertyHeadcounts(
  poverty: PovertyHeadcounts,
  sources: CountrySource[],
): Map<LineId, number> {
  const out = new Map<LineId, number>();
  const indicators: [LineId, string][] = [
    ...WORLD_BANK_LINES.map((l): [LineId, string] => [l.id, l.indicator]),
    ['national', NATIONAL_LINE_INDICATOR],
  ];
  for (const [id, indicator] of indicators) {
    const latest = latestValue(poverty.byIndicator.get(indicator));
    if (!latest) continue;
    out.set(id, Number((latest.value / 100).toPrecision(12)));
    sources.push({
      field: `povertyLines.${id}.headcount`,
      source: WB_SOURCE,
      edition: `${indicator}, ${latest.year}`,
      url: `https://data.worldbank.org/indicator/${indicator}`,
      note: `Poverty headcount at ${LINE_WORDS[id]}, ${latest.value}% in ${latest.year} (the latest survey year) / 100, the same at every age.`,
    });
  }
  return out;
}

/**
 * The country's lines in a fixed order, USD 3.00 first (the default a scenario uses: the only line
 * with both an amount and a headcount in the public data), then 4.20, 8.30 and the national line; a
 * line with neither an amount nor a headcount is left out.
 */
export function assemblePovertyLines(
  amounts: Partial<Record<LineId, number>>,
  headcounts: ReadonlyMap<LineId, number>,
): CountryPovertyLine[] {
  const ids: LineId[] = [...WORLD_BANK_LINES.map((l) => l.id), 'national'];
  const out: CountryPovertyLine[] = [];
  for (const id of ids) {
    const amount = amounts[id];
    const headcount = headcounts.get(id);
    if (amount === undefined && headcount === undefined) continue;
    out.push({
      id,
      ...(amount !== undefined ? { amount } : {}),
      ...(headcount !== undefined ? { headcount } : {}),
    });
  }
  return out;
}

/** The implied national line's amount and the note saying how it was made, or why there is none. */
export type NationalLineAmount =
  { amount: number; note: string } | { amount?: undefined; issue: Issue };

function pctText(fraction: number): string {
  return `${Number((100 * fraction).toPrecision(10))}%`;
}

/**
 * The national line in LCU per person per year at base-year prices, implied by the national
 * headcount on a lognormal fitted to the international headcounts (implied-national-line.ts), and
 * converted as the USD 3.00 line is (ppp-conversion.ts).
 */
export function nationalLineAmount(
  poverty: PovertyHeadcounts,
  conversion: PppConversion | undefined,
  currency: string,
): NationalLineAmount {
  const field = 'povertyLines.national.amount';
  const implied = impliedNationalLine(poverty);
  if (!implied.ok) return { issue: noImpliedLineIssue(field, implied) };
  if (!conversion) return { issue: codedIssue(field, 'build.note.nationalLineNoPpp') };
  const amount = usdPerDayInLcu(implied.usdPerDay, conversion);
  return { amount, note: impliedLineNote(implied, amount, conversion, currency) };
}

function noImpliedLineIssue(field: string, why: NoImpliedLine): Issue {
  switch (why.reason) {
    case 'noNationalHeadcount':
      return codedIssue(field, 'build.note.nationalLineNoHeadcount');
    case 'tooFewHeadcounts':
      return codedIssue(field, 'build.note.nationalLineFewHeadcounts', { year: why.nationalYear });
    case 'tooFarOutside':
      return codedIssue(field, 'build.note.nationalLineTooFar', {
        headcount: pctText(why.national.headcount),
        year: why.national.year,
        usd: why.usdPerDay.toFixed(2),
        from: (why.range[0] / MAX_EXTRAPOLATION).toFixed(2),
        to: (why.range[1] * MAX_EXTRAPOLATION).toFixed(2),
      });
  }
}

function impliedLineNote(
  implied: ImpliedLine,
  amount: number,
  conversion: PppConversion,
  currency: string,
): string {
  const { fit, points, surveyYear, national } = implied;
  const z = implied.usdPerDay;
  const fitted = points.map((p) => `USD ${p.usdPerDay.toFixed(2)} ${pctText(p.headcount)}`);
  const lines = points.map((p) => p.usdPerDay);
  const lowest = Math.min(...lines);
  const highest = Math.max(...lines);
  const years =
    surveyYear === national.year
      ? `the same survey year`
      : `the nearest survey year with two usable international headcounts (${surveyYear}; the distribution is taken not to have changed between ${surveyYear} and ${national.year})`;
  const outside =
    z < lowest || z > highest
      ? ` The line is ${z < lowest ? 'below' : 'above'} the fitted lines (USD ${lowest.toFixed(2)}-${highest.toFixed(2)}): read off the fitted distribution's ${z < lowest ? 'lower' : 'upper'} tail.`
      : '';
  return (
    `${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${currency} per person per year = USD ${z.toFixed(4)} a day (2021 PPP) ${conversionWords(conversion, currency)}. ` +
    `Implied by the national headcount ${pctText(national.headcount)} (${NATIONAL_LINE_INDICATOR}, ${national.year}): daily consumption per person taken as lognormal, fitted to the World Bank headcounts of ${years} (${fitted.join(', ')}) by least squares of the normal quantile of the headcount on ln(line): mu = ${fit.mu.toFixed(4)}, sigma = ${fit.sigma.toFixed(4)}; ` +
    `line = exp(mu + sigma x normal quantile of ${national.headcount}) = USD ${z.toFixed(4)} a day.${outside} ` +
    `An estimate, not the official national line: type that on the country page if known.`
  );
}
