import { CellReader, duplicateChecker } from './cells';
import { readCountryRows } from './country-rows';

/**
 * One year of `wpp2024_demographic_indicators_annual.csv`. Counts are in PERSONS (the file gives
 * thousands); null where the file has no value (the population is only given for 2024-2100).
 */
export interface AnnualIndicators {
  year: number;
  /** `estimates` (1950-2023) or `medium` (2024-2100). */
  variant: string;
  popTotal: number | null;
  popMale: number | null;
  popFemale: number | null;
  births: number | null;
  deaths: number | null;
  netMigrants: number | null;
  /** Per 1,000 population. */
  crudeBirthRate: number | null;
  crudeDeathRate: number | null;
  /** Children per woman. */
  totalFertility: number | null;
  /** Years. */
  lifeExpectancyMale: number | null;
  lifeExpectancyFemale: number | null;
  lifeExpectancyBoth: number | null;
  /** Percent a year. */
  popGrowthRatePct: number | null;
}

export interface IndicatorSeries {
  iso3: string;
  name: string;
  years: number[];
  byYear: Map<number, AnnualIndicators>;
  lines: { first: number; last: number };
}

const THOUSANDS = {
  popTotal: 'pop_total_thousands',
  popMale: 'pop_male_thousands',
  popFemale: 'pop_female_thousands',
  births: 'births_thousands',
  deaths: 'deaths_thousands',
  netMigrants: 'net_migrants_thousands',
} as const;

const AS_GIVEN = {
  crudeBirthRate: 'crude_birth_rate_per1000',
  crudeDeathRate: 'crude_death_rate_per1000',
  totalFertility: 'total_fertility_rate',
  lifeExpectancyMale: 'life_exp_birth_male',
  lifeExpectancyFemale: 'life_exp_birth_female',
  lifeExpectancyBoth: 'life_exp_birth_both',
  popGrowthRatePct: 'pop_growth_rate_pct',
} as const;

/** Reads the annual WPP 2024 indicators of one country (an unknown code lists close ones). */
export async function readWpp2024Indicators(
  file: string,
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<IndicatorSeries> {
  const table = await readCountryRows(file, iso3, {
    required: ['name', 'year', 'variant', ...Object.values(THOUSANDS)],
    nameColumn: 'name',
    ...(onProgress ? { onProgress } : {}),
  });
  const cells = new CellReader(table);
  const isDuplicate = duplicateChecker(cells, (k) => `year ${k}`);
  const byYear = new Map<number, AnnualIndicators>();
  for (const row of table.rows) {
    const year = cells.number(row, 'year', { integer: true, min: 1900 });
    if (Number.isNaN(year) || isDuplicate(row, String(year), 'year')) continue;
    const entry: AnnualIndicators = {
      year,
      variant: cells.text(row, 'variant'),
      popTotal: null,
      popMale: null,
      popFemale: null,
      births: null,
      deaths: null,
      netMigrants: null,
      crudeBirthRate: null,
      crudeDeathRate: null,
      totalFertility: null,
      lifeExpectancyMale: null,
      lifeExpectancyFemale: null,
      lifeExpectancyBoth: null,
      popGrowthRatePct: null,
    };
    for (const [key, column] of Object.entries(THOUSANDS) as [keyof typeof THOUSANDS, string][]) {
      const min = key === 'netMigrants' ? undefined : 0;
      const v = cells.number(row, column, {
        optional: true,
        ...(min === undefined ? {} : { min }),
      });
      entry[key] = v === null || Number.isNaN(v) ? null : v * 1000;
    }
    for (const [key, column] of Object.entries(AS_GIVEN) as [keyof typeof AS_GIVEN, string][]) {
      if (!cells.has(column)) continue;
      const v = cells.number(row, column, { optional: true });
      entry[key] = v === null || Number.isNaN(v) ? null : v;
    }
    byYear.set(year, entry);
  }
  cells.done();
  const first = table.rows[0]!;
  return {
    iso3,
    name: cells.text(first, 'name'),
    years: [...byYear.keys()].sort((a, b) => a - b),
    byYear,
    lines: { first: first.line, last: table.rows[table.rows.length - 1]!.line },
  };
}
