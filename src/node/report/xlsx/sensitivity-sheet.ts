/**
 * The Sensitivity sheet (the tornado table) and the Percentiles sheet (the Monte Carlo bands) of the
 * costing workbook (methodology 10.5, "Sensitivity in the workbook").
 *
 * A tornado row is a live formula wherever the model is linear in its input given the workbook's own
 * cells: a benefit's level or take-up changes only that benefit's cost, administration only the
 * administration costs, a basis amount only the cost of the benefits paid as a share of it. Other
 * inputs (growth, inflation, the exchange rate, rates by age, the population) move GDP, prices or the
 * eligible base through the engine's projection: their rows are the engine's values.
 */
import type ExcelJS from 'exceljs';
import type { InputUnit, SensitivityResult, UncertaintyResult } from '#engine';
import { hasHowSure } from '../../../contract/report';
import { BEN } from './benefit-sheet';
import { nameOf, result, tableRow, type BenefitPlan, type BookContext } from './context';
import { IN, inputRef } from './inputs-sheet';
import {
  addr,
  FMT,
  ref,
  setFormula,
  setValue,
  writeHeader,
  writeTitle,
  type Column,
} from './layout';
import { packageCostColumn } from './package-sheet';
import { howSureText, type SensitivityText } from './sensitivity-text';
import { pointsFormula, rampFormula } from './vocabulary-formulas';

/** Columns of the tornado table. */
export const SENS = {
  input: 1,
  name: 2,
  unit: 3,
  lowValue: 4,
  highValue: 5,
  atLow: 6,
  atHigh: 7,
  swing: 8,
  how: 9,
} as const;

/** Rows of the Sensitivity sheet: the year and the base above the table. */
export const SENS_YEAR_ROW = 3;
export const SENS_BASE_ROW = 4;
export const SENS_HEADER_ROW = 7;

/** How an input's values read in a cell. */
const UNIT_FORMAT: Record<InputUnit, string> = {
  shift: '+0.00%;-0.00%;0.00%',
  factor: '0.0%',
  children: '+0.00;-0.00;0.00',
  multiple: '0.00"×"',
};

/** The basis amounts whose tornado rows can be formulas. */
const BASIS_INPUTS = ['povertyLine', 'minimumWage', 'averageWage'] as const;

/**
 * What an input at value `v` (a cell) adds to the package's cost in the row's year, as a formula of
 * the workbook's cells, or null when the workbook cannot write it.
 */
export type CostChange = (v: string) => string;

function benefitOf(ctx: BookContext, id: string): BenefitPlan | undefined {
  return ctx.benefits.find((b) => b.spec.id === id);
}

/** A benefit's level scales its amount per beneficiary, so its cost, by the factor. */
function levelChange(b: BenefitPlan, r: number): CostChange | null {
  if (b.amountByFormula) return null;
  return (v) => `${ref(b.sheet, BEN.cost, r)}*(${v}-1)`;
}

/**
 * Take-up scales the coverage ramp's start and full values (or every year-by-year rate), each kept
 * at most 100% (as the engine does), so the cost moves by the shocked coverage over the central one.
 */
function coverageChange(
  ctx: BookContext,
  b: BenefitPlan,
  r: number,
  year: string,
  yearValue: number,
): CostChange {
  const n = (p: string) => nameOf(ctx, `${b.key}.${p}`);
  const coverage = ref(b.sheet, BEN.coverage, r);
  const byYear = b.spec.coverage.byYear;
  return (v) => {
    const shocked = byYear
      ? pointsFormula(year, byYear, yearValue, (rate) => `MIN(1,${rate}*${v})`)
      : rampFormula(year, {
          startYear: n('cov_start_year'),
          start: `MIN(1,${n('cov_start')}*${v})`,
          fullYear: n('cov_full_year'),
          full: `MIN(1,${n('cov_full')}*${v})`,
        });
    return `${ref(b.sheet, BEN.cost, r)}*(IF(${coverage}=0,1,${shocked}/${coverage})-1)`;
  };
}

/**
 * A basis amount (the poverty line, a wage) scales the amount of every benefit paid as a share of it
 * and indexed on it; a custom formula may use any basis in any way, so none may be in the package.
 */
function basisChange(ctx: BookContext, basis: string, r: number): CostChange | null {
  if (ctx.benefits.some((b) => b.spec.formula !== null)) return null;
  const on = ctx.benefits.filter((b) => b.spec.benefit.basis === basis);
  if (on.length === 0 || on.some((b) => b.spec.benefit.indexation !== 'basis')) return null;
  const costs = on.map((b) => ref(b.sheet, BEN.cost, r)).join('+');
  return (v) => `(${costs})*(${v}-1)`;
}

/** The cost change of a tornado row as a formula, or null where only the engine can give it. */
export function costChange(
  ctx: BookContext,
  name: string,
  year: number,
  yearCell: string,
): CostChange | null {
  const r = tableRow(ctx, year);
  const dot = name.indexOf('.');
  if (dot > 0) {
    const b = benefitOf(ctx, name.slice(dot + 1));
    const kind = name.slice(0, dot);
    if (!b) return null;
    if (kind === 'level') return levelChange(b, r);
    if (kind === 'coverage') return coverageChange(ctx, b, r, yearCell, year);
    return null;
  }
  if (name === 'administration') {
    const admin = ref(ctx.sheets.package, packageCostColumn(ctx) - 1, r);
    return (v) => `${admin}*(${v}-1)`;
  }
  if ((BASIS_INPUTS as readonly string[]).includes(name)) return basisChange(ctx, name, r);
  return null;
}

function tornadoColumns(words: SensitivityText): Column[] {
  return [
    { header: words.input, width: 34 },
    { header: words.name, width: 18 },
    { header: words.unit, width: 24 },
    { header: words.lowValue, width: 12 },
    { header: words.highValue, width: 12 },
    { header: words.atLow, numFmt: FMT.pct, width: 16 },
    { header: words.atHigh, numFmt: FMT.pct, width: 16 },
    { header: words.swing, numFmt: FMT.pct, width: 16 },
    { header: words.how, width: 16 },
  ];
}

/** One tornado row: the input's range, the measure at each end (a formula where it can be), the swing. */
function writeTornadoRow(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  row: number,
  j: number,
  s: SensitivityResult,
): void {
  const words = howSureText(ctx.lang).sensitivity;
  const e = s.inputs[j]!;
  const year = s.year;
  // The formulas give the total cost as % of GDP: a tornado of another measure is the engine's.
  const change =
    s.measure === 'total.pctGdp' ? costChange(ctx, e.name, year, `$B$${SENS_YEAR_ROW}`) : null;
  const live = change !== null;
  setValue(ws, row, SENS.input, e.label, 'plain');
  setValue(ws, row, SENS.name, e.name, 'plain');
  setValue(ws, row, SENS.unit, words.units[e.unit], 'plain');
  const valueRole = live ? 'assumption' : 'engine';
  setValue(ws, row, SENS.lowValue, e.lowValue, valueRole, UNIT_FORMAT[e.unit]);
  setValue(ws, row, SENS.highValue, e.highValue, valueRole, UNIT_FORMAT[e.unit]);
  const r = tableRow(ctx, year);
  const total = ref(ctx.sheets.package, packageCostColumn(ctx), r);
  const gdp = inputRef(ctx, IN.gdp, year);
  for (const [column, valueColumn, end] of [
    [SENS.atLow, SENS.lowValue, 'low'],
    [SENS.atHigh, SENS.highValue, 'high'],
  ] as const) {
    if (change) {
      setFormula(ws, row, column, `(${total}+${change(addr(valueColumn, row))})/${gdp}`, FMT.pct);
    } else {
      const cell = setValue(ws, row, column, e[end], 'engine', FMT.pct);
      cell.note = words.engineNote;
    }
    result(ctx, ws.name, addr(column, row), ['sensitivity', 'inputs', j, end]);
  }
  const [low, high] = [addr(SENS.atLow, row), addr(SENS.atHigh, row)];
  setFormula(ws, row, SENS.swing, `MAX(${low},${high})-MIN(${low},${high})`, FMT.pct);
  setValue(ws, row, SENS.how, live ? words.live : words.engine, 'plain');
}

/** The note that stands in for a part the engine could not work out. */
function writeMissing(ws: ExcelJS.Worksheet, words: SensitivityText, note: string): void {
  setValue(ws, 3, 1, `${words.missing} ${note}`, 'plain');
}

/** The Sensitivity sheet: the year, the base and the tornado table, largest swing first. */
export function writeSensitivitySheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.sensitivity)!;
  const words = howSureText(ctx.lang).sensitivity;
  const part = ctx.howSure;
  if (!hasHowSure(part)) {
    writeTitle(ws, 1, ctx.sheets.sensitivity);
    writeMissing(ws, words, part.note);
    return;
  }
  const s = part.sensitivity;
  writeTitle(ws, 1, words.title(s.year));
  setValue(ws, SENS_YEAR_ROW, 1, words.year, 'plain');
  setValue(ws, SENS_YEAR_ROW, 2, s.year, 'plain', FMT.year);
  setValue(ws, SENS_BASE_ROW, 1, words.base, 'plain');
  const i = s.year - ctx.firstYear;
  const pctGdpColumn = packageCostColumn(ctx) + 1;
  setFormula(
    ws,
    SENS_BASE_ROW,
    2,
    ref(ctx.sheets.package, pctGdpColumn, tableRow(ctx, s.year)),
    FMT.pct,
  );
  result(ctx, ws.name, addr(2, SENS_BASE_ROW), ['total', 'pctGdp', i]);
  const legend = ws.getCell(SENS_BASE_ROW + 1, 1);
  legend.value = words.legend;
  writeHeader(ws, SENS_HEADER_ROW, tornadoColumns(words), { xSplit: 1 });
  s.inputs.forEach((_, j) => writeTornadoRow(ctx, ws, SENS_HEADER_ROW + 1 + j, j, s));
}

type BandPath = ['total', 'pctGdp'] | ['total', 'cost'] | ['gap', 'pctGdp'];
const BAND_KEYS = ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const;
export const PCT_HEADER_ROW = 4;

/** "2.5%" in the workbook's language: the gap threshold in a heading. */
function percentText(lang: string, x: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(x);
}

/** The Percentiles sheet: years down, each band's percentiles and mean, and the gap's probability. */
export function writePercentilesSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.percentiles)!;
  const words = howSureText(ctx.lang).percentiles;
  const part = ctx.howSure;
  writeTitle(ws, 1, words.title);
  if (!hasHowSure(part)) {
    writeMissing(ws, howSureText(ctx.lang).sensitivity, part.note);
    return;
  }
  const u: UncertaintyResult = part.uncertainty;
  setValue(ws, 2, 1, words.drawn(u.draws, u.seed), 'plain');
  const groups: [BandPath, string, string][] = [
    [['total', 'pctGdp'], words.totalPctGdp, FMT.pct],
    [['total', 'cost'], words.totalCost(ctx.currency), FMT.money],
    [['gap', 'pctGdp'], words.gapPctGdp, FMT.pct],
  ];
  const columns: Column[] = [{ header: words.year, numFmt: FMT.year, width: 8 }];
  for (const [, label, numFmt] of groups) {
    for (const k of BAND_KEYS) {
      columns.push({ header: `${label}: ${k === 'mean' ? words.mean : k}`, numFmt, width: 14 });
    }
  }
  columns.push({
    header: words.probabilityAbove(percentText(ctx.lang, u.gap.threshold)),
    numFmt: '0.0%',
    width: 16,
  });
  writeHeader(ws, PCT_HEADER_ROW, columns, { xSplit: 1 }, 0);
  u.years.forEach((year, y) => {
    const row = PCT_HEADER_ROW + 1 + y;
    setValue(ws, row, 1, year, 'plain', FMT.year);
    let column = 2;
    for (const [path, , numFmt] of groups) {
      const band = path[0] === 'total' ? u.total[path[1]] : u.gap.pctGdp;
      for (const k of BAND_KEYS) {
        setValue(ws, row, column, band[k][y]!, 'engine', numFmt);
        result(ctx, ws.name, addr(column, row), ['uncertainty', ...path, k, y]);
        column++;
      }
    }
    setValue(ws, row, column, u.gap.probabilityAbove[y]!, 'engine', '0.0%');
    result(ctx, ws.name, addr(column, row), ['uncertainty', 'gap', 'probabilityAbove', y]);
  });
}
