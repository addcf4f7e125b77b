import { InputError, codedIssue, readCountry, type CountryData, type Issue } from '#engine';
import { assembleCountry } from './assemble-country';
import { Problems } from './problems';
import type { SheetData } from './sheet-data';

/** The location of a field path: the field's own cell, or the nearest enclosing one. */
export function locate(
  path: string,
  locations: ReadonlyMap<string, string>,
  fallback: string,
): string {
  for (let p = path; p !== ''; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const at = locations.get(p);
    if (at) return at;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return fallback;
}

/**
 * Reads a spreadsheet's cells as a country: every problem, from the cells or from the country
 * checks of readCountry, is an InputError at its sheet and cell (or CSV row and column).
 */
export function sheetDataToCountry(
  data: SheetData,
  file: string,
): { country: CountryData; warnings: Issue[] } {
  const problems = new Problems();
  const { country, locations } = assembleCountry(data, problems);
  if (problems.issues.length > 0) throw new InputError(problems.issues, file);
  const r = readCountry(country);
  const where = (i: Issue): Issue => relocated(i, locate(i.path, locations, data.blockAt.country));
  if (!r.ok) throw new InputError(r.issues.map(where), file);
  return { country: r.value, warnings: [...problems.warnings, ...r.warnings.map(where)] };
}

/**
 * A country check's issue moved to the cell it is about. The country field it named goes into the
 * message ("population.years: must be ..."); a coded issue keeps its code, quoted by the located
 * message with its own parameters, so it is still rendered in the user's language.
 */
export function relocated(issue: Issue, cell: string): Issue {
  if (!issue.path) return { ...issue, path: cell };
  if (!issue.code) return { path: cell, message: `${issue.path}: ${issue.message}` };
  return codedIssue(cell, 'sheet.atField', {
    ...issue.params,
    countryField: issue.path,
    countryMessage: `@${issue.code}`,
  });
}
