/**
 * The workbook's formulas follow the engine's tables (src/engine/vocabulary), without LibreOffice:
 * every financing option, benefit basis, indexation mode and prevalence of a scenario that uses them
 * all is spelled in the generated formulas, each option's role is the engine's, and the formula helpers
 * give the hand-worked values. (workbook-recalc.test.ts checks every value against LibreOffice.)
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  BALANCE_ROLES,
  BASES,
  FINANCING_OPTION,
  FINANCING_OPTIONS,
  INDEXATIONS,
  PREVALENCES,
} from '#engine';
import { buildCostingWorkbook } from '../../src/node/report/xlsx/workbook';
import { FormulaEvaluator, type Scalar } from '../../src/node/report/xlsx/formula-eval';
import {
  addsToDebtTest,
  caseFormula,
  domesticTest,
  optionRoleFormula,
  prevalenceFormula,
  rampFormula,
} from '../../src/node/report/xlsx/vocabulary-formulas';
import { costInline, fullScenarioFile } from './scenarios';
import { namedCell, shown } from './workbook-check';

function fullWorkbook() {
  const c = costInline(fullScenarioFile());
  const built = buildCostingWorkbook(c.scenario, c.country, c.result, {
    date: new Date('2026-01-15T00:00:00Z'),
    engineVersion: '9.9.9',
  });
  return { ...c, wb: built.workbook };
}

/** Every text in quotes in any formula of the workbook. */
function quotedInFormulas(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        for (const m of cell.formula.matchAll(/"([^"]*)"/g)) out.add(m[1]!);
      }),
    ),
  );
  return out;
}

/** Cells of a one-sheet test book named by A1 address; names are cell addresses too. */
function evaluatorOn(cells: Record<string, Scalar>) {
  const evaluator = new FormulaEvaluator({
    cell: (_sheet, column, row) => cells[`${String.fromCharCode(64 + column)}${row}`] ?? null,
    name: () => undefined,
  });
  return (formula: string) => evaluator.evaluate(formula, 'S');
}

describe('the workbook speaks the engine’s vocabulary', () => {
  it('spells every financing option, basis, indexation mode and prevalence the full scenario uses in its formulas', () => {
    const { scenario, wb } = fullWorkbook();
    // The scenario really uses each of them, so each must reach a formula.
    expect(new Set(scenario.financing.map((o) => o.option))).toEqual(new Set(FINANCING_OPTIONS));
    expect(new Set(scenario.benefits.map((b) => b.benefit.basis))).toEqual(new Set(BASES));
    expect(new Set(scenario.benefits.map((b) => b.benefit.indexation))).toEqual(
      new Set(INDEXATIONS),
    );
    expect(new Set(scenario.benefits.map((b) => b.eligibility.prevalence))).toEqual(
      new Set([...PREVALENCES, null]),
    );
    const quoted = quotedInFormulas(wb);
    for (const word of [
      ...FINANCING_OPTIONS,
      ...BALANCE_ROLES,
      ...BASES,
      ...INDEXATIONS,
      ...PREVALENCES,
    ]) {
      expect(quoted, word).toContain(word);
    }
  });

  it('gives each option of the full scenario the role the engine gives it', () => {
    const { scenario, wb } = fullWorkbook();
    for (const o of scenario.financing) {
      const cell = namedCell(wb, `fin_${o.option}_role`);
      expect(shown(cell), o.option).toBe(FINANCING_OPTION[o.option].role);
    }
  });

  it('writes the option tables as formulas with the engine’s values, and #N/A for a name outside the list', () => {
    const ev = evaluatorOn({
      A1: 'tax',
      A2: 'reallocation',
      A3: 'borrowing',
      A4: 'aid',
      A5: 'lottery',
    });
    expect(ev(optionRoleFormula('A1'))).toBe('newRevenue');
    expect(ev(optionRoleFormula('A2'))).toBe('reallocation');
    expect(ev(optionRoleFormula('A3'))).toBe('deficit');
    expect(ev(optionRoleFormula('A4'))).toBe('newRevenue');
    expect(ev(optionRoleFormula('A5'))).toEqual({ code: '#N/A' });
    // Aid is the only option from outside; borrowing the only one that adds to the debt.
    expect(domesticTest('A1')).toBe('A1<>"aid"');
    expect([ev(domesticTest('A1')!), ev(domesticTest('A4')!)]).toEqual([true, false]);
    expect(addsToDebtTest('A3')).toBe('A3="borrowing"');
    expect([ev(addsToDebtTest('A1')!), ev(addsToDebtTest('A3')!)]).toEqual([false, true]);
  });

  it('gives the ramp, a case table and the prevalence factor their hand-worked values', () => {
    // Ramp 2026: 0.2 to 2030: 1.0. In 2028: 0.2 + (1.0 - 0.2) x (2028 - 2026) / (2030 - 2026) = 0.6;
    // before 2026: 0; from 2030: 1.0.
    const ev = evaluatorOn({ B1: 2026, B2: 0.2, B3: 2030, B4: 1, C1: 2028, C2: 2025, C3: 2031 });
    const ramp = { startYear: 'B1', start: 'B2', fullYear: 'B3', full: 'B4' };
    expect(ev(rampFormula('C1', ramp))).toBeCloseTo(0.6, 12);
    expect(ev(rampFormula('C2', ramp))).toBe(0);
    expect(ev(rampFormula('C3', ramp))).toBe(1);

    const cases = evaluatorOn({ A1: 'b', A2: 'z' });
    expect(caseFormula('A1', ['a', 'b'], { a: '1', b: '2' })).toBe(
      'IF(A1="a",1,IF(A1="b",2,NA()))',
    );
    expect(cases(caseFormula('A1', ['a', 'b'], { a: '1', b: '2' }))).toBe(2);
    expect(cases(caseFormula('A2', ['a', 'b'], { a: '1', b: '2' }))).toEqual({ code: '#N/A' });

    // Rates: disability 0.05 (D1), health coverage 0.3 (D2). The uncovered count 1 - 0.3 = 0.7; a
    // benefit without a prevalence counts everyone: 1.
    const rates = evaluatorOn({
      A1: 'disability',
      A2: 'healthUncovered',
      A3: 'none',
      D1: 0.05,
      D2: 0.3,
    });
    const rate = (r: string) => (r === 'disability' ? 'D1' : r === 'healthCoverage' ? 'D2' : 'D9');
    expect(rates(prevalenceFormula('A1', rate))).toBe(0.05);
    expect(rates(prevalenceFormula('A2', rate))).toBeCloseTo(0.7, 12);
    expect(rates(prevalenceFormula('A3', rate))).toBe(1);
  });
});
