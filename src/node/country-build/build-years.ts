import { basename } from 'node:path';
import { InputError, codedIssue, type MessageCode, type MessageParams } from '#engine';
import { weoValue, weoYears, type WeoCountry } from '../shared-data/imf-outlook';
import type { IndicatorSeries } from '../shared-data/un-indicators-2024';

const DEFAULT_TO_YEAR = 2060;
const DEFAULT_BASE_YEAR = 2025;

/** A problem with a command-line option, at the option. */
export function optionError(option: string, code: MessageCode, params: MessageParams): InputError {
  return new InputError([codedIssue(option, code, params)]);
}

export function yearsFrom(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The years a built file covers. */
export interface BuildYears {
  baseYear: number;
  /** The last year of population and births. */
  toYear: number;
  /** The last year of the IMF's GDP: the macro paths end there. */
  lastGdp: number;
  /** baseYear..toYear. */
  years: number[];
}

/**
 * The base year needs IMF GDP, the population years need WPP births: the base year is the one asked
 * for, or 2025 (the last year of actual GDP if later); the last year is the one asked for, or 2060.
 * Years the data do not cover are an error at the option (or at the file when it has no GDP).
 */
export function chooseYears(
  asked: { baseYear?: number; toYear?: number },
  iso3: string,
  weo: WeoCountry,
  estimates: ReadonlyMap<string, number>,
  indicators: IndicatorSeries,
  files: { imfWeo: string; wpp2024Indicators: string },
): BuildYears {
  const gdpYears = weoYears(weo, 'NGDP');
  if (gdpYears.length === 0) {
    throw new InputError(
      [codedIssue(`rows for ${iso3}, indicator NGDP`, 'build.noGdp')],
      files.imfWeo,
    );
  }
  const firstGdp = gdpYears[0]!;
  const lastGdp = gdpYears[gdpYears.length - 1]!;
  const lastActualGdp =
    estimates.get('NGDP') ?? gdpYears.filter((y) => !weoValue(weo, 'NGDP', y)!.projection).pop();
  const baseYear =
    asked.baseYear ?? Math.min(lastGdp, Math.max(DEFAULT_BASE_YEAR, lastActualGdp ?? 0));
  if (!Number.isInteger(baseYear) || baseYear < firstGdp || baseYear > lastGdp) {
    throw optionError('--base-year', 'build.baseYearOutsideGdp', {
      baseYear,
      iso3,
      first: firstGdp,
      last: lastGdp,
      file: basename(files.imfWeo),
    });
  }
  const toYear = asked.toYear ?? Math.max(DEFAULT_TO_YEAR, baseYear);
  checkBirthYears(baseYear, toYear, iso3, indicators, files.wpp2024Indicators);
  return { baseYear, toYear, lastGdp, years: yearsFrom(baseYear, toYear) };
}

/** The last year must not come before the base year, and WPP must have births for every year. */
function checkBirthYears(
  baseYear: number,
  toYear: number,
  iso3: string,
  indicators: IndicatorSeries,
  file: string,
): void {
  const birthYears = indicators.years.filter((y) => indicators.byYear.get(y)!.births !== null);
  if (!Number.isInteger(toYear) || toYear < baseYear) {
    throw optionError('--to', 'build.toBeforeBase', { baseYear, toYear });
  }
  const lastBirths = birthYears[birthYears.length - 1] ?? 0;
  if (toYear > lastBirths || baseYear < (birthYears[0] ?? Infinity)) {
    throw optionError(
      baseYear < (birthYears[0] ?? Infinity) ? '--base-year' : '--to',
      'build.outsideBirths',
      {
        iso3,
        first: String(birthYears[0]),
        last: lastBirths,
        file: basename(file),
        baseYear,
        toYear,
      },
    );
  }
}
