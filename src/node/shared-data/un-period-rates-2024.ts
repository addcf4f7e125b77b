import { CellReader, duplicateChecker, fileIssue } from './cells';
import { readCountryRows } from './country-rows';
import type { CsvRow } from './csv-scan';

/** A 5-year period of the legacy WPP 2024 period files, e.g. 2020-2025 (mid-year 2023). */
export interface Period {
  label: string;
  start: number;
  end: number;
  midYear: number;
}

/** Death rates by sex and age group for 5-year periods (`wpp2024_mortality_rates_5yr_age.csv`). */
export interface MortalityByPeriod {
  iso3: string;
  periods: Period[];
  /** Lower bounds 0, 1, 5, 10, … 100 (the last open). */
  ageStarts: number[];
  /** [period][age group], deaths per person-year. */
  male: number[][];
  female: number[][];
  both: number[][];
}

/** Share of total fertility by mother's age group (`wpp2024_fertility_age_distribution_5yr.csv`). */
export interface FertilityDistributionByPeriod {
  iso3: string;
  periods: Period[];
  /** `15-19` … `45-49`. */
  ageGroups: string[];
  /** [period][age group], percent of the TFR (sums to 100 over the groups). */
  percent: number[][];
}

/** The period that holds `year` (start <= year < end), or the one whose mid-year is nearest. */
export function periodOf(periods: readonly Period[], year: number): number {
  const inside = periods.findIndex((p) => year >= p.start && year < p.end);
  if (inside >= 0) return inside;
  let best = 0;
  periods.forEach((p, i) => {
    if (Math.abs(p.midYear - year) < Math.abs(periods[best]!.midYear - year)) best = i;
  });
  return best;
}

function parsePeriod(
  cells: CellReader,
  row: CsvRow,
): { label: string; start: number; end: number } | null {
  const label = cells.text(row, 'period');
  const m = /^(\d{4})-(\d{4})$/.exec(label);
  if (!m) {
    cells.add(
      `row ${row.line}, column period`,
      `must be a period such as "2020-2025", found ${JSON.stringify(label)}`,
    );
    return null;
  }
  return { label, start: Number(m[1]), end: Number(m[2]) };
}

function sortedPeriods(map: Map<string, Period>): Period[] {
  return [...map.values()].sort((a, b) => a.start - b.start);
}

/** Reads the 5-year death rates of one country. */
export async function readWpp2024Mortality5yr(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<MortalityByPeriod> {
  const table = await readCountryRows(file, iso3, {
    required: ['period', 'period_mid_year', 'age_start', 'mx_male', 'mx_female', 'mx_both'],
    nameColumn: 'name',
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `period and age ${k}`);
  const periods = new Map<string, Period>();
  const ages = new Set<number>();
  const values = new Map<string, [number, number, number]>();
  for (const row of table.rows) {
    const p = parsePeriod(cells, row);
    const mid = cells.number(row, 'period_mid_year', { integer: true });
    const age = cells.age(row, 'age_start');
    const m = cells.number(row, 'mx_male', { min: 0 });
    const f = cells.number(row, 'mx_female', { min: 0 });
    const b = cells.number(row, 'mx_both', { min: 0 });
    if (!p || Number.isNaN(age) || isDuplicate(row, `${p.label} ${age}`, 'age_start')) continue;
    periods.set(p.label, { ...p, midYear: mid });
    ages.add(age);
    values.set(`${p.label} ${age}`, [m, f, b]);
  }
  cells.done();
  const ageStarts = [...ages].sort((a, b) => a - b);
  const list = sortedPeriods(periods);
  const pick = (k: 0 | 1 | 2) =>
    list.map((p) =>
      ageStarts.map((a) => {
        const v = values.get(`${p.label} ${a}`);
        if (!v) throw fileIssue(file, `rows for ${iso3}, period ${p.label}`, `age ${a} is missing`);
        return v[k];
      }),
    );
  return { iso3, periods: list, ageStarts, male: pick(0), female: pick(1), both: pick(2) };
}

/** Reads the distribution of fertility by mother's age group of one country. */
export async function readWpp2024FertilityDistribution5yr(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<FertilityDistributionByPeriod> {
  const table = await readCountryRows(file, iso3, {
    required: ['period', 'period_mid_year', 'age_group', 'pct_of_tfr'],
    nameColumn: 'name',
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `period and age group ${k}`);
  const periods = new Map<string, Period>();
  const groups = new Set<string>();
  const values = new Map<string, number>();
  for (const row of table.rows) {
    const p = parsePeriod(cells, row);
    const mid = cells.number(row, 'period_mid_year', { integer: true });
    const group = cells.text(row, 'age_group');
    const pct = cells.number(row, 'pct_of_tfr', { min: 0 });
    if (!/^\d+-\d+$/.test(group)) {
      cells.add(
        `row ${row.line}, column age_group`,
        `must be like "15-19", found ${JSON.stringify(group)}`,
      );
      continue;
    }
    if (!p || isDuplicate(row, `${p.label} ${group}`, 'age_group')) continue;
    periods.set(p.label, { ...p, midYear: mid });
    groups.add(group);
    values.set(`${p.label} ${group}`, pct);
  }
  cells.done();
  const ageGroups = [...groups].sort((a, b) => parseInt(a) - parseInt(b));
  const list = sortedPeriods(periods);
  return {
    iso3,
    periods: list,
    ageGroups,
    percent: list.map((p) =>
      ageGroups.map((g) => {
        const v = values.get(`${p.label} ${g}`);
        if (v === undefined) {
          throw fileIssue(file, `rows for ${iso3}, period ${p.label}`, `age group ${g} is missing`);
        }
        return v;
      }),
    ),
  };
}
