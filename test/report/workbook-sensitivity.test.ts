/**
 * The Sensitivity and Percentiles sheets without LibreOffice: which tornado rows are live formulas,
 * what those formulas are, the values they cache, the engine values and their marks, the bands, and
 * the note that stands in when the uncertainty cannot be worked out. (workbook-recalc.test.ts checks
 * the live rows recomputed by LibreOffice against the engine.)
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runScenario, type Scenario } from '#engine';
import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import { buildCostingWorkbook } from '../../src/node/report/xlsx/workbook';
import { costInline, fullScenarioFile } from './scenarios';
import { shown } from './workbook-check';

const DATE = new Date('2026-01-15T00:00:00Z');

function built(scenario: Scenario = defaultScenario(), lang: 'en' | 'fr' = 'en') {
  const country = trainingCountry();
  return buildCostingWorkbook(scenario, country, runScenario(scenario, country), {
    date: DATE,
    lang,
  });
}

/** The tornado's rows by input name (column B), from row 8 down. */
function rowsOf(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
  const rows = new Map<string, ExcelJS.Row>();
  for (let r = 8; typeof ws.getCell(r, 2).value === 'string'; r++) {
    rows.set(ws.getCell(r, 2).value as string, ws.getRow(r));
  }
  return rows;
}

const isFormula = (cell: ExcelJS.Cell) => cell.type === ExcelJS.ValueType.Formula;

describe('the Sensitivity sheet', () => {
  const book = built();
  const ws = book.workbook.getWorksheet('Sensitivity')!;
  const rows = rowsOf(ws);

  it('sits after the benefit sheets, before the spending gap and the data sheets', () => {
    const at = book.sheets.indexOf('Sensitivity');
    expect(book.sheets.slice(at - 1, at + 4)).toEqual([
      'Essential health care',
      'Sensitivity',
      'Percentiles',
      'Spending gap',
      'Population',
    ]);
  });

  it('states the year and takes the base from the Package sheet', () => {
    // 2030 is the first year every benefit of the default package is fully phased in.
    expect(ws.getCell('B3').value).toBe(2030);
    // Package: 2030 is on row 2 + (2030 - 2025) = 7; M is the cost as % of GDP.
    expect(ws.getCell('B4').formula).toBe("'Package'!M7");
  });

  it('writes levels, take-up, administration and the basis amounts as formulas, the rest as engine values', () => {
    const live = [...rows].filter(([, row]) => isFormula(row.getCell(6))).map(([name]) => name);
    // 7 benefits (none by a custom formula) x level and take-up, administration, and the poverty
    // line and the minimum wage (every benefit paid on them is indexed on them).
    expect(live.sort()).toEqual(
      [
        ...['child', 'orphan', 'maternity', 'disability', 'oldAge', 'employment', 'health'].flatMap(
          (id) => [`level.${id}`, `coverage.${id}`],
        ),
        'administration',
        'povertyLine',
        'minimumWage',
      ].sort(),
    );
    for (const name of ['growth', 'inflation', 'fertility', 'disability', 'povertyRate']) {
      const row = rows.get(name)!;
      expect(isFormula(row.getCell(6)), name).toBe(false);
      // Grey and italic like every engine value, with the note saying why it is one.
      expect(row.getCell(6).fill).toMatchObject({ fgColor: { argb: 'FFE7E6E6' } });
      expect(row.getCell(7).font?.italic).toBe(true);
      expect(row.getCell(6).note as string).toContain('Engine value');
      expect(row.getCell(9).value).toBe('engine value');
    }
  });

  it("writes the poverty line's row over the costs of the five benefits paid as a share of it", () => {
    const row = rows.get('povertyLine')!;
    expect(row.getCell(4).value).toBe(0.9);
    expect(row.getCell(7).formula).toBe(
      "('Package'!L7+('Universal child benefit'!O7+'Orphan benefit'!O7+'Maternity cash benefit'!O7+" +
        "'Disability benefit'!O7+'Universal old-age pension'!O7)*(E" +
        `${row.number}-1))/'Inputs'!D14`,
    );
    expect(row.getCell(8).formula).toBe(
      `MAX(F${row.number},G${row.number})-MIN(F${row.number},G${row.number})`,
    );
  });

  it('caches what the formulas give: a benefit level of 95% and 105% by hand', () => {
    // 2030: package cost 1,016,442,336,166.75; child benefit 262,842,334,920.93; GDP
    // 11,479,747,555,596. At 105%: (1,016,442,336,166.75 + 0.05 x 262,842,334,920.93) / GDP
    // = 8.9687%; at 95%: (... - 0.05 x ...) / GDP = 8.7397%.
    const row = rows.get('level.child')!;
    expect(shown(row.getCell(6))).toBeCloseTo(0.08739741135959266, 16);
    expect(shown(row.getCell(7))).toBeCloseTo(0.08968702908548772, 16);
    expect(shown(row.getCell(8))).toBeCloseTo(0.08968702908548772 - 0.08739741135959266, 16);
  });

  it('keeps take-up within 100% as the engine does: old-age take-up at 110% of a full ramp changes nothing', () => {
    const row = rows.get('coverage.oldAge')!;
    // The ramp is at its full 100% in 2030: MIN(1, 1 x 1.1) = 1, so the cost stays the base, 8.8542%.
    expect(row.getCell(7).formula).toContain('MIN(1,b_oldAge_cov_full*E');
    expect(shown(row.getCell(7))).toBeCloseTo(0.08854222022254019, 16);
  });

  it('leaves the poverty line to the engine when a custom formula may use it', () => {
    const c = costInline(fullScenarioFile());
    const ws = buildCostingWorkbook(c.scenario, c.country, c.result, {
      date: DATE,
    }).workbook.getWorksheet('Sensitivity')!;
    const full = rowsOf(ws);
    expect(isFormula(full.get('povertyLine')!.getCell(6))).toBe(false);
    // carers: amount by a custom formula, so no level input; its take-up is still a formula.
    expect(full.has('level.carers')).toBe(false);
    expect(isFormula(full.get('coverage.carers')!.getCell(6))).toBe(true);
  });

  it('is written in French in a French workbook', () => {
    const fr = built(defaultScenario(), 'fr').workbook.getWorksheet('Sensibilité')!;
    expect(fr.getCell('A7').value).toBe('Donnée incertaine');
    expect(rowsOf(fr).get('level.child')!.getCell(9).value).toBe('formule');
  });
});

describe('the Percentiles sheet', () => {
  it('states the draws and seed and gives every year the bands of the engine', () => {
    const ws = built().workbook.getWorksheet('Percentiles')!;
    expect(ws.getCell('A2').value).toBe(
      '1,000 draws, seed 1: the same seed gives the same numbers. Engine values.',
    );
    expect(ws.getCell('B4').value).toBe('Total cost (% of GDP): p5');
    expect(ws.getCell('T4').value).toBe('Probability the gap exceeds 0% of GDP');
    // 2025 (row 5): no benefit has started, every draw costs nothing.
    expect(ws.getRow(5).values).toEqual([undefined, 2025, ...Array<number>(19).fill(0)]);
    // 2030 (row 10): the central cost, 8.8542% of GDP, lies between the 5th and 95th percentiles.
    const [p5, p95] = [ws.getCell('B10').value as number, ws.getCell('F10').value as number];
    expect(p5).toBeLessThan(0.08854222022254019);
    expect(p95).toBeGreaterThan(0.08854222022254019);
  });

  it('with a spread of 0 every percentile is the costing itself', () => {
    const s = { ...defaultScenario(), uncertainty: { spread: 0, gapThreshold: 0, inputs: {} } };
    const ws = built(s).workbook.getWorksheet('Percentiles')!;
    // 2030: 8.8542% of GDP, 1,016,442,336,166.75 TBS, in every column p5 .. mean.
    for (let c = 2; c <= 7; c++) expect(ws.getCell(10, c).value).toBe(0.08854222022254019);
    for (let c = 8; c <= 13; c++) expect(ws.getCell(10, c).value).toBe(1016442336166.7484);
  });
});

describe('a scenario whose uncertainty cannot be worked out', () => {
  it('still gets its workbook, with the engine’s message on both sheets', () => {
    const s = {
      ...defaultScenario(),
      uncertainty: { spread: 1, gapThreshold: 0, inputs: { nonsense: { enabled: true } } },
    };
    const book = built(s);
    for (const sheet of ['Sensitivity', 'Percentiles']) {
      const text = book.workbook.getWorksheet(sheet)!.getCell('A3').value as string;
      expect(text).toMatch(/^The sensitivity and uncertainty could not be worked out: /);
      expect(text).toContain('uncertainty.inputs.nonsense');
    }
  });
});
