import type ExcelJS from 'exceljs';
import type { ChartAnchor, PlacedChart } from './chart-package';
import type { CachedRange, ChartSeries, ChartSpec } from './chart-xml';
import { tableRow, type BookContext } from './context';
import { fiscalGapColumn } from './fiscal-sheet';
import { absAddr, colRange, FMT, printSetup, sheetRef, writeTitle } from './layout';
import { packageCostColumn } from './package-sheet';

/** Each chart is this many columns wide and rows tall, one under the other from row 3. */
const CHART_COLUMNS = 12;
const CHART_ROWS = 22;

/**
 * A cell's value as the chart caches show it: a formula's cached result (read with `result`: exceljs's
 * `value` leaves out a result of 0), else the value.
 */
function shownValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) return cell.result;
  return v;
}

/** A yearly column of a table sheet (rows of the scenario years) with its cached numbers. */
function yearColumn(ctx: BookContext, sheet: string, column: number): CachedRange<number> {
  const ws = ctx.wb.getWorksheet(sheet)!;
  const r0 = tableRow(ctx, ctx.firstYear);
  const r1 = tableRow(ctx, ctx.lastYear);
  const values: number[] = [];
  for (let r = r0; r <= r1; r++) {
    const v = shownValue(ws.getCell(r, column));
    values.push(typeof v === 'number' ? v : NaN);
  }
  return { ref: colRange(sheet, column, r0, r1), values };
}

/** A series named by its column's header (row 1). */
function series(ctx: BookContext, sheet: string, column: number): ChartSeries {
  const header = ctx.wb.getWorksheet(sheet)!.getCell(1, column).value;
  return {
    name: {
      ref: `${sheetRef(sheet)}${absAddr(column, 1)}`,
      values: [typeof header === 'string' ? header : ''],
    },
    values: yearColumn(ctx, sheet, column),
  };
}

function anchor(i: number): ChartAnchor {
  const top = 2 + i * (CHART_ROWS + 2);
  return { from: { col: 0, row: top }, to: { col: CHART_COLUMNS, row: top + CHART_ROWS } };
}

/**
 * The Charts sheet's title, and the charts people expect of a costing, drawn from the workbook's own
 * cells: the cost of each benefit by year (stacked columns), the package's cost as a share of GDP (a
 * line) and the financing gap (columns). An empty package has no cost-by-benefit chart.
 */
export function planCharts(ctx: BookContext): PlacedChart[] {
  const words = ctx.text.charts;
  const cur = ctx.currency;
  const pkg = ctx.sheets.package;
  const categories = yearColumn(ctx, pkg, 1);
  const specs: ChartSpec[] = [];
  if (ctx.benefits.length > 0) {
    specs.push({
      kind: 'stackedColumn',
      title: words.costByBenefit(cur),
      categories,
      series: ctx.benefits.map((_, j) => series(ctx, pkg, 2 + j)),
      valueFormat: FMT.money,
    });
  }
  specs.push(
    {
      kind: 'line',
      title: words.costPctGdp,
      categories,
      series: [series(ctx, pkg, packageCostColumn(ctx) + 1)],
      valueFormat: FMT.pct,
    },
    {
      kind: 'column',
      title: words.financingGap(cur),
      categories,
      series: [series(ctx, ctx.sheets.fiscal, fiscalGapColumn(ctx))],
      valueFormat: FMT.money,
    },
  );
  const ws = ctx.wb.getWorksheet(ctx.sheets.charts)!;
  writeTitle(ws, 1, ctx.scenario.name);
  // Printed like the tables: A4 landscape, one page wide.
  printSetup(ws, 0, 1);
  return specs.map((spec, i) => ({ spec, anchor: anchor(i) }));
}
