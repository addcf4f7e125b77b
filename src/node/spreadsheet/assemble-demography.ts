import { isBlank, readText, type Located, type NumberRule, type YearRow } from './cell-values';
import { assembleMortality } from './assemble-mortality';
import {
  ageOf,
  filled,
  TABLE_SHEET,
  type AgeRow,
  type DemographyCells,
  type DemographyTable,
} from './demography-cells';
import { groupLabel, PATTERN_FORMS, PROFILE_FORM, type AgeGroup } from './demography-layout';
import type { Problems } from './problems';
import { DEMOGRAPHY_SHEETS } from './sheet-layout';

type Locations = Map<string, string>;

const shown = (cell: Located) => JSON.stringify(readText(cell.value));

/** A series by year (TFR, net migrants): every year listed needs its value. */
function yearSeries(
  rows: ReadonlyMap<number, YearRow>,
  path: string,
  what: string,
  rule: NumberRule,
  problems: Problems,
  loc: Locations,
): { years: number[]; values: number[] } | undefined {
  const list = [...rows].sort(([a], [b]) => a - b);
  if (list.length === 0) return undefined;
  const values = list.map(([year, row], i) => {
    const c = row.cells[0]!;
    loc.set(`${path}.years[${i}]`, row.at);
    loc.set(`${path}.values[${i}]`, c.at);
    if (!isBlank(c.value)) return problems.number(c, rule) ?? 0;
    problems.add(
      c.at,
      `is empty: give ${what} of ${year}, or delete the year (the years may be any distance apart)`,
    );
    return 0;
  });
  return { years: list.map(([y]) => y), values };
}

const same = (a: AgeGroup | undefined, b: AgeGroup) => a?.from === b.from && a.to === b.to;

/**
 * A table by age (the fertility pattern, the migration profile): rows in the order of one of
 * `forms`, every share filled. Rows after the last filled one are the template's empty ages and
 * are left out; a table with no share is not given (undefined). Returns the columns' values.
 */
function ageTable(
  rows: readonly AgeRow[],
  forms: readonly { what: string; groups: AgeGroup[] }[],
  needs: string,
  at: string,
  rule: NumberRule,
  problems: Problems,
): number[][] | undefined {
  let last = -1;
  rows.forEach((r, k) => {
    if (filled(r.cells)) last = k;
  });
  if (last < 0) return undefined;
  const used = rows.slice(0, last + 1);
  const form = forms.find((f) => same(ageOf(used[0]!.age), f.groups[0]!)) ?? forms[0]!;
  const n = form.groups.length;
  if (used.length > n && !forms.some((f) => f.groups.length === used.length)) {
    problems.add(used[n]!.age.at, `${needs}, found ${used.length}`);
  } else if (used.length < n) {
    const lacking = form.groups.slice(used.length).map(groupLabel);
    const list = lacking.length > 5 ? `${lacking.slice(0, 5).join(', ')}, …` : lacking.join(', ');
    problems.add(at, `${needs}, found ${used.length}: no share for ${list}`);
  }
  let wrongAge = false;
  const columns = used[0]!.cells.map(() => [] as number[]);
  used.forEach((r, k) => {
    const want = form.groups[k];
    if (want && !wrongAge && !same(ageOf(r.age), want)) {
      wrongAge = true;
      problems.add(
        r.age.at,
        isBlank(r.age.value)
          ? `the age is empty: this row is age ${groupLabel(want)} (${form.what}, in order)`
          : `must be age ${groupLabel(want)} (${form.what}, in order), found ${shown(r.age)}`,
      );
    }
    r.cells.forEach((c, j) => {
      if (isBlank(c.value)) {
        problems.add(c.at, { code: 'sheet.demography.shareEmpty' });
        columns[j]!.push(0);
      } else columns[j]!.push(problems.number(c, rule) ?? 0);
    });
  });
  return columns;
}

const REQUIRED: readonly [DemographyTable, string][] = [
  ['mxFemale', 'death rates of women'],
  ['mxMale', 'death rates of men'],
  ['tfr', 'total fertility rate'],
  ['asfrPattern', 'age pattern of fertility'],
];

const OPTIONAL: readonly [DemographyTable, string][] = [
  ['sexRatioAtBirth', 'sex ratio at birth'],
  ['netMigration', 'net migration'],
  ['migrationProfile', 'migration profile'],
];

/**
 * The `demography` block from the demographic sheets, or undefined when they are all empty (or
 * missing). A block given in part is a problem at each table that is missing, saying what is there.
 */
export function assembleDemography(
  cells: DemographyCells,
  problems: Problems,
  loc: Locations,
): Record<string, unknown> | undefined {
  const t = cells.tableAt;
  const m = assembleMortality(cells, problems, loc);
  const tfr = yearSeries(
    cells.tfr,
    'demography.tfr',
    'the total fertility rate',
    { min: 0 },
    problems,
    loc,
  );
  const pattern = ageTable(
    cells.asfrPattern,
    PATTERN_FORMS,
    'the age pattern must have 35 shares (single ages 15 to 49) or 7 (five-year groups 15-19 to 45-49)',
    t.asfrPattern,
    { min: 0, percent: true },
    problems,
  );
  const [srbCell, ...more] = cells.sexRatioAtBirth.filter((c) => !isBlank(c.value));
  for (const c of more) {
    problems.add(c.at, `only one sex ratio at birth: it is given already at ${srbCell!.at}`);
  }
  const net = yearSeries(
    cells.netMigration,
    'demography.netMigration',
    'the net migrants',
    {},
    problems,
    loc,
  );
  const profile = ageTable(
    cells.migrationProfile,
    [PROFILE_FORM],
    'the migration profile must have 101 ages (0 to 99 and 100+)',
    t.migrationProfile,
    { percent: true },
    problems,
  );
  const given: Record<DemographyTable, boolean> = {
    mxFemale: m.given.female,
    mxMale: m.given.male,
    tfr: tfr !== undefined,
    asfrPattern: pattern !== undefined,
    sexRatioAtBirth: srbCell !== undefined,
    netMigration: net !== undefined,
    migrationProfile: profile !== undefined,
  };
  const there = [...REQUIRED, ...OPTIONAL].filter(([k]) => given[k]);
  if (there.length === 0) return undefined;
  for (const [key, what] of REQUIRED) {
    if (given[key]) continue;
    const missing = cells.missing.includes(TABLE_SHEET[key]) ? 'the sheet is missing, so ' : '';
    problems.add(
      t[key],
      `${missing}no ${what}, but the file has other demographic rates (${there.map(([, w]) => w).join(', ')}): ` +
        `demographic rates need the death rates of women and men, the total fertility rate and the age pattern of fertility. ` +
        `Fill in the ${what}, or empty the sheets ${DEMOGRAPHY_SHEETS.join(', ')} to have no demographic rates`,
    );
  }
  loc.set('demography', t.mxFemale);
  loc.set('demography.tfr', t.tfr);
  loc.set('demography.asfrPattern', t.asfrPattern);
  cells.asfrPattern.forEach((r, k) => loc.set(`demography.asfrPattern[${k}]`, r.cells[0]!.at));
  const d: Record<string, unknown> = { mx: m.mx, tfr, asfrPattern: pattern?.[0] };
  if (srbCell) {
    loc.set('demography.sexRatioAtBirth', srbCell.at);
    d.sexRatioAtBirth = problems.number(srbCell, { min: 0 });
  }
  if (net) {
    loc.set('demography.netMigration', t.netMigration);
    d.netMigration = net;
  }
  if (profile) {
    loc.set('demography.migrationProfile', t.migrationProfile);
    cells.migrationProfile.forEach((r, a) =>
      r.cells.forEach((c, j) =>
        loc.set(`demography.migrationProfile.${j === 0 ? 'female' : 'male'}[${a}]`, c.at),
      ),
    );
    d.migrationProfile = { female: profile[0], male: profile[1] };
  }
  return d;
}
