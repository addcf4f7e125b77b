/**
 * The World page's numbers, without React: the global gap (gap:all) joined with the country
 * database's entries (names in three languages, M49 codes for the map), then filtered, sorted and
 * cut into peers. Nothing here computes a gap: the engine did (methodology section 12).
 */
import { INCOME_GROUPS, type GapGroup, type GlobalGap, type IncomeGroup } from '#engine';
import type { CountryDbEntry } from '../../../../src/contract/country-db';

export type WorldLanguage = 'en' | 'fr' | 'es';

/** One country of the table and the map. Shares are fractions of GDP; money in current USD. */
export interface WorldRow {
  iso3: string;
  /** The map's key (world-atlas shapes carry the M49 code); null when the database has none. */
  m49: number | null;
  name: string;
  incomeGroup: IncomeGroup;
  region: string;
  costPctGdp: number;
  currentSpendingPctGdp: number;
  gapPctGdp: number;
  gapUsd: number;
}

/** What the map colours and the peers chart draws: the gap or the cost, both in % of GDP. */
export type Metric = 'gap' | 'cost';

export const metricValue = (row: WorldRow, metric: Metric): number =>
  metric === 'gap' ? row.gapPctGdp : row.costPctGdp;

/**
 * The gap's countries with their names in the user's language and their M49 codes, from the
 * database entry of the same ISO3 code (the gap's English name where the database has none).
 */
export function worldRows(
  gap: GlobalGap,
  entries: readonly CountryDbEntry[],
  lang: WorldLanguage,
): WorldRow[] {
  const byIso3 = new Map(entries.map((e) => [e.iso3, e]));
  return gap.countries.map((c) => {
    const entry = byIso3.get(c.iso3);
    return {
      iso3: c.iso3,
      m49: entry?.m49 ?? null,
      name: entry?.names[lang] ?? c.name,
      incomeGroup: c.incomeGroup,
      region: c.region,
      costPctGdp: c.costPctGdp,
      currentSpendingPctGdp: c.currentSpendingPctGdp,
      gapPctGdp: c.gapPctGdp,
      gapUsd: c.gapUsd,
    };
  });
}

export interface WorldFilter {
  incomeGroup: IncomeGroup | 'all';
  region: string;
}

export const NO_FILTER: WorldFilter = { incomeGroup: 'all', region: 'all' };

export function filterRows(rows: readonly WorldRow[], filter: WorldFilter): WorldRow[] {
  return rows.filter(
    (r) =>
      (filter.incomeGroup === 'all' || r.incomeGroup === filter.incomeGroup) &&
      (filter.region === 'all' || r.region === filter.region),
  );
}

export type SortKey =
  | 'name'
  | 'incomeGroup'
  | 'region'
  | 'costPctGdp'
  | 'currentSpendingPctGdp'
  | 'gapPctGdp'
  | 'gapUsd';

export interface WorldSort {
  key: SortKey;
  descending: boolean;
}

/** Income groups sort poorest first, as the World Bank lists them, not alphabetically. */
function compareBy(key: SortKey, collator: Intl.Collator): (a: WorldRow, b: WorldRow) => number {
  if (key === 'name' || key === 'region') return (a, b) => collator.compare(a[key], b[key]);
  if (key === 'incomeGroup')
    return (a, b) => INCOME_GROUPS.indexOf(a.incomeGroup) - INCOME_GROUPS.indexOf(b.incomeGroup);
  return (a, b) => a[key] - b[key];
}

/** A sorted copy; ties keep the order by name so that a sort never shuffles equal rows. */
export function sortRows(
  rows: readonly WorldRow[],
  sort: WorldSort,
  collator: Intl.Collator,
): WorldRow[] {
  const primary = compareBy(sort.key, collator);
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * primary(a, b) || collator.compare(a.name, b.name));
}

/** A click on a column already sorted turns it round; a new column starts with its natural order. */
export function nextSort(current: WorldSort, key: SortKey): WorldSort {
  if (current.key === key) return { key, descending: !current.descending };
  // Numbers start largest first (the biggest gaps on top); words start from A.
  const words = key === 'name' || key === 'region' || key === 'incomeGroup';
  return { key, descending: !words };
}

/**
 * A country's peers: every country of the same income group AND the same region, itself included,
 * largest first by the metric shown.
 */
export function peersOf(rows: readonly WorldRow[], iso3: string, metric: Metric): WorldRow[] {
  const self = rows.find((r) => r.iso3 === iso3);
  if (!self) return [];
  return rows
    .filter((r) => r.incomeGroup === self.incomeGroup && r.region === self.region)
    .sort((a, b) => metricValue(b, metric) - metricValue(a, metric));
}

/** The regions present, alphabetically (in English, as the data name them). */
export function regionsOf(rows: readonly WorldRow[]): string[] {
  return [...new Set(rows.map((r) => r.region))].sort();
}

/**
 * The top of the map's colour scale: the 90th percentile of the values, rounded up to 1, 2 or 5 times
 * a power of ten (so the legend's end reads as a round number). A few countries with gaps of tens of
 * percent of GDP would otherwise wash every other country into one colour; those above it take the
 * scale's last colour, and the legend's last tick says "or more".
 */
export function colourCeiling(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return 0.01;
  const p90 = sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)]!;
  const power = 10 ** Math.floor(Math.log10(p90));
  const step = [1, 2, 5, 10].find((m) => m * power >= p90 * (1 - 1e-12)) ?? 10;
  return step * power;
}

/** The group aggregates in reading order: the world, income groups poorest first, then regions. */
export function orderedGroups(groups: readonly GapGroup[]): GapGroup[] {
  const rank = (g: GapGroup): number => {
    if (g.name === 'lowAndMiddle') return 5;
    if (g.kind === 'all') return 0;
    if (g.kind === 'incomeGroup') {
      const i = INCOME_GROUPS.indexOf(g.name as IncomeGroup);
      return i < 0 ? 6 : 1 + i;
    }
    return 7;
  };
  return [...groups].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Billions of US dollars, the unit the ILO's gap studies quote. */
export const billions = (usd: number): number => usd / 1e9;
