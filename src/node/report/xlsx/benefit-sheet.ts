import { BASES, INDEXATIONS } from '#engine';
import { nameOf, result, tableRow, type BenefitPlan, type BookContext } from './context';
import { IN, inputRef } from './inputs-sheet';
import { addr, FMT, setFormula, setValue, writeHeader, type Column } from './layout';
import { factorRange, populationRange } from './population-sheets';
import { caseFormula, countsBirths, pointsFormula, rampFormula } from './vocabulary-formulas';

/** Columns of a benefit sheet (years down); the first five are the eligible-base block. */
export const BEN = {
  year: 1,
  base1: 2,
  base2: 3,
  weighted: 4,
  constant: 5,
  eligible: 6,
  coverage: 7,
  beneficiaries: 8,
  basis: 9,
  basisBase: 10,
  perBeneficiary: 11,
  expenditure: 12,
  nonWage: 13,
  admin: 14,
  cost: 15,
  pctGdp: 16,
  pctExpenditure: 17,
  costReal: 18,
  costUsd: 19,
} as const;

/** The result fields of the engine shown in each column. */
const RESULT_COLUMNS: [number, string][] = [
  [BEN.eligible, 'eligible'],
  [BEN.coverage, 'coverage'],
  [BEN.beneficiaries, 'beneficiaries'],
  [BEN.perBeneficiary, 'benefitPerBeneficiary'],
  [BEN.expenditure, 'expenditure'],
  [BEN.nonWage, 'nonWageCost'],
  [BEN.admin, 'admin'],
  [BEN.cost, 'cost'],
  [BEN.pctGdp, 'pctGdp'],
  [BEN.pctExpenditure, 'pctExpenditure'],
  [BEN.costReal, 'costReal'],
  [BEN.costUsd, 'costUsd'],
];

function baseHeaders(ctx: BookContext, b: BenefitPlan): [string, string, string] {
  const t = ctx.text.table;
  if (b.eligibleByFormula) return [t.eligibleBaseNone, '—', '—'];
  if (countsBirths(b)) return [t.births, t.mothersAges, t.mothersFactor];
  return [t.weightedFemale, t.weightedMale, t.weighted];
}

function columns(ctx: BookContext, b: BenefitPlan): Column[] {
  const cur = ctx.currency;
  const t = ctx.text.table;
  const [h1, h2, h3] = baseHeaders(ctx, b);
  return [
    { header: t.year, numFmt: FMT.year, width: 8 },
    { header: h1, numFmt: FMT.persons, block: true, note: t.eligibleBaseNote },
    { header: h2, numFmt: FMT.persons, block: true },
    { header: h3, numFmt: countsBirths(b) ? FMT.factor : FMT.persons, block: true },
    { header: t.constantFactors, numFmt: FMT.factor, block: true },
    {
      header: t.eligible,
      numFmt: FMT.persons,
      note: b.eligibleByFormula
        ? t.eligibleCustomNote(b.spec.formula?.eligible ?? '')
        : countsBirths(b)
          ? t.eligibleMaternityNote
          : t.eligibleNote,
    },
    {
      header: t.coverage,
      numFmt: FMT.pct,
      note: b.spec.coverage.byYear ? t.coverageByYearNote : t.coverageNote,
    },
    { header: t.beneficiaries, numFmt: FMT.persons, note: t.beneficiariesNote },
    { header: t.basis(cur), numFmt: FMT.amount },
    { header: t.basisBase(cur, ctx.y0), numFmt: FMT.amount },
    {
      header: t.perBeneficiary(cur),
      numFmt: FMT.amount,
      note: b.amountByFormula
        ? t.perBeneficiaryCustomNote(b.spec.formula?.perBeneficiary ?? '')
        : t.perBeneficiaryNote,
    },
    { header: t.expenditure(cur), numFmt: FMT.money, width: 18 },
    { header: t.nonWage(cur), numFmt: FMT.money, width: 16 },
    { header: t.admin(cur), numFmt: FMT.money, width: 16 },
    { header: t.cost(cur), numFmt: FMT.money, width: 18 },
    { header: t.pctGdp, numFmt: FMT.pct },
    { header: t.pctExpenditure, numFmt: FMT.pct },
    { header: t.costReal(cur, ctx.y0), numFmt: FMT.money, width: 18 },
    { header: t.costUsd, numFmt: FMT.money, width: 16 },
  ];
}

/** The basis per person per year, from the Inputs row of `year`. */
function basisFormula(ctx: BookContext, n: (p: string) => string, year: number): string {
  const at = (c: number) => inputRef(ctx, c, year);
  return caseFormula(n('basis'), BASES, {
    povertyLine: at(IN.povertyLine),
    gdpPerCapita: at(IN.gdpPerCapita),
    minimumWage: `${at(IN.minimumWage)}*12`,
    averageWage: `${at(IN.averageWage)}*12`,
    fixed: `${n('amount')}*12*${at(IN.priceIndex)}`,
  });
}

/**
 * One benefit, years down: the eligible base, coverage, beneficiaries, the amount and the costs, all as
 * formulas of the Inputs, Assumptions, Population and Eligibility factors sheets (methodology 2). A
 * custom formula's eligible persons or amount are the engine's values.
 */
export function writeBenefitSheet(ctx: BookContext, b: BenefitPlan): void {
  const ws = ctx.wb.getWorksheet(b.sheet)!;
  writeHeader(ws, 1, columns(ctx, b), { xSplit: 1 });
  const n = (p: string) => nameOf(ctx, `${b.key}.${p}`);
  const res = ctx.result.benefits[b.resultIndex]!;
  ctx.result.years.forEach((t, i) => {
    const r = tableRow(ctx, t);
    const here = (c: number) => addr(c, r);
    setValue(ws, r, BEN.year, t, 'plain', FMT.year);
    if (b.eligibleByFormula) {
      setValue(ws, r, BEN.eligible, res.eligible[i]!, 'engine', FMT.persons);
    } else {
      if (countsBirths(b)) {
        setFormula(ws, r, BEN.base1, inputRef(ctx, IN.births, t), FMT.persons);
        setFormula(ws, r, BEN.base2, inputRef(ctx, b.bandColumn!, t), FMT.persons);
        setFormula(
          ws,
          r,
          BEN.weighted,
          `IF(${here(BEN.base2)}>0,SUMPRODUCT(${populationRange(ctx, t, 'female')},${factorRange(ctx, b, 'female')})/${here(BEN.base2)},` +
            `SUM(${factorRange(ctx, b, 'female')})/(${n('age_to')}-${n('age_from')}+1))`,
          FMT.factor,
        );
      } else {
        setFormula(
          ws,
          r,
          BEN.base1,
          `SUMPRODUCT(${populationRange(ctx, t, 'female')},${factorRange(ctx, b, 'female')})`,
          FMT.persons,
        );
        setFormula(
          ws,
          r,
          BEN.base2,
          `SUMPRODUCT(${populationRange(ctx, t, 'male')},${factorRange(ctx, b, 'male')})`,
          FMT.persons,
        );
        setFormula(ws, r, BEN.weighted, `${here(BEN.base1)}+${here(BEN.base2)}`, FMT.persons);
      }
      setFormula(
        ws,
        r,
        BEN.constant,
        `${n('eligibility_share')}*(1-${n('exclusion_error')})*IF(${n('targeting')}="share",${n('targeting_share')},1)`,
        FMT.factor,
      );
      setFormula(
        ws,
        r,
        BEN.eligible,
        countsBirths(b)
          ? `${here(BEN.base1)}*${here(BEN.weighted)}*${here(BEN.constant)}`
          : `${here(BEN.weighted)}*${here(BEN.constant)}`,
        FMT.persons,
      );
    }
    const y = here(BEN.year);
    const byYear = b.spec.coverage.byYear;
    setFormula(
      ws,
      r,
      BEN.coverage,
      byYear
        ? pointsFormula(y, byYear, t)
        : rampFormula(y, {
            startYear: n('cov_start_year'),
            start: n('cov_start'),
            fullYear: n('cov_full_year'),
            full: n('cov_full'),
          }),
      FMT.pct,
    );
    setFormula(
      ws,
      r,
      BEN.beneficiaries,
      `${here(BEN.eligible)}*${here(BEN.coverage)}`,
      FMT.persons,
    );
    if (b.amountByFormula) {
      setValue(ws, r, BEN.perBeneficiary, res.benefitPerBeneficiary[i]!, 'engine', FMT.amount);
    } else {
      setFormula(ws, r, BEN.basis, basisFormula(ctx, n, t), FMT.amount);
      setFormula(ws, r, BEN.basisBase, basisFormula(ctx, n, ctx.y0), FMT.amount);
      const scale = `(${n('benefit_share')}*${n('months')})/12`;
      setFormula(
        ws,
        r,
        BEN.perBeneficiary,
        caseFormula(n('indexation'), INDEXATIONS, {
          basis: `${scale}*${here(BEN.basis)}`,
          prices: `${scale}*${here(BEN.basisBase)}*${inputRef(ctx, IN.priceIndex, t)}`,
          wages: `${scale}*${here(BEN.basisBase)}*${inputRef(ctx, IN.wageIndex, t)}`,
          none: `${scale}*${here(BEN.basisBase)}`,
        }),
        FMT.amount,
      );
    }
    const x = here(BEN.expenditure);
    const c = here(BEN.cost);
    setFormula(
      ws,
      r,
      BEN.expenditure,
      `${here(BEN.beneficiaries)}*${here(BEN.perBeneficiary)}`,
      FMT.money,
    );
    setFormula(ws, r, BEN.nonWage, `${n('nonwage_rate')}*${x}`, FMT.money);
    setFormula(ws, r, BEN.admin, `${n('admin_rate')}*${x}`, FMT.money);
    setFormula(ws, r, BEN.cost, `${x}+${here(BEN.nonWage)}+${here(BEN.admin)}`, FMT.money);
    setFormula(ws, r, BEN.pctGdp, `${c}/${inputRef(ctx, IN.gdp, t)}`, FMT.pct);
    setFormula(ws, r, BEN.pctExpenditure, `${c}/${inputRef(ctx, IN.expenditure, t)}`, FMT.pct);
    setFormula(ws, r, BEN.costReal, `${c}/${inputRef(ctx, IN.priceIndex, t)}`, FMT.money);
    setFormula(ws, r, BEN.costUsd, `${c}/${inputRef(ctx, IN.fx, t)}`, FMT.money);
    for (const [column, field] of RESULT_COLUMNS) {
      result(ctx, b.sheet, addr(column, r), ['benefits', b.resultIndex, field, i]);
    }
  });
}
