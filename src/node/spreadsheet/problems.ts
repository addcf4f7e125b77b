/** The problems found in a spreadsheet's cells, and the reading of the cells every sheet has. */
import { codedIssue, type Issue } from '#engine';
import { editDistance } from '../shared-data/country-codes';
import {
  isBlank,
  readNumber,
  type CellProblem,
  type Located,
  type NumberRule,
} from './cell-values';

/** Collects problems (at most 50: the rest would repeat them). */
export class Problems {
  readonly issues: Issue[] = [];
  /** Values that are allowed but probably a mistake. */
  readonly warnings: Issue[] = [];
  /** A problem at a cell: a code of the catalogue (rendered in the user's language), or plain English. */
  add(at: string, problem: string | CellProblem): void {
    if (this.issues.length >= 50) return;
    this.issues.push(
      typeof problem === 'string'
        ? { path: at, message: problem }
        : codedIssue(at, problem.code, problem.params),
    );
  }
  /** The number in a cell, or undefined (with a problem) when it is not one. */
  number(cell: Located, rule: NumberRule): number | undefined {
    const n = readNumber(cell.value, rule);
    if (typeof n === 'number') return n;
    this.add(cell.at, n.error);
    return undefined;
  }
}

/** Reads the year of a row; a year given twice is a problem at the second one. */
export function rowYear(
  problems: Problems,
  cell: Located,
  seen: ReadonlyMap<number, { at: string }>,
): number | undefined {
  if (isBlank(cell.value)) {
    problems.add(cell.at, { code: 'sheet.year.empty' });
    return undefined;
  }
  const year = problems.number(cell, { integer: true, min: 1900, max: 2300 });
  if (year === undefined) return undefined;
  const earlier = seen.get(year);
  if (earlier) {
    problems.add(cell.at, {
      code: 'sheet.year.twice',
      params: { year, earlier: earlier.at },
    });
    return undefined;
  }
  return year;
}

function closeTo(input: string, known: readonly string[]): string | undefined {
  return known.find((k) => editDistance(input.toLowerCase(), k.toLowerCase()) <= 2);
}

/**
 * The `suggestion` and `close` parameters of a message about an unknown name: the suggestion is
 * the catalogue's "did you mean" (in the user's language) or nothing.
 */
export function suggestion(input: string, known: readonly string[]): Record<string, string> {
  const close = closeTo(input, known);
  return close !== undefined
    ? { suggestion: '@sheet.didYouMean', close }
    : { suggestion: '', close: '' };
}

export function oneOf(known: readonly string[]): string {
  return known.map((k) => `"${k}"`).join(', ');
}
