/**
 * The workbook recomputes like the engine: each workbook is written with exceljs (formulas, no cached
 * values), recalculated by LibreOffice headless (all in one soffice run) and read back; every result
 * cell must equal the engine's number to 1e-9 relative (1e-6 absolute near zero). Then inputs are changed
 * in the workbook and the recomputed results must equal the engine run with the same changes.
 *
 * Needs LibreOffice: without soffice these tests fail with the command that installs it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import JSZip from 'jszip';
import {
  buildCostingWorkbook,
  costingWorkbookBytes,
  type ResultCell,
} from '../../src/node/report/xlsx/workbook';
import type { BenefitSpec, Scenario, SensitivityResult } from '#engine';
import { hasHowSure, reportHowSure, type HowSure } from '../../src/contract/report';
import { recalcProfile, recalculate } from '../helpers/libreoffice';
import { sharedPath } from '../helpers/shared-spec';
import {
  longRunScenarioFile,
  costed,
  costInline,
  emptyScenarioFile,
  fullScenarioFile,
  FULL_ASSUMPTIONS,
  pensionPathsScenarioFile,
  pensionScenarioFile,
  variantScenarioFile,
  type Costed,
} from './scenarios';
import {
  compareCachedResults,
  compareWithEngine,
  formulaCount,
  formulaErrors,
  readWorkbook,
  shown,
  withInputs,
} from './workbook-check';

const TIMEOUT = 120_000;
/** LibreOffice recomputes a few files per run: each run must end within the helper's 110 s. */
const FILES_PER_RUN = 3;
const SETUP_TIMEOUT = 600_000;
const DATE = new Date('2026-01-15T00:00:00Z');

type Lang = 'en' | 'fr' | 'es';

interface Case {
  costed: Costed;
  cells: ResultCell[];
  bytes: Buffer;
  lang: Lang;
  /** The engine's tornado and bands for the case's scenario (the Sensitivity and Percentiles sheets). */
  howSure: HowSure;
  /** The case whose workbook was edited to make this one: its engine values stay on those sheets. */
  editedFrom?: string;
}

function howSureOf(c: Costed, lang: Lang): HowSure {
  const part = reportHowSure(c.scenario, c.country, { lang });
  if (!hasHowSure(part)) throw new Error(part.note);
  return part;
}

function build(c: Costed, lang: Lang, howSure: HowSure) {
  return buildCostingWorkbook(c.scenario, c.country, c.result, {
    date: DATE,
    pension: c.pension,
    lang,
    howSure,
  });
}

function workbookCase(costed: Costed, lang: Lang = 'en'): Case {
  const howSure = howSureOf(costed, lang);
  return {
    costed,
    cells: build(costed, lang, howSure).cells,
    bytes: Buffer.alloc(0),
    lang,
    howSure,
  };
}

async function written(c: Case): Promise<Case> {
  return { ...c, bytes: await costingWorkbookBytes(build(c.costed, c.lang, c.howSure)) };
}

/** The Sensitivity sheet's rows by the input's name (column B), from row 8 down. */
function sensitivityRows(ws: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  for (let row = 8; typeof ws.getCell(row, 2).value === 'string'; row++) {
    rows.set(ws.getCell(row, 2).value as string, row);
  }
  return rows;
}

/** Sets tornado ends (low and high values, columns D and E) on the Sensitivity sheet. */
async function withTornadoValues(
  bytes: Buffer,
  values: Record<string, { low?: number; high?: number }>,
): Promise<Buffer> {
  const wb = await readWorkbook(bytes);
  const ws = wb.getWorksheet('Sensitivity')!;
  const rows = sensitivityRows(ws);
  for (const [name, v] of Object.entries(values)) {
    const row = rows.get(name)!;
    if (v.low !== undefined) ws.getCell(row, 4).value = v.low;
    if (v.high !== undefined) ws.getCell(row, 5).value = v.high;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * What an edited workbook's Sensitivity and Percentiles sheets must show: its rows stay in the
 * original's order; a live row (a formula) follows the edit, so it equals the engine's entry of the
 * same input for the edited scenario; an engine value and the bands stay the original's.
 */
function afterEdit(from: string, after: Case): HowSure {
  const before = cases.get(from)!;
  const ws = recalculated.get(from)!.getWorksheet('Sensitivity')!;
  const edited = new Map(after.howSure.sensitivity.inputs.map((e) => [e.name, e]));
  const original = before.howSure.sensitivity;
  const inputs = original.inputs.map((e, j) => {
    const live = ws.getCell(8 + j, 6).type === ExcelJS.ValueType.Formula;
    return live ? edited.get(e.name)! : e;
  });
  const sensitivity: SensitivityResult = { ...original, inputs };
  return { sensitivity, uncertainty: before.howSure.uncertainty };
}

/** A scenario with some benefits changed, costed by the engine on the same country. */
function changed(
  c: Costed,
  edit: (b: BenefitSpec) => BenefitSpec,
  more: (s: Scenario) => Scenario = (s) => s,
): Costed {
  const scenario = more({ ...c.scenario, benefits: c.scenario.benefits.map(edit) });
  return costed(scenario, c.country);
}

const dir = mkdtempSync(join(tmpdir(), 'spf-xlsx-recalc-'));
const recalculated = new Map<string, ExcelJS.Workbook>();
const cases = new Map<string, Case>();
let workedMissing: Error | undefined;

/** Edits made in the workbooks, and the same edits made to the scenarios for the engine. */
const DEFAULT_EDIT = { b_child_benefit_share: 0.5 };
const FULL_EDITS = {
  b_orphan_targeting: 'universal',
  b_disability_f_basis: 'minimumWage',
  b_disability_f_indexation: 'prices',
  b_oldAge_pension_test: 'no',
  b_maternity_targeting_share: 0.8,
  b_employment_nonwage_rate: 0.1,
  b_child_cov_full_year: 2030,
  b_child_age_to: 14,
  fin_tax_full: 0.02,
  fin_borrowing_option: 'tax',
  interest_rate: 0.08,
  debt_ceiling: 0.7,
  crisis_cash_amount: 450,
  crisis_child_top_share: 1,
};
/**
 * Tornado ends edited on the Sensitivity sheet of the default workbook: each is a live formula there,
 * and the engine given the same ranges in the scenario's uncertainty block must agree.
 */
const TORNADO_EDIT = {
  'level.child': { low: 0.8, high: 1.3 },
  'coverage.oldAge': { high: 1.4 },
  povertyLine: { low: 0.7 },
  administration: { high: 2 },
};
const TORNADO_EDIT_SETTINGS = {
  spread: 1,
  gapThreshold: 0,
  inputs: Object.fromEntries(
    Object.entries(TORNADO_EDIT).map(([name, range]) => [name, { ...range, enabled: true }]),
  ),
};

/** The pension scheme's contribution rate 8% -> 4%: the reserve now runs out. */
const PENSION_RATE_EDIT = { pension_contribution_rate: 0.04 };
/** Administration, initial reserve, target reserve and the end of the first premium period. */
const PENSION_PATHS_EDITS = {
  pension_admin_contributions: 0.02,
  pension_admin_benefits: 0.05,
  pension_initial_reserve: 5e11,
  pension_target_reserve_ratio: 0.5,
  pension_premium_to_1: 2045,
};
/** The return on the reserve given by year: its yellow cells on the Pension scheme sheet (2025, 2026). */
const PENSION_PATHS_RETURN = { C5: 0.03, C6: 0.045 };

/** Sets cells of the Pension scheme sheet by address in a written workbook. */
async function withPensionCells(bytes: Buffer, cells: Record<string, number>): Promise<Buffer> {
  const wb = await readWorkbook(bytes);
  const ws = wb.getWorksheet('Pension scheme')!;
  for (const [address, value] of Object.entries(cells)) {
    // Only the yellow values of a list may be edited so: never overwrite a formula.
    if (typeof ws.getCell(address).value !== 'number') throw new Error(`${address} is no value`);
    ws.getCell(address).value = value;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The default package with the child benefit's coverage given year by year (coverage.byYear):
 * 10% in 2026, 70% in 2028, 95% from 2031, linear between. The ramp fields summarise the points.
 */
function byYearCase(c: Costed): Costed {
  const byYear = [
    { year: 2026, rate: 0.1 },
    { year: 2028, rate: 0.7 },
    { year: 2031, rate: 0.95 },
  ];
  const coverage = { startYear: 2026, start: 0.1, fullYear: 2031, full: 0.95, byYear };
  return changed(c, (b) => (b.id === 'child' ? { ...b, coverage } : b));
}

beforeAll(async () => {
  const list: [string, Costed][] = [];
  try {
    const worked = costInline(
      JSON.parse(readFileSync(sharedPath('spec/examples/worked-example.scenario.json'), 'utf8')),
    );
    list.push(['worked', worked]);
  } catch (e) {
    workedMissing = e as Error;
  }
  const training = trainingCountry();
  const def = defaultScenario();
  const defaultCase = costed(def, training);
  list.push(
    ['default', defaultCase],
    ['by-year', byYearCase(defaultCase)],
    ['full', costInline(fullScenarioFile())],
    ['full-assumptions', costInline(fullScenarioFile(FULL_ASSUMPTIONS))],
    ['full-long-run', costInline(longRunScenarioFile())],
    ['variant', costInline(variantScenarioFile())],
    ['empty', costInline(emptyScenarioFile())],
    ['pension', costInline(pensionScenarioFile())],
    ['pension-paths', costInline(pensionPathsScenarioFile())],
  );
  for (const [name, c] of list) cases.set(name, await written(workbookCase(c)));
  // The same workbooks in French and Spanish: their words ("oui", "nunca") are formula results too.
  cases.set('full-fr', await written(workbookCase(cases.get('full')!.costed, 'fr')));
  cases.set('pension-es', await written(workbookCase(cases.get('pension')!.costed, 'es')));

  // The edited workbooks: the inputs changed with exceljs in the written file, before LibreOffice runs.
  const edits: [string, string, Record<string, number | string>, Costed][] = [
    [
      'default-share',
      'default',
      DEFAULT_EDIT,
      changed(defaultCase, (b) =>
        b.id === 'child' ? { ...b, benefit: { ...b.benefit, share: 0.5 } } : b,
      ),
    ],
    [
      'full-edited',
      'full',
      FULL_EDITS,
      changed(
        cases.get('full')!.costed,
        (b) => {
          switch (b.id) {
            case 'orphan':
              return { ...b, eligibility: { ...b.eligibility, targeting: null } };
            case 'disability-f':
              return {
                ...b,
                benefit: { ...b.benefit, basis: 'minimumWage', indexation: 'prices' },
              };
            case 'oldAge':
              return { ...b, eligibility: { ...b.eligibility, pensionTested: false } };
            case 'maternity':
              return { ...b, eligibility: { ...b.eligibility, targeting: 0.8 } };
            case 'employment':
              return { ...b, benefit: { ...b.benefit, nonWageCostRate: 0.1 } };
            case 'child':
              return { ...b, ages: [0, 14], coverage: { ...b.coverage, fullYear: 2030 } };
            default:
              return b;
          }
        },
        (s) => ({
          ...s,
          financing: s.financing.map((o) =>
            o.option === 'tax'
              ? { ...o, full: 0.02 }
              : o.option === 'borrowing'
                ? { ...o, option: 'tax' }
                : o,
          ),
          fiscal: { ...s.fiscal, interestRate: 0.08, debtCeilingPctGdp: 0.7 },
          crisis: s.crisis.map((m) =>
            m.id === 'cash' && m.kind === 'transfer'
              ? { ...m, amountPerMonth: 450 }
              : m.id === 'child-top' && m.kind === 'topUp'
                ? { ...m, share: 1 }
                : m,
          ),
        }),
      ),
    ],
  ];
  edits.push(
    [
      'pension-rate',
      'pension',
      PENSION_RATE_EDIT,
      costInline(pensionScenarioFile({ contributionRate: 0.04 })),
    ],
    [
      'pension-paths-edited',
      'pension-paths',
      PENSION_PATHS_EDITS,
      costInline(
        pensionPathsScenarioFile({
          interestRate: [PENSION_PATHS_RETURN.C5, PENSION_PATHS_RETURN.C6],
          administration: { shareOfContributions: 0.02, shareOfBenefits: 0.05 },
          initial: { reserve: 5e11 },
          premium: { toYears: [2045, 2060], targetReserveRatio: 0.5 },
        }),
      ),
    ],
  );
  for (const [name, from, inputs, edited] of edits) {
    const base = cases.get(from)!;
    let bytes = await withInputs(base.bytes, inputs);
    if (name === 'pension-paths-edited')
      bytes = await withPensionCells(bytes, PENSION_PATHS_RETURN);
    cases.set(name, { ...workbookCase(edited), bytes, editedFrom: from });
  }
  // Tornado ends changed on the Sensitivity sheet, and the same ranges set in the scenario.
  const defaultWritten = cases.get('default')!;
  cases.set('default-tornado', {
    ...workbookCase(
      costed(
        { ...defaultWritten.costed.scenario, uncertainty: TORNADO_EDIT_SETTINGS },
        defaultWritten.costed.country,
      ),
    ),
    bytes: await withTornadoValues(defaultWritten.bytes, TORNADO_EDIT),
    editedFrom: 'default',
  });

  const files = [...cases.entries()].map(([name, c]) => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, c.bytes);
    return file;
  });
  const profile = recalcProfile();
  const outputs: string[] = [];
  try {
    for (let i = 0; i < files.length; i += FILES_PER_RUN) {
      const batch = files.slice(i, i + FILES_PER_RUN);
      outputs.push(...recalculate(batch, join(dir, 'recalculated'), profile));
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const names = [...cases.keys()];
  for (let i = 0; i < names.length; i++)
    recalculated.set(names[i]!, await readWorkbook(outputs[i]!));
}, SETUP_TIMEOUT);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(name: string): { compared: number; maxRelative: number } {
  const c = cases.get(name)!;
  const wb = recalculated.get(name)!;
  const more = c.editedFrom ? afterEdit(c.editedFrom, c) : c.howSure;
  const r = compareWithEngine(wb, c.cells, c.costed.result, c.costed.pension, more);
  expect(
    r.mismatches.slice(0, 20),
    `${name}: ${r.mismatches.length} of ${r.compared} cells differ`,
  ).toEqual([]);
  expect(formulaErrors(wb)).toEqual([]);
  // Printed for the record (docs/reports.md quotes these numbers).
  console.log(
    `${name}: ${r.compared} result cells equal the engine (max relative error ${r.maxRelative.toExponential(2)}); ${formulaCount(wb)} formulas`,
  );
  return r;
}

describe('the exported workbook, recomputed by LibreOffice, equals the engine', () => {
  it(
    'the worked example of the spec (methodology 8)',
    () => {
      if (workedMissing) throw workedMissing;
      const r = check('worked');
      expect(r.compared).toBeGreaterThan(150);
      // 2026: child cost 37,223,550,000 (1.7044% of GDP); old age 42,064,738,560; gap 74,920,288,560.
      const wb = recalculated.get('worked')!;
      // The benefit sheets are named by the benefits' labels (the kinds' names without a label).
      const sheets = cases
        .get('worked')!
        .cells.filter((x) => ['benefits.0.cost.1', 'benefits.1.cost.1'].includes(x.path.join('.')))
        .map((x) => x.sheet);
      expect(sheets.sort()).toEqual(['Child benefit', 'Old-age pension', 'Package', 'Package']);
      expect(shown(wb.getWorksheet('Child benefit')!.getCell('O3'))).toBeCloseTo(37_223_550_000, 2);
      expect(shown(wb.getWorksheet('Old-age pension')!.getCell('O3'))).toBeCloseTo(
        42_064_738_560,
        2,
      );
    },
    TIMEOUT,
  );

  it("the tornado's live rows equal the engine's sensitivity to 1e-12 relative", () => {
    for (const name of [
      'default',
      'by-year',
      'full',
      'full-assumptions',
      'variant',
      'pension',
      'full-fr',
    ]) {
      const c = cases.get(name)!;
      const wb = recalculated.get(name)!;
      const inputs = c.howSure.sensitivity.inputs;
      let live = 0;
      for (const x of c.cells.filter((cell) => cell.path[0] === 'sensitivity')) {
        const cell = wb.getWorksheet(x.sheet)!.getCell(x.address);
        if (cell.type !== ExcelJS.ValueType.Formula) continue;
        live++;
        const [, , j, end] = x.path as ['sensitivity', 'inputs', number, 'low' | 'high'];
        const want = inputs[j]![end];
        expect(
          Math.abs((shown(cell) as number) - want),
          `${name}: ${inputs[j]!.name} ${end}`,
        ).toBeLessThanOrEqual(1e-12 * Math.abs(want));
      }
      // Every scenario here has benefit levels or take-up to write as formulas.
      expect(live, name).toBeGreaterThan(4);
    }
  });

  it('the default scenario on the training country', () => {
    expect(check('default').compared).toBeGreaterThan(5000);
  });

  it('coverage given year by year (coverage.byYear): each row a formula between the two points around it', () => {
    expect(check('by-year').compared).toBeGreaterThan(5000);
    // Child coverage: 2027 is halfway from 10% (2026) to 70% (2028): 40%; 2030 is 2/3 of the way
    // from 70% (2028) to 95% (2031): 0.7 + 0.25 × 2/3 = 0.8666…; from 2031 on, 95%.
    const coverage = cases.get('by-year')!.costed.result.benefits[0]!.coverage;
    expect(coverage[2]).toBeCloseTo(0.4, 12);
    expect(coverage[5]).toBeCloseTo(0.7 + 0.25 * (2 / 3), 12);
    expect(coverage[6]).toBe(0.95);
  });

  it('every basis, indexation, targeting, prevalence, maternity, custom formulas, every financing option, debt ceiling and crisis kind', () => {
    const c = cases.get('full')!;
    expect(c.costed.result.financing.debt.firstYearAboveCeiling).toBe(2027);
    expect(c.costed.result.crisis.measures).toHaveLength(5);
    check('full');
    const above = recalculated.get('full')!.getWorksheet('Fiscal space')!;
    const flags = c.cells.filter((x) => x.sheet === 'Fiscal space' && x.expected !== undefined);
    expect(flags.map((f) => shown(above.getCell(f.address)) ?? '')).toEqual([
      '',
      'yes',
      'yes',
      'yes',
      'yes',
    ]);
  });

  it('the same with macro assumptions replacing the data (GDP rebuilt, lists held, constants)', () => {
    check('full-assumptions');
  });

  it("the country's long-run paths, the exchange rate by relative inflation and the national poverty line", () => {
    const c = cases.get('full-long-run')!;
    // The data end in 2027; in 2030 fx = fx[2029] x (1 + 8% long-run inflation) / (1 + 2.5%).
    const fx = c.costed.result.baseline.fxPerUsd;
    expect(fx[fx.length - 1]! / fx[fx.length - 2]!).toBeCloseTo(1.08 / 1.025, 12);
    check('full-long-run');
  });

  it('a demographic variant: the projected population the engine costs', () => {
    const c = cases.get('variant')!;
    // The variant halves fertility: fewer births than the country's 5,000 a year.
    expect(c.costed.result.baseline.births[5]!).toBeLessThan(5000);
    check('variant');
  });

  it('an empty package with a financing option', () => {
    expect(check('empty').compared).toBeGreaterThan(50);
  });

  it('a contributory pension scheme on the projected population: every series, premium and the reserve', () => {
    const c = cases.get('pension')!;
    const p = c.costed.pension!;
    expect(p.projectedPopulation).toBe(true);
    expect(p.reserveDepletionYear).toBeNull();
    const pensionCells = c.cells.filter((x) => x.sheet === 'Pension scheme');
    // 50 years x 35 series, 3 premiums x 5 numbers and the year the reserve runs out ("never").
    expect(pensionCells).toHaveLength(50 * 35 + 3 * 5 + 1);
    check('pension');
    const ws = recalculated.get('pension')!.getWorksheet('Pension scheme')!;
    const never = pensionCells.find((x) => x.path[1] === 'reserveDepletionYear')!;
    expect(shown(ws.getCell(never.address))).toBe('never');
  });

  it('a pension scheme with rates by year, no initial reserve and a reserve that runs out', () => {
    const c = cases.get('pension-paths')!;
    expect(c.costed.pension!.reserveDepletionYear).toBe(2025);
    check('pension-paths');
  });

  it('the same workbooks in French and Spanish: same numbers, and the words formulas write in the language', () => {
    check('full-fr');
    check('pension-es');
    // 2027 is the year public debt passes the ceiling (the engine's warning): "oui" on Fiscal space.
    const fiscal = cases.get('full-fr')!.cells.filter((x) => x.sheet === 'Espace budgétaire');
    const above = fiscal.filter((x) => x.expected === 'oui');
    expect(above.length).toBeGreaterThan(0);
    const ws = recalculated.get('full-fr')!.getWorksheet('Espace budgétaire')!;
    for (const x of above) expect(shown(ws.getCell(x.address))).toBe('oui');
    const pension = cases.get('pension-es')!.cells;
    const never = pension.find((x) => x.path[1] === 'reserveDepletionYear')!;
    const es = recalculated.get('pension-es')!.getWorksheet('Régimen de pensiones')!;
    expect(shown(es.getCell(never.address))).toBe('nunca');
  });
});

describe('changing inputs in the workbook changes the results as the engine would', () => {
  it('child benefit share 0.25 -> 0.5 on the Assumptions sheet', () => {
    const before = cases.get('default')!;
    const after = cases.get('default-share')!;
    // Same layout: the result cells of the changed scenario are where the original's are.
    expect(after.cells.map((c) => c.address)).toEqual(before.cells.map((c) => c.address));
    check('default-share');
    const i = after.costed.result.years.indexOf(2035);
    expect(after.costed.result.benefits[0]!.cost[i]).toBeCloseTo(
      2 * before.costed.result.benefits[0]!.cost[i]!,
      0,
    );
  });

  it('tornado ends on the Sensitivity sheet: the live rows follow as the engine with the same ranges', () => {
    const after = cases.get('default-tornado')!;
    check('default-tornado');
    const ws = recalculated.get('default-tornado')!.getWorksheet('Sensitivity')!;
    const rows = sensitivityRows(ws);
    // Live rows: each benefit's level and take-up (7 benefits, none by a custom formula),
    // administration, the poverty line and the minimum wage (every benefit on them indexed on them).
    const live = [...rows.values()].filter(
      (r) => ws.getCell(r, 6).type === ExcelJS.ValueType.Formula,
    );
    expect(live.length).toBe(2 * 7 + 3);
    expect(after.howSure.sensitivity.year).toBe(2030);
    // By hand, in 2030 (the first year of full coverage): GDP 11,479,747,555,596; package cost
    // 1,016,442,336,166.75; child benefit 262,842,334,920.93; the five benefits paid as a share of
    // the poverty line 634,683,317,256.42; administration 48,402,016,007.94.
    const at = (name: string, column: number) =>
      shown(ws.getCell(rows.get(name)!, column)) as number;
    // Child benefit level 130%: (1,016,442,336,166.75 + 0.3 x 262,842,334,920.93) / GDP = 9.5411%.
    expect(at('level.child', 7)).toBeCloseTo(0.09541107340022532, 15);
    // Poverty line 70%: (1,016,442,336,166.75 - 0.3 x 634,683,317,256.42) / GDP = 7.1956%.
    expect(at('povertyLine', 6)).toBeCloseTo(0.0719560545203065, 15);
    // Administration doubled: (1,016,442,336,166.75 + 48,402,016,007.94) / GDP = 9.2759%.
    expect(at('administration', 7)).toBeCloseTo(0.09275851642361353, 15);
    // Old-age take-up 140%: the ramp is already at 100% in 2030 and stays there: the base, 8.8542%.
    expect(at('coverage.oldAge', 7)).toBeCloseTo(0.08854222022254019, 15);
  });

  it('targeting, basis, indexation, pension test, ages, coverage, a financing option and its role, interest, ceiling and crisis inputs', () => {
    const before = cases.get('full')!;
    const after = cases.get('full-edited')!;
    expect(after.cells.map((c) => c.address)).toEqual(before.cells.map((c) => c.address));
    expect(after.costed.result.total.cost).not.toEqual(before.costed.result.total.cost);
    expect(after.costed.result.financing.debt.firstYearAboveCeiling).toBeNull();
    check('full-edited');
  });

  it('the pension contribution rate 8% -> 4%: reserve, PAYG cost rate, premiums and the year the reserve runs out', () => {
    const before = cases.get('pension')!;
    const after = cases.get('pension-rate')!;
    expect(after.cells.map((c) => c.address)).toEqual(before.cells.map((c) => c.address));
    const [p0, p1] = [before.costed.pension!, after.costed.pension!];
    // The engine with 4%: the reserve runs out, and the PAYG cost rate falls with the administration
    // of the smaller contributions; the premiums do not depend on the rate.
    expect(p0.reserveDepletionYear).toBeNull();
    expect(p1.reserveDepletionYear).not.toBeNull();
    expect(p1.indicators.paygCostRate[10]).toBeLessThan(p0.indicators.paygCostRate[10]!);
    expect(p1.generalAveragePremiums.map((g) => g.premium)).toEqual(
      p0.generalAveragePremiums.map((g) => g.premium),
    );
    const r = check('pension-rate');
    expect(r.compared).toBe(after.cells.length);
    // The workbook recomputed with 4% shows the engine's reserve, PAYG cost rate, premium and year.
    const ws = recalculated.get('pension-rate')!.getWorksheet('Pension scheme')!;
    const cell = (...path: (string | number)[]) =>
      shown(
        ws.getCell(
          after.cells.find((x) => x.path.join('.') === ['pension', ...path].join('.'))!.address,
        ),
      ) as number;
    const last = p1.years.length - 1;
    const close = (got: number, want: number) =>
      expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want));
    close(cell('finances', 'reserve', last), p1.finances.reserve[last]!);
    close(cell('indicators', 'paygCostRate', last), p1.indicators.paygCostRate[last]!);
    close(cell('generalAveragePremiums', 2, 'premium'), p1.generalAveragePremiums[2]!.premium);
    expect(cell('reserveDepletionYear')).toBe(p1.reserveDepletionYear);
  });

  it('the pension administration, initial reserve, target reserve, premium period and return by year', () => {
    const before = cases.get('pension-paths')!;
    const after = cases.get('pension-paths-edited')!;
    expect(after.cells.map((c) => c.address)).toEqual(before.cells.map((c) => c.address));
    const [p0, p1] = [before.costed.pension!, after.costed.pension!];
    expect(p1.generalAveragePremiums[0]!.to).toBe(2045);
    expect(p1.generalAveragePremiums[1]!.premium).not.toBeCloseTo(
      p0.generalAveragePremiums[1]!.premium,
      6,
    );
    expect(p1.reserveDepletionYear).toBeGreaterThan(p0.reserveDepletionYear!);
    check('pension-paths-edited');
  });
});

describe('the cached results written with the formulas equal LibreOffice’s recalculation', () => {
  // Every formula cell of the exported file (before any edit) against the same cell recomputed.
  for (const name of [
    'worked',
    'default',
    'full',
    'full-assumptions',
    'variant',
    'empty',
    'pension',
    'pension-paths',
    'full-fr',
    'pension-es',
  ]) {
    it(name, async () => {
      if (name === 'worked' && workedMissing) throw workedMissing;
      const written = await readWorkbook(cases.get(name)!.bytes);
      const r = compareCachedResults(written, recalculated.get(name)!);
      expect(
        r.mismatches.slice(0, 20),
        `${name}: ${r.mismatches.length} of ${r.compared} differ`,
      ).toEqual([]);
      expect(r.compared).toBe(formulaCount(written));
      // JavaScript and LibreOffice add and multiply the same doubles: they agree to rounding.
      expect(r.maxRelative).toBeLessThan(1e-13);
      console.log(
        `${name}: ${r.compared} cached results equal LibreOffice's (max relative ${r.maxRelative.toExponential(2)})`,
      );
    });
  }
});

describe('the charts survive LibreOffice', () => {
  it('a workbook saved again by LibreOffice still has the three charts on the Package and Fiscal space ranges', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'recalculated', 'full.xlsx')));
    const charts = zip.file(/^xl\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(3);
    const refs = await Promise.all(
      charts.map(async (f) =>
        [...(await f.async('string')).replace(/&apos;/g, "'").matchAll(/<c:f>([^<]*)<\/c:f>/g)].map(
          (m) => m[1],
        ),
      ),
    );
    // 5 years (2025-2029) on rows 2-6; ten benefits in columns B-K, the package's % of GDP in P.
    expect(refs.flat()).toContain('Package!$B$2:$B$6');
    expect(refs.flat()).toContain('Package!$P$2:$P$6');
    expect(refs.flat().some((f) => /^'Fiscal space'!\$[A-Z]+\$2:\$[A-Z]+\$6$/.test(f ?? ''))).toBe(
      true,
    );
  });
});
