/**
 * The workbook's layout without LibreOffice: sheets, named inputs, what is a formula and what a value,
 * frozen headers and formats, and that every number of the engine's result has its cell.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import { buildCostingWorkbook, writeCostingWorkbook } from '../../src/node/report/xlsx/workbook';
import { runScenario } from '#engine';
import { INSTALL_HINT, sofficePath } from '../helpers/libreoffice';
import { fileBenefit, fileScenario } from '../helpers/fixtures';
import { costInline, fullScenarioFile, pensionPathsScenarioFile } from './scenarios';
import { namedCell, pensionResultPaths, readWorkbook, resultPaths } from './workbook-check';

const DATE = new Date('2026-01-15T00:00:00Z');

function full() {
  const c = costInline(fullScenarioFile());
  return {
    ...c,
    built: buildCostingWorkbook(c.scenario, c.country, c.result, {
      date: DATE,
      engineVersion: '9.9.9',
    }),
  };
}

describe('the costing workbook', () => {
  it('has the README, Charts, Inputs, Assumptions, Package, Fiscal space, Crisis, one sheet per benefit named by its label and the data sheets', () => {
    const { built, scenario } = full();
    const enabled = scenario.benefits.filter((b) => b.enabled).map((b) => b.id);
    // The benefits' labels; two benefits are labelled "Old-age pension", and the last label has 32
    // characters, one more than Excel allows.
    const labels = [
      'Child benefit',
      'Orphan benefit',
      'Maternity benefit',
      'Disability benefit',
      'Old-age pension',
      'Old-age pension (2)',
      'Unemployment benefit employment',
      'Essential health care',
      'Carers allowance (formulas)',
      'Elder top-up (amount by formula',
    ];
    expect(built.sheets).toEqual([
      'README',
      'Charts',
      'Inputs',
      'Assumptions',
      'Package',
      'Fiscal space',
      'Crisis',
      ...labels,
      'Sensitivity',
      'Percentiles',
      'Spending gap',
      'Population',
      'Rates',
      'Eligibility factors',
      'Sources',
    ]);
    expect(enabled).toHaveLength(labels.length);
    expect(enabled).not.toContain('off');
    expect(built.workbook.worksheets.map((w) => w.name)).toEqual(built.sheets);
  });

  it('gives every number of the engine result a cell (the LibreOffice test compares them all)', () => {
    for (const c of [
      full(),
      (() => {
        const country = trainingCountry();
        const scenario = defaultScenario();
        const result = runScenario(scenario, country);
        return { result, built: buildCostingWorkbook(scenario, country, result) };
      })(),
    ]) {
      const inWorkbook = new Set(
        c.built.cells.filter((x) => x.expected === undefined).map((x) => x.path.join('.')),
      );
      const missing = resultPaths(c.result).filter((p) => !inWorkbook.has(p));
      expect(missing).toEqual([]);
      // One cell per result number, except the per-benefit costs repeated on the Package sheet.
      const addresses = new Set(c.built.cells.map((x) => `${x.sheet}!${x.address}`));
      expect(addresses.size).toBe(c.built.cells.length);
    }
  });

  it('writes every result on the benefit, package, fiscal and crisis sheets as a formula, except custom-formula values', () => {
    const { built, scenario } = full();
    // Benefit sheets are named by label; the labels below are the benefits' ids.
    const enabled = scenario.benefits.filter((b) => b.enabled);
    const ids = new Map(built.sheets.slice(7, 17).map((sheet, j) => [sheet, enabled[j]!.id]));
    const values = built.cells.filter((x) => {
      const cell = built.workbook.getWorksheet(x.sheet)!.getCell(x.address);
      // The Sensitivity and Percentiles sheets have their own test (workbook-sensitivity.test.ts).
      if (['Inputs', 'Sensitivity', 'Percentiles'].includes(x.sheet)) return false;
      return cell.type !== ExcelJS.ValueType.Formula;
    });
    // carers: eligible and amount by formula; elder-top: amount by formula (5 years each); the top-up of
    // a switched-off benefit pays nobody: 2 months of engine values (recipients, amount).
    const label = (x: (typeof values)[number]) =>
      x.sheet === 'Crisis'
        ? `Crisis.${x.path.slice(2).join('.')}`
        : `${ids.get(x.sheet) ?? x.sheet}.${String(x.path[2])}`;
    expect(values.map(label).sort()).toEqual(
      [
        ...Array<string>(5).fill('carers.eligible'),
        ...Array<string>(5).fill('carers.benefitPerBeneficiary'),
        ...Array<string>(5).fill('elder-top.benefitPerBeneficiary'),
        'Crisis.4.months.0.recipients',
        'Crisis.4.months.0.amountPerRecipient',
        'Crisis.4.months.1.recipients',
        'Crisis.4.months.1.amountPerRecipient',
      ].sort(),
    );
  });

  it('keeps data as values and the extension rules as formulas on the Inputs sheet', () => {
    const { built } = full();
    const ws = built.workbook.getWorksheet('Inputs')!;
    // Header on row 8; 2025 on row 9. GDP is observed to 2027, then grown by growth and inflation.
    expect(ws.getCell('A8').value).toBe('Year');
    expect(ws.getCell('D11').value).toBe(2.27e9);
    expect(ws.getCell('D12').formula).toBe('D11*(1+E12)*(1+F12)');
    expect(ws.getCell('E12').formula).toBe('E11');
    expect(ws.getCell('G10').formula).toBe('G9*(1+F10)');
    expect(ws.getCell('I10').formula).toBe('H10/$H$9');
    // The poverty line has its own series to 2027, then moves with prices from its last value.
    expect(ws.getCell('J11').value).toBe(15250);
    expect(ws.getCell('J12').formula).toBe('$J$11*(G12/$G$11)');
    // The average wage has no series: base-year wage x wage index.
    expect(ws.getCell('L9').formula).toBe('average_wage_base*I9');
    expect(ws.getCell('B9').formula).toBe("SUM('Population'!$C$2:$C$203)");
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8, xSplit: 1 });
  });

  it('names every benefit parameter, option, fiscal setting and crisis input on the Assumptions sheet', () => {
    const { built, scenario } = full();
    const names = built.workbook.definedNames.model.map((d) => d.name);
    for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const params = [
      'age_from',
      'age_to',
      'sex',
      'targeting',
      'targeting_share',
      'exclusion_error',
      'pension_test',
      'prevalence',
      'eligibility_share',
      'basis',
      'benefit_share',
      'amount',
      'months',
      'indexation',
      'cov_start_year',
      'cov_start',
      'cov_full_year',
      'cov_full',
      'admin_rate',
      'nonwage_rate',
    ];
    for (const key of [
      'b_child',
      'b_orphan',
      'b_maternity',
      'b_disability_f',
      'b_oldAge',
      'b_oldAge_men',
      'b_employment',
      'b_health',
      'b_carers',
      'b_elder_top',
    ]) {
      for (const p of params) expect(names, `${key}_${p}`).toContain(`${key}_${p}`);
    }
    for (const o of scenario.financing) {
      for (const p of ['option', 'role', 'start_year', 'start', 'full_year', 'full'])
        expect(names).toContain(`fin_${o.option}_${p}`);
    }
    for (const n of [
      'interest_rate',
      'debt_ceiling',
      'spend_children',
      'crisis_cash_recipients',
      'crisis_child_top_share',
      'poverty_line_base',
    ]) {
      expect(names).toContain(n);
    }
    const share = namedCell(built.workbook, 'b_child_benefit_share');
    expect(share.worksheet.name).toBe('Assumptions');
    expect(share.value).toBe(0.25);
    expect(share.numFmt).toBe('0.00%');
    expect(namedCell(built.workbook, 'b_child_basis').dataValidation).toMatchObject({
      type: 'list',
    });
  });

  it('freezes header rows, formats numbers and merges no cells', () => {
    const { built } = full();
    for (const ws of built.workbook.worksheets) {
      expect(Object.keys((ws as unknown as { _merges: object })._merges), ws.name).toEqual([]);
      if (ws.name !== 'README' && ws.name !== 'Charts')
        expect(ws.views[0]?.state, ws.name).toBe('frozen');
    }
    const child = built.workbook.getWorksheet('Child benefit')!;
    expect(child.getCell('O1').value).toBe('Total cost (FU$)');
    expect(child.getCell('O2').numFmt).toBe('#,##0');
    expect(child.getCell('P2').numFmt).toBe('0.00%');
    expect(child.getCell('P2').formula).toBe("O2/'Inputs'!D10");
    const fiscal = built.workbook.getWorksheet('Fiscal space')!;
    expect(
      JSON.stringify(
        (fiscal as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      ),
    ).toContain('debt_ceiling');
  });

  it('states the engine version and date, and lists the sources', () => {
    const { built, result } = full();
    const readme = built.workbook.getWorksheet('README')!;
    const text = readme
      .getColumn(1)
      .values.filter((v): v is string => typeof v === 'string')
      .join('\n');
    expect(text).toContain('SPF Costing Studio 9.9.9 on 2026-01-15');
    expect(text).toContain('recomputes itself');
    expect(text).toContain('carers, elder-top');
    const sources = built.workbook.getWorksheet('Sources')!;
    expect(sources.rowCount).toBe(result.provenance.length + 1);
    expect(sources.getCell('C2').value).toBe('Invented for the workbook tests');
  });

  it('names a benefit sheet by its label, within Excel’s rules and apart from the fixed sheets', async () => {
    const c = costInline(
      fileScenario([
        fileBenefit({ id: 'a', label: 'Package' }),
        fileBenefit({ id: 'b', label: 'inputs' }),
        fileBenefit({ id: 'c', label: 'Cash: [urban/rural]?*' }),
        fileBenefit({ id: 'd', label: 'Universal child benefit for all children under 18' }),
        fileBenefit({ id: 'e', label: "'Quoted'" }),
        fileBenefit({ id: 'f', label: 'Package' }),
      ]),
    );
    const wb = await readWorkbook(await writeCostingWorkbook(c.scenario, c.country, c.result));
    // A fixed sheet's name gets "Benefit " before it (also without regard to case); []:*?/\ become
    // spaces; 31 characters at most; no apostrophe at either end; a repeated name gets " (2)".
    expect(wb.worksheets.map((w) => w.name).slice(6, 12)).toEqual([
      'Benefit Package',
      'Benefit inputs',
      'Cash urban rural',
      'Universal child benefit for all',
      'Quoted',
      'Benefit Package (2)',
    ]);
  });
});

describe('the Pension scheme sheet', () => {
  function pension() {
    const c = costInline(pensionPathsScenarioFile());
    return {
      ...c,
      built: buildCostingWorkbook(c.scenario, c.country, c.result, {
        date: DATE,
        pension: c.pension,
      }),
    };
  }

  it('is there only when the scenario has a pension scheme, after Fiscal space', () => {
    const { built } = pension();
    expect(built.sheets.slice(0, 7)).toEqual([
      'README',
      'Charts',
      'Inputs',
      'Assumptions',
      'Package',
      'Fiscal space',
      'Pension scheme',
    ]);
    expect(full().built.sheets).not.toContain('Pension scheme');
    const names = full().built.workbook.definedNames.model.map((d) => d.name);
    expect(names.filter((n) => n.startsWith('pension_'))).toEqual([]);
  });

  it('runs the projection itself when not given one, and leaves it out when told to', () => {
    const c = costInline(pensionPathsScenarioFile());
    expect(buildCostingWorkbook(c.scenario, c.country, c.result).sheets).toContain(
      'Pension scheme',
    );
    expect(
      buildCostingWorkbook(c.scenario, c.country, c.result, { pension: null }).sheets,
    ).not.toContain('Pension scheme');
  });

  it('gives every number of the pension result a cell', () => {
    const { built, pension: p } = pension();
    const inWorkbook = new Set(
      built.cells.filter((x) => x.expected === undefined).map((x) => x.path.join('.')),
    );
    const paths = pensionResultPaths(p!);
    // 36 years x 35 series, 2 premiums x 5 numbers, the year the reserve runs out.
    expect(paths).toHaveLength(36 * 35 + 2 * 5 + 1);
    expect(paths.filter((x) => !inWorkbook.has(x))).toEqual([]);
  });

  it('names the financial inputs on Assumptions and keeps only the projection by age as values', () => {
    const { built } = pension();
    const wb = built.workbook;
    for (const [name, value] of [
      ['pension_admin_contributions', 0],
      ['pension_admin_benefits', 0.02],
      ['pension_initial_reserve', 0],
      ['pension_target_reserve_ratio', 2],
      ['pension_premium_to_1', 2030],
      ['pension_premium_to_2', 2060],
    ] as const) {
      const cell = namedCell(wb, name);
      expect(cell.worksheet.name, name).toBe('Assumptions');
      expect(cell.value, name).toBe(value);
    }
    // Rates given by year: yellow values on the Pension scheme sheet, the last held by formula.
    const names = wb.definedNames.model.map((d) => d.name);
    expect(names).not.toContain('pension_contribution_rate');
    const ws = wb.getWorksheet('Pension scheme')!;
    expect(ws.getCell('A4').value).toBe('Year');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 1 });
    expect(ws.getCell('A5').value).toBe(2025);
    expect([ws.getCell('B5').value, ws.getCell('B7').value]).toEqual([0.05, 0.07]);
    expect(ws.getCell('B8').formula).toBe('B7');
    expect(ws.getCell('C7').formula).toBe('C6');
    // Contributions, administration, interest, the reserve and its ratios are formulas.
    expect(ws.getCell('E5').formula).toBe('B5*D5');
    expect(ws.getCell('G5').formula).toBe(
      'pension_admin_contributions*E5+pension_admin_benefits*F5',
    );
    expect(ws.getCell('I5').formula).toBe('pension_initial_reserve*C5');
    expect(ws.getCell('K5').formula).toBe('pension_initial_reserve+I5+E5-F5-G5');
    expect(ws.getCell('K6').formula).toBe('K5+I6+E6-F6-G6');
    expect(ws.getCell('L6').formula).toBe('IF(D6=0,0,H6/D6)');
    expect(ws.getCell('M6').formula).toBe('IF(H6=0,0,K6/H6)');
    // Values: exactly the series of the projection by single age and sex.
    const values = new Set(
      built.cells
        .filter((x) => x.sheet === 'Pension scheme')
        .filter((x) => ws.getCell(x.address).type !== ExcelJS.ValueType.Formula)
        .map((x) => x.path.slice(1, -1).join('.')),
    );
    expect([...values].sort()).toEqual(
      [
        'parameters.contributionRate', // the three yellow values of the list
        'population.insured',
        'population.insuredFemale',
        'population.insuredMale',
        'population.contributors',
        'finances.insurableEarnings',
        'population.pensioners',
        'population.pensionersFemale',
        'population.pensionersMale',
        'population.newPensioners',
        'parameters.indexation',
        'parameters.minimumPension',
        'parameters.referenceWageBySex.female',
        'parameters.referenceWageBySex.male',
        'finances.benefits',
        'finances.newBenefits',
        'parameters.interestRate',
      ].sort(),
    );
    expect(ws.getCell('D5').font).toMatchObject({ italic: true });
    // The premiums and the year the reserve runs out are formulas below the table.
    const premium = built.cells.find(
      (x) => x.path.join('.') === 'pension.generalAveragePremiums.1.premium',
    )!;
    expect(ws.getCell(premium.address).formula).toMatch(/^\(/);
    const year = built.cells.find((x) => x.path.join('.') === 'pension.reserveDepletionYear')!;
    expect(ws.getCell(year.address).formula).toBe(
      'IF(COUNT($AL$5:$AL$40)=0,"never",MIN($AL$5:$AL$40))',
    );
  });

  it('states on the README that the series by age are engine values', () => {
    const { built } = pension();
    const text = built.workbook
      .getWorksheet('README')!
      .getColumn(1)
      .values.filter((v): v is string => typeof v === 'string')
      .join('\n');
    expect(text).toContain('Pension scheme: the contributory scheme');
    expect(text).toContain('are the engine’s values');
  });
});

describe('the LibreOffice helper', () => {
  it('fails with the install command when soffice is missing', () => {
    expect(() => sofficePath(['/nonexistent/soffice'], '/nonexistent')).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toContain('apt-get install -y libreoffice-calc');
  });
});
