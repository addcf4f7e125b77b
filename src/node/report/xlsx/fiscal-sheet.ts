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

/**
 * Fiscal space, years down: each financing option as a ramp of GDP, the resources by role, the financing
 * and funding gaps, the budget balance before and after the reform and the debt path with its ceiling
 * (methodology section 5). Every cell is a formula.
 */
export function writeFiscalSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.fiscal)!;
  const cur = ctx.currency;
  const options = ctx.scenario.financing;
  const optionColumn = (j: number) => 4 + 2 * j;
  const first = 4 + 2 * options.length;
  const names = [
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
  const c = Object.fromEntries(names.map((k, i) => [k, first + i])) as Record<
    (typeof names)[number],
    number
  >;
  if (c.gap !== fiscalGapColumn(ctx)) throw new Error('workbook writer: the gap column moved');
  const words = ctx.text.table;
  const f = ctx.text.notes.fiscal;
  const columns: Column[] = [
    { header: words.year, numFmt: FMT.year, width: 8 },
    { header: words.gdp(cur), numFmt: FMT.money, width: 20 },
    { header: words.packageCost(cur), numFmt: FMT.money, width: 18 },
  ];
  options.forEach((o) => {
    columns.push(
      {
        header: f.optionPct(o.label, o.option),
        numFmt: FMT.pct,
        note: f.rampNote,
      },
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
  writeHeader(ws, 1, columns, { xSplit: 1 }, 2);

  const option = (j: number) => nameOf(ctx, `fin.${j}.option`);
  const role = (j: number) => nameOf(ctx, `fin.${j}.role`);
  const firstRow = tableRow(ctx, ctx.firstYear);
  ctx.result.years.forEach((t, i) => {
    const r = tableRow(ctx, t);
    const here = (k: number) => addr(k, r);
    const res = (j: number) => here(optionColumn(j) + 1);
    // A null test takes every option.
    const sumIf = (test: (j: number) => string | null) =>
      options.length === 0
        ? '0'
        : options
            .map((_, j) => {
              const t = test(j);
              return t === null ? res(j) : `IF(${t},${res(j)},0)`;
            })
            .join('+');
    setValue(ws, r, 1, t, 'plain', FMT.year);
    setFormula(ws, r, 2, inputRef(ctx, IN.gdp, t), FMT.money);
    setFormula(ws, r, 3, ref(ctx.sheets.package, packageCostColumn(ctx), r), FMT.money);
    const gdp = here(2);
    const cost = here(3);
    options.forEach((_, j) => {
      const n = (p: string) => nameOf(ctx, `fin.${j}.${p}`);
      const y = here(1);
      const ramp = {
        startYear: n('start_year'),
        start: n('start'),
        fullYear: n('full_year'),
        full: n('full'),
      };
      setFormula(ws, r, optionColumn(j), rampFormula(y, ramp), FMT.pct);
      setFormula(ws, r, optionColumn(j) + 1, `${here(optionColumn(j))}*${gdp}`, FMT.money);
      result(ctx, ctx.sheets.fiscal, here(optionColumn(j)), [
        'financing',
        'options',
        j,
        'pctGdp',
        i,
      ]);
      result(ctx, ctx.sheets.fiscal, res(j), ['financing', 'options', j, 'resources', i]);
    });
    setFormula(
      ws,
      r,
      c.resources,
      options.length === 0 ? '0' : options.map((_, j) => res(j)).join('+'),
      FMT.money,
    );
    setFormula(
      ws,
      r,
      c.newRevenue,
      sumIf((j) => `${role(j)}="newRevenue"`),
      FMT.money,
    );
    setFormula(
      ws,
      r,
      c.reallocation,
      sumIf((j) => `${role(j)}="reallocation"`),
      FMT.money,
    );
    setFormula(
      ws,
      r,
      c.deficitFinancing,
      sumIf((j) => `${role(j)}="deficit"`),
      FMT.money,
    );
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
      r === firstRow
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
    for (const [k, field] of fields)
      result(ctx, ctx.sheets.fiscal, here(k), ['financing', field, i]);
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
  });

  // The debt path turns red where it passes the ceiling.
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
