import { DEFAULT_SCENARIO_FILE } from '../node/bundled-models';
import { readJsonFile } from '../node/read-json-file';
import {
  EXPLAIN_MEASURES,
  explainNumber,
  InputError,
  codedIssue,
  readScenario,
  type ExplainMeasure,
  type ExplainNode,
  type MessageLanguage,
} from '#engine';
import { Option, type Command } from 'commander';
import { emit, issueLine, type CliIo } from './cli-io';
import { resolveCountry } from './cost-command';
import { addDbOption } from './library-commands';

export const EXPLAIN_FORMATS = ['text', 'json'] as const;

export interface ExplainOptions {
  country?: string;
  db?: string;
  year: string;
  benefit?: string;
  measure: ExplainMeasure;
  format: (typeof EXPLAIN_FORMATS)[number];
  out?: string;
}

/** A value as the user's language writes it: whole units for large numbers, 6 digits for others. */
function shown(value: number, lang: MessageLanguage): string {
  // Years (2030) and small counts are written without a group separator.
  if (Number.isInteger(value) && Math.abs(value) < 10_000) return String(value);
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 1000 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 6 };
  return new Intl.NumberFormat(lang, options).format(value);
}

/** The tree indented two spaces a level: `label = value unit   [formula]   (source)`. */
export function formatExplainText(root: ExplainNode, lang: MessageLanguage): string {
  const lines: string[] = [];
  const walk = (n: ExplainNode, depth: number) => {
    const formula = n.formula ? `   [${n.formula}]` : '';
    lines.push(
      `${'  '.repeat(depth)}${n.label} = ${shown(n.value, lang)} ${n.unit}${formula}   (${n.source.text})`,
    );
    for (const t of n.terms) walk(t, depth + 1);
  };
  walk(root, 0);
  return `${lines.join('\n')}\n`;
}

/** --year as a whole number, or an error naming the option. */
function yearOption(text: string): number {
  const year = Number(text);
  if (text.trim() === '' || !Number.isInteger(year))
    throw new InputError([codedIssue('--year', 'explain.yearNotWhole', { text })]);
  return year;
}

/** `spf explain [SCENARIO.json] --year Y`: the tree of terms behind one number of the costing. */
export function explainCommand(
  scenarioFile: string | undefined,
  options: ExplainOptions,
  io: CliIo,
): void {
  const file = readJsonFile(scenarioFile ?? DEFAULT_SCENARIO_FILE);
  const read = readScenario(file);
  for (const w of read.warnings) io.err(`warning: ${scenarioFile}: ${issueLine(io, w)}\n`);
  if (!read.ok) throw new InputError(read.issues, scenarioFile);
  const scenario = read.value;
  const country = resolveCountry(scenario, options.country, io, options.db);
  const query = {
    year: yearOption(options.year),
    measure: options.measure,
    ...(options.benefit !== undefined ? { benefit: options.benefit } : {}),
  };
  const lang = io.lang ?? 'en';
  let tree: ExplainNode;
  try {
    tree = explainNumber(scenario, country, query, lang, { file });
  } catch (e) {
    // A query problem names the option; a scenario that cannot run names its file.
    if (e instanceof InputError) {
      const named = e.issues.map((i) =>
        i.path === 'year' || i.path === 'benefit' ? { ...i, path: `--${i.path}` } : i,
      );
      throw new InputError(
        named,
        named.some((i) => i.path.startsWith('--')) ? undefined : scenarioFile,
      );
    }
    throw e;
  }
  const text =
    options.format === 'json'
      ? `${JSON.stringify(tree, null, 2)}\n`
      : formatExplainText(tree, lang);
  emit(io, text, options.out);
}

export function registerExplainCommand(program: Command, io: CliIo): void {
  const command = program
    .command('explain')
    .description(
      'Why this number? One result of the costing taken apart: its formula, and each term with its value, unit and source, down to the data.\n' +
        'Without --benefit it explains the package (cost, pctGdp or gap).',
    )
    .argument('[SCENARIO]', 'a spf.scenario/1 JSON file (default: the bundled default package)')
    .option('--country <FILE>', 'a spf.country/1 JSON file to cost the scenario on')
    .requiredOption('--year <YEAR>', 'the year of the number')
    .option('--benefit <ID>', "a benefit's id (without it: the package)")
    .addOption(
      new Option('--measure <MEASURE>', 'which number').choices(EXPLAIN_MEASURES).default('cost'),
    )
    .addOption(
      new Option('--format <FORMAT>', 'text (an indented tree) or json (formats.md)')
        .choices(EXPLAIN_FORMATS)
        .default('text'),
    )
    .option('--out <FILE>', 'write the output to FILE instead of the screen')
    .addHelpText(
      'after',
      '\nExamples:\n  npx spf explain --year 2030 --benefit child\n  npx spf explain my-scenario.json --year 2030 --measure gap --format json',
    );
  addDbOption(command).action((scenario: string | undefined, options: ExplainOptions) => {
    explainCommand(scenario, options, io);
  });
}
