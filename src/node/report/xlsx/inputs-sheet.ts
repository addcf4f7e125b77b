import type ExcelJS from 'exceljs';
import { chosenPovertyLine, renderMessage, type AssumptionPath } from '#engine';
import {
  defineName,
  INPUTS_HEADER_ROW,
  inputsRow,
  nameOf,
  result,
  type BookContext,
} from './context';
import {
  absAddr,
  addr,
  colRange,
  FMT,
  setFormula,
  setValue,
  writeHeader,
  type Column,
} from './layout';
import {
  populationAgeRange,
  populationColumn,
  populationRange,
  POP_FEMALE_ROWS,
  POP_MALE_ROWS,
} from './population-sheets';
import { countsBirths } from './vocabulary-formulas';

/** Columns of the Inputs sheet (years down). */
export const IN = {
  year: 1,
  population: 2,
  births: 3,
  gdp: 4,
  realGrowth: 5,
  inflation: 6,
  priceIndex: 7,
  gdpPerCapita: 8,
  wageIndex: 9,
  povertyLine: 10,
  minimumWage: 11,
  averageWage: 12,
  revenuePct: 13,
  expenditurePct: 14,
  revenue: 15,
  expenditure: 16,
  balance: 17,
  fx: 18,
  debt: 19,
  firstBand: 20,
} as const;

/**
 * The poverty line the scenario uses (methodology 1.5): its amount, the national line's own series
 * when that is the line, and a label saying which line it is.
 */
function usedLine(ctx: BookContext): {
  amount: number | undefined;
  ownSeries: number[] | undefined;
  label: string;
} {
  const { country, scenario, text, lang } = ctx;
  const line = chosenPovertyLine(country, scenario.assumptions.povertyLine);
  const name = line ? renderMessage(`povertyLine.${line.id}`, undefined, lang) : undefined;
  return {
    amount: line?.amount,
    ownSeries: line?.id === 'national' ? country.macro.povertyLine : undefined,
    label: name ? `${text.inputs.povertyLineBase}: ${name}` : text.inputs.povertyLineBase,
  };
}

/** An Inputs cell of year t, e.g. `'Inputs'!D12`. */
export function inputRef(ctx: BookContext, column: number, year: number): string {
  return `'${ctx.sheets.inputs}'!${addr(column, inputsRow(ctx, year))}`;
}

type HeldSeries = 'realGrowth' | 'inflation' | 'revenuePctGdp' | 'expenditurePctGdp' | 'fxPerUsd';

const ASSUMPTION_NAME: Record<HeldSeries, string> = {
  realGrowth: 'assume.realGrowth',
  inflation: 'assume.inflation',
  revenuePctGdp: 'assume.revenuePctGdp',
  expenditurePctGdp: 'assume.expenditurePctGdp',
  fxPerUsd: 'assume.fxPerUsd',
};

function constants(ctx: BookContext, ws: ExcelJS.Worksheet): void {
  const c = ctx.country;
  const t = ctx.text.inputs;
  const units = ctx.text.notes.inputs;
  const rows: [string, number | string | null, string, string | null][] = [
    [t.country, `${c.name} (${c.code})`, '', null],
    [t.currency, c.currency, units.currencyUnit, null],
    [t.baseYear, c.baseYear, units.baseYearUnit, 'base_year'],
    [
      usedLine(ctx).label,
      usedLine(ctx).amount ?? null,
      units.povertyLineUnit(c.currency),
      'poverty_line_base',
    ],
    [t.minimumWageBase, c.minimumWage ?? null, units.wageUnit(c.currency), 'minimum_wage_base'],
    [t.averageWageBase, c.averageWage ?? null, units.wageUnit(c.currency), 'average_wage_base'],
  ];
  rows.forEach(([label, value, unit, name], i) => {
    const row = i + 1;
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 1).font = { bold: true };
    setValue(
      ws,
      row,
      2,
      value,
      'data',
      typeof value === 'number' && i > 2 ? FMT.amount : undefined,
    );
    ws.getCell(row, 3).value = unit;
    if (name) defineName(ctx, name, ctx.sheets.inputs, 2, row, name);
  });
  ws.getCell(7, 1).value = t.legend;
  ws.getCell(7, 1).font = { italic: true };
}

function inputsHeader(ctx: BookContext): Column[] {
  const cur = ctx.currency;
  const notes = ctx.text.notes.inputs;
  const held = (what: keyof typeof notes.heldSeries) => notes.held(notes.heldSeries[what]);
  const words = ctx.text.inputs;
  const columns: Column[] = [
    { header: ctx.text.table.year, numFmt: FMT.year, width: 8 },
    {
      header: words.population,
      numFmt: FMT.persons,
      note: notes.population,
    },
    { header: words.births, numFmt: FMT.persons, note: notes.births },
    {
      header: words.gdp(cur),
      numFmt: FMT.money,
      width: 20,
      note: notes.gdp,
    },
    { header: words.realGrowth, numFmt: FMT.pct, note: held('realGrowth') },
    { header: words.inflation, numFmt: FMT.pct, note: held('inflation') },
    {
      header: words.priceIndex,
      numFmt: FMT.index,
      note: notes.priceIndex,
    },
    {
      header: words.gdpPerCapita(cur),
      numFmt: FMT.money,
      note: notes.gdpPerCapita,
    },
    {
      header: words.wageIndex,
      numFmt: FMT.index,
      note: notes.wageIndex,
    },
    {
      header: words.povertyLine(cur),
      numFmt: FMT.amount,
      note: notes.povertyLine,
    },
    {
      header: words.minimumWage(cur),
      numFmt: FMT.amount,
      note: notes.minimumWage,
    },
    { header: words.averageWage(cur), numFmt: FMT.amount, note: notes.averageWage },
    { header: words.revenuePct, numFmt: FMT.pct, note: held('revenue') },
    {
      header: words.expenditurePct,
      numFmt: FMT.pct,
      note: held('expenditure'),
    },
    { header: words.revenue(cur), numFmt: FMT.money, width: 20 },
    { header: words.expenditure(cur), numFmt: FMT.money, width: 20 },
    { header: words.balance(cur), numFmt: FMT.money, width: 20 },
    { header: words.fx(cur), numFmt: FMT.fx, note: held('fx') },
    {
      header: words.debt,
      numFmt: FMT.pct,
      note: held('debt'),
    },
  ];
  for (const b of ctx.benefits) {
    if (b.bandColumn === null) continue;
    columns[b.bandColumn - 1] = {
      header: words.band(b.spec.id, countsBirths(b)),
      numFmt: FMT.persons,
      note: notes.band,
    };
  }
  return columns;
}

/** One year's row of the Inputs sheet and the cells beside it. */
interface InputsRow {
  ws: ExcelJS.Worksheet;
  t: number;
  /** Years since the base year. */
  k: number;
  r: number;
  prev: (column: number) => string;
  here: (column: number) => string;
}

/** The macro paths an assumption can override: data, the scenario's path, or an extension rule. */
function writeHeldSeries(ctx: BookContext, row: InputsRow): void {
  const { ws, t, k, r, prev, here } = row;
  const m = ctx.model;
  const lastMacro = lastMacroYear(ctx);
  const series = (c: number, key: HeldSeries, values: Float64Array, numFmt: string) => {
    const path: AssumptionPath | undefined = ctx.scenario.assumptions[key];
    const overridden = path !== undefined && !(Array.isArray(path) && path.length === 0);
    if (k > 0 && overridden) {
      if (typeof path === 'number') setFormula(ws, r, c, nameOf(ctx, ASSUMPTION_NAME[key]), numFmt);
      else if (k - 1 < path.length) setValue(ws, r, c, values[k]!, 'assumption', numFmt);
      else setFormula(ws, r, c, prev(c), numFmt);
    } else if (k === 0 || t <= lastMacro) setValue(ws, r, c, values[k]!, 'data', numFmt);
    else if (key !== 'fxPerUsd' && ctx.country.longRun?.[key] !== undefined) {
      // The country's long-run assumption after its data (methodology 1.1).
      setValue(ws, r, c, values[k]!, 'assumption', numFmt);
    } else if (key === 'fxPerUsd' && m.usdInflation !== null) {
      // Purchasing-power parity after the data: fx[t] = fx[t-1] (1 + pi[t]) / (1 + pi_USD).
      setFormula(ws, r, c, `${prev(c)}*(1+${here(IN.inflation)})/(1+${m.usdInflation})`, numFmt);
    } else setFormula(ws, r, c, prev(c), numFmt);
  };
  series(IN.realGrowth, 'realGrowth', m.realGrowth, FMT.pct);
  series(IN.inflation, 'inflation', m.inflation, FMT.pct);
  series(IN.revenuePct, 'revenuePctGdp', m.revenuePctGdp, FMT.pct);
  series(IN.expenditurePct, 'expenditurePctGdp', m.expenditurePctGdp, FMT.pct);
  series(IN.fx, 'fxPerUsd', m.fxPerUsd, FMT.fx);
}

/** GDP, the price index, GDP per capita and the wage index. */
function writeIndexSeries(ctx: BookContext, row: InputsRow): void {
  const { ws, t, k, r, prev, here } = row;
  const m = ctx.model;
  const r0 = inputsRow(ctx, ctx.y0);
  if (t <= m.observedUntil.gdp! || k === 0) setValue(ws, r, IN.gdp, m.gdp[k]!, 'data', FMT.money);
  else
    setFormula(
      ws,
      r,
      IN.gdp,
      `${prev(IN.gdp)}*(1+${here(IN.realGrowth)})*(1+${here(IN.inflation)})`,
      FMT.money,
    );
  if (k === 0) setValue(ws, r, IN.priceIndex, 1, 'plain', FMT.index);
  else
    setFormula(ws, r, IN.priceIndex, `${prev(IN.priceIndex)}*(1+${here(IN.inflation)})`, FMT.index);
  setFormula(ws, r, IN.gdpPerCapita, `${here(IN.gdp)}/${here(IN.population)}`, FMT.money);
  setFormula(
    ws,
    r,
    IN.wageIndex,
    `${here(IN.gdpPerCapita)}/${absAddr(IN.gdpPerCapita, r0)}`,
    FMT.index,
  );
}

/** The poverty line and the wages: their own series, or the base amount moved by an index. */
function writeMovingAmounts(ctx: BookContext, row: InputsRow): void {
  const { ws, t, k, r, here } = row;
  const m = ctx.model;
  const country = ctx.country;
  const lastMacro = lastMacroYear(ctx);
  const moving = (
    c: number,
    own: number[] | undefined,
    base: number | undefined,
    baseName: string,
    index: number,
    values: Float64Array,
  ) => {
    if (own) {
      if (t <= lastMacro) setValue(ws, r, c, values[k]!, 'data', FMT.amount);
      else {
        const rl = inputsRow(ctx, lastMacro);
        setFormula(
          ws,
          r,
          c,
          `${absAddr(c, rl)}*(${here(index)}/${absAddr(index, rl)})`,
          FMT.amount,
        );
      }
    } else if (base !== undefined) setFormula(ws, r, c, `${baseName}*${here(index)}`, FMT.amount);
  };
  moving(
    IN.povertyLine,
    usedLine(ctx).ownSeries,
    usedLine(ctx).amount,
    'poverty_line_base',
    IN.priceIndex,
    m.povertyLine,
  );
  moving(
    IN.minimumWage,
    country.macro.minimumWage,
    country.minimumWage,
    'minimum_wage_base',
    IN.wageIndex,
    m.minimumWage,
  );
  moving(
    IN.averageWage,
    country.macro.averageWage,
    country.averageWage,
    'average_wage_base',
    IN.wageIndex,
    m.averageWage,
  );
}

/** Revenue, expenditure and the balance in money, and the debt ratio. */
function writeBudget(ctx: BookContext, row: InputsRow): void {
  const { ws, t, k, r, prev, here } = row;
  const m = ctx.model;
  const lastMacro = lastMacroYear(ctx);
  setFormula(ws, r, IN.revenue, `${here(IN.revenuePct)}*${here(IN.gdp)}`, FMT.money);
  setFormula(ws, r, IN.expenditure, `${here(IN.expenditurePct)}*${here(IN.gdp)}`, FMT.money);
  setFormula(ws, r, IN.balance, `${here(IN.revenue)}-${here(IN.expenditure)}`, FMT.money);
  if (ctx.country.macro.debtPctGdp) {
    if (t <= lastMacro) setValue(ws, r, IN.debt, m.debtPctGdp[k]!, 'data', FMT.pct);
    else setFormula(ws, r, IN.debt, prev(IN.debt), FMT.pct);
  }
}

/** Each benefit's population of its ages and sex (the mothers' for births). */
function writeBandCells(ctx: BookContext, row: InputsRow): void {
  const { ws, t, r } = row;
  for (const b of ctx.benefits) {
    if (b.bandColumn === null) continue;
    const n = (p: string) => nameOf(ctx, `${b.key}.${p}`);
    const sum = (sex: 'female' | 'male') =>
      `SUMIFS(${populationRange(ctx, t, sex)},${populationAgeRange(ctx, sex)},">="&${n('age_from')},${populationAgeRange(ctx, sex)},"<="&${n('age_to')})`;
    const formula = countsBirths(b)
      ? sum('female')
      : `IF(${n('sex')}<>"male",${sum('female')},0)+IF(${n('sex')}<>"female",${sum('male')},0)`;
    setFormula(ws, r, b.bandColumn, formula, FMT.persons);
  }
}

/** Which engine result each cell holds (the LibreOffice test compares them all). */
function recordBaseline(ctx: BookContext): void {
  // The baseline of the result covers the scenario years.
  const baseline: [number, string][] = [
    [IN.population, 'population'],
    [IN.gdp, 'gdp'],
    [IN.realGrowth, 'realGrowth'],
    [IN.inflation, 'inflation'],
    [IN.priceIndex, 'priceIndex'],
    [IN.gdpPerCapita, 'gdpPerCapita'],
    [IN.wageIndex, 'wageIndex'],
    [IN.povertyLine, 'povertyLine'],
    [IN.minimumWage, 'minimumWage'],
    [IN.averageWage, 'averageWage'],
    [IN.revenue, 'revenue'],
    [IN.expenditure, 'expenditure'],
    [IN.balance, 'balance'],
    [IN.fx, 'fxPerUsd'],
  ];
  ctx.result.years.forEach((t, i) => {
    for (const [c, field] of baseline) {
      const v = (ctx.result.baseline as unknown as Record<string, number[]>)[field]![i]!;
      if (Number.isFinite(v))
        result(ctx, ctx.sheets.inputs, addr(c, inputsRow(ctx, t)), ['baseline', field, i]);
    }
  });
}

function lastMacroYear(ctx: BookContext): number {
  return ctx.country.macro.years[ctx.country.macro.years.length - 1]!;
}

/**
 * The country's yearly series from the base year to the last scenario year, as the engine uses them:
 * observed data are values, the years after the data follow the extension rules as formulas, and the
 * derived series (price and wage index, GDP per capita, poverty line and wages, revenue and expenditure
 * in money) are formulas.
 */
export function writeInputsSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.inputs)!;
  constants(ctx, ws);
  writeHeader(ws, INPUTS_HEADER_ROW, inputsHeader(ctx), { xSplit: 1 }, 2);
  for (let t = ctx.y0; t <= ctx.lastYear; t++) {
    const r = inputsRow(ctx, t);
    const row: InputsRow = {
      ws,
      t,
      k: t - ctx.y0,
      r,
      prev: (c) => addr(c, r - 1),
      here: (c) => addr(c, r),
    };
    setValue(ws, r, IN.year, t, 'plain', FMT.year);
    const pc = populationColumn(ctx, t);
    setFormula(
      ws,
      r,
      IN.population,
      `SUM(${colRange(ctx.sheets.population, pc, POP_FEMALE_ROWS[0], POP_MALE_ROWS[1])})`,
      FMT.persons,
    );
    setValue(ws, r, IN.births, ctx.model.births[row.k]!, 'data', FMT.persons);
    writeHeldSeries(ctx, row);
    writeIndexSeries(ctx, row);
    writeMovingAmounts(ctx, row);
    writeBudget(ctx, row);
    writeBandCells(ctx, row);
  }
  recordBaseline(ctx);
}

/** Gives each benefit with a computed eligible population its age-band column on Inputs. */
export function planBandColumns(ctx: BookContext): void {
  let next: number = IN.firstBand;
  for (const b of ctx.benefits) b.bandColumn = b.eligibleByFormula ? null : next++;
}
