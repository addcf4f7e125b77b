import {
  NO_VARIANT,
  countryRates,
  lifeTableForSex,
  medianAge,
  withProjectedPopulation,
  type CountryData,
  type DemographyVariant,
} from '#engine';

/**
 * What the Population outlook page shows, worked out in the engine worker from the engine's own
 * projection (methodology 7.5), so that the page only draws: the population projected with the
 * country's own rates (the base) and with the scenario's variant, and the country file's own
 * population where it covers the years.
 */

/** Age groups of the pyramid: 0-4, 5-9, ..., 95-99, 100+. */
export const PYRAMID_GROUPS = 21;

/** Mid-year persons by age group and sex of one year. */
export interface PyramidYear {
  female: number[];
  male: number[];
}

/** Yearly series of one population, aligned with `PopulationOutlook.years`. */
export interface PopulationSeries {
  /** Mid-year persons. */
  total: number[];
  /** Shares of the total, fractions. */
  share0to14: number[];
  share15to64: number[];
  share65plus: number[];
  /** Persons 65+ per person 15-64. */
  oldAgeDependency: number[];
  medianAge: number[];
}

/** A projection: the structure above, births, the rates used, and the pyramid of every year. */
export interface ProjectedSeries extends PopulationSeries {
  /** Live births in the calendar year. */
  births: number[];
  /** Total fertility rate, children per woman. */
  tfr: number[];
  /** Life expectancy at birth of the year's death rates, years. */
  e0Female: number[];
  e0Male: number[];
  /** Net migrants in the year, persons. */
  netMigration: number[];
  pyramid: PyramidYear[];
}

export interface PopulationOutlook {
  /** The country's base year to the scenario's last year. */
  years: number[];
  /** True when the costing runs on the variant (a `demography` block with `project` not false). */
  applied: boolean;
  /** Projected with the country's own rates. */
  base: ProjectedSeries;
  /** Projected with the scenario's variant; null without a `demography` block. */
  variant: ProjectedSeries | null;
  /** The country file's own population, for the years it covers (NaN where it does not). */
  own: PopulationSeries;
}

function sumAges(v: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let a = from; a <= to && a < v.length; a++) s += v[a]!;
  return s;
}

/** One year's structure, appended to `out`. */
function pushStructure(out: PopulationSeries, female: number[], male: number[]): void {
  const both = (from: number, to: number) => sumAges(female, from, to) + sumAges(male, from, to);
  const total = both(0, 100);
  const children = both(0, 14);
  const working = both(15, 64);
  const older = both(65, 100);
  out.total.push(total);
  out.share0to14.push(total > 0 ? children / total : NaN);
  out.share15to64.push(total > 0 ? working / total : NaN);
  out.share65plus.push(total > 0 ? older / total : NaN);
  out.oldAgeDependency.push(working > 0 ? older / working : NaN);
  out.medianAge.push(medianAge(female, male));
}

function emptyStructure(): PopulationSeries {
  return {
    total: [],
    share0to14: [],
    share15to64: [],
    share65plus: [],
    oldAgeDependency: [],
    medianAge: [],
  };
}

function groups(v: readonly number[]): number[] {
  return Array.from({ length: PYRAMID_GROUPS }, (_, g) =>
    g === PYRAMID_GROUPS - 1 ? sumAges(v, 100, 100) : sumAges(v, 5 * g, 5 * g + 4),
  );
}

function projected(
  country: CountryData,
  variant: DemographyVariant,
  years: readonly number[],
): ProjectedSeries {
  const last = years[years.length - 1]!;
  const p = withProjectedPopulation(country, variant, last);
  const rates = countryRates(country.demography!, country.baseYear, variant);
  const out: ProjectedSeries = {
    ...emptyStructure(),
    births: [],
    tfr: [],
    e0Female: [],
    e0Male: [],
    netMigration: [],
    pyramid: [],
  };
  years.forEach((year, k) => {
    const female = p.population.female[k]!;
    const male = p.population.male[k]!;
    pushStructure(out, female, male);
    out.births.push(p.births!.values[k]!);
    out.pyramid.push({ female: groups(female), male: groups(male) });
    const r = rates(year);
    out.tfr.push(r.asfr.reduce((s, v) => s + v, 0));
    out.e0Female.push(lifeTableForSex(r.mxFemale, 'female').ex[0]!);
    out.e0Male.push(lifeTableForSex(r.mxMale, 'male').ex[0]!);
    out.netMigration.push(
      r.netMigrationFemale.reduce((s, v) => s + v, 0) +
        r.netMigrationMale.reduce((s, v) => s + v, 0),
    );
  });
  return out;
}

/**
 * The outlook of a country over its base year to `lastYear`, with the scenario's variant (or none).
 * Null when the country gives no demographic rates or its population lacks the base year.
 */
export function populationOutlook(
  country: CountryData,
  variant: DemographyVariant | undefined,
  lastYear: number,
): PopulationOutlook | null {
  const y0 = country.baseYear;
  if (!country.demography || !country.population.years.includes(y0)) return null;
  const last = Math.max(lastYear, y0);
  const years = Array.from({ length: last - y0 + 1 }, (_, i) => y0 + i);
  const own = emptyStructure();
  for (const year of years) {
    const i = country.population.years.indexOf(year);
    if (i >= 0) pushStructure(own, country.population.female[i]!, country.population.male[i]!);
    else for (const series of Object.values(own) as number[][]) series.push(NaN);
  }
  return {
    years,
    applied: variant?.project ?? false,
    base: projected(country, NO_VARIANT, years),
    // A variant switched off is still projected, so the page can show what it would do.
    variant: variant ? projected(country, { ...variant, project: true }, years) : null,
    own,
  };
}
