import { BEN } from './benefit-sheet';
import { nameOf, result, tableRow, type BookContext } from './context';
import { IN, inputRef } from './inputs-sheet';
import { addr, FMT, ref, setFormula, setValue, writeHeader, type Column } from './layout';

/** Column of the package's total cost on the Package sheet (after one cost column per benefit). */
export function packageCostColumn(ctx: BookContext): number {
  return 2 + ctx.benefits.length + 3;
}

/**
 * The package, years down: each benefit's cost, then the sums of expenditure, non-wage costs,
 * administration and cost, and the cost as shares of GDP, government expenditure and revenue, in
 * base-year prices, in USD and per inhabitant. Beneficiaries are not summed (one person can draw two
 * benefits).
 */
export function writePackageSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.package)!;
  const cur = ctx.currency;
  const first = 2 + ctx.benefits.length;
  const col = {
    expenditure: first,
    nonWage: first + 1,
    admin: first + 2,
    cost: first + 3,
    pctGdp: first + 4,
    pctExpenditure: first + 5,
    pctRevenue: first + 6,
    costReal: first + 7,
    costUsd: first + 8,
    perCapita: first + 9,
  };
  const words = ctx.text.table;
  const columns: Column[] = [
    { header: words.year, numFmt: FMT.year, width: 8 },
    ...ctx.benefits.map((b) => ({
      header: words.benefitCost(b.spec.label, b.spec.id, cur),
      numFmt: FMT.money,
      width: 18,
    })),
    { header: words.expenditure(cur), numFmt: FMT.money, width: 18 },
    { header: words.nonWage(cur), numFmt: FMT.money, width: 16 },
    { header: words.admin(cur), numFmt: FMT.money, width: 16 },
    { header: words.packageCost(cur), numFmt: FMT.money, width: 18 },
    { header: words.pctGdp, numFmt: FMT.pct },
    { header: words.pctExpenditure, numFmt: FMT.pct },
    { header: words.pctRevenue, numFmt: FMT.pct },
    { header: words.costReal(cur, ctx.y0), numFmt: FMT.money, width: 18 },
    { header: words.costUsd, numFmt: FMT.money, width: 16 },
    { header: words.perCapita(cur), numFmt: FMT.amount },
  ];
  writeHeader(ws, 1, columns, { xSplit: 1 });
  ctx.result.years.forEach((t, i) => {
    const r = tableRow(ctx, t);
    setValue(ws, r, 1, t, 'plain', FMT.year);
    ctx.benefits.forEach((b, j) => {
      setFormula(ws, r, 2 + j, ref(b.sheet, BEN.cost, r), FMT.money);
      result(ctx, ctx.sheets.package, addr(2 + j, r), ['benefits', b.resultIndex, 'cost', i]);
    });
    const sum = (c: number) =>
      ctx.benefits.length === 0 ? '0' : ctx.benefits.map((b) => ref(b.sheet, c, r)).join('+');
    setFormula(ws, r, col.expenditure, sum(BEN.expenditure), FMT.money);
    setFormula(ws, r, col.nonWage, sum(BEN.nonWage), FMT.money);
    setFormula(ws, r, col.admin, sum(BEN.admin), FMT.money);
    setFormula(ws, r, col.cost, sum(BEN.cost), FMT.money);
    const c = addr(col.cost, r);
    setFormula(ws, r, col.pctGdp, `${c}/${inputRef(ctx, IN.gdp, t)}`, FMT.pct);
    setFormula(ws, r, col.pctExpenditure, `${c}/${inputRef(ctx, IN.expenditure, t)}`, FMT.pct);
    setFormula(ws, r, col.pctRevenue, `${c}/${inputRef(ctx, IN.revenue, t)}`, FMT.pct);
    setFormula(ws, r, col.costReal, `${c}/${inputRef(ctx, IN.priceIndex, t)}`, FMT.money);
    setFormula(ws, r, col.costUsd, `${c}/${inputRef(ctx, IN.fx, t)}`, FMT.money);
    setFormula(ws, r, col.perCapita, `${c}/${inputRef(ctx, IN.population, t)}`, FMT.amount);
    for (const field of Object.keys(col) as (keyof typeof col)[]) {
      const path = field === 'nonWage' ? 'nonWageCost' : field;
      result(ctx, ctx.sheets.package, addr(col[field], r), ['total', path, i]);
    }
  });
}

/**
 * The ILO's gap against current spending: for each function, the cost of the package's benefits of
 * that function and what is spent on it now (Assumptions), both as shares of GDP.
 */
export function writeSpendingGapSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.spendingGap)!;
  const gaps = ctx.result.spendingGap;
  const words = ctx.text.table;
  const columns: Column[] = [{ header: words.year, numFmt: FMT.year, width: 8 }];
  for (const g of gaps) {
    columns.push(
      { header: words.gapCost(g.function, g.benefits.join(', ')), numFmt: FMT.pct },
      { header: words.gapSpending(g.function), numFmt: FMT.pct },
      { header: words.gap(g.function), numFmt: FMT.pct, note: ctx.text.notes.spendingGapNote },
    );
  }
  writeHeader(ws, 1, columns, { xSplit: 1 });
  ctx.result.years.forEach((t, i) => {
    const r = tableRow(ctx, t);
    setValue(ws, r, 1, t, 'plain', FMT.year);
    gaps.forEach((g, j) => {
      const c = 2 + 3 * j;
      const sheets = ctx.benefits.filter((b) => g.benefits.includes(b.spec.id));
      setFormula(
        ws,
        r,
        c,
        sheets.map((b) => ref(b.sheet, BEN.pctGdp, r)).join('+') || '0',
        FMT.pct,
      );
      setFormula(ws, r, c + 1, nameOf(ctx, `spend.${g.function}`), FMT.pct);
      setFormula(ws, r, c + 2, `MAX(0,${addr(c, r)}-${addr(c + 1, r)})`, FMT.pct);
      result(ctx, ctx.sheets.spendingGap, addr(c, r), ['spendingGap', j, 'costPctGdp', i]);
      result(ctx, ctx.sheets.spendingGap, addr(c + 2, r), ['spendingGap', j, 'gapPctGdp', i]);
    });
  });
}
