import { isBlank, readText, type CellProblem, type Located, type YearRow } from './cell-values';
import { ageOf, filled, type DemographyCells } from './demography-cells';
import { groupLabel, groupsOfStarts, MX_UNIT, type AgeGroup } from './demography-layout';
import type { Problems } from './problems';
import { SHEET } from './sheet-layout';

/** A header cell as shown in messages, without its unit: "Age 5-9". */
const header = (cell: Located) => JSON.stringify(readText(cell.value).replace(/\s*\(.*$/, ''));

/**
 * The age groups of the death-rate columns, from the header cells: from 0, each starting where the
 * one before ends, the last open. Their starts, or undefined (with problems) when they are not so.
 */
function ageStarts(
  groups: readonly Located[],
  at: string,
  problems: Problems,
): number[] | undefined {
  if (groups.length === 0) {
    problems.add(at, { code: 'sheet.mx.noAgeColumns' });
    return undefined;
  }
  const starts: number[] = [];
  let before: AgeGroup | undefined;
  for (const [j, cell] of groups.entries()) {
    const g = ageOf(cell);
    const from = before ? before.to! + 1 : 0;
    let message: CellProblem | undefined;
    const found = header(cell);
    if (isBlank(cell.value)) {
      message = { code: 'sheet.mx.headerBlank', params: { from } };
    } else if (!g || g.from > 100 || (g.to !== null && (g.to < g.from || g.to > 100))) {
      message = { code: 'sheet.mx.badAge', params: { found } };
    } else if (g.from !== from) {
      // A single age where a group was meant ("Age 5" then "Age 10"): say how to write the group.
      const hint =
        before && before.to === before.from && g.from > from
          ? { hint: '@sheet.mx.bothEnds', first: before.from, last: g.from - 1 }
          : { hint: '' };
      message = before
        ? { code: 'sheet.mx.startAt', params: { from, end: String(before.to), found, ...hint } }
        : { code: 'sheet.mx.firstGroup', params: { found } };
    } else if (g.to === null && j < groups.length - 1) {
      message = {
        code: 'sheet.mx.onlyLastOpen',
        params: { group: groupLabel(g), more: groups.length - 1 - j },
      };
    } else if (g.to !== null && j === groups.length - 1) {
      message = { code: 'sheet.mx.lastOpen', params: { from: g.from, next: g.to + 1, found } };
    }
    if (message) {
      problems.add(cell.at, message);
      return undefined;
    }
    starts.push(g!.from);
    before = g;
  }
  return starts;
}

/**
 * The death rates (`demography.mx`) from the Mortality sheets: the same years and age groups in
 * both, every age group of a year filled; `mx` is undefined when a sheet has no rows (then `given`
 * says which) or its age groups are wrong.
 */
export function assembleMortality(
  cells: DemographyCells,
  problems: Problems,
  loc: Map<string, string>,
) {
  const { female, male } = cells.mortality;
  const given = { female: female.rows.size > 0, male: male.rows.size > 0 };
  if (!given.female || !given.male) return { given, mx: undefined };
  const fs = ageStarts(female.groups, cells.tableAt.mxFemale, problems);
  const ms = ageStarts(male.groups, cells.tableAt.mxMale, problems);
  if (!fs || !ms) return { given, mx: undefined };
  const differs = Array.from({ length: Math.max(fs.length, ms.length) }, (_, j) => j).find(
    (j) => fs[j] !== ms[j],
  );
  if (differs !== undefined) {
    const age = (starts: number[], j: number) => `"Age ${groupLabel(groupsOfStarts(starts)[j]!)}"`;
    if (differs < fs.length && differs < ms.length) {
      problems.add(male.groups[differs]!.at, {
        code: 'sheet.mx.sameGroups',
        params: {
          want: age(fs, differs),
          at: female.groups[differs]!.at,
          found: age(ms, differs),
        },
      });
    } else {
      problems.add(male.groups[Math.min(differs, ms.length - 1)]!.at, {
        code: 'sheet.mx.sameGroupCount',
        params: {
          female: SHEET.mortalityFemale,
          femaleCount: fs.length,
          male: SHEET.mortalityMale,
          maleCount: ms.length,
        },
      });
    }
    return { given, mx: undefined };
  }
  const labels = groupsOfStarts(fs).map(groupLabel);
  loc.set('demography.mx', cells.tableAt.mxFemale);
  loc.set('demography.mx.ageStarts', cells.tableAt.mxFemale);
  female.groups.forEach((g, j) => loc.set(`demography.mx.ageStarts[${j}]`, g.at));
  const years = [...new Set([...female.rows.keys(), ...male.rows.keys()])].sort((a, b) => a - b);
  const rates = (row: YearRow, year: number): number[] => {
    if (!filled(row.cells)) {
      problems.add(row.at, { code: 'sheet.mx.yearNoRates', params: { year } });
      return [];
    }
    return row.cells.map((c, j) => {
      if (!isBlank(c.value)) return problems.number(c, { min: 0 }) ?? 0;
      problems.add(c.at, {
        code: 'sheet.mx.ageEmpty',
        params: { age: labels[j] ?? '', unit: MX_UNIT },
      });
      return 0;
    });
  };
  const mx = {
    years,
    // Single ages 0..100 are the default: no ageStarts.
    ...(fs.length === 101 && fs.every((a, i) => a === i) ? {} : { ageStarts: fs }),
    female: [] as number[][],
    male: [] as number[][],
  };
  for (const [sex, own, other] of [
    ['female', female.rows, male.rows],
    ['male', male.rows, female.rows],
  ] as const) {
    const [here, there] =
      sex === 'female'
        ? [SHEET.mortalityFemale, SHEET.mortalityMale]
        : [SHEET.mortalityMale, SHEET.mortalityFemale];
    years.forEach((year, i) => {
      const row = own.get(year);
      if (!row) return;
      if (!other.has(year)) {
        problems.add(row.at, {
          code: 'sheet.population.yearInOneSheet',
          params: { year, other: here, missing: there },
        });
        return;
      }
      if (!loc.has(`demography.mx.years[${i}]`)) loc.set(`demography.mx.years[${i}]`, row.at);
      loc.set(`demography.mx.${sex}[${i}]`, row.at);
      row.cells.forEach((c, j) => loc.set(`demography.mx.${sex}[${i}][${j}]`, c.at));
      mx[sex].push(rates(row, year));
    });
  }
  return { given, mx };
}
