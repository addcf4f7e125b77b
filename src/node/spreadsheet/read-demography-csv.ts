import { isBlank, readText, type Located, type YearRow } from './cell-values';
import { emptyDemographyCells, type AgeRow, type DemographyCells } from './demography-cells';
import {
  FERTILITY_ITEMS,
  groupLabel,
  MIGRATION_ITEMS,
  parseAgeGroup,
  type AgeGroup,
} from './demography-layout';
import { oneOf, rowYear, suggestion, type Problems } from './problems';
import { SHEET, type DemographySheet } from './sheet-layout';

type Cell = (column: string) => Located;

/** Records by age: the group, where its first record is, and the cells by key (a year, a sex). */
type ByAge = Map<string, { group: AgeGroup; at: string; cells: Map<string, Located> }>;

const byStart = (a: { group: AgeGroup }, b: { group: AgeGroup }) =>
  a.group.from - b.group.from || (a.group.to ?? 999) - (b.group.to ?? 999);

const noRow = (where: string): Located => ({ value: null, at: `${where} (no row)` });

/**
 * The records of the demographic sheets in the long CSV (docs/country-data.md): death rates by
 * year and age group, `tfr` and `netMigration` by year, `asfrPattern` and `migrationProfile` by age,
 * `sexRatioAtBirth`. A record with neither year (or age) nor value only shows the form and is
 * skipped. `finish` puts the cells in age order.
 */
export class DemographyCsv {
  readonly cells: DemographyCells;
  private readonly mx = { female: new Map() as ByAge, male: new Map() as ByAge };
  private readonly years = { female: new Map<number, string>(), male: new Map<number, string>() };
  private readonly pattern: ByAge = new Map();
  private readonly profile: ByAge = new Map();

  constructor(private readonly problems: Problems) {
    const rows = (sheet: string, item?: string) =>
      `rows for sheet "${sheet}"${item ? `, item ${item}` : ''}`;
    this.cells = emptyDemographyCells({
      mxFemale: rows(SHEET.mortalityFemale),
      mxMale: rows(SHEET.mortalityMale),
      tfr: rows(SHEET.fertility, 'tfr'),
      asfrPattern: rows(SHEET.fertility, 'asfrPattern'),
      sexRatioAtBirth: rows(SHEET.fertility, 'sexRatioAtBirth'),
      netMigration: rows(SHEET.migration, 'netMigration'),
      migrationProfile: rows(SHEET.migration, 'migrationProfile'),
    });
  }

  add(sheet: DemographySheet, line: number, cell: Cell): void {
    if (sheet === SHEET.mortalityFemale || sheet === SHEET.mortalityMale) {
      this.mortality(sheet === SHEET.mortalityFemale ? 'female' : 'male', cell);
      return;
    }
    const items: readonly string[] = sheet === SHEET.fertility ? FERTILITY_ITEMS : MIGRATION_ITEMS;
    const item = readText(cell('item').value);
    if (!items.includes(item)) {
      this.problems.add(`row ${line}, column item`, {
        code: 'sheet.oneOf',
        params: { known: oneOf(items), found: JSON.stringify(item), ...suggestion(item, items) },
      });
      return;
    }
    if (item === 'tfr') this.series(cell, this.cells.tfr);
    else if (item === 'netMigration') this.series(cell, this.cells.netMigration);
    else if (item === 'asfrPattern') this.byAge(cell, this.pattern, '');
    else if (item === 'migrationProfile') {
      const sex = cell('sex');
      const s = readText(sex.value).toLowerCase();
      if (s === 'female' || s === 'male') this.byAge(cell, this.profile, s);
      else if (!isBlank(cell('value').value) || !isBlank(cell('age').value)) {
        this.problems.add(sex.at, {
          code: 'sheet.demography.sex',
          params: { found: JSON.stringify(readText(sex.value)) },
        });
      }
    } else if (!isBlank(cell('value').value)) this.cells.sexRatioAtBirth.push(cell('value'));
  }

  /** The age of a record, or undefined (with a problem). */
  private age(cell: Cell): AgeGroup | undefined {
    const a = cell('age');
    const g = parseAgeGroup(readText(a.value));
    if (!g) {
      this.problems.add(
        a.at,
        isBlank(a.value)
          ? { code: 'sheet.age.empty' }
          : { code: 'sheet.demography.age', params: { found: JSON.stringify(readText(a.value)) } },
      );
    }
    return g;
  }

  private mortality(sex: 'female' | 'male', cell: Cell): void {
    const year = cell('year');
    if (isBlank(year.value) && isBlank(cell('value').value)) return;
    const g = this.age(cell);
    const y = g && rowYear(this.problems, year, new Map());
    if (!g || y === undefined) return;
    if (!this.years[sex].has(y)) this.years[sex].set(y, year.at);
    this.put(this.mx[sex], g, String(y), cell, `year ${y}, age ${groupLabel(g)}`);
  }

  private series(cell: Cell, target: Map<number, YearRow>): void {
    const year = cell('year');
    const value = cell('value');
    if (isBlank(year.value) && isBlank(value.value)) return;
    const y = rowYear(this.problems, year, target);
    if (y !== undefined) target.set(y, { at: year.at, cells: [value] });
  }

  private byAge(cell: Cell, target: ByAge, key: string): void {
    if (isBlank(cell('age').value) && isBlank(cell('value').value)) return;
    const g = this.age(cell);
    if (g) this.put(target, g, key, cell, `age ${groupLabel(g)}${key ? `, ${key}` : ''}`);
  }

  private put(target: ByAge, g: AgeGroup, key: string, cell: Cell, what: string): void {
    const label = groupLabel(g);
    let entry = target.get(label);
    if (!entry) target.set(label, (entry = { group: g, at: cell('age').at, cells: new Map() }));
    const earlier = entry.cells.get(key);
    if (earlier) {
      this.problems.add(cell('age').at, `${what} is given twice (also at ${earlier.at})`);
      return;
    }
    entry.cells.set(key, cell('value'));
  }

  /** Puts the cells in age order, with an empty cell for each age or year without a record. */
  finish(): void {
    for (const sex of ['female', 'male'] as const) {
      const sheet = sex === 'female' ? SHEET.mortalityFemale : SHEET.mortalityMale;
      const groups = [...this.mx[sex]].sort(([, a], [, b]) => byStart(a, b));
      const target = this.cells.mortality[sex];
      target.groups = groups.map(([label, e]) => ({ value: label, at: e.at }));
      for (const [y, at] of [...this.years[sex]].sort(([a], [b]) => a - b)) {
        target.rows.set(y, {
          at,
          cells: groups.map(
            ([label, e]) => e.cells.get(String(y)) ?? noRow(`${sheet}, year ${y}, age ${label}`),
          ),
        });
      }
    }
    const rows = (target: ByAge, keys: string[], where: string): AgeRow[] =>
      [...target]
        .sort(([, a], [, b]) => byStart(a, b))
        .map(([label, e]) => ({
          at: e.at,
          age: { value: label, at: e.at },
          cells: keys.map(
            (k) => e.cells.get(k) ?? noRow(`${where}, age ${label}${k ? `, ${k}` : ''}`),
          ),
        }));
    this.cells.asfrPattern = rows(this.pattern, [''], `${SHEET.fertility}, asfrPattern`);
    this.cells.migrationProfile = rows(
      this.profile,
      ['female', 'male'],
      `${SHEET.migration}, migrationProfile`,
    );
  }
}
