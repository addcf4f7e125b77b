import type ExcelJS from 'exceljs';
import type { AssumptionPath, PensionResult } from '#engine';
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
import { PEN } from './pension-columns';

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
  const w = ctx.text.pension;
  let row = start;
  ws.getCell(row, 1).value = w.inputsTitle(spec.label);
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
    [label, unit]: readonly [string, string],
    value: AssumptionPath,
    numFmt: string,
  ) => {
    if (typeof value === 'number') input(key, w.everyYear(label), unit, value, numFmt);
    else {
      ws.getCell(row, 1).value = w.perYear(label, ctx.firstYear);
      ws.getCell(row, 2).value = unit;
      setValue(ws, row, column, w.perYearCell, 'data');
      row++;
    }
  };
  path(NAMES.contributionRate, w.contributionRate, spec.contributionRate, FMT.pct);
  path(NAMES.interestRate, w.interestRate, spec.interestRate, FMT.pct);
  input(
    NAMES.adminContributions,
    ...w.adminContributions,
    spec.administration.shareOfContributions,
    FMT.pct,
  );
  input(NAMES.adminBenefits, ...w.adminBenefits, spec.administration.shareOfBenefits, FMT.pct);
  input(
    NAMES.initialReserve,
    w.initialReserve(ctx.firstYear),
    cur,
    spec.initial.reserve,
    FMT.money,
  );
  input(NAMES.targetReserveRatio, ...w.targetReserve, spec.premium.targetReserveRatio, FMT.ratio);
  p.generalAveragePremiums.forEach((g, j) => {
    const key = premiumKey(j);
    ws.getCell(row, 1).value = w.premiumTo(j + 1);
    ws.getCell(row, 2).value = w.premiumToUnit(ctx.firstYear, ctx.lastYear, g.from);
    setValue(ws, row, column, g.to, 'assumption', FMT.year);
    defineName(ctx, key, ctx.sheets.assumptions, column, row, `pension_premium_to_${j + 1}`);
    row++;
  });

  const note = ws.getCell(row, 1);
  note.value = w.infoNote;
  note.font = { italic: true };
  row++;
  const mp = spec.minimumPension;
  const info: [string, string, number | string, (string | undefined)?][] = [
    [w.pensionAgeWomen, w.years, spec.pensionAge.female, FMT.integer],
    [w.pensionAgeMen, w.years, spec.pensionAge.male, FMT.integer],
    [w.entryAge, w.years, spec.entryAge, FMT.integer],
    [...w.accrualRate, spec.accrualRate, '0.000%'],
    [w.serviceWomen, w.years, p.parameters.serviceAtAward.female, FMT.amount],
    [w.serviceMen, w.years, p.parameters.serviceAtAward.male, FMT.amount],
    [...w.referenceWage, spec.referenceWage],
    [...w.indexation, spec.indexation, typeof spec.indexation === 'number' ? FMT.pct : undefined],
    [
      ...w.minimumPension,
      mp === null
        ? w.none
        : mp.basis === 'fixed'
          ? w.minimumFixed(mp.share, mp.amount, cur, ctx.y0)
          : `${mp.share} x ${mp.basis}`,
    ],
    [...w.earnings, `${spec.earnings.share} x ${spec.earnings.basis}`],
    [...w.calibration, p.parameters.coverageCalibration, FMT.factor],
    [
      ...w.initialPensioners,
      spec.initial.pensioners ??
        (ctx.model.ratesGiven.has('pensionCoverage') ? w.initialFromCountry : w.initialNone),
      FMT.persons,
    ],
    [
      w.initialPensionWomen(ctx.firstYear),
      w.perYearMoney(cur),
      p.parameters.initialPension.female,
      FMT.money,
    ],
    [
      w.initialPensionMen(ctx.firstYear),
      w.perYearMoney(cur),
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

type PensionKey = keyof typeof PEN;

/** The engine's series (grey): their header note says the workbook does not recompute them. */
const ENGINE_COLUMNS = new Set<PensionKey>([
  'insurableEarnings',
  'benefits',
  'insured',
  'insuredFemale',
  'insuredMale',
  'contributors',
  'pensioners',
  'pensionersFemale',
  'pensionersMale',
  'newPensioners',
  'newBenefits',
  'indexation',
  'minimumPension',
  'referenceWageFemale',
  'referenceWageMale',
]);

/** The finances: wide money columns (their widths also suit the premium block below the table). */
const MONEY_COLUMNS = new Set<PensionKey>([
  'insurableEarnings',
  'contributions',
  'benefits',
  'administration',
  'expenditure',
  'interest',
  'balance',
  'reserve',
]);

/** Fractions and ratios that fit a narrow column. */
const NARROW_COLUMNS = new Set<PensionKey>([
  'indexation',
  'replacementRate',
  'benefitRatio',
  'dependencyRatio',
  'expenditurePctGdp',
  'contributionsPctGdp',
  'reservePctGdp',
]);

const NUMBER_FORMATS: Record<PensionKey, string> = {
  year: FMT.year,
  contributionRate: FMT.pct,
  interestRate: FMT.pct,
  insurableEarnings: FMT.money,
  contributions: FMT.money,
  benefits: FMT.money,
  administration: FMT.money,
  expenditure: FMT.money,
  interest: FMT.money,
  balance: FMT.money,
  reserve: FMT.money,
  paygCostRate: FMT.pct,
  reserveRatio: FMT.ratio,
  population: FMT.persons,
  insured: FMT.persons,
  insuredFemale: FMT.persons,
  insuredMale: FMT.persons,
  contributors: FMT.persons,
  pensioners: FMT.persons,
  pensionersFemale: FMT.persons,
  pensionersMale: FMT.persons,
  newPensioners: FMT.persons,
  newBenefits: FMT.money,
  indexation: FMT.pct,
  minimumPension: FMT.money,
  referenceWageFemale: FMT.money,
  referenceWageMale: FMT.money,
  averageInsurableEarnings: FMT.money,
  averagePension: FMT.money,
  averageNewPension: FMT.money,
  replacementRate: FMT.pct,
  benefitRatio: FMT.pct,
  dependencyRatio: FMT.ratio,
  expenditurePctGdp: FMT.pct,
  contributionsPctGdp: FMT.pct,
  reservePctGdp: FMT.pct,
  discount: FMT.factor,
  belowZero: FMT.year,
};

/** The header of the yearly table, the sheet's title and its two notes on colours. */
function writePensionHeader(ctx: BookContext, ws: ExcelJS.Worksheet, p: PensionResult): void {
  const spec = ctx.scenario.pension!;
  const cur = ctx.currency;
  const w = ctx.text.pension;
  const headers = w.headers(cur, ctx.firstYear);
  const width = (key: PensionKey): number =>
    key === 'year'
      ? 8
      : MONEY_COLUMNS.has(key)
        ? 21
        : key === 'newBenefits'
          ? 18
          : NARROW_COLUMNS.has(key)
            ? 12
            : key === 'belowZero'
              ? 10
              : 14;
  const column = (key: PensionKey): Column => {
    const note = ENGINE_COLUMNS.has(key) ? w.engineNote : w.notes[key];
    return {
      header: headers[key],
      numFmt: NUMBER_FORMATS[key],
      width: width(key),
      ...(note === undefined ? {} : { note }),
    };
  };
  const byKey = Object.fromEntries(
    (Object.keys(PEN) as (keyof typeof PEN)[]).map((k) => [k, column(k)]),
  ) as Record<keyof typeof PEN, Column>;
  const columns = (Object.keys(PEN) as (keyof typeof PEN)[])
    .sort((a, b) => PEN[a] - PEN[b])
    .map((k) => byKey[k]);
  writeHeader(ws, PENSION_HEADER_ROW, columns, { xSplit: 1 }, 3);
  // Long headers with units: five lines.
  ws.getRow(PENSION_HEADER_ROW).height = 75;
  writeTitle(ws, 1, w.title(spec.label, ctx.firstYear, ctx.lastYear));
  const notes = [w.greyNote(p.projectedPopulation), w.blackNote(cur)];
  notes.forEach((text, i) => {
    const cell = ws.getCell(2 + i, 1);
    cell.value = text;
    cell.font = { italic: true };
  });
}

/** A path of the scheme's parameters in year k: its named constant, its own values, or the last held. */
function writeYearly(
  ws: ExcelJS.Worksheet,
  column: number,
  path: AssumptionPath,
  name: string,
  k: number,
  r: number,
): void {
  const numFmt = FMT.pct;
  if (typeof path === 'number') setFormula(ws, r, column, name, numFmt);
  else if (k < path.length) setValue(ws, r, column, path[k]!, 'assumption', numFmt);
  else setFormula(ws, r, column, addr(column, r - 1), numFmt);
}

/** One year of the projection: the engine's persons and amounts, the finances and the indicators. */
function writePensionYear(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  p: PensionResult,
  t: number,
  k: number,
): void {
  const spec = ctx.scenario.pension!;
  const n = (key: string) => nameOf(ctx, key);
  const yearly = (column: number, path: AssumptionPath, name: string, k: number, r: number) =>
    writeYearly(ws, column, path, name, k, r);
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
  setFormula(ws, r, PEN.balance, `${here(PEN.contributions)}-${here(PEN.expenditure)}`, FMT.money);
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
}

/**
 * General average premiums from the row after the table: one row per period, live in its end year,
 * the target reserve, the returns and the administration shares. Returns the row after them.
 */
function writePremiums(ctx: BookContext, ws: ExcelJS.Worksheet, p: PensionResult): number {
  const cur = ctx.currency;
  const w = ctx.text.pension;
  const n = (key: string) => nameOf(ctx, key);
  const first = pensionRow(ctx, ctx.firstYear);
  const last = pensionRow(ctx, ctx.lastYear);
  // General average premiums: one row per period, live in its end year, the target reserve, the
  // returns and the administration shares (methodology 6.3, src/pension/premium.ts).
  const range = (c: number) => absRange(c, first, last);
  let r = last + 2;
  writeTitle(ws, r++, w.premiumsTitle);
  const note = ws.getCell(r++, 1);
  note.value = w.premiumsNote;
  note.font = { italic: true };
  boldRow(ws, r++, w.premiumHeaders(cur));
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

  return r;
}

/** The year the reserve runs out, or "never" within the projection. */
function writeDepletion(
  ctx: BookContext,
  ws: ExcelJS.Worksheet,
  p: PensionResult,
  start: number,
): void {
  const w = ctx.text.pension;
  const range = (c: number) =>
    absRange(c, pensionRow(ctx, ctx.firstYear), pensionRow(ctx, ctx.lastYear));
  let r = start;
  r++;
  writeTitle(ws, r++, w.depletionTitle);
  const depletion = setFormula(
    ws,
    r,
    1,
    `IF(COUNT(${range(PEN.belowZero)})=0,"${w.never}",MIN(${range(PEN.belowZero)}))`,
    FMT.year,
  );
  depletion.font = { bold: true };
  const explain = ws.getCell(r, 2);
  explain.value = w.depletionExplain(w.never, ctx.lastYear);
  styleCell(explain, 'plain');
  explain.font = { italic: true };
  if (p.reserveDepletionYear === null) {
    ctx.cells.push({
      sheet: ctx.sheets.pension,
      address: addr(1, r),
      path: ['pension', 'reserveDepletionYear'],
      expected: w.never,
    });
  } else result(ctx, ctx.sheets.pension, addr(1, r), ['pension', 'reserveDepletionYear']);
}

/** Years down: the projection, then the general average premiums and the year the reserve runs out. */
export function writePensionSheet(ctx: BookContext, p: PensionResult): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.pension)!;
  writePensionHeader(ctx, ws, p);
  p.years.forEach((t, k) => writePensionYear(ctx, ws, p, t, k));
  writeDepletion(ctx, ws, p, writePremiums(ctx, ws, p));
}
