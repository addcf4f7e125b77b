import type ExcelJS from 'exceljs';
import {
  BALANCE_ROLES,
  BASES,
  PREVALENCES,
  FINANCING_OPTIONS,
  SPENDING_FUNCTIONS,
  INDEXATIONS,
  type BenefitSpec,
  type CrisisMeasure,
  type FinancingSpec,
} from '#engine';
import { defineName, nameOf, type BookContext } from './context';
import { FMT, namePart, setFormula, setValue, styleCell, writeHeader } from './layout';
import type { AssumptionsText } from './assumptions-text';
import { writePensionInputs } from './pension-sheet';
import { optionRoleFormula } from './vocabulary-formulas';

/** Values start in column C: column A names the parameter, B its unit. */
export const FIRST_VALUE_COLUMN = 3;

type Value = number | string | null;

/** A benefit's prevalence cell: one of the engine's prevalences, or none. */
const PREVALENCE_CHOICES = ['none', ...PREVALENCES] as const;

interface Param<T> {
  key: string;
  label: string;
  unit: string;
  value: (item: T) => Value;
  numFmt?: string;
  /** Allowed texts, offered as a drop-down list. */
  choices?: readonly string[];
  /** Shown for information only: no formula reads it. */
  info?: boolean;
}

/** Who is eligible: the kind, the ages and sex, targeting, the pension test and the prevalence. */
function eligibilityParams(): Param<BenefitSpec>[] {
  const targeting = (b: BenefitSpec) =>
    b.eligibility.targeting === null
      ? 'universal'
      : b.eligibility.targeting === 'poverty'
        ? 'poverty'
        : 'share';
  return [
    { key: 'label', label: 'Label', unit: 'text', value: (b) => b.label, info: true },
    { key: 'kind', label: 'Kind', unit: 'text', value: (b) => b.kind, info: true },
    {
      key: 'age_from',
      label: 'Ages from (maternity: mothers’ ages)',
      unit: 'years, inclusive',
      value: (b) => b.ages[0],
      numFmt: FMT.integer,
    },
    {
      key: 'age_to',
      label: 'Ages to',
      unit: 'years, inclusive (100 = 100+)',
      value: (b) => b.ages[1],
      numFmt: FMT.integer,
    },
    {
      key: 'sex',
      label: 'Sex',
      unit: 'all / female / male',
      value: (b) => b.sex,
      choices: ['all', 'female', 'male'],
    },
    {
      key: 'targeting',
      label: 'Targeting',
      unit: 'universal / poverty (headcount by age) / share',
      value: targeting,
      choices: ['universal', 'poverty', 'share'],
    },
    {
      key: 'targeting_share',
      label: 'Targeting share (when targeting = share)',
      unit: 'fraction',
      value: (b) => (typeof b.eligibility.targeting === 'number' ? b.eligibility.targeting : null),
      numFmt: FMT.pct,
    },
    {
      key: 'exclusion_error',
      label: 'Exclusion error',
      unit: 'fraction of the eligible missed',
      value: (b) => b.eligibility.exclusionError,
      numFmt: FMT.pct,
    },
    {
      key: 'pension_test',
      label: 'Pension test (only those without a contributory pension)',
      unit: 'yes / no',
      value: (b) => (b.eligibility.pensionTested ? 'yes' : 'no'),
      choices: ['yes', 'no'],
    },
    {
      key: 'prevalence',
      label: 'Prevalence (who counts)',
      unit: PREVALENCE_CHOICES.join(' / '),
      value: (b) => b.eligibility.prevalence ?? 'none',
      choices: PREVALENCE_CHOICES,
    },
    {
      key: 'eligibility_share',
      label: 'Eligibility share (any extra constant factor)',
      unit: 'fraction',
      value: (b) => b.eligibility.share,
      numFmt: FMT.pct,
    },
  ];
}

/** How much, to how many and at what cost: the amount, its indexation, coverage and extra costs. */
function amountParams(currency: string, y0: number, words: AssumptionsText): Param<BenefitSpec>[] {
  return [
    {
      key: 'basis',
      label: 'Benefit basis',
      unit: BASES.join(' / '),
      value: (b) => b.benefit.basis,
      choices: BASES,
    },
    {
      key: 'benefit_share',
      label: 'Share of the basis',
      unit: 'fraction',
      value: (b) => b.benefit.share,
      numFmt: FMT.pct,
    },
    {
      key: 'amount',
      label: 'Fixed amount (basis = fixed)',
      unit: words.perMonthAt(currency, y0),
      value: (b) => b.benefit.amount,
      numFmt: FMT.amount,
    },
    {
      key: 'months',
      label: 'Months paid per year',
      unit: 'months',
      value: (b) => b.benefit.months,
      numFmt: FMT.months,
    },
    {
      key: 'indexation',
      label: 'Indexation',
      unit: INDEXATIONS.join(' / '),
      value: (b) => b.benefit.indexation,
      choices: INDEXATIONS,
    },
    {
      key: 'cov_start_year',
      label: 'Coverage: start year',
      unit: 'year',
      value: (b) => b.coverage.startYear,
      numFmt: FMT.year,
    },
    {
      key: 'cov_start',
      label: 'Coverage in the start year',
      unit: 'fraction',
      value: (b) => b.coverage.start,
      numFmt: FMT.pct,
    },
    {
      key: 'cov_full_year',
      label: 'Coverage: full-coverage year',
      unit: 'year',
      value: (b) => b.coverage.fullYear,
      numFmt: FMT.year,
    },
    {
      key: 'cov_full',
      label: 'Coverage from the full year',
      unit: 'fraction',
      value: (b) => b.coverage.full,
      numFmt: FMT.pct,
    },
    {
      key: 'admin_rate',
      label: 'Administration',
      unit: 'fraction of benefit expenditure',
      value: (b) => b.adminRate,
      numFmt: FMT.pct,
    },
    {
      key: 'nonwage_rate',
      label: 'Non-wage costs (employment guarantees)',
      unit: 'fraction of benefit expenditure',
      value: (b) => b.benefit.nonWageCostRate,
      numFmt: FMT.pct,
    },
    {
      key: 'formula_eligible',
      label: 'Custom formula: eligible persons (its results are engine values)',
      unit: 'mathjs expression',
      value: (b) => b.formula?.eligible ?? null,
      info: true,
    },
    {
      key: 'formula_amount',
      label: 'Custom formula: amount per beneficiary (its results are engine values)',
      unit: 'mathjs expression',
      value: (b) => b.formula?.perBeneficiary ?? null,
      info: true,
    },
  ];
}

function benefitParams(currency: string, y0: number, words: AssumptionsText): Param<BenefitSpec>[] {
  return [...eligibilityParams(), ...amountParams(currency, y0, words)];
}

const OPTION_PARAMS: Param<FinancingSpec>[] = [
  {
    key: 'option',
    label: 'Option',
    unit: FINANCING_OPTIONS.join(' / '),
    value: (o) => o.option,
    choices: FINANCING_OPTIONS,
  },
  { key: 'label', label: 'Label', unit: 'text', value: (o) => o.label, info: true },
  {
    key: 'start_year',
    label: 'Start year',
    unit: 'year',
    value: (o) => o.startYear,
    numFmt: FMT.year,
  },
  {
    key: 'start',
    label: 'Resources in the start year',
    unit: 'fraction of GDP',
    value: (o) => o.start,
    numFmt: FMT.pct,
  },
  {
    key: 'full_year',
    label: 'Full year',
    unit: 'year',
    value: (o) => o.fullYear,
    numFmt: FMT.year,
  },
  {
    key: 'full',
    label: 'Resources from the full year',
    unit: 'fraction of GDP',
    value: (o) => o.full,
    numFmt: FMT.pct,
  },
];

function crisisParams(currency: string, words: AssumptionsText): Param<CrisisMeasure>[] {
  const topUp = (m: CrisisMeasure) => (m.kind === 'topUp' ? m : null);
  const other = (m: CrisisMeasure) => (m.kind === 'topUp' ? null : m);
  return [
    {
      key: 'kind',
      label: 'Kind',
      unit: 'transfer / extension / topUp',
      value: (m) => m.kind,
      info: true,
    },
    { key: 'label', label: 'Label', unit: 'text', value: (m) => m.label, info: true },
    {
      key: 'benefit',
      label: 'Benefit topped up',
      unit: 'benefit id',
      value: (m) => topUp(m)?.benefit ?? null,
      info: true,
    },
    {
      key: 'share',
      label: 'Top-up: share of the monthly benefit (empty: fixed amount)',
      unit: 'fraction',
      value: (m) => topUp(m)?.share ?? null,
      numFmt: FMT.pct,
    },
    {
      key: 'amount',
      label: 'Amount per recipient per month',
      unit: words.perMonth(currency),
      value: (m) => m.amountPerMonth,
      numFmt: FMT.amount,
    },
    {
      key: 'recipients',
      label: 'Recipients (transfer, extension)',
      unit: 'households or persons',
      value: (m) => other(m)?.recipients ?? null,
      numFmt: FMT.persons,
    },
    {
      key: 'unit',
      label: 'Recipients are',
      unit: 'households / persons',
      value: (m) => other(m)?.unit ?? null,
      info: true,
    },
    {
      key: 'start_year',
      label: 'Start year',
      unit: 'year',
      value: (m) => m.startYear,
      numFmt: FMT.year,
    },
    {
      key: 'start_month',
      label: 'Start month',
      unit: '1 = January',
      value: (m) => m.startMonth,
      numFmt: FMT.integer,
    },
    {
      key: 'months',
      label: 'Months paid (fixed: the Crisis sheet has one row per month)',
      unit: 'months',
      value: (m) => m.months,
      numFmt: FMT.integer,
      info: true,
    },
    {
      key: 'admin_rate',
      label: 'Administration',
      unit: 'fraction of transfers',
      value: (m) => m.adminRate,
      numFmt: FMT.pct,
    },
  ];
}

function validation(choices: readonly string[], words: AssumptionsText): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: false,
    formulae: [`"${choices.join(',')}"`],
    showErrorMessage: true,
    errorTitle: words.invalidTitle,
    error: words.invalid(choices.join(', ')),
  };
}

/** A unit in the workbook's language; lists of codes have no entry and stay as they are. */
function unitIn(words: AssumptionsText, unit: string): string {
  return words.units[unit] ?? unit;
}

/** A block: a title row naming each item, then one row per parameter with a named cell per item. */
function writeBlock<T>(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  row: number,
  title: string,
  block: 'benefit' | 'option' | 'crisis',
  items: readonly { item: T; key: string; name: string; heading: string }[],
  params: readonly Param<T>[],
): number {
  const words = ctx.text.assumptions;
  const labels = words.labels;
  const t = ws.getCell(row, 1);
  t.value = title;
  t.font = { bold: true, size: 12 };
  items.forEach((it, j) => {
    const c = ws.getCell(row, FIRST_VALUE_COLUMN + j);
    c.value = it.heading;
    c.font = { bold: true };
    c.alignment = { wrapText: true };
  });
  let r = row + 1;
  for (const p of params) {
    ws.getCell(r, 1).value = labels[`${block}.${p.key}`] ?? p.label;
    ws.getCell(r, 2).value = unitIn(words, p.unit);
    items.forEach((it, j) => {
      const column = FIRST_VALUE_COLUMN + j;
      const cell = setValue(
        ws,
        r,
        column,
        p.value(it.item),
        p.info ? 'data' : 'assumption',
        p.numFmt,
      );
      if (p.choices) cell.dataValidation = validation(p.choices, words);
      if (!p.info)
        defineName(
          ctx,
          `${it.key}.${p.key}`,
          ctx.sheets.assumptions,
          column,
          r,
          `${it.name}_${p.key}`,
        );
    });
    r++;
  }
  return r + 1;
}

/**
 * Every benefit parameter, financing option, fiscal setting, macro assumption, crisis measure and the
 * contributory pension scheme's financial parameters as a named input cell (yellow); the formulas of
 * the other sheets read them by name.
 */
export function writeAssumptionsSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.assumptions)!;
  const words = ctx.text.assumptions;
  const [parameter, unit, values] = words.header;
  writeHeader(
    ws,
    1,
    [
      { header: parameter, width: 46 },
      { header: unit, width: 34 },
      { header: values, width: 18 },
    ],
    { xSplit: 2 },
  );
  const itemColumns = Math.max(
    ctx.benefits.length,
    ctx.scenario.financing.length,
    ctx.scenario.crisis.length,
    1,
  );
  for (let j = 1; j < itemColumns; j++) ws.getColumn(FIRST_VALUE_COLUMN + j).width = 18;

  let row = writeBlock(
    ctx,
    ws,
    3,
    words.benefits,
    'benefit',
    ctx.benefits.map((b) => ({ item: b.spec, key: b.key, name: b.key, heading: b.spec.id })),
    benefitParams(ctx.currency, ctx.y0, words),
  );
  ctx.benefits.forEach((b, j) => (b.assumptionsColumn = FIRST_VALUE_COLUMN + j));

  if (ctx.scenario.financing.length > 0) {
    const items = ctx.scenario.financing.map((o, j) => ({
      item: o,
      key: `fin.${j}`,
      name: `fin_${namePart(o.option)}`,
      heading: o.option,
    }));
    const end = writeBlock(ctx, ws, row, words.financing, 'option', items, OPTION_PARAMS);
    // How each option acts on the budget follows from its name (methodology section 5).
    const roleRow = end - 1;
    ws.getCell(roleRow, 1).value = words.role;
    ws.getCell(roleRow, 2).value = BALANCE_ROLES.join(' / ');
    items.forEach((it, j) => {
      const option = nameOf(ctx, `${it.key}.option`);
      setFormula(ws, roleRow, FIRST_VALUE_COLUMN + j, optionRoleFormula(option));
      defineName(
        ctx,
        `${it.key}.role`,
        ctx.sheets.assumptions,
        FIRST_VALUE_COLUMN + j,
        roleRow,
        `${it.name}_role`,
      );
    });
    row = end + 1;
  }

  row = writeFiscalSettings(ctx, ws, row);

  if (ctx.scenario.crisis.length > 0) {
    row = writeBlock(
      ctx,
      ws,
      row,
      words.crisis,
      'crisis',
      ctx.scenario.crisis.map((m, j) => ({
        item: m,
        key: `crisis.${j}`,
        name: `crisis_${namePart(m.id)}`,
        heading: m.id,
      })),
      crisisParams(ctx.currency, words),
    );
  }
  row = writePensionInputs(ctx, ws, row, FIRST_VALUE_COLUMN);
  ws.getCell(row, 1).value = words.unitsNote;
  ws.getCell(row, 1).font = { italic: true };
}

/** The defined names of the scenario's macro assumptions. */
const SERIES_NAMES = {
  realGrowth: 'assume_real_growth',
  inflation: 'assume_inflation',
  revenuePctGdp: 'assume_revenue',
  expenditurePctGdp: 'assume_expenditure',
  fxPerUsd: 'assume_fx',
} as const;

/** Fiscal settings, current spending by function and the scenario's macro assumptions. */
function writeFiscalSettings(ctx: BookContext, ws: ExcelJS.Worksheet, start: number): number {
  const words = ctx.text.assumptions;
  let row = start;
  const title = (text: string) => {
    ws.getCell(row, 1).value = text;
    ws.getCell(row, 1).font = { bold: true, size: 12 };
    row++;
  };
  const input = (
    key: string,
    label: string,
    unit: string,
    value: number,
    numFmt: string,
    name = key,
  ) => {
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 2).value = unitIn(words, unit);
    setValue(ws, row, FIRST_VALUE_COLUMN, value, 'assumption', numFmt);
    defineName(ctx, key, ctx.sheets.assumptions, FIRST_VALUE_COLUMN, row, name);
    row++;
  };
  const fiscal = ctx.scenario.fiscal;
  title(words.fiscal);
  input(
    'interest_rate',
    words.labels.interest_rate ?? 'Interest on new borrowing',
    'fraction per year',
    fiscal.interestRate,
    FMT.pct,
  );
  input(
    'debt_ceiling',
    words.labels.debt_ceiling ?? 'Debt ceiling (the debt path is highlighted above it)',
    'fraction of GDP',
    fiscal.debtCeilingPctGdp,
    FMT.pct,
  );
  row++;
  title(words.spending);
  for (const fn of SPENDING_FUNCTIONS) {
    const value = fiscal.currentSpendingPctGdp[fn] ?? ctx.country.spendingPctGdp?.[fn] ?? 0;
    input(
      `spend.${fn}`,
      `${words.labels.spend ?? 'Current spending'}: ${fn}`,
      'fraction of GDP',
      value,
      FMT.pct,
      `spend_${fn}`,
    );
  }
  row++;
  const a = ctx.scenario.assumptions;
  const keys = Object.keys(SERIES_NAMES) as (keyof typeof SERIES_NAMES)[];
  if (keys.some((k) => a[k] !== undefined)) {
    title(words.macroTitle(ctx.y0));
    for (const k of keys) {
      const path = a[k];
      if (path === undefined) continue;
      const label = words.macro[k];
      const name = SERIES_NAMES[k];
      const unit =
        k === 'fxPerUsd'
          ? words.perUsd(ctx.currency)
          : k === 'realGrowth' || k === 'inflation'
            ? 'fraction per year'
            : 'fraction of GDP';
      if (typeof path === 'number') {
        input(
          `assume.${k}`,
          words.everyYearAfter(label, ctx.y0),
          unit,
          path,
          k === 'fxPerUsd' ? FMT.fx : FMT.pct,
          name,
        );
      } else {
        ws.getCell(row, 1).value = words.perYearAfter(label, ctx.y0);
        ws.getCell(row, 2).value = unitIn(words, unit);
        const cell = ws.getCell(row, FIRST_VALUE_COLUMN);
        cell.value = words.perYearCell;
        styleCell(cell, 'data');
        row++;
      }
    }
    row++;
  }
  return row;
}
