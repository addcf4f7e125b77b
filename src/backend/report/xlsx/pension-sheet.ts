import type ExcelJS from 'exceljs';
import type { AssumptionPath } from '../../../formats/scenario-model';
import type { PensionResult } from '../../../pension/pension-result';
import { defineName, nameOf, result, type BookContext } from './context';
import { IN, inputRef } from './inputs-sheet';
import {
  absAddr,
  absRange,
  addr,
  FMT,
  setFormula,
  setValue,
  styleCell,
  writeHeader,
  writeTitle,
  type Column,
} from './layout';

/**
 * The contributory pension scheme (methodology section 6): its inputs on the Assumptions sheet and the
 * "Pension scheme" sheet, years down. The series that need the projection by single age and sex
 * (insured, contributors, insurable earnings, pensioners, indexation, minimum pension, reference wages,
 * benefits) are the engine's values; everything the methodology derives from them with the scheme's
 * financial parameters (contributions, administration, interest, reserve, ratios, the general average
 * premiums and the year the reserve runs out) is a live formula.
 */

/** The header row of the yearly table; rows 1-3 hold the title and two notes. */
export const PENSION_HEADER_ROW = 4;

export function pensionRow(ctx: BookContext, year: number): number {
  return PENSION_HEADER_ROW + 1 + (year - ctx.firstYear);
}

/**
 * Columns of the yearly table: the finances first (their widths also suit the premium block below the
 * table), then persons, the parameters by year and the indicators.
 */
export const PEN = {
  year: 1,
  contributionRate: 2,
  interestRate: 3,
  insurableEarnings: 4,
  contributions: 5,
  benefits: 6,
  administration: 7,
  expenditure: 8,
  interest: 9,
  balance: 10,
  reserve: 11,
  paygCostRate: 12,
  reserveRatio: 13,
  population: 14,
  insured: 15,
  insuredFemale: 16,
  insuredMale: 17,
  contributors: 18,
  pensioners: 19,
  pensionersFemale: 20,
  pensionersMale: 21,
  newPensioners: 22,
  newBenefits: 23,
  indexation: 24,
  minimumPension: 25,
  referenceWageFemale: 26,
  referenceWageMale: 27,
  averageInsurableEarnings: 28,
  averagePension: 29,
  averageNewPension: 30,
  replacementRate: 31,
  benefitRatio: 32,
  dependencyRatio: 33,
  expenditurePctGdp: 34,
  contributionsPctGdp: 35,
  reservePctGdp: 36,
  discount: 37,
  belowZero: 38,
} as const;

/** Engine values of the yearly table: the column and the series of the PensionResult it shows. */
const ENGINE_SERIES: [number, readonly (string | number)[], string][] = [
  [PEN.insured, ['population', 'insured'], FMT.persons],
  [PEN.insuredFemale, ['population', 'insuredFemale'], FMT.persons],
  [PEN.insuredMale, ['population', 'insuredMale'], FMT.persons],
  [PEN.contributors, ['population', 'contributors'], FMT.persons],
  [PEN.insurableEarnings, ['finances', 'insurableEarnings'], FMT.money],
  [PEN.pensioners, ['population', 'pensioners'], FMT.persons],
  [PEN.pensionersFemale, ['population', 'pensionersFemale'], FMT.persons],
  [PEN.pensionersMale, ['population', 'pensionersMale'], FMT.persons],
  [PEN.newPensioners, ['population', 'newPensioners'], FMT.persons],
  [PEN.indexation, ['parameters', 'indexation'], FMT.pct],
  [PEN.minimumPension, ['parameters', 'minimumPension'], FMT.money],
  [PEN.referenceWageFemale, ['parameters', 'referenceWageBySex', 'female'], FMT.money],
  [PEN.referenceWageMale, ['parameters', 'referenceWageBySex', 'male'], FMT.money],
  [PEN.benefits, ['finances', 'benefits'], FMT.money],
  [PEN.newBenefits, ['finances', 'newBenefits'], FMT.money],
];

/** Formulas of the yearly table and where their results are in the PensionResult. */
const FORMULA_SERIES: [number, readonly string[]][] = [
  [PEN.contributionRate, ['parameters', 'contributionRate']],
  [PEN.interestRate, ['parameters', 'interestRate']],
  [PEN.population, ['population', 'total']],
  [PEN.contributions, ['finances', 'contributions']],
  [PEN.administration, ['finances', 'administration']],
  [PEN.expenditure, ['finances', 'expenditure']],
  [PEN.interest, ['finances', 'interest']],
  [PEN.balance, ['finances', 'balance']],
  [PEN.reserve, ['finances', 'reserve']],
  [PEN.paygCostRate, ['indicators', 'paygCostRate']],
  [PEN.reserveRatio, ['indicators', 'reserveRatio']],
  [PEN.averageInsurableEarnings, ['indicators', 'averageInsurableEarnings']],
  [PEN.averagePension, ['indicators', 'averagePension']],
  [PEN.averageNewPension, ['indicators', 'averageNewPension']],
  [PEN.replacementRate, ['indicators', 'replacementRate']],
  [PEN.benefitRatio, ['indicators', 'benefitRatio']],
  [PEN.dependencyRatio, ['indicators', 'dependencyRatio']],
  [PEN.expenditurePctGdp, ['indicators', 'expenditurePctGdp']],
  [PEN.contributionsPctGdp, ['indicators', 'contributionsPctGdp']],
  [PEN.reservePctGdp, ['indicators', 'reservePctGdp']],
];

const NAMES = {
  contributionRate: 'pension_contribution_rate',
  interestRate: 'pension_interest_rate',
  adminContributions: 'pension_admin_contributions',
  adminBenefits: 'pension_admin_benefits',
  initialReserve: 'pension_initial_reserve',
  targetReserveRatio: 'pension_target_reserve_ratio',
} as const;

/** The logical key of the end year of premium period j (0-based); its name ends in j + 1. */
function premiumKey(j: number): string {
  return `pension.premium_to.${j}`;
}

const ENGINE_NOTE =
  'Engine value from the projection by single age and sex (methodology 6.1-6.2): the workbook does not recompute it.';

/**
 * The scheme's inputs on the Assumptions sheet from row `start`, values in `column`: the financial
 * parameters as named input cells (yellow), then the parameters of the projection by age, shown for
 * information. Returns the next free row.
 */
export function writePensionInputs(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  start: number,
  column: number,
): number {
  const spec = ctx.scenario.pension;
  const p = ctx.pension;
  if (!spec || !p) return start;
  const cur = ctx.currency;
  let row = start;
  ws.getCell(row, 1).value =
    `Contributory pension scheme: ${spec.label} (the Pension scheme sheet; methodology 6)`;
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  row++;
  const input = (key: string, label: string, unit: string, value: number, numFmt: string) => {
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 2).value = unit;
    setValue(ws, row, column, value, 'assumption', numFmt);
    defineName(ctx, key, ctx.sheets.assumptions, column, row, key);
    row++;
  };
  const path = (
    key: string,
    label: string,
    unit: string,
    value: AssumptionPath,
    numFmt: string,
  ) => {
    if (typeof value === 'number') input(key, `${label}, every year`, unit, value, numFmt);
    else {
      ws.getCell(row, 1).value = `${label}: a value per year from ${ctx.firstYear}`;
      ws.getCell(row, 2).value = unit;
      setValue(ws, row, column, 'yellow cells of the Pension scheme sheet', 'data');
      row++;
    }
  };
  path(
    NAMES.contributionRate,
    'Contribution rate',
    'fraction of insurable earnings',
    spec.contributionRate,
    FMT.pct,
  );
  path(
    NAMES.interestRate,
    'Return on the reserve',
    'fraction per year, nominal',
    spec.interestRate,
    FMT.pct,
  );
  input(
    NAMES.adminContributions,
    'Administration: share of contributions',
    'fraction of contributions',
    spec.administration.shareOfContributions,
    FMT.pct,
  );
  input(
    NAMES.adminBenefits,
    'Administration: share of benefits',
    'fraction of benefit expenditure',
    spec.administration.shareOfBenefits,
    FMT.pct,
  );
  input(
    NAMES.initialReserve,
    `Reserve at the start of ${ctx.firstYear}`,
    cur,
    spec.initial.reserve,
    FMT.money,
  );
  input(
    NAMES.targetReserveRatio,
    'Reserve to hold at the end of a premium period',
    "years of that year's expenditure",
    spec.premium.targetReserveRatio,
    FMT.ratio,
  );
  p.generalAveragePremiums.forEach((g, j) => {
    const key = premiumKey(j);
    ws.getCell(row, 1).value = `General average premium ${j + 1}: last year of the period`;
    ws.getCell(row, 2).value = `year, ${ctx.firstYear}-${ctx.lastYear} (from ${g.from})`;
    setValue(ws, row, column, g.to, 'assumption', FMT.year);
    defineName(ctx, key, ctx.sheets.assumptions, column, row, `pension_premium_to_${j + 1}`);
    row++;
  });

  const note = ws.getCell(row, 1);
  note.value =
    'Used by the projection by single age and sex, shown for information: the insured, earnings, pensioners and benefits on the Pension scheme sheet are the engine’s values, so changing these recomputes nothing (change the scheme in the app and export again).';
  note.font = { italic: true };
  row++;
  const mp = spec.minimumPension;
  const info: [string, string, number | string, (string | undefined)?][] = [
    ['Pension age, women', 'years', spec.pensionAge.female, FMT.integer],
    ['Pension age, men', 'years', spec.pensionAge.male, FMT.integer],
    ['Entry age (service counts from it)', 'years', spec.entryAge, FMT.integer],
    [
      'Accrual rate',
      'fraction of the reference wage per year of service',
      spec.accrualRate,
      '0.000%',
    ],
    [
      'Service credited at the award, women',
      'years',
      p.parameters.serviceAtAward.female,
      FMT.amount,
    ],
    ['Service credited at the award, men', 'years', p.parameters.serviceAtAward.male, FMT.amount],
    ['Reference wage', 'career (revalued average) / final', spec.referenceWage],
    [
      'Indexation of pensions in payment',
      'prices / wages / none / a yearly rate',
      spec.indexation,
      typeof spec.indexation === 'number' ? FMT.pct : undefined,
    ],
    [
      'Minimum pension',
      'share x basis',
      mp === null
        ? 'none'
        : mp.basis === 'fixed'
          ? `${mp.share} x ${mp.amount} ${cur} a month at ${ctx.y0} prices`
          : `${mp.share} x ${mp.basis}`,
    ],
    [
      'Insurable earnings of an insured person',
      'share x basis (a monthly wage x 12, or GDP per capita) x the profile by age',
      `${spec.earnings.share} x ${spec.earnings.basis}`,
    ],
    [
      'Coverage calibration factor',
      'factor on every coverage rate (1: none)',
      p.parameters.coverageCalibration,
      FMT.factor,
    ],
    [
      'Pensioners in payment at the start',
      'persons',
      spec.initial.pensioners ??
        (ctx.model.ratesGiven.has('pensionCoverage')
          ? "the country's pension coverage above the pension age"
          : 'none (neither the scheme nor the country gives them)'),
      FMT.persons,
    ],
    [
      `Their pension in ${ctx.firstYear}, women`,
      `${cur} a year`,
      p.parameters.initialPension.female,
      FMT.money,
    ],
    [
      `Their pension in ${ctx.firstYear}, men`,
      `${cur} a year`,
      p.parameters.initialPension.male,
      FMT.money,
    ],
  ];
  for (const [label, unit, value, numFmt] of info) {
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 2).value = unit;
    setValue(ws, row, column, value, 'data', numFmt);
    row++;
  }
  return row + 1;
}

function boldRow(ws: ExcelJS.Worksheet, row: number, headers: readonly string[]): void {
  headers.forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.getRow(row).height = 75;
}

/** Years down: the projection, then the general average premiums and the year the reserve runs out. */
export function writePensionSheet(ctx: BookContext, p: PensionResult): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.pension)!;
  const spec = ctx.scenario.pension!;
  const cur = ctx.currency;
  const engine = (header: string, numFmt: string, width = 16): Column => ({
    header,
    numFmt,
    width,
    note: ENGINE_NOTE,
  });
  const money = (header: string, note?: string): Column => ({
    header,
    numFmt: FMT.money,
    width: 21,
    ...(note === undefined ? {} : { note }),
  });
  const byKey: Record<keyof typeof PEN, Column> = {
    year: { header: 'Year', numFmt: FMT.year, width: 8 },
    contributionRate: {
      header: 'Contribution rate (fraction of insurable earnings)',
      numFmt: FMT.pct,
      width: 14,
      note: 'The Assumptions sheet (pension_contribution_rate), or yellow values by year, the last held.',
    },
    interestRate: {
      header: 'Return on the reserve (fraction, nominal)',
      numFmt: FMT.pct,
      width: 14,
      note: 'The Assumptions sheet (pension_interest_rate), or yellow values by year, the last held.',
    },
    insurableEarnings: {
      ...money(`Insurable earnings: the contribution base (${cur}; insured x earnings x density)`),
      note: ENGINE_NOTE,
    },
    contributions: money(
      `Contributions (${cur})`,
      'C[t] = contribution rate x insurable earnings (the density is in the contribution base).',
    ),
    benefits: { ...money(`Benefit expenditure (${cur})`), note: ENGINE_NOTE },
    administration: money(
      `Administration (${cur})`,
      'A[t] = share of contributions x C[t] + share of benefits x B[t].',
    ),
    expenditure: money(`Expenditure: benefits + administration (${cur})`),
    interest: money(
      `Interest on the reserve (${cur})`,
      'F[t-1] x i[t]: the reserve at the start of the year earns the return.',
    ),
    balance: money(`Balance: contributions - expenditure (${cur})`),
    reserve: money(
      `Reserve at the end of the year (${cur})`,
      'F[t] = F[t-1] (1 + i[t]) + C[t] - B[t] - A[t], from the initial reserve on the Assumptions sheet.',
    ),
    paygCostRate: {
      header: 'PAYG cost rate (fraction of insurable earnings)',
      numFmt: FMT.pct,
      width: 14,
      note: '(Benefits + administration) / insurable earnings.',
    },
    reserveRatio: {
      header: "Reserve ratio (years of the year's expenditure)",
      numFmt: FMT.ratio,
      width: 14,
      note: 'Reserve at the end of the year / expenditure of the year.',
    },
    population: {
      header: 'Population, total (persons)',
      numFmt: FMT.persons,
      width: 14,
      note: 'The Inputs sheet.',
    },
    insured: engine('Insured persons', FMT.persons, 14),
    insuredFemale: engine('Insured women', FMT.persons, 14),
    insuredMale: engine('Insured men', FMT.persons, 14),
    contributors: engine(
      'Contributors (full-year equivalents: insured x density)',
      FMT.persons,
      14,
    ),
    pensioners: engine('Pensioners', FMT.persons, 14),
    pensionersFemale: engine('Pensioners, women', FMT.persons, 14),
    pensionersMale: engine('Pensioners, men', FMT.persons, 14),
    newPensioners: engine('New pensioners (awarded in the year)', FMT.persons, 14),
    newBenefits: engine(`New pensions awarded (${cur}, part of benefits)`, FMT.money, 18),
    indexation: engine('Indexation of pensions in payment (fraction)', FMT.pct, 12),
    minimumPension: engine(`Minimum pension (${cur} a year; 0: none)`, FMT.money, 14),
    referenceWageFemale: engine(
      `Reference wage of new pensions, women (${cur} a year)`,
      FMT.money,
      14,
    ),
    referenceWageMale: engine(`Reference wage of new pensions, men (${cur} a year)`, FMT.money, 14),
    averageInsurableEarnings: {
      header: `Average insurable earnings (${cur} a year)`,
      numFmt: FMT.money,
      width: 14,
      note: 'Insurable earnings / contributors.',
    },
    averagePension: {
      header: `Average pension (${cur} a year)`,
      numFmt: FMT.money,
      width: 14,
      note: 'Benefits / pensioners.',
    },
    averageNewPension: {
      header: `Average new pension (${cur} a year)`,
      numFmt: FMT.money,
      width: 14,
      note: 'New pensions awarded / new pensioners.',
    },
    replacementRate: {
      header: 'Replacement rate (fraction)',
      numFmt: FMT.pct,
      width: 12,
      note: 'Average new pension / average insurable earnings.',
    },
    benefitRatio: {
      header: 'Benefit ratio (fraction)',
      numFmt: FMT.pct,
      width: 12,
      note: 'Average pension in payment / average insurable earnings.',
    },
    dependencyRatio: {
      header: 'Dependency ratio (pensioners per contributor)',
      numFmt: FMT.ratio,
      width: 12,
      note: 'Pensioners / contributors.',
    },
    expenditurePctGdp: {
      header: 'Expenditure (% of GDP)',
      numFmt: FMT.pct,
      width: 12,
      note: 'GDP of the Inputs sheet.',
    },
    contributionsPctGdp: { header: 'Contributions (% of GDP)', numFmt: FMT.pct, width: 12 },
    reservePctGdp: { header: 'Reserve (% of GDP)', numFmt: FMT.pct, width: 12 },
    discount: {
      header: `Discount factor to the start of ${ctx.firstYear}`,
      numFmt: FMT.factor,
      width: 14,
      note: 'v[t] = v[t-1] / (1 + i[t]): flows fall at the end of the year. Used by the general average premiums below.',
    },
    belowZero: {
      header: 'Reserve below 0 (the year)',
      numFmt: FMT.year,
      width: 10,
      note: 'The year when its reserve ends below 0; the first of them is the year the reserve runs out (below the table).',
    },
  };
  const columns = (Object.keys(PEN) as (keyof typeof PEN)[])
    .sort((a, b) => PEN[a] - PEN[b])
    .map((k) => byKey[k]);
  writeHeader(ws, PENSION_HEADER_ROW, columns, { xSplit: 1 }, 3);
  // Long headers with units: five lines.
  ws.getRow(PENSION_HEADER_ROW).height = 75;
  writeTitle(
    ws,
    1,
    `${spec.label}: contributory pension scheme, ${ctx.firstYear}-${ctx.lastYear} (methodology 6)`,
  );
  const notes = [
    `Grey, italic: the engine’s values from the projection by single age and sex${p.projectedPopulation ? ' (on the population projected by the scenario’s demographic variant)' : ''}: insured, contributors, insurable earnings, pensioners, indexation, minimum pension, reference wages and benefits. They do not recompute.`,
    `Black: live formulas of them and of the scheme’s inputs on the Assumptions sheet (contribution rate, return on the reserve, administration, initial reserve, premium periods, target reserve). Money in ${cur}, nominal, per year; persons. Below the table: the general average premiums and the year the reserve runs out.`,
  ];
  notes.forEach((text, i) => {
    const cell = ws.getCell(2 + i, 1);
    cell.value = text;
    cell.font = { italic: true };
  });

  const first = pensionRow(ctx, ctx.firstYear);
  const last = pensionRow(ctx, ctx.lastYear);
  const yearly = (column: number, path: AssumptionPath, name: string, k: number, r: number) => {
    const numFmt = FMT.pct;
    if (typeof path === 'number') setFormula(ws, r, column, name, numFmt);
    else if (k < path.length) setValue(ws, r, column, path[k]!, 'assumption', numFmt);
    else setFormula(ws, r, column, addr(column, r - 1), numFmt);
  };
  const n = (key: string) => nameOf(ctx, key);
  p.years.forEach((t, k) => {
    const r = pensionRow(ctx, t);
    const here = (c: number) => addr(c, r);
    const prev = (c: number) => addr(c, r - 1);
    setValue(ws, r, PEN.year, t, 'plain', FMT.year);
    yearly(PEN.contributionRate, spec.contributionRate, NAMES.contributionRate, k, r);
    yearly(PEN.interestRate, spec.interestRate, NAMES.interestRate, k, r);
    setFormula(ws, r, PEN.population, inputRef(ctx, IN.population, t), FMT.persons);
    for (const [c, path, numFmt] of ENGINE_SERIES) {
      let node: unknown = p;
      for (const key of path) node = (node as Record<string | number, unknown>)[key];
      setValue(ws, r, c, (node as number[])[k]!, 'engine', numFmt);
      result(ctx, ctx.sheets.pension, here(c), ['pension', ...path, k]);
    }
    setFormula(
      ws,
      r,
      PEN.contributions,
      `${here(PEN.contributionRate)}*${here(PEN.insurableEarnings)}`,
      FMT.money,
    );
    setFormula(
      ws,
      r,
      PEN.administration,
      `${n(NAMES.adminContributions)}*${here(PEN.contributions)}+${n(NAMES.adminBenefits)}*${here(PEN.benefits)}`,
      FMT.money,
    );
    setFormula(
      ws,
      r,
      PEN.expenditure,
      `${here(PEN.benefits)}+${here(PEN.administration)}`,
      FMT.money,
    );
    const before = k === 0 ? n(NAMES.initialReserve) : prev(PEN.reserve);
    setFormula(ws, r, PEN.interest, `${before}*${here(PEN.interestRate)}`, FMT.money);
    setFormula(
      ws,
      r,
      PEN.balance,
      `${here(PEN.contributions)}-${here(PEN.expenditure)}`,
      FMT.money,
    );
    setFormula(
      ws,
      r,
      PEN.reserve,
      `${before}+${here(PEN.interest)}+${here(PEN.contributions)}-${here(PEN.benefits)}-${here(PEN.administration)}`,
      FMT.money,
    );
    const ratio = (num: number, den: number) => `IF(${here(den)}=0,0,${here(num)}/${here(den)})`;
    setFormula(ws, r, PEN.paygCostRate, ratio(PEN.expenditure, PEN.insurableEarnings), FMT.pct);
    setFormula(ws, r, PEN.reserveRatio, ratio(PEN.reserve, PEN.expenditure), FMT.ratio);
    setFormula(
      ws,
      r,
      PEN.averageInsurableEarnings,
      ratio(PEN.insurableEarnings, PEN.contributors),
      FMT.money,
    );
    setFormula(ws, r, PEN.averagePension, ratio(PEN.benefits, PEN.pensioners), FMT.money);
    setFormula(ws, r, PEN.averageNewPension, ratio(PEN.newBenefits, PEN.newPensioners), FMT.money);
    const ofEarnings = (num: number) =>
      `IF(${here(PEN.averageInsurableEarnings)}>0,${here(num)}/${here(PEN.averageInsurableEarnings)},0)`;
    setFormula(ws, r, PEN.replacementRate, ofEarnings(PEN.averageNewPension), FMT.pct);
    setFormula(ws, r, PEN.benefitRatio, ofEarnings(PEN.averagePension), FMT.pct);
    setFormula(ws, r, PEN.dependencyRatio, ratio(PEN.pensioners, PEN.contributors), FMT.ratio);
    const gdp = inputRef(ctx, IN.gdp, t);
    const ofGdp = (c: number) => `IF(${gdp}=0,0,${here(c)}/${gdp})`;
    setFormula(ws, r, PEN.expenditurePctGdp, ofGdp(PEN.expenditure), FMT.pct);
    setFormula(ws, r, PEN.contributionsPctGdp, ofGdp(PEN.contributions), FMT.pct);
    setFormula(ws, r, PEN.reservePctGdp, ofGdp(PEN.reserve), FMT.pct);
    setFormula(
      ws,
      r,
      PEN.discount,
      `${k === 0 ? '1' : prev(PEN.discount)}/(1+${here(PEN.interestRate)})`,
      FMT.factor,
    );
    setFormula(ws, r, PEN.belowZero, `IF(${here(PEN.reserve)}<0,${here(PEN.year)},"")`, FMT.year);
    for (const [c, path] of FORMULA_SERIES)
      result(ctx, ctx.sheets.pension, here(c), ['pension', ...path, k]);
  });

  // General average premiums: one row per period, live in its end year, the target reserve, the
  // returns and the administration shares (methodology 6.3, src/pension/premium.ts).
  const range = (c: number) => absRange(c, first, last);
  let r = last + 2;
  writeTitle(
    ws,
    r++,
    'General average premiums: the constant contribution rate that leaves the target reserve at the end of the period',
  );
  const note = ws.getCell(r++, 1);
  note.value =
    'GAP = (PV of benefits and their administration + PV of the target reserve - initial reserve) / (PV of insurable earnings net of administration on contributions - the target’s administration on contributions), with PV at the discount factors of the table; the end year and the target are inputs on the Assumptions sheet.';
  note.font = { italic: true };
  boldRow(ws, r++, [
    'From',
    'To (an input on Assumptions)',
    "Target reserve (years of the end year's expenditure)",
    'Discount factor of the end year v[T]',
    `PV of benefits and their administration, (1 + ab) sum B v (${cur})`,
    `PV of the target reserve's benefits, k (1 + ab) B[T] v[T] (${cur})`,
    `Initial reserve (${cur})`,
    `PV of insurable earnings net of administration, (1 - ac) sum IE v (${cur})`,
    `Target's administration on contributions, k ac IE[T] v[T] (${cur})`,
    'General average premium (fraction of insurable earnings)',
    `Target reserve at the end of the period (${cur}, at the premium)`,
  ]);
  const ab = n(NAMES.adminBenefits);
  const ac = n(NAMES.adminContributions);
  p.generalAveragePremiums.forEach((g, j) => {
    const here = (c: number) => addr(c, r);
    const at = (c: number) => `INDEX(${range(c)},MATCH(${here(2)},${range(PEN.year)},0))`;
    const upTo = (c: number) =>
      `SUMPRODUCT((${range(PEN.year)}<=${here(2)})*${range(c)}*${range(PEN.discount)})`;
    setFormula(ws, r, 1, absAddr(PEN.year, first), FMT.year);
    setFormula(ws, r, 2, n(premiumKey(j)), FMT.year);
    setFormula(ws, r, 3, n(NAMES.targetReserveRatio), FMT.ratio);
    setFormula(ws, r, 4, at(PEN.discount), FMT.factor);
    setFormula(ws, r, 5, `(1+${ab})*${upTo(PEN.benefits)}`, FMT.money);
    setFormula(ws, r, 6, `${here(3)}*(1+${ab})*${at(PEN.benefits)}*${here(4)}`, FMT.money);
    setFormula(ws, r, 7, n(NAMES.initialReserve), FMT.money);
    setFormula(ws, r, 8, `(1-${ac})*${upTo(PEN.insurableEarnings)}`, FMT.money);
    setFormula(ws, r, 9, `${here(3)}*${ac}*${at(PEN.insurableEarnings)}*${here(4)}`, FMT.money);
    setFormula(ws, r, 10, `(${here(5)}+${here(6)}-${here(7)})/(${here(8)}-${here(9)})`, FMT.pct);
    setFormula(
      ws,
      r,
      11,
      `${here(3)}*((1+${ab})*${at(PEN.benefits)}+${ac}*${here(10)}*${at(PEN.insurableEarnings)})`,
      FMT.money,
    );
    const path = ['pension', 'generalAveragePremiums', j];
    result(ctx, ctx.sheets.pension, here(1), [...path, 'from']);
    result(ctx, ctx.sheets.pension, here(2), [...path, 'to']);
    result(ctx, ctx.sheets.pension, here(3), [...path, 'targetReserveRatio']);
    result(ctx, ctx.sheets.pension, here(10), [...path, 'premium']);
    result(ctx, ctx.sheets.pension, here(11), [...path, 'targetReserve']);
    r++;
  });

  r++;
  writeTitle(ws, r++, 'Year the reserve runs out');
  const depletion = setFormula(
    ws,
    r,
    1,
    `IF(COUNT(${range(PEN.belowZero)})=0,"never",MIN(${range(PEN.belowZero)}))`,
    FMT.year,
  );
  depletion.font = { bold: true };
  const explain = ws.getCell(r, 2);
  explain.value = `The first year that ends with a reserve below 0 ("never": the reserve lasts to ${ctx.lastYear}); a formula of the Reserve column.`;
  styleCell(explain, 'plain');
  explain.font = { italic: true };
  if (p.reserveDepletionYear === null) {
    ctx.cells.push({
      sheet: ctx.sheets.pension,
      address: addr(1, r),
      path: ['pension', 'reserveDepletionYear'],
      expected: 'never',
    });
  } else result(ctx, ctx.sheets.pension, addr(1, r), ['pension', 'reserveDepletionYear']);
}
