/**
 * The global financing gap (methodology section 12): one package costed for every country in turn,
 * each country's gap by the ILO's method, and the GDP-weighted aggregates. Pure: the Node side reads
 * the country database and hands the countries in.
 */
import { SpfError } from '../errors';
import type { Scenario } from '../formats/scenario-model';
import { codedIssue } from '../messages';
import { gapGroups } from './aggregate';
import { countryGap, type GapCountryInput } from './country-gap';
import type { CountryGap, GlobalGap } from './types';

export type GapSkip = GlobalGap['skipped'][number];

/** Why a country could not be costed: the first problem, in English, with its catalogue code. */
function skipOf(iso3: string, e: unknown): GapSkip {
  const issue =
    e instanceof SpfError && e.issues.length > 0
      ? e.issues[0]!
      : codedIssue('', 'globalGap.notFinite', {
          detail: e instanceof Error ? e.message : String(e),
        });
  const skip: GapSkip = {
    iso3,
    reason: issue.path ? `${issue.path}: ${issue.message}` : issue.message,
  };
  if (issue.code) skip.code = issue.code;
  if (issue.params) skip.params = issue.params;
  if (issue.path) skip.path = issue.path;
  return skip;
}

/** Called after each country: how many are done out of how many, and the one just costed. */
export type GapProgress = (done: number, total: number, iso3: string) => void;

/** The gap of every country in `inputs` for `year`, the skipped ones with their reason, the aggregates. */
export function globalGap(
  scenario: Scenario,
  inputs: readonly GapCountryInput[],
  year: number,
  onProgress?: GapProgress,
): GlobalGap {
  const countries: CountryGap[] = [];
  const skipped: GapSkip[] = [];
  inputs.forEach((input, i) => {
    try {
      countries.push(countryGap(scenario, input, year));
    } catch (e) {
      skipped.push(skipOf(input.iso3, e));
    }
    onProgress?.(i + 1, inputs.length, input.iso3);
  });
  return { year, package: scenario.name, countries, groups: gapGroups(countries), skipped };
}
