import {
  InputError,
  formatIssueIn,
  runPension,
  type MessageLanguage,
  type PensionResult,
} from '#engine';
import Papa from 'papaparse';
import { Option, type Command } from 'commander';
import { SAFE_UNPARSE } from '../contract/spreadsheet-text';
import { emit, type CliIo } from './cli-io';
import { loadScenarioFile, OUTPUT_FORMATS, resolveCountry, type CostOptions } from './cost-command';
import { addDbOption } from './library-commands';

/** `spf pension SCENARIO.json`: projects the scenario's contributory pension scheme (methodology 6). */

const YEARLY: { group: 'population' | 'finances' | 'indicators'; keys: string[] }[] = [
  {
    group: 'population',
    keys: ['total', 'insured', 'contributors', 'pensioners', 'newPensioners'],
  },
  {
    group: 'finances',
    keys: [
      'insurableEarnings',
      'contributions',
      'benefits',
      'newBenefits',
      'administration',
      'expenditure',
      'interest',
      'balance',
      'reserve',
    ],
  },
  {
    group: 'indicators',
    keys: [
      'paygCostRate',
      'reserveRatio',
      'replacementRate',
      'benefitRatio',
      'dependencyRatio',
      'averageInsurableEarnings',
      'averagePension',
      'averageNewPension',
      'expenditurePctGdp',
      'contributionsPctGdp',
      'reservePctGdp',
    ],
  },
];

/** One row per year: `year`, the contribution rate, then every yearly series as `group.key`. */
export function pensionCsv(r: PensionResult): string {
  const fields = ['year', 'parameters.contributionRate', 'parameters.minimumPension'];
  const columns: number[][] = [r.parameters.contributionRate, r.parameters.minimumPension];
  for (const { group, keys } of YEARLY) {
    const block = r[group] as unknown as Record<string, number[]>;
    for (const key of keys) {
      fields.push(`${group}.${key}`);
      columns.push(block[key]!);
    }
  }
  const data = r.years.map((y, i) => [y, ...columns.map((c) => c[i]!)]);
  return `${Papa.unparse({ fields, data }, { newline: '\n', ...SAFE_UNPARSE })}\n`;
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Years down: insured, contributions, pensioners, benefits, reserve and the main ratios. */
export function pensionTable(r: PensionResult, lang: MessageLanguage = 'en'): string {
  const th = (v: number) => whole.format(v / 1000);
  const mn = (v: number) => whole.format(v / 1e6);
  const percent = (v: number) => `${pct.format(v * 100)}%`;
  const columns: { head: string; cells: string[] }[] = [
    { head: 'Year', cells: r.years.map(String) },
    { head: 'Insured', cells: r.population.insured.map(th) },
    { head: 'Pensioners', cells: r.population.pensioners.map(th) },
    { head: 'New', cells: r.population.newPensioners.map(th) },
    { head: 'Contributions', cells: r.finances.contributions.map(mn) },
    { head: 'Expenditure', cells: r.finances.expenditure.map(mn) },
    { head: 'Reserve', cells: r.finances.reserve.map(mn) },
    { head: 'PAYG cost', cells: r.indicators.paygCostRate.map(percent) },
    { head: 'Reserve ratio', cells: r.indicators.reserveRatio.map((v) => pct.format(v)) },
    { head: 'Replacement', cells: r.indicators.replacementRate.map(percent) },
  ];
  const widths = columns.map((c) => Math.max(c.head.length, ...c.cells.map((s) => s.length)));
  const line = (cells: string[]) =>
    cells.map((s, j) => (j === 0 ? s.padEnd(widths[j]!) : s.padStart(widths[j]!))).join('  ');
  const out = [
    `${r.scheme} (${r.scenario}): ${r.countryName} (${r.country}), ${r.years[0]}-${r.years[r.years.length - 1]}`,
    `Persons in thousands; money in millions of ${r.currency}, nominal, per year; reserve at the end of the year` +
      (r.projectedPopulation
        ? "; population projected with the scenario's demographic variant"
        : ''),
    '',
    line(columns.map((c) => c.head)),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...r.years.map((_, i) => line(columns.map((c) => c.cells[i]!))),
    '',
    ...r.generalAveragePremiums.map(
      (g) =>
        `General average premium ${g.from}-${g.to}: ${percent(g.premium)} of insurable earnings (reserve at the end: ${pct.format(g.targetReserveRatio)} years of expenditure)`,
    ),
    r.reserveDepletionYear === null
      ? 'The reserve lasts the whole projection.'
      : `The reserve runs out in ${r.reserveDepletionYear}.`,
    ...r.warningIssues.map((w) => `Note: ${formatIssueIn(w, lang)}`),
  ];
  return `${out.join('\n')}\n`;
}

export function formatPension(
  r: PensionResult,
  format: CostOptions['format'],
  lang: MessageLanguage = 'en',
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(r, null, 2)}\n`;
    case 'csv':
      return pensionCsv(r);
    case 'table':
      return pensionTable(r, lang);
  }
}

export function pensionCommand(scenarioFile: string, options: CostOptions, io: CliIo): void {
  const scenario = loadScenarioFile(scenarioFile, io);
  const country = resolveCountry(scenario, options.country, io, options.db);
  let result: PensionResult;
  try {
    result = runPension(scenario, country);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.issues, scenarioFile);
    throw e;
  }
  const text = formatPension(result, options.format, io.lang);
  emit(io, text, options.out);
}

export function registerPensionCommand(program: Command, io: CliIo): void {
  const command = program
    .command('pension')
    .description(
      'Project the contributory pension scheme of a scenario (its "pension" block)\n' +
        'year by year: insured persons, contributions, pensions, reserve, PAYG cost\n' +
        'rate, general average premium, reserve ratio, replacement rate (methodology 6).',
    )
    .argument('<SCENARIO>', 'a spf.scenario/1 JSON file with a "pension" block')
    .option('--country <FILE>', 'a spf.country/1 JSON file to project the scheme on')
    .addOption(
      new Option(
        '--format <FORMAT>',
        'table (readable), json (formats.md) or csv (one row per year)',
      )
        .choices(OUTPUT_FORMATS)
        .default('table'),
    )
    .option('--out <FILE>', 'write the output to FILE instead of the screen')
    .addHelpText(
      'after',
      '\nExamples:\n  npx spf pension scheme.json\n  npx spf pension scheme.json --country kenya.json --format csv --out pension.csv',
    );
  addDbOption(command).action((scenario: string, options: CostOptions) => {
    pensionCommand(scenario, options, io);
  });
}
