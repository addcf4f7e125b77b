import { AGES, CELLS, FEMALE, MALE, RATE_NAMES, type RateName } from '#engine';
import { nameOf, type BenefitPlan, type BookContext } from './context';
import { colRange, FMT, ref, setFormula, setValue, writeHeader, type Column } from './layout';
import { prevalenceFormula } from './vocabulary-formulas';

/** Population sheet: sex and age down (female 0..100, then male 0..100), years across from the base year. */
export const POP_FIRST_ROW = 2;
export const POP_FEMALE_ROWS: [number, number] = [POP_FIRST_ROW, POP_FIRST_ROW + AGES - 1];
export const POP_MALE_ROWS: [number, number] = [POP_FIRST_ROW + AGES, POP_FIRST_ROW + 2 * AGES - 1];
const POP_FIRST_YEAR_COLUMN = 3;

export function populationColumn(ctx: BookContext, year: number): number {
  return POP_FIRST_YEAR_COLUMN + (year - ctx.y0);
}

/** A column of the population of one sex in one year, as an absolute-row range. */
export function populationRange(ctx: BookContext, year: number, sex: 'female' | 'male'): string {
  const [r0, r1] = sex === 'female' ? POP_FEMALE_ROWS : POP_MALE_ROWS;
  return colRange(ctx.sheets.population, populationColumn(ctx, year), r0, r1);
}

/** Ages in column B of the Population sheet for one sex, for SUMIFS. */
export function populationAgeRange(ctx: BookContext, sex: 'female' | 'male'): string {
  const [r0, r1] = sex === 'female' ? POP_FEMALE_ROWS : POP_MALE_ROWS;
  return colRange(ctx.sheets.population, 2, r0, r1);
}

export function writePopulationSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.population)!;
  const years: number[] = [];
  for (let t = ctx.y0; t <= ctx.lastYear; t++) years.push(t);
  const columns: Column[] = [
    { header: ctx.text.data.sex, width: 9 },
    { header: ctx.text.data.age, width: 12 },
    ...years.map((t) => ({
      header: ctx.text.data.populationYear(t),
      numFmt: FMT.persons,
      width: 13,
    })),
  ];
  writeHeader(ws, 1, columns, { xSplit: 2 }, 0);
  const m = ctx.model;
  for (const [sex, offset, r0] of [
    ['female', FEMALE, POP_FEMALE_ROWS[0]],
    ['male', MALE, POP_MALE_ROWS[0]],
  ] as const) {
    for (let a = 0; a < AGES; a++) {
      const row = r0 + a;
      setValue(ws, row, 1, ctx.text.data[sex], 'data');
      setValue(ws, row, 2, a, 'data', FMT.integer);
      years.forEach((t) => {
        const k = t - ctx.y0;
        setValue(
          ws,
          row,
          populationColumn(ctx, t),
          m.population[k * CELLS + offset + a]!,
          'data',
          FMT.persons,
        );
      });
    }
  }
}

/** Rates by age (ages down, 0..100), one column per rate and sex, as the engine resolves them. */
export const RATE_ORDER: readonly RateName[] = RATE_NAMES;

const AGE_FIRST_ROW = 2;

export function rateColumn(rate: RateName, sex: 'female' | 'male'): number {
  return 2 + 2 * RATE_ORDER.indexOf(rate) + (sex === 'male' ? 1 : 0);
}

export function writeRatesSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.rates)!;
  const d = ctx.text.data;
  const columns: Column[] = [{ header: d.age, width: 12 }];
  for (const rate of RATE_ORDER) {
    const given = ctx.model.ratesGiven.has(rate);
    for (const sex of ['female', 'male'] as const) {
      columns.push({
        header: d.rate(d.rates[rate], d[sex], given),
        numFmt: FMT.factor,
        width: 16,
        note: ctx.text.notes.rateNote(`rates.${rate}`),
      });
    }
  }
  writeHeader(ws, 1, columns, { xSplit: 1 }, 0);
  for (let a = 0; a < AGES; a++) {
    const row = AGE_FIRST_ROW + a;
    setValue(ws, row, 1, a, 'data', FMT.integer);
    for (const rate of RATE_ORDER) {
      const r = ctx.model.rates[rate];
      setValue(ws, row, rateColumn(rate, 'female'), r[FEMALE + a]!, 'data', FMT.factor);
      setValue(ws, row, rateColumn(rate, 'male'), r[MALE + a]!, 'data', FMT.factor);
    }
  }
}

/** Assigns each benefit with a computed eligible population its two factor columns. */
export function planFactorColumns(benefits: BenefitPlan[]): void {
  let next = 2;
  for (const b of benefits) {
    if (b.eligibleByFormula) continue;
    b.factorColumns = [next, next + 1];
    next += 2;
  }
}

/** The factor column of one sex, rows for ages 0..100, absolute. */
export function factorRange(ctx: BookContext, b: BenefitPlan, sex: 'female' | 'male'): string {
  const c = b.factorColumns![sex === 'female' ? 0 : 1];
  return colRange(ctx.sheets.factors, c, AGE_FIRST_ROW, AGE_FIRST_ROW + AGES - 1);
}

/**
 * Eligibility factors by age and sex, as formulas of the Assumptions (ages, sex, targeting, pension
 * test, prevalence) and the Rates sheet: F = in ages and sex x poverty x (1 - pension coverage) x
 * prevalence. The constant factors (eligibility share, exclusion error, targeting share) are applied on
 * each benefit sheet, so they stay visible there.
 */
export function writeFactorsSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.factors)!;
  const d = ctx.text.data;
  const columns: Column[] = [{ header: d.age, width: 12 }];
  for (const b of ctx.benefits) {
    if (!b.factorColumns) continue;
    for (const sex of ['female', 'male'] as const) {
      columns[b.factorColumns[sex === 'female' ? 0 : 1] - 1] = {
        header: d.factor(b.spec.id, d[sex]),
        numFmt: FMT.factor,
        width: 16,
      };
    }
  }
  writeHeader(ws, 1, columns, { xSplit: 1 }, 0);
  for (let a = 0; a < AGES; a++) {
    const row = AGE_FIRST_ROW + a;
    setValue(ws, row, 1, a, 'data', FMT.integer);
    for (const b of ctx.benefits) {
      if (!b.factorColumns) continue;
      const n = (p: string) => nameOf(ctx, `${b.key}.${p}`);
      for (const sex of ['female', 'male'] as const) {
        const other = sex === 'female' ? 'male' : 'female';
        const rate = (r: RateName) => ref(ctx.sheets.rates, rateColumn(r, sex), row);
        const prevalence = prevalenceFormula(n('prevalence'), rate);
        const formula =
          `IF(AND($A${row}>=${n('age_from')},$A${row}<=${n('age_to')},${n('sex')}<>"${other}"),` +
          `IF(${n('targeting')}="poverty",${rate('poverty')},1)*` +
          `IF(${n('pension_test')}="yes",1-${rate('pensionCoverage')},1)*${prevalence},0)`;
        setFormula(ws, row, b.factorColumns[sex === 'female' ? 0 : 1], formula, FMT.factor);
      }
    }
  }
}
