import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import {
  buildCountryModel,
  countryForScenario,
  runPension,
  type CostingResult,
  type CountryData,
  type PensionResult,
  type Scenario,
} from '#engine';
import { reportHowSure, type ReportHowSure } from '../../../contract/report';
import { writeAssumptionsSheet } from './assumptions-sheet';
import { writeBenefitSheet } from './benefit-sheet';
import { writeCachedResults } from './cached-results';
import { addCharts, type PlacedChart } from './chart-package';
import { planCharts } from './charts-sheet';
import { planBenefits, type BenefitPlan, type BookContext, type ResultCell } from './context';
import { writeCrisisSheet } from './crisis-sheet';
import { writeFiscalSheet } from './fiscal-sheet';
import { planBandColumns, writeInputsSheet } from './inputs-sheet';
import { writePackageSheet, writeSpendingGapSheet } from './package-sheet';
import { writePensionSheet } from './pension-sheet';
import {
  planFactorColumns,
  writeFactorsSheet,
  writePopulationSheet,
  writeRatesSheet,
} from './population-sheets';
import { writeReadmeSheet, writeSourcesSheet } from './readme-sheet';
import { writePercentilesSheet, writeSensitivitySheet } from './sensitivity-sheet';
import type { WorkbookLanguage } from './workbook-language';
import { workbookText } from './workbook-text';

export type { ResultCell } from './context';
export { WORKBOOK_LANGUAGES, type WorkbookLanguage } from './workbook-language';

export interface WorkbookOptions {
  /** Shown on the README sheet; default: the version in package.json. */
  engineVersion?: string;
  /** Shown on the README sheet and in the file properties; default: now. */
  date?: Date;
  /**
   * The projection of the scenario's contributory pension scheme (runPension's output for the same
   * scenario and country), shown on the Pension scheme sheet. Left out, it is run here when the
   * scenario has a `pension` block (an InputError if it cannot run); null: no Pension scheme sheet.
   */
  pension?: PensionResult | null;
  /** The language of sheet names, headings and charts; default: English. */
  lang?: WorkbookLanguage;
  /**
   * The tornado and the Monte Carlo bands of the Sensitivity and Percentiles sheets (reportHowSure's
   * output for the same scenario and country). Left out, they are worked out here (1,000 draws, seed
   * 1); a note where they cannot be.
   */
  howSure?: ReportHowSure;
}

export interface CostingWorkbook {
  workbook: ExcelJS.Workbook;
  /** Every cell that holds an engine result, with where the result is in the CostingResult. */
  cells: ResultCell[];
  sheets: string[];
  /** The charts of the Charts sheet, added to the package by costingWorkbookBytes. */
  charts: PlacedChart[];
  chartsSheet: string;
}

let version: string | undefined;

/** The app's version, from package.json (read once). */
export function engineVersion(): string {
  if (version === undefined) {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: string;
    };
    version = pkg.version ?? 'unknown';
  }
  return version;
}

/**
 * Builds the costing workbook of a scenario run on a country (`result` is runScenario's output for the
 * same pair): inputs, assumptions and sources, one sheet per benefit, the package, fiscal space, the
 * crisis measures, the contributory pension scheme and the spending gap, with live formulas. See
 * docs/reports.md.
 */
export function buildCostingWorkbook(
  scenario: Scenario,
  ownCountry: CountryData,
  result: CostingResult,
  options: WorkbookOptions = {},
): CostingWorkbook {
  // The country as the engine costed it: a demographic variant swaps in the projected population.
  const country = countryForScenario(scenario, ownCountry);
  const firstYear = result.years[0];
  const lastYear = result.years[result.years.length - 1];
  const lang = options.lang ?? 'en';
  const text = workbookText(lang);
  const sheetNames = text.sheets;
  const planned = planBenefits(scenario, text);
  if (
    firstYear === undefined ||
    lastYear === undefined ||
    planned.length !== result.benefits.length
  ) {
    throw new Error('writeCostingWorkbook: the result does not belong to this scenario');
  }
  const pension =
    options.pension === undefined
      ? scenario.pension
        ? runPension(scenario, ownCountry)
        : null
      : options.pension;
  if (pension && (pension.years.length !== result.years.length || pension.years[0] !== firstYear)) {
    throw new Error('writeCostingWorkbook: the pension result does not belong to this scenario');
  }
  const howSure = options.howSure ?? reportHowSure(scenario, ownCountry, { lang });
  const date = options.date ?? new Date();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SPF Costing Studio';
  wb.created = date;
  wb.modified = date;
  wb.title = `${scenario.name}: costing`;
  // Every formula carries its export-time value (writeCachedResults); Excel still recomputes on opening
  // so that a file edited elsewhere is never shown stale.
  wb.calcProperties.fullCalcOnLoad = true;

  const benefits: BenefitPlan[] = planned.map((p) => ({
    ...p,
    assumptionsColumn: 0,
    factorColumns: null,
    bandColumn: null,
  }));
  const ctx: BookContext = {
    wb,
    sheets: sheetNames,
    text,
    lang,
    scenario,
    country,
    result,
    pension,
    howSure,
    model: buildCountryModel(country, lastYear, scenario.assumptions),
    y0: country.baseYear,
    firstYear,
    lastYear,
    currency: country.currency,
    benefits,
    cells: [],
    usedNames: new Set(),
    names: new Map(),
  };
  planFactorColumns(benefits);
  planBandColumns(ctx);

  // Sheets in reading order; they are filled afterwards, the named assumptions first.
  const sheets: string[] = [
    sheetNames.readme,
    sheetNames.charts,
    sheetNames.inputs,
    sheetNames.assumptions,
    sheetNames.package,
    sheetNames.fiscal,
  ];
  if (scenario.crisis.length > 0) sheets.push(sheetNames.crisis);
  if (pension) sheets.push(sheetNames.pension);
  sheets.push(...benefits.map((b) => b.sheet));
  sheets.push(sheetNames.sensitivity, sheetNames.percentiles);
  if (result.spendingGap.length > 0) sheets.push(sheetNames.spendingGap);
  sheets.push(sheetNames.population, sheetNames.rates, sheetNames.factors, sheetNames.sources);
  for (const name of sheets) wb.addWorksheet(name);

  writeAssumptionsSheet(ctx);
  writeInputsSheet(ctx);
  writePopulationSheet(ctx);
  writeRatesSheet(ctx);
  writeFactorsSheet(ctx);
  for (const b of benefits) writeBenefitSheet(ctx, b);
  writePackageSheet(ctx);
  if (result.spendingGap.length > 0) writeSpendingGapSheet(ctx);
  writeFiscalSheet(ctx);
  if (scenario.crisis.length > 0) writeCrisisSheet(ctx);
  if (pension) writePensionSheet(ctx, pension);
  writeSensitivitySheet(ctx);
  writePercentilesSheet(ctx);
  writeSourcesSheet(ctx);
  writeReadmeSheet(ctx, { engineVersion: options.engineVersion ?? engineVersion(), date });
  // The tornado's live rows are left to their formulas: their swings then subtract the very
  // numbers a spreadsheet computes, not the engine's (equal to rounding).
  writeCachedResults(wb, ctx.cells, result, pension);
  // After the cached results: the charts cache the values the cells show.
  const charts = planCharts(ctx);
  return { workbook: wb, cells: ctx.cells, sheets, charts, chartsSheet: sheetNames.charts };
}

/** The costing workbook as .xlsx bytes. */
export async function writeCostingWorkbook(
  scenario: Scenario,
  country: CountryData,
  result: CostingResult,
  options: WorkbookOptions = {},
): Promise<Buffer> {
  return costingWorkbookBytes(buildCostingWorkbook(scenario, country, result, options));
}

/** A built workbook as .xlsx bytes, with its charts (which exceljs cannot write) added. */
export async function costingWorkbookBytes(built: CostingWorkbook): Promise<Buffer> {
  const bytes = Buffer.from(await built.workbook.xlsx.writeBuffer());
  return addCharts(bytes, built.chartsSheet, built.charts);
}
