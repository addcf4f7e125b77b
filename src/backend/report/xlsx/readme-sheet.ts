import { type BookContext } from './context';
import { printSetup, setValue, wrappedHeight, writeHeader, type Column } from './layout';

/** Sources: the provenance record of every input the costing can use (result.provenance). */
export function writeSourcesSheet(ctx: BookContext): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.sources)!;
  const columns: Column[] = [
    { header: 'Field of the country file', width: 28 },
    { header: 'Unit', width: 30 },
    { header: 'Source', width: 40 },
    { header: 'Edition', width: 18 },
    { header: 'Note', width: 60 },
    { header: 'Documented assumption', width: 12 },
    { header: 'Changed by a user', width: 12 },
    { header: 'How the engine extended or replaced it', width: 60 },
  ];
  writeHeader(ws, 1, columns, { xSplit: 1 });
  ctx.result.provenance.forEach((p, i) => {
    const row = i + 2;
    const values = [
      p.field,
      p.unit,
      p.source,
      p.edition ?? '',
      p.note ?? '',
      p.assumption ? 'yes' : 'no',
      p.userChanged ? 'yes' : 'no',
      p.derivation ?? '',
    ];
    values.forEach((v, c) => {
      const cell = setValue(ws, row, c + 1, v, 'plain');
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    ws.getRow(row).height = Math.max(
      ...values.map((v, c) => wrappedHeight(v.length, columns[c]!.width!)),
    );
  });
}

const README_WIDTH = 100;

export interface ReadmeInfo {
  engineVersion: string;
  date: Date;
}

/** The README sheet: what each sheet holds, units, what is a formula and what a value, how to use it. */
export function writeReadmeSheet(ctx: BookContext, info: ReadmeInfo): void {
  const ws = ctx.wb.getWorksheet(ctx.sheets.readme)!;
  ws.getColumn(1).width = README_WIDTH;
  const s = ctx.scenario;
  const c = ctx.country;
  const cur = ctx.currency;
  const benefitSheets = ctx.benefits.map((b) => `"${b.sheet}" (${b.spec.label})`).join(', ');
  const off = s.benefits.filter((b) => !b.enabled).map((b) => b.id);
  const formulaBenefits = ctx.benefits.filter((b) => b.eligibleByFormula || b.amountByFormula);
  type Kind = 'title' | 'heading' | 'text';
  const lines: [string, Kind][] = [];
  const add = (kind: Kind, ...texts: string[]) => texts.forEach((t) => lines.push([t, kind]));
  add('title', 'SPF Costing Studio: costing workbook');
  add(
    'text',
    `Scenario: ${s.name}`,
    `Country: ${c.name} (${c.code}); currency ${cur}; base year ${ctx.y0}; years ${ctx.firstYear}-${ctx.lastYear}`,
    `Written by SPF Costing Studio ${info.engineVersion} on ${info.date.toISOString().slice(0, 10)}.`,
    '',
  );
  add('heading', 'This workbook recomputes itself');
  add(
    'text',
    `Every result is a live formula. Change a yellow cell on the Assumptions sheet (or a data cell on Inputs, Population or Rates) and every benefit sheet, the Package, Fiscal space, Spending gap and Crisis sheets follow, as the engine would${ctx.pension ? '; on the Pension scheme sheet, the finances, the reserve, the ratios and the premiums follow the scheme’s inputs' : ''}.`,
    'Excel recalculates on opening. In LibreOffice, if the results look empty or stale, use Data > Calculate > Recalculate Hard (Ctrl+Shift+F9), or set Tools > Options > LibreOffice Calc > Formula > "Recalculation on file load" to Always.',
    'Structural choices stay as the app wrote them: the years (rows), which benefits, financing options and crisis measures exist, and the number of months of a crisis measure. Change those in the app and export again.',
    '',
  );
  add('heading', 'Sheets');
  add(
    'text',
    'Inputs: the country’s yearly series from the base year, as the engine uses them (constants at the top, years down).',
    'Assumptions: every benefit parameter, financing option, fiscal setting, macro assumption and crisis measure, one named input cell each (e.g. b_child_benefit_share), with units.',
    `Package: the sum of the benefits with % of GDP, of government expenditure and revenue, ${ctx.y0} prices, USD and per inhabitant.`,
    'Fiscal space: financing options as ramps, resources by role, financing gap, funding gap (excluding aid), budget balance before and after the reform, debt path (red above the ceiling).',
  );
  if (s.crisis.length > 0) {
    add(
      'text',
      'Crisis: temporary measures month by month, the cost by calendar year and the totals.',
    );
  }
  if (ctx.pension) {
    add(
      'text',
      `Pension scheme: the contributory scheme “${ctx.pension.scheme}” (methodology 6), years down: insured, contributions, pensioners, benefits, administration, interest, the reserve, the PAYG cost rate, the reserve ratio, the replacement rate; below it the general average premiums and the year the reserve runs out. Its inputs (contribution rate, return on the reserve, administration, initial reserve, premium periods and target reserve) are named cells on the Assumptions sheet.`,
    );
  }
  add(
    'text',
    `One sheet per benefit, years down: ${benefitSheets || 'none'}.`,
    'Spending gap: the ILO’s gap against current spending by function (% of GDP).',
    `Population: persons by sex and single age (100 = 100 and over), years across${s.demography?.project ? ', as projected by the scenario’s demographic variant (methodology 7): the engine costs that projection' : ''}. Rates: the country’s rates by age and sex as the engine resolves them.`,
    'Eligibility factors: by age and sex, each benefit’s factor (ages, sex, poverty targeting, pension test, prevalence) as formulas of the Assumptions and Rates sheets.',
    'Sources: where every input comes from, and how the engine extended it past the data.',
    '',
  );
  add('heading', 'What is a value and what is a formula');
  add(
    'text',
    'Values (blue font): the data of the country file: population by age, births, rates by age, and the macro series for the years the file gives them.',
    'Values (yellow fill): the scenario’s assumptions. Macro assumptions given as a list by year are yellow cells on Inputs; a constant one is a named cell on Assumptions.',
    'Formulas (black): the extension rules after the data (GDP grown by real growth and inflation, shares and exchange rate held), the price and wage indices, GDP per capita, poverty line and wages, and every result.',
    'Eligible persons: each benefit sheet computes the factor-weighted population = SUMPRODUCT of the population of the year and the Eligibility factors (age-dependent rates), then applies the constant factors (eligibility share, 1 - exclusion error, targeting share) as a formula.',
  );
  if (formulaBenefits.length > 0) {
    add(
      'text',
      `Values (grey, italic): computed by the engine, not formulas. Custom benefits with a formula (${formulaBenefits.map((b) => b.spec.id).join(', ')}) give their eligible persons and/or amount per beneficiary as the engine's values: the formula is shown on Assumptions; everything after it (coverage, costs) is live.`,
    );
  }
  if (ctx.pension) {
    add(
      'text',
      'Values (grey, italic) on the Pension scheme sheet: the series that need the projection by single age and sex (insured persons, contributors, insurable earnings, pensioners, indexation, minimum pension, reference wages, benefit expenditure) are the engine’s values. Contributions, administration, expenditure, interest, the reserve, every ratio, the premiums and the year the reserve runs out are live formulas of them and of the Assumptions sheet; pension ages, the accrual rate and the other parameters of the projection are shown there for information only.',
    );
  }
  add('text', '');
  add('heading', 'Units');
  add(
    'text',
    `Money: ${cur}, nominal, per year, unless a header says otherwise (e.g. per month, ${ctx.y0} prices, USD). Persons: persons, never thousands. Rates and shares: fractions, shown as percentages with two decimals.`,
    `The formulas are those of docs/methodology.md (sections 1, 2, 4 and 5${ctx.pension ? '; the pension scheme: section 6' : ''}).`,
  );
  if (off.length > 0)
    add('text', `Benefits switched off in the scenario and left out: ${off.join(', ')}.`);
  const warnings = [...ctx.result.warnings, ...(ctx.pension?.warnings ?? [])];
  if (warnings.length > 0) {
    add('text', '');
    add('heading', 'Warnings of the engine');
    add('text', ...warnings);
  }
  lines.forEach(([text, kind], i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (kind === 'title') cell.font = { bold: true, size: 14 };
    else if (kind === 'heading') cell.font = { bold: true, size: 12 };
    else ws.getRow(i + 1).height = wrappedHeight(text.length, README_WIDTH);
  });
  printSetup(ws, 0, 1);
  const legend = lines.length + 2;
  setValue(ws, legend, 1, 'Data of the country file (blue)', 'data');
  setValue(ws, legend + 1, 1, 'An assumption you may change (yellow)', 'assumption');
  setValue(ws, legend + 2, 1, 'A value computed by the engine (grey)', 'engine');
  setValue(ws, legend + 3, 1, 'A formula (black)', 'plain');
}
