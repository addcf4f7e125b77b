import {
  DEFAULT_SEX_RATIO_AT_BIRTH,
  codedIssue,
  type CountryDemography,
  type CountrySource,
  type Issue,
} from '#engine';
import type { IndicatorSeries } from '../shared-data/un-indicators-2024';
import {
  periodOf,
  type FertilityDistributionByPeriod,
  type MortalityByPeriod,
} from '../shared-data/un-period-rates-2024';
import type { Assumption } from './fill-gaps';
import { TOOL_SOURCE, WPP_SOURCE, WPP_URL } from './source-names';

/**
 * The country file's `demography` block from WPP 2024 (docs/country-data.md, "Demographic rates"):
 * death rates by sex and 5-year age group for each 5-year period, the annual TFR, the distribution of
 * fertility by age group, the annual net migrants, and the sex ratio at birth (no public figure:
 * 1.05). The rates run from the base year to the last year the files give, so that a scenario with a
 * demographic variant can run past the population years.
 */

export interface DemographyBuild {
  /** Null when the files lack something the block needs (see `notes`). */
  demography: CountryDemography | null;
  sources: CountrySource[];
  assumptions: Assumption[];
  /** Remarks on what is left out, at their field. */
  notes: Issue[];
}

/** The names of the files read, for the notes in `sources`. */
export interface DemographyFiles {
  mortality: string;
  fertility: string;
  indicators: string;
}

/** Annual values of an indicator from `first` on, for the years the file gives. */
function annual(
  indicators: IndicatorSeries,
  first: number,
  pick: (year: number) => number | null,
): { years: number[]; values: number[] } {
  const years: number[] = [];
  const values: number[] = [];
  for (const y of indicators.years) {
    const v = y >= first ? pick(y) : null;
    if (v === null || !Number.isFinite(v)) continue;
    years.push(y);
    values.push(v);
  }
  return { years, values };
}

const thousands = (x: number) => Math.round(x).toLocaleString('en-US');

export function demographyFromWpp(
  mortality: MortalityByPeriod,
  fertility: FertilityDistributionByPeriod,
  indicators: IndicatorSeries,
  baseYear: number,
  files: DemographyFiles,
): DemographyBuild {
  const out: DemographyBuild = { demography: null, sources: [], assumptions: [], notes: [] };
  const missing: string[] = [];

  // Death rates: every period from the last one centred at or before the base year, so that the
  // base year lies between two rows (log-linear in between, methodology 7.5).
  const periods = mortality.periods;
  let firstPeriod = 0;
  periods.forEach((p, i) => {
    if (p.midYear <= baseYear) firstPeriod = i;
  });
  const rows = periods.slice(firstPeriod);
  if (rows.length === 0 || mortality.ageStarts[0] !== 0) missing.push('death rates by age group');

  const tfr = annual(indicators, baseYear, (y) => indicators.byYear.get(y)!.totalFertility);
  if (tfr.years.length === 0) missing.push(`total_fertility_rate from ${baseYear}`);

  const f = fertility.periods.length > 0 ? periodOf(fertility.periods, baseYear) : -1;
  const groups = fertility.ageGroups.join(',');
  const expectedGroups = '15-19,20-24,25-29,30-34,35-39,40-44,45-49';
  if (f < 0 || groups !== expectedGroups) {
    missing.push(`the fertility distribution by age group ${expectedGroups}`);
  }

  if (missing.length > 0) {
    out.notes.push(
      codedIssue('demography', 'build.note.noDemography', { missing: missing.join(', ') }),
    );
    return out;
  }

  const migration = annual(indicators, baseYear, (y) => indicators.byYear.get(y)!.netMigrants);
  const fertilityPeriod = fertility.periods[f]!;
  const shares = fertility.percent[f]!.map((p) => Number((p / 100).toPrecision(12)));
  out.demography = {
    mx: {
      years: rows.map((p) => p.midYear),
      ageStarts: [...mortality.ageStarts],
      female: mortality.female.slice(firstPeriod).map((r) => [...r]),
      male: mortality.male.slice(firstPeriod).map((r) => [...r]),
    },
    tfr,
    asfrPattern: shares,
    sexRatioAtBirth: DEFAULT_SEX_RATIO_AT_BIRTH,
    ...(migration.years.length > 0 ? { netMigration: migration } : {}),
  };

  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const edition = 'WPP 2024, estimates to 2023 and medium variant from 2024';
  out.sources.push(
    {
      field: 'demography.mx',
      source: WPP_SOURCE,
      edition: 'WPP 2024, 5-year periods (legacy series supplied by the UN Population Division)',
      url: WPP_URL,
      note: `Central death rates by sex (mx_female, mx_male) and age group ${mortality.ageStarts.join(', ')} (the last open) of the periods ${first.label} to ${last.label} (${files.mortality}), one row per period at its mid-year (${first.midYear}, …, ${last.midYear}); the engine graduates them to single ages and interpolates log-linearly between the mid-years (methodology 7.1 and 7.5).`,
    },
    {
      field: 'demography.tfr',
      source: WPP_SOURCE,
      edition,
      url: WPP_URL,
      note: `Total fertility rate (total_fertility_rate, children per woman) of every year ${tfr.years[0]}-${tfr.years[tfr.years.length - 1]} (${files.indicators}).`,
    },
    {
      field: 'demography.asfrPattern',
      source: WPP_SOURCE,
      edition: 'WPP 2024, 5-year periods',
      url: WPP_URL,
      note: `Shares of the TFR by mother's age group 15-19 … 45-49 (pct_of_tfr / 100) of the period ${fertilityPeriod.label}, which holds the base year ${baseYear} (${files.fertility}); the format holds one pattern, so later shifts of fertility to older ages are not followed.`,
    },
  );
  const srbNote = `${DEFAULT_SEX_RATIO_AT_BIRTH} male births per female birth, the usual biological value: the public WPP 2024 files give births for both sexes only.`;
  out.sources.push({
    field: 'demography.sexRatioAtBirth',
    source: TOOL_SOURCE,
    note: srbNote,
    assumption: true,
  });
  out.assumptions.push({ field: 'demography.sexRatioAtBirth', note: srbNote });
  if (migration.years.length > 0) {
    const y0 = migration.years[0]!;
    out.sources.push({
      field: 'demography.netMigration',
      source: WPP_SOURCE,
      edition,
      url: WPP_URL,
      note: `Net migrants a year (net_migrants_thousands x 1000) ${y0}-${migration.years[migration.years.length - 1]}, ${thousands(migration.values[0]!)} in ${y0} (${files.indicators}).`,
    });
    const profileNote =
      'Net migrants spread by age and sex with the standard profile (Rogers-Castro model schedule, half women; methodology 7.3): the public data give totals only.';
    out.sources.push({
      field: 'demography.migrationProfile',
      source: TOOL_SOURCE,
      note: profileNote,
      assumption: true,
    });
    out.assumptions.push({ field: 'demography.migrationProfile', note: profileNote });
  } else {
    out.notes.push(codedIssue('demography.netMigration', 'build.note.noNetMigration'));
  }
  return out;
}
