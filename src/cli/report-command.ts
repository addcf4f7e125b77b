import { errorMessage, InputError, codedIssue, runPension, runScenario } from '#engine';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_SCENARIO_FILE, defaultScenario } from '../node/bundled-models';
import { readJsonFile } from '../node/read-json-file';
import type { ReportLanguage } from '../contract/report';
import { issueLine, type CliIo } from './cli-io';
import { loadScenarioFile, resolveCountry } from './cost-command';
import { addDbOption } from './library-commands';

export interface ReportOptions {
  country?: string;
  db?: string;
  xlsx?: string;
  pdf?: string;
  /** The PDF's language; the command's (`spf --lang`, else the environment's) when not given. */
  lang?: ReportLanguage;
}

/** Refuses an output path whose folder is missing before any slow work, naming the option. */
function checkOutput(option: string, file: string): void {
  const folder = dirname(resolve(file));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new InputError([codedIssue(option, 'cli.noFolder', { file, folder })]);
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new InputError([codedIssue(option, 'cli.isFolder', { file })]);
  }
}

function writeOutput(option: string, file: string, bytes: Buffer): void {
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' ? '@cli.permissionDenied' : errorMessage(e);
    throw new InputError([codedIssue(option, 'cli.cannotWriteFile', { file, reason })]);
  }
}

/**
 * `spf report [SCENARIO.json] --xlsx FILE --pdf FILE`: costs a scenario (the bundled default without a
 * file) and writes the Excel workbook with live formulas and/or the PDF report.
 */
export async function reportCommand(
  scenarioFile: string | undefined,
  options: ReportOptions,
  io: CliIo,
): Promise<void> {
  if (!options.xlsx && !options.pdf) {
    throw new InputError([codedIssue('', 'cli.nothingToWrite')]);
  }
  if (options.xlsx) checkOutput('--xlsx', options.xlsx);
  if (options.pdf) checkOutput('--pdf', options.pdf);
  const scenario = scenarioFile ? loadScenarioFile(scenarioFile, io) : defaultScenario();
  const country = resolveCountry(scenario, options.country, io, options.db);
  let result;
  try {
    result = runScenario(scenario, country);
  } catch (e) {
    if (e instanceof InputError && scenarioFile) throw new InputError(e.issues, scenarioFile);
    throw e;
  }
  for (const w of result.warningIssues) io.err(`warning: ${issueLine(io, w)}\n`);
  if (options.xlsx) {
    // The contributory pension scheme, when the scenario has one, gets its sheet in the workbook.
    let pension = null;
    try {
      pension = scenario.pension ? runPension(scenario, country) : null;
    } catch (e) {
      if (e instanceof InputError && scenarioFile) throw new InputError(e.issues, scenarioFile);
      throw e;
    }
    for (const w of pension?.warningIssues ?? []) io.err(`warning: ${issueLine(io, w)}\n`);
    // Loaded only when asked: exceljs would slow every other command's start.
    const { writeCostingWorkbook } = await import('../node/report/xlsx/workbook');
    writeOutput(
      '--xlsx',
      options.xlsx,
      await writeCostingWorkbook(scenario, country, result, {
        pension,
        lang: options.lang ?? io.lang ?? 'en',
      }),
    );
    io.err(`Wrote ${options.xlsx} (Excel workbook with live formulas)\n`);
  }
  if (options.pdf) {
    // Loaded only when asked: it brings in Playwright and Chromium.
    const { renderReportPdf } = await import('../node/report/pdf');
    const pdf = await renderReportPdf({
      scenarioFile: readJsonFile(scenarioFile ?? DEFAULT_SCENARIO_FILE),
      country,
      result,
      language: options.lang ?? io.lang ?? 'en',
    });
    writeOutput('--pdf', options.pdf, pdf);
    io.err(`Wrote ${options.pdf} (PDF report)\n`);
  }
}

export function registerReportCommand(program: Command, io: CliIo): void {
  const command = program
    .command('report')
    .description(
      'Write a report of a scenario for a ministry of finance: an Excel workbook whose formulas\n' +
        'recompute when an input changes (--xlsx) and/or a PDF report (--pdf).\n' +
        'Without SCENARIO it reports the bundled default package on the fictional training country.',
    )
    .argument('[SCENARIO]', 'a spf.scenario/1 JSON file')
    .option(
      '--country <FILE>',
      'a spf.country/1 JSON file to cost the scenario on (instead of its own country)',
    )
    .option('--xlsx <FILE>', 'write the Excel workbook (.xlsx) to FILE')
    .option('--pdf <FILE>', 'write the PDF report to FILE (needs Chromium)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  npx spf report --xlsx costing.xlsx\n' +
        '  npx spf report my-scenario.json --xlsx my-scenario.xlsx --pdf my-scenario.pdf\n' +
        '  npx spf report scenario.json --country kenya.json --xlsx kenya.xlsx\n' +
        '  npx spf --lang fr report my-scenario.json --pdf rapport.pdf   (the PDF and messages in French)\n' +
        '\nThe workbook has an Inputs, an Assumptions and a Sources sheet, one sheet per benefit, the\n' +
        'Package, Fiscal space and Crisis sheets, and a Pension scheme sheet when the scenario has a\n' +
        'contributory pension scheme; see docs/reports.md.',
    );
  addDbOption(command).action(async (scenario: string | undefined, options: ReportOptions) => {
    await reportCommand(scenario, options, io);
  });
}
