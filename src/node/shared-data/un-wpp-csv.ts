import { InputError, codedIssue } from '#engine';
import { CellReader, fileIssue } from './cells';
import { readCountryRows } from './country-rows';
import type { CsvRow } from './csv-scan';

/**
 * Population by sex and age in the layout of the UN's own WPP CSV downloads
 * (population.un.org/wpp/downloads: WPP20xx_PopulationBySingleAgeSex_*.csv and
 * WPP20xx_PopulationByAge5GroupSex_*.csv): columns LocID, ISO3_code, Time, AgeGrp, AgeGrpStart,
 * AgeGrpSpan, PopMale, PopFemale, PopTotal, Variant; counts in THOUSANDS at 1 July.
 */
export interface UnPopulation {
  iso3: string;
  /** `single`: ages 0..99 and 100+; `groups`: 0-4 … 95-99 and 100+. */
  layout: 'single' | 'groups';
  /** Lower bounds of the ages or groups; the last (100) is open. */
  ageStarts: number[];
  /** Increasing years. */
  years: number[];
  /** [year][age or group], persons. */
  male: number[][];
  female: number[][];
  /** Where each year came from, for messages: file and first line. */
  origin: Map<number, { file: string; line: number }>;
}

export const UN_WPP_REQUIRED = [
  'Time',
  'AgeGrpStart',
  'AgeGrpSpan',
  'PopMale',
  'PopFemale',
] as const;

const KEPT_VARIANTS = new Set(['medium', 'estimates']);

const SINGLE_STARTS = Array.from({ length: 101 }, (_, i) => i);
const GROUP_STARTS = Array.from({ length: 21 }, (_, i) => 5 * i);

interface YearRows {
  file: string;
  line: number;
  cells: Map<number, { span: number; male: number; female: number; row: CsvRow }>;
}

/**
 * Reads one country from one or more UN-layout files (e.g. the estimates and the projections). Only
 * the Medium variant (or rows marked Estimates) is kept when the file has a Variant column. Each
 * year must have every single age 0..99 and 100+, or every group 0-4 … 95-99 and 100+.
 */
export async function readUnWppPopulation(
  files: readonly string[],
  iso3: string,
  onProgress?: (fraction: number) => void,
): Promise<UnPopulation> {
  const years = new Map<number, YearRows>();
  for (const [k, file] of files.entries()) {
    const table = await readCountryRows(file, iso3, {
      required: UN_WPP_REQUIRED,
      codeColumn: 'ISO3_code',
      nameColumn: 'Location',
      ...(onProgress ? { onProgress: (f: number) => onProgress((k + f) / files.length) } : {}),
    });
    const cells = new CellReader(table);
    const variants = new Set<string>();
    let kept = 0;
    for (const row of table.rows) {
      if (cells.has('Variant')) {
        const variant = cells.text(row, 'Variant');
        variants.add(variant);
        if (!KEPT_VARIANTS.has(variant.toLowerCase())) continue;
      }
      kept++;
      const year = cells.number(row, 'Time', { integer: true, min: 1900 });
      const start = cells.number(row, 'AgeGrpStart', { integer: true, min: 0 });
      const span = cells.number(row, 'AgeGrpSpan', { integer: true, min: -1 });
      const male = cells.number(row, 'PopMale', { min: 0 });
      const female = cells.number(row, 'PopFemale', { min: 0 });
      if ([year, start, span, male, female].some(Number.isNaN)) continue;
      if (cells.has('PopTotal')) {
        const total = cells.number(row, 'PopTotal', { min: 0, optional: true });
        if (total !== null && Math.abs(male + female - total) > 1e-4 * total + 0.002) {
          cells.add(
            `row ${row.line}, column PopTotal`,
            `is ${total} but PopMale + PopFemale = ${male + female}: are the columns in the right order?`,
          );
        }
      }
      let entry = years.get(year);
      if (!entry) years.set(year, (entry = { file, line: row.line, cells: new Map() }));
      const earlier = entry.cells.get(start);
      if (earlier) {
        const where =
          entry.file === file ? `row ${earlier.row.line}` : `${entry.file} row ${earlier.row.line}`;
        cells.add(
          `row ${row.line}, column AgeGrpStart`,
          `year ${year}, age ${start} is given twice: in ${where} and here`,
        );
        continue;
      }
      entry.cells.set(start, { span, male: male * 1000, female: female * 1000, row });
    }
    if (kept === 0 && table.rows.length > 0) {
      cells.add(
        'column Variant',
        `has no "Medium" or "Estimates" rows for ${iso3}; it has ${[...variants].map((v) => `"${v}"`).join(', ')}`,
      );
    }
    cells.done();
  }
  return assemble(iso3, years);
}

function assemble(iso3: string, years: Map<number, YearRows>): UnPopulation {
  const sorted = [...years.keys()].sort((a, b) => a - b);
  let layout: 'single' | 'groups' | undefined;
  const male: number[][] = [];
  const female: number[][] = [];
  for (const year of sorted) {
    const entry = years.get(year)!;
    const spans = new Set([...entry.cells.values()].filter((c) => c.span > 0).map((c) => c.span));
    const here =
      spans.size === 1 && spans.has(1)
        ? 'single'
        : spans.size === 1 && spans.has(5)
          ? 'groups'
          : null;
    if (!here) {
      throw fileIssue(
        entry.file,
        `rows for ${iso3}, year ${year}, column AgeGrpSpan`,
        `ages must be all single years (span 1) or all 5-year groups (span 5), with an open 100+; found spans ${[...spans].join(', ')}`,
      );
    }
    if (layout && here !== layout) {
      throw fileIssue(
        entry.file,
        `rows for ${iso3}, year ${year}, column AgeGrpSpan`,
        `mixes single ages and 5-year groups across years; give files of one kind`,
      );
    }
    layout = here;
    const starts = here === 'single' ? SINGLE_STARTS : GROUP_STARTS;
    const missing = starts.filter((a) => !entry.cells.has(a));
    const extra = [...entry.cells.keys()].filter((a) => !starts.includes(a));
    if (missing.length > 0 || extra.length > 0) {
      const label = (a: number) =>
        a === 100 ? '100+' : here === 'single' ? String(a) : `${a}-${a + 4}`;
      throw fileIssue(
        entry.file,
        `rows for ${iso3}, year ${year}, column AgeGrpStart`,
        missing.length > 0
          ? `ages ${missing.slice(0, 10).map(label).join(', ')}${missing.length > 10 ? ', …' : ''} are missing (the open group must be 100+)`
          : `has ages the ${here === 'single' ? 'single-age' : '5-year'} layout does not have: ${extra.join(', ')}`,
      );
    }
    const open = entry.cells.get(100)!;
    if (open.span !== -1 && open.span !== 0) {
      const where = `row ${open.row.line}, column AgeGrpSpan`;
      throw new InputError(
        [codedIssue(where, 'data.wpp.openGroup', { found: open.span })],
        entry.file,
      );
    }
    male.push(starts.map((a) => entry.cells.get(a)!.male));
    female.push(starts.map((a) => entry.cells.get(a)!.female));
  }
  if (!layout) throw new InputError([codedIssue('', 'data.wpp.noRows', { iso3 })]);
  return {
    iso3,
    layout,
    ageStarts: layout === 'single' ? SINGLE_STARTS : GROUP_STARTS,
    years: sorted,
    male,
    female,
    origin: new Map(sorted.map((y) => [y, { file: years.get(y)!.file, line: years.get(y)!.line }])),
  };
}
