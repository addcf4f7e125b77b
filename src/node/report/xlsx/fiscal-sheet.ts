import type ExcelJS from 'exceljs';
import type { BalanceRole } from '#engine';
import { nameOf, result, tableRow, type BookContext } from './context';
import { IN, inputRef } from './inputs-sheet';
import {
  addr,
  col as letter,
  FMT,
  ref,
  setFormula,
  setValue,
  writeHeader,
  type Column,
} from './layout';
import { packageCostColumn } from './package-sheet';
import { addsToDebtTest, domesticTest, rampFormula } from './vocabulary-formulas';

const RED_FILL = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } as const;

/** Column of the financing gap on the Fiscal space sheet (after two columns per financing option). */
export function fiscalGapColumn(ctx: BookContext): number {
  return 4 + 2 * ctx.scenario.financing.length + 5;
}

const FISCAL_COLUMNS = [
  'resources',
  'newRevenue',
  'reallocation',
  'deficitFinancing',
  'domestic',
  'gap',
  'gapPctGdp',
  'gapUsd',
  'fundingGap',
  'fundingGapPctGdp',
  'revenue',
  'expenditure',
  'balanceBefore',
  'balanceAfter',
  'balanceAfterPctGdp',
  'borrowing',
  'additionalDebt',
  'baselineDebt',
  'debt',
  'aboveCeiling',
] as const;
type FiscalColumn = (typeof FISCAL_COLUMNS)[number];
type Columns = Record<FiscalColumn, number>;

/** The option columns come first, two per option (share of GDP, resources), from column D. */
const optionColumn = (j: number) => 4 + 2 * j;

function fiscalColumns(ctx: BookContext): Columns {
  const first = 4 + 2 * ctx.scenario.financing.length;
  const c = Object.fromEntries(FISCAL_COLUMNS.map((k, i) => [k, first + i])) as Columns;
  if (c.gap !== fiscalGapColumn(ctx)) throw new Error('workbook writer: the gap column moved');
  return c;
}

function fiscalHeader(ctx: BookContext): Column[] {
  const cur = ctx.currency;
  const words = ctx.text.table;
  const f = ctx.text.notes.fiscal;
  const columns: Column[] = [
    { header: words.year, numFmt: FMT.year, width: 8 },
    { header: words.gdp(cur), numFmt: FMT.money, width: 20 },
    { header: words.packageCost(cur), numFmt: FMT.money, width: 18 },
  ];
  ctx.scenario.financing.forEach((o) => {
    columns.push(
      { header: f.optionPct(o.label, o.option), numFmt: FMT.pct, note: f.rampNote },
      { header: f.optionResources(o.label, o.option, cur), numFmt: FMT.money, width: 18 },
    );
  });
  columns.push(
    { header: f.allOptions(cur), numFmt: FMT.money, width: 18 },
    {
      header: f.newRevenue(cur),
      numFmt: FMT.money,
      width: 18,
      note: f.newRevenueNote,
    },
    { header: f.reallocated(cur), numFmt: FMT.money, width: 18 },
    {
      header: f.deficitFinancing(cur),
      numFmt: FMT.money,
      width: 18,
      note: f.deficitFinancingNote,
    },
    {
      header: f.domestic(cur),
      numFmt: FMT.money,
      width: 18,
      note: f.domesticNote,
    },
    {
      header: words.financingGap(cur),
      numFmt: FMT.money,
      width: 18,
      note: f.financingGapNote,
    },
    { header: words.financingGapPctGdp, numFmt: FMT.pct },
    { header: words.financingGapUsd, numFmt: FMT.money, width: 16 },
    {
      header: f.fundingGap(cur),
      numFmt: FMT.money,
      width: 18,
      note: f.fundingGapNote,
    },
    { header: f.fundingGapPctGdp, numFmt: FMT.pct },
    { header: f.revenue(cur), numFmt: FMT.money, width: 18 },
    { header: f.expenditure(cur), numFmt: FMT.money, width: 18 },
    { header: f.balanceBefore(cur), numFmt: FMT.money, width: 18 },
    {
      header: f.balanceAfter(cur),
      numFmt: FMT.money,
      width: 18,
      note: f.balanceAfterNote,
    },
    { header: f.balanceAfterPctGdp, numFmt: FMT.pct },
    { header: f.borrowing(cur), numFmt: FMT.money, width: 16 },
    {
      header: f.additionalDebt(cur),
      numFmt: FMT.money,
      width: 18,
      note: f.additionalDebtNote,
    },
    {
      header: f.debtBefore,
      numFmt: FMT.pct,
      note: f.debtBeforeNote,
    },
    {
      header: f.debtAfter,
      numFmt: FMT.pct,
      note: f.debtAfterNote,
    },
    { header: f.aboveCeiling, width: 10 },
  );
  return columns;
}

/** One year's row: where its cells are and how to sum the options' resources. */
interface FiscalRow {
  r: number;
  i: number;
  year: number;
  here: (column: number) => string;
  /** The options' resources that pass a test of the option's cell; a null test takes every option. */
  sumIf: (test: (j: number) => string | null) => string;
}

function fiscalRow(ctx: BookContext, year: number, i: number): FiscalRow {
  const r = tableRow(ctx, year);
  const here = (k: number) => addr(k, r);
  const options = ctx.scenario.financing;
  const res = (j: number) => here(optionColumn(j) + 1);
  const sumIf = (test: (j: number) => string | null) =>
    options.length === 0
      ? '0'
      : options
          .map((_, j) => {
            const t = test(j);
            return t === null ? res(j) : `IF(${t},${res(j)},0)`;
          })
          .join('+');
  return { r, i, year, here, sumIf };
}

/** Each option's share of GDP on its ramp and the resources it gives. */
function writeOptionCells(ctx: BookContext, ws: ExcelJS.Worksheet, row: FiscalRow): void {
  const { r, i, here } = row;
  ctx.scenario.financing.forEach((_, j) => {
    const n = (p: string) => nameOf(ctx, `fin.${j}.${p}`);
    const ramp = {
      startYear: n('start_year'),
      start: n('start'),
      fullYear: n('full_year'),
      full: n('full'),
    };
    setFormula(ws, r, optionColumn(j), rampFormula(here(1), ramp), FMT.pct);
    setFormula(ws, r, optionColumn(j) + 1, `${here(optionColumn(j))}*${here(2)}`, FMT.money);
    result(ctx, ctx.sheets.fiscal, here(optionColumn(j)), ['financing', 'options', j, 'pctGdp', i]);
    result(ctx, ctx.sheets.fiscal, here(optionColumn(j) + 1), [
      'financing',
      'options',
      j,
      'resources',
      i,
    ]);
  });
}

/** The resources by role, the financing and funding gaps and the balance before and after. */
function writeBalanceCells(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  c: Columns,
  row: FiscalRow,
): void {
  const { r, year: t, here, sumIf } = row;
  const options = ctx.scenario.financing;
  const option = (j: number) => nameOf(ctx, `fin.${j}.option`);
  const role = (j: number) => nameOf(ctx, `fin.${j}.role`);
  const gdp = here(2);
  const cost = here(3);
  setFormula(
    ws,
    r,
    c.resources,
    options.length === 0 ? '0' : options.map((_, j) => here(optionColumn(j) + 1)).join('+'),
    FMT.money,
  );
  const byRole: [number, BalanceRole][] = [
    [c.newRevenue, 'newRevenue'],
    [c.reallocation, 'reallocation'],
    [c.deficitFinancing, 'deficit'],
  ];
  for (const [column, value] of byRole) {
    setFormula(
      ws,
      r,
      column,
      sumIf((j) => `${role(j)}="${value}"`),
      FMT.money,
    );
  }
  setFormula(
    ws,
    r,
    c.domestic,
    sumIf((j) => domesticTest(option(j))),
    FMT.money,
  );
  setFormula(ws, r, c.gap, `MAX(0,${cost}-${here(c.resources)})`, FMT.money);
  setFormula(ws, r, c.gapPctGdp, `${here(c.gap)}/${gdp}`, FMT.pct);
  setFormula(ws, r, c.gapUsd, `${here(c.gap)}/${inputRef(ctx, IN.fx, t)}`, FMT.money);
  setFormula(ws, r, c.fundingGap, `MAX(0,${cost}-${here(c.domestic)})`, FMT.money);
  setFormula(ws, r, c.fundingGapPctGdp, `${here(c.fundingGap)}/${gdp}`, FMT.pct);
  setFormula(ws, r, c.revenue, inputRef(ctx, IN.revenue, t), FMT.money);
  setFormula(ws, r, c.expenditure, inputRef(ctx, IN.expenditure, t), FMT.money);
  setFormula(ws, r, c.balanceBefore, `${here(c.revenue)}-${here(c.expenditure)}`, FMT.money);
  setFormula(
    ws,
    r,
    c.balanceAfter,
    `${here(c.revenue)}+${here(c.newRevenue)}-(${here(c.expenditure)}-${here(c.reallocation)})-${cost}`,
    FMT.money,
  );
  setFormula(ws, r, c.balanceAfterPctGdp, `${here(c.balanceAfter)}/${gdp}`, FMT.pct);
}

/** New borrowing accumulating with interest on the debt ratio of the data, against the ceiling. */
function writeDebtCells(ctx: BookContext, ws: ExcelJS.Worksheet, c: Columns, row: FiscalRow): void {
  const { r, year: t, here, sumIf } = row;
  const option = (j: number) => nameOf(ctx, `fin.${j}.option`);
  const gdp = here(2);
  setFormula(
    ws,
    r,
    c.borrowing,
    sumIf((j) => addsToDebtTest(option(j))),
    FMT.money,
  );
  setFormula(
    ws,
    r,
    c.additionalDebt,
    r === tableRow(ctx, ctx.firstYear)
      ? here(c.borrowing)
      : `${addr(c.additionalDebt, r - 1)}*(1+${nameOf(ctx, 'interest_rate')})+${here(c.borrowing)}`,
    FMT.money,
  );
  const debtData = inputRef(ctx, IN.debt, t);
  setFormula(ws, r, c.baselineDebt, `IF(ISNUMBER(${debtData}),${debtData},"")`, FMT.pct);
  setFormula(
    ws,
    r,
    c.debt,
    `IF(ISNUMBER(${debtData}),${debtData}+${here(c.additionalDebt)}/${gdp},"")`,
    FMT.pct,
  );
  setFormula(
    ws,
    r,
    c.aboveCeiling,
    `IF(AND(ISNUMBER(${here(c.debt)}),${here(c.debt)}>${nameOf(ctx, 'debt_ceiling')}),"${ctx.text.data.yes}","")`,
  );
}

/** Which engine result each cell of the row holds (the LibreOffice test compares them all). */
function recordRowResults(ctx: BookContext, c: Columns, row: FiscalRow): void {
  const { i, here } = row;
  const fields: [number, string][] = [
    [c.resources, 'resources'],
    [c.newRevenue, 'newRevenue'],
    [c.reallocation, 'reallocation'],
    [c.deficitFinancing, 'deficitFinancing'],
    [c.gap, 'gap'],
    [c.gapPctGdp, 'gapPctGdp'],
    [c.gapUsd, 'gapUsd'],
    [c.fundingGap, 'fundingGap'],
    [c.fundingGapPctGdp, 'fundingGapPctGdp'],
    [c.balanceBefore, 'balanceBefore'],
    [c.balanceAfter, 'balanceAfter'],
    [c.balanceAfterPctGdp, 'balanceAfterPctGdp'],
  ];
  for (const [k, field] of fields) result(ctx, ctx.sheets.fiscal, here(k), ['financing', field, i]);
  const debt = ctx.result.financing.debt;
  result(ctx, ctx.sheets.fiscal, here(c.additionalDebt), ['financing', 'debt', 'additional', i]);
  if (Number.isFinite(debt.pctGdp[i])) {
    result(ctx, ctx.sheets.fiscal, here(c.baselineDebt), [
      'financing',
      'debt',
      'baselinePctGdp',
      i,
    ]);
    result(ctx, ctx.sheets.fiscal, here(c.debt), ['financing', 'debt', 'pctGdp', i]);
  }
  ctx.cells.push({
    sheet: ctx.sheets.fiscal,
    address: here(c.aboveCeiling),
    path: ['financing', 'debt', 'pctGdp', i],
    expected: debt.pctGdp[i]! > debt.ceilingPctGdp ? ctx.text.data.yes : '',
  });
}

/** The debt path turns red where it passes the ceiling. */
function highlightDebtAboveCeiling(ctx: BookContext, ws: ExcelJS.Worksheet, c: Columns): void {
  const firstRow = tableRow(ctx, ctx.firstYear);
  const lastRow = tableRow(ctx, ctx.lastYear);
  const debtColumn = letter(c.debt);
  for (const k of [c.debt, c.aboveCeiling]) {
    ws.addConditionalFormatting({
      ref: `${letter(k)}${firstRow}:${letter(k)}${lastRow}`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [
            `AND(ISNUMBER($${debtColumn}${firstRow}),$${debtColumn}${firstRow}>${nameOf(ctx, 'debt_ceiling')})`,
          ],
          style: { fill: RED_FILL, font: { color: { argb: 'FF9C0006' }, bold: true } },
        },
      ],
    });
  }
}

/**
 * Fiscal space, years down: each financing option as a ramp of GDP, the resources by role, the financing
 * and funding gaps, the budget balance before and after the reform and the debt path with its ceiling
 * (methodology section 5). Every cell is a formula.
 */
export function writeFiscalSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.fiscal)!;
  const c = fiscalColumns(ctx);
  writeHeader(ws, 1, fiscalHeader(ctx), { xSplit: 1 }, 2);
  ctx.result.years.forEach((t, i) => {
    const row = fiscalRow(ctx, t, i);
    setValue(ws, row.r, 1, t, 'plain', FMT.year);
    setFormula(ws, row.r, 2, inputRef(ctx, IN.gdp, t), FMT.money);
    setFormula(ws, row.r, 3, ref(ctx.sheets.package, packageCostColumn(ctx), row.r), FMT.money);
    writeOptionCells(ctx, ws, row);
    writeBalanceCells(ctx, ws, c, row);
    writeDebtCells(ctx, ws, c, row);
    recordRowResults(ctx, c, row);
  });
  highlightDebtAboveCeiling(ctx, ws, c);
}
