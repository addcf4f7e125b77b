import type { CountryPovertyLine, CountrySource } from '#engine';
import { latestValue } from '../shared-data/indicator-years';
import type { PovertyHeadcounts } from '../shared-data/wb-poverty';
import { NATIONAL_LINE_INDICATOR, WORLD_BANK_LINES } from './gap-defaults';

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
