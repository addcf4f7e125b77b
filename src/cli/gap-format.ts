/**
 * The outputs of `spf gap`: a table for the screen (countries by gap, then the aggregates, then the
 * countries left out), and a CSV with one row per country, aggregate and skipped country.
 */
import {
  SPENDING_FUNCTIONS,
  type CountryGap,
  type FunctionGap,
  type GapGroup,
  type GlobalGap,
  type IncomeGroup,
  type SpendingFunctionName,
} from '#engine';
import Papa from 'papaparse';
import { SAFE_UNPARSE } from '../contract/spreadsheet-text';
import type { CliIo } from './cli-io';
import { say } from './progress';

const two = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A share of GDP as a percentage with two decimals, e.g. "3.30". */
const pct = (v: number) => two.format(v * 100);
/** US dollars in billions with two decimals. */
const bn = (v: number) => two.format(v / 1e9);

/** Columns laid out to the widest cell; text left, numbers right. */
function layout(rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The functions any country of the run has, in the vocabulary's order. */
function functionsOf(gap: GlobalGap): SpendingFunctionName[] {
  return SPENDING_FUNCTIONS.filter((fn) => gap.groups.some((g) => g.byFunction[fn]));
}

function countryRows(io: CliIo, countries: readonly CountryGap[]): string[][] {
  const head = [
    'iso3',
    'country',
    'incomeGroup',
    'region',
    'cost',
    'spending',
    'gap',
    'gapUsd',
  ] as const;
  const sorted = [...countries].sort(
    (a, b) => b.gapPctGdp - a.gapPctGdp || (a.iso3 < b.iso3 ? -1 : 1),
  );
  return [
    head.map((h) => say(io, `globalGap.table.${h}` as const)),
    ...sorted.map((c) => [
      c.iso3,
      c.name,
      say(io, `globalGap.income.${c.incomeGroup}` as const),
      c.region,
      pct(c.costPctGdp),
      pct(c.currentSpendingPctGdp),
      pct(c.gapPctGdp),
      bn(c.gapUsd),
    ]),
  ];
}

/** An aggregate's name in the command's language: income groups are translated, regions kept. */
function groupName(io: CliIo, g: GapGroup): string {
  if (g.kind === 'all') return say(io, 'globalGap.group.all');
  if (g.kind === 'incomeGroup') {
    return say(io, `globalGap.income.${g.name as IncomeGroup | 'lowAndMiddle'}` as const);
  }
  return g.name;
}

function groupRows(io: CliIo, gap: GlobalGap, fns: readonly SpendingFunctionName[]): string[][] {
  const head = (['group', 'countries', 'gdpUsd', 'cost', 'gap', 'gapUsd'] as const).map((h) =>
    say(io, `globalGap.table.${h}` as const),
  );
  return [
    [...head, ...fns.map((fn) => say(io, `globalGap.function.${fn}` as const))],
    ...gap.groups.map((g) => [
      groupName(io, g),
      String(g.countries),
      bn(g.gdpUsd),
      pct(g.costPctGdp),
      pct(g.gapPctGdp),
      bn(g.gapUsd),
      ...fns.map((fn) => pct(g.byFunction[fn]?.gapPctGdp ?? 0)),
    ]),
  ];
}

/** "children (170), health (3)": the functions whose spending the data lack, in how many countries. */
function unknownSpending(io: CliIo, gap: GlobalGap): string {
  return SPENDING_FUNCTIONS.map((fn) => ({
    fn,
    count: gap.countries.filter((c) => c.spendingUnknown.includes(fn)).length,
  }))
    .filter((u) => u.count > 0)
    .map((u) => `${say(io, `globalGap.fn.${u.fn}` as const)} (${u.count})`)
    .join(', ');
}

/** The screen table: shares of GDP in %, money in billions of US dollars. */
export function gapTable(io: CliIo, gap: GlobalGap): string {
  const fns = functionsOf(gap);
  const parts = [
    say(io, 'globalGap.table.title', { year: gap.year, package: gap.package }),
    '',
    layout(countryRows(io, gap.countries), [false, false, false, false, true, true, true, true]),
    '',
    say(io, 'globalGap.table.groups'),
    layout(groupRows(io, gap, fns), [false, ...new Array<boolean>(5 + fns.length).fill(true)]),
  ];
  const unknown = unknownSpending(io, gap);
  if (unknown) parts.push('', say(io, 'globalGap.unknownSpending', { functions: unknown }));
  if (gap.skipped.length > 0) {
    parts.push('', say(io, 'globalGap.table.skipped', { count: gap.skipped.length }));
    for (const s of gap.skipped) parts.push(`  ${s.iso3}  ${s.reason}`);
  }
  return `${parts.join('\n')}\n`;
}

const CSV_FIELDS = [
  'type',
  'id',
  'name',
  'incomeGroup',
  'region',
  'countries',
  'gdpUsd',
  'costPctGdp',
  'currentSpendingPctGdp',
  'gapPctGdp',
  'costUsd',
  'gapUsd',
];

function functionCells(
  fns: readonly SpendingFunctionName[],
  by: Partial<Record<SpendingFunctionName, FunctionGap>>,
): Record<string, number | ''> {
  const cells: Record<string, number | ''> = {};
  for (const fn of fns) {
    const f = by[fn];
    cells[`${fn}CostPctGdp`] = f ? f.costPctGdp : '';
    cells[`${fn}SpendingPctGdp`] = f ? f.spendingPctGdp : '';
    cells[`${fn}GapPctGdp`] = f ? f.gapPctGdp : '';
  }
  return cells;
}

/** One row per country, aggregate and skipped country; shares are fractions of GDP, money USD. */
export function gapCsv(gap: GlobalGap): string {
  const fns = functionsOf(gap);
  const rows: Record<string, string | number>[] = [
    ...gap.countries.map((c) => ({
      type: 'country',
      id: c.iso3,
      name: c.name,
      incomeGroup: c.incomeGroup,
      region: c.region,
      countries: 1,
      gdpUsd: c.gdpUsd,
      costPctGdp: c.costPctGdp,
      currentSpendingPctGdp: c.currentSpendingPctGdp,
      gapPctGdp: c.gapPctGdp,
      costUsd: c.costUsd,
      gapUsd: c.gapUsd,
      ...functionCells(fns, c.byFunction),
    })),
    ...gap.groups.map((g) => ({
      type: g.kind,
      id: g.name,
      name: g.name,
      countries: g.countries,
      gdpUsd: g.gdpUsd,
      costPctGdp: g.costPctGdp,
      gapPctGdp: g.gapPctGdp,
      costUsd: g.costUsd,
      gapUsd: g.gapUsd,
      ...functionCells(fns, g.byFunction),
    })),
    ...gap.skipped.map((s) => ({ type: 'skipped', id: s.iso3, name: s.reason })),
  ];
  const fields = [
    ...CSV_FIELDS,
    ...fns.flatMap((fn) => [`${fn}CostPctGdp`, `${fn}SpendingPctGdp`, `${fn}GapPctGdp`]),
  ];
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, SAFE_UNPARSE)}\n`;
}
