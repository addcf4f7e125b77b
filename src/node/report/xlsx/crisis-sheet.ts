import type ExcelJS from 'exceljs';
import type { CrisisMonth } from '#engine';
import { BEN } from './benefit-sheet';
import { nameOf, result, tableRow, type BookContext } from './context';
import { IN, inputRef } from './inputs-sheet';
import {
  absRange,
  addr,
  colRange,
  FMT,
  setFormula,
  setValue,
  writeHeader,
  writeTitle,
} from './layout';

const M = {
  measure: 1,
  kind: 2,
  monthNo: 3,
  year: 4,
  month: 5,
  recipients: 6,
  amount: 7,
  transfers: 8,
  admin: 9,
  cost: 10,
};
const MONTH_FIELDS: [number, string][] = [
  [M.year, 'year'],
  [M.month, 'month'],
  [M.recipients, 'recipients'],
  [M.amount, 'amountPerRecipient'],
  [M.transfers, 'transfers'],
  [M.admin, 'admin'],
  [M.cost, 'cost'],
];

function boldRow(ws: ExcelJS.Worksheet, row: number, headers: readonly string[]): void {
  headers.forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { bottom: { style: 'thin' } };
  });
}

function writeCrisisHeader(ctx: BookContext, ws: ExcelJS.Worksheet): void {
  const cur = ctx.currency;
  const d = ctx.text.data;
  writeHeader(
    ws,
    1,
    [
      { header: d.measure, width: 16 },
      { header: d.kind, width: 10 },
      { header: d.monthOfMeasure, numFmt: FMT.integer, width: 10 },
      { header: ctx.text.table.year, numFmt: FMT.year, width: 8 },
      { header: d.month, numFmt: FMT.integer, width: 9 },
      { header: d.recipients, numFmt: FMT.persons, width: 16 },
      { header: d.amountPerRecipient(cur), numFmt: FMT.amount, width: 16 },
      { header: d.transfers(cur), numFmt: FMT.money, width: 18 },
      { header: ctx.text.table.admin(cur), numFmt: FMT.money, width: 16 },
      { header: d.crisisCost(cur), numFmt: FMT.money, width: 18 },
    ],
    { xSplit: 0 },
  );
}

/** Recipients and amount of one month: the measure's own, or a top-up's from its benefit's sheet. */
function writeRecipientsAndAmount(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  r: number,
  j: number,
  mo: CrisisMonth,
): void {
  const measure = ctx.scenario.crisis[j]!;
  const n = (p: string) => nameOf(ctx, `crisis.${j}.${p}`);
  const here = (c: number) => addr(c, r);
  const plan =
    measure.kind === 'topUp' ? ctx.benefits.find((b) => b.spec.id === measure.benefit) : undefined;
  if (measure.kind !== 'topUp') {
    setFormula(ws, r, M.recipients, n('recipients'), FMT.persons);
    setFormula(ws, r, M.amount, n('amount'), FMT.amount);
  } else if (plan) {
    // The benefit's beneficiaries and amount of the month's year, looked up on its sheet.
    const rows = [tableRow(ctx, ctx.firstYear), tableRow(ctx, ctx.lastYear)] as const;
    const lookup = (c: number) =>
      `INDEX(${colRange(plan.sheet, c, rows[0], rows[1])},MATCH(${here(M.year)},${colRange(plan.sheet, BEN.year, rows[0], rows[1])},0))`;
    const months = nameOf(ctx, `${plan.key}.months`);
    setFormula(ws, r, M.recipients, `${lookup(BEN.beneficiaries)}*${months}/12`, FMT.persons);
    setFormula(
      ws,
      r,
      M.amount,
      `IF(ISNUMBER(${n('share')}),${n('share')}*${lookup(BEN.perBeneficiary)}/${months},N(${n('amount')}))`,
      FMT.amount,
    );
  } else {
    // A top-up of a benefit that is switched off pays nobody (the engine warns).
    setValue(ws, r, M.recipients, mo.recipients, 'engine', FMT.persons);
    setValue(ws, r, M.amount, mo.amountPerRecipient, 'engine', FMT.amount);
  }
}

/** One row per month paid, from row 2; returns the row after the last. */
function writeMonthRows(ctx: BookContext, ws: ExcelJS.Worksheet): number {
  let r = 2;
  ctx.scenario.crisis.forEach((measure, j) => {
    const n = (p: string) => nameOf(ctx, `crisis.${j}.${p}`);
    ctx.result.crisis.measures[j]!.months.forEach((mo, k) => {
      const here = (c: number) => addr(c, r);
      setValue(ws, r, M.measure, measure.id, 'plain');
      setValue(ws, r, M.kind, measure.kind, 'plain');
      setValue(ws, r, M.monthNo, k + 1, 'plain', FMT.integer);
      setFormula(
        ws,
        r,
        M.year,
        `${n('start_year')}+INT((${n('start_month')}-1+${here(M.monthNo)}-1)/12)`,
        FMT.year,
      );
      setFormula(
        ws,
        r,
        M.month,
        `MOD(${n('start_month')}-1+${here(M.monthNo)}-1,12)+1`,
        FMT.integer,
      );
      writeRecipientsAndAmount(ctx, ws, r, j, mo);
      setFormula(ws, r, M.transfers, `${here(M.recipients)}*${here(M.amount)}`, FMT.money);
      setFormula(ws, r, M.admin, `${n('admin_rate')}*${here(M.transfers)}`, FMT.money);
      setFormula(ws, r, M.cost, `${here(M.transfers)}+${here(M.admin)}`, FMT.money);
      for (const [c, field] of MONTH_FIELDS) {
        result(ctx, ctx.sheets.crisis, here(c), ['crisis', 'measures', j, 'months', k, field]);
      }
      r++;
    });
  });
  return r;
}

/** A column of the month rows, absolute. */
type MonthRange = (c: number) => string;

/**
 * Cost by calendar year from row r: per measure, then all measures. Returns the row after the table
 * and the rows of each measure's years (keyed by measure id, and by the all-measures label).
 */
function writeCostByYear(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  start: number,
  range: MonthRange,
): { r: number; yearRows: Map<string, number[]> } {
  const d = ctx.text.data;
  const cur = ctx.currency;
  let r = start;
  writeTitle(ws, r++, d.byYearTitle);
  boldRow(ws, r++, [
    d.measure,
    ctx.text.table.year,
    d.crisisCost(cur),
    ctx.text.table.pctGdp,
    ctx.text.table.pctExpenditure,
  ]);
  const yearRows = new Map<string, number[]>();
  const byYear = (
    label: string,
    year: number,
    path: (string | number)[],
    measureId: string | null,
  ) => {
    setValue(ws, r, 1, label, 'plain');
    setValue(ws, r, 2, year, 'plain', FMT.year);
    setFormula(
      ws,
      r,
      3,
      measureId === null
        ? `SUMIFS(${range(M.cost)},${range(M.year)},${addr(2, r)})`
        : `SUMIFS(${range(M.cost)},${range(M.measure)},${addr(1, r)},${range(M.year)},${addr(2, r)})`,
      FMT.money,
    );
    setFormula(ws, r, 4, `${addr(3, r)}/${inputRef(ctx, IN.gdp, year)}`, FMT.pct);
    setFormula(ws, r, 5, `${addr(3, r)}/${inputRef(ctx, IN.expenditure, year)}`, FMT.pct);
    result(ctx, ctx.sheets.crisis, addr(3, r), [...path, 'cost']);
    result(ctx, ctx.sheets.crisis, addr(4, r), [...path, 'pctGdp']);
    result(ctx, ctx.sheets.crisis, addr(5, r), [...path, 'pctExpenditure']);
    const rows = yearRows.get(label) ?? [];
    rows.push(r);
    yearRows.set(label, rows);
    r++;
  };
  const res = ctx.result.crisis;
  ctx.scenario.crisis.forEach((measure, j) => {
    res.measures[j]!.byYear.forEach((y, k) =>
      byYear(measure.id, y.year, ['crisis', 'measures', j, 'byYear', k], measure.id),
    );
  });
  res.byYear.forEach((y, k) => byYear(d.allMeasures, y.year, ['crisis', 'byYear', k], null));
  return { r, yearRows };
}

/** Totals from row r: a measure's share of GDP is the sum of its yearly shares. */
function writeCrisisTotals(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  start: number,
  range: MonthRange,
  yearRows: Map<string, number[]>,
): void {
  const d = ctx.text.data;
  const cur = ctx.currency;
  let r = start;
  writeTitle(ws, r++, d.totalsTitle);
  boldRow(ws, r++, [
    d.measure,
    d.transfers(cur),
    ctx.text.table.admin(cur),
    d.crisisCost(cur),
    d.sumPctGdp,
    d.sumPctExpenditure,
  ]);
  const sumOf = (rows: number[], c: number) => rows.map((row) => addr(c, row)).join('+') || '0';
  const totalRows: number[] = [];
  ctx.scenario.crisis.forEach((measure, j) => {
    const rows = yearRows.get(measure.id) ?? [];
    setValue(ws, r, 1, measure.id, 'plain');
    setFormula(
      ws,
      r,
      2,
      `SUMIF(${range(M.measure)},${addr(1, r)},${range(M.transfers)})`,
      FMT.money,
    );
    setFormula(ws, r, 3, `SUMIF(${range(M.measure)},${addr(1, r)},${range(M.admin)})`, FMT.money);
    setFormula(ws, r, 4, `SUMIF(${range(M.measure)},${addr(1, r)},${range(M.cost)})`, FMT.money);
    setFormula(ws, r, 5, sumOf(rows, 4), FMT.pct);
    setFormula(ws, r, 6, sumOf(rows, 5), FMT.pct);
    const path = ['crisis', 'measures', j];
    (['transfers', 'admin', 'cost', 'pctGdp', 'pctExpenditure'] as const).forEach((field, i) =>
      result(ctx, ctx.sheets.crisis, addr(2 + i, r), [...path, field]),
    );
    totalRows.push(r);
    r++;
  });
  const ALL = d.allMeasures;
  const allRows = yearRows.get(ALL) ?? [];
  setValue(ws, r, 1, ALL, 'plain');
  setFormula(ws, r, 2, sumOf(totalRows, 2), FMT.money);
  setFormula(ws, r, 3, sumOf(totalRows, 3), FMT.money);
  setFormula(ws, r, 4, sumOf(totalRows, 4), FMT.money);
  setFormula(ws, r, 5, sumOf(allRows, 4), FMT.pct);
  setFormula(ws, r, 6, sumOf(allRows, 5), FMT.pct);
  result(ctx, ctx.sheets.crisis, addr(4, r), ['crisis', 'cost']);
  result(ctx, ctx.sheets.crisis, addr(5, r), ['crisis', 'pctGdp']);
  result(ctx, ctx.sheets.crisis, addr(6, r), ['crisis', 'pctExpenditure']);
}

/**
 * Temporary crisis measures (methodology section 4): one row per month paid, with formulas of the
 * Assumptions sheet and, for top-ups, of the benefit's sheet; then the cost by calendar year as shares of
 * that year's GDP and government expenditure, and the totals.
 */
export function writeCrisisSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.crisis)!;
  writeCrisisHeader(ctx, ws);
  const afterMonths = writeMonthRows(ctx, ws);
  const lastMonthRow = Math.max(2, afterMonths - 1);
  const range: MonthRange = (c) => absRange(c, 2, lastMonthRow);
  const byYear = writeCostByYear(ctx, ws, afterMonths + 1, range);
  writeCrisisTotals(ctx, ws, byYear.r + 1, range, byYear.yearRows);
}
