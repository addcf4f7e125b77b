import type ExcelJS from 'exceljs';
import type {
  BenefitSpec,
  CostingResult,
  CountryData,
  CountryModel,
  PensionResult,
  Scenario,
} from '#engine';
import type { ReportHowSure } from '../../../contract/report';
import { absAddr, namePart, sheetRef } from './layout';
import type { WorkbookLanguage } from './workbook-language';
import type { SheetNames, WorkbookText } from './workbook-text';

/**
 * A cell whose recomputed value must equal an engine number: `path` locates it in the CostingResult
 * (e.g. ['benefits', 0, 'cost', 3]), or, when it starts with 'pension', in the PensionResult of the
 * scenario's contributory scheme (e.g. ['pension', 'finances', 'reserve', 3]), or, when it starts with
 * 'sensitivity' or 'uncertainty', in the report's HowSure part (e.g. ['sensitivity', 'inputs', 0,
 * 'low']); `expected` is used for text derived from engine numbers.
 */
export interface ResultCell {
  sheet: string;
  address: string;
  path: readonly (string | number)[];
  expected?: string;
}

/** One enabled benefit: where its sheet, assumptions and factor columns are. */
export interface BenefitPlan {
  spec: BenefitSpec;
  /** Index in scenario.benefits (for messages) and in result.benefits. */
  scenarioIndex: number;
  resultIndex: number;
  /** Prefix of its defined names, e.g. "b_child". */
  key: string;
  sheet: string;
  /** Column of its values on the Assumptions sheet. */
  assumptionsColumn: number;
  /** Eligible persons and amount are engine values when a custom formula gives them. */
  eligibleByFormula: boolean;
  amountByFormula: boolean;
  /** Columns on the Eligibility factors sheet (female, male) and of its age-band sum on Inputs. */
  factorColumns: [number, number] | null;
  bandColumn: number | null;
}

export interface BookContext {
  wb: ExcelJS.Workbook;
  /** The fixed sheets' names and the headings, in the workbook's language. */
  sheets: SheetNames;
  text: WorkbookText;
  /** The workbook's language, for texts from the engine's message catalogue. */
  lang: WorkbookLanguage;
  scenario: Scenario;
  country: CountryData;
  result: CostingResult;
  /** The projection of the scenario's contributory pension scheme (null: none, no Pension sheet). */
  pension: PensionResult | null;
  /** The tornado and the Monte Carlo bands of the Sensitivity and Percentiles sheets, or a note. */
  howSure: ReportHowSure;
  model: CountryModel;
  y0: number;
  firstYear: number;
  lastYear: number;
  currency: string;
  benefits: BenefitPlan[];
  cells: ResultCell[];
  /** Defined names already used (lower case), so that every name is unique. */
  usedNames: Set<string>;
  /** The defined name of each input cell, by a logical key such as "b_child.benefit_share". */
  names: Map<string, string>;
}

/** Rows of the Inputs sheet: a block of country constants, then years down from the base year. */
export const INPUTS_HEADER_ROW = 8;

export function inputsRow(ctx: BookContext, year: number): number {
  return INPUTS_HEADER_ROW + 1 + (year - ctx.y0);
}

/** Rows of the yearly tables (benefits, package, fiscal space): one header row, then the scenario years. */
export function tableRow(ctx: BookContext, year: number): number {
  return 2 + (year - ctx.firstYear);
}

/** Adds a workbook-wide defined name for one cell under a logical key; returns the name. */
export function defineName(
  ctx: BookContext,
  key: string,
  sheet: string,
  column: number,
  row: number,
  wanted: string,
): string {
  let name = wanted;
  for (let i = 2; ctx.usedNames.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  ctx.usedNames.add(name.toLowerCase());
  ctx.names.set(key, name);
  ctx.wb.definedNames.add(`${sheetRef(sheet)}${absAddr(column, row)}`, name);
  return name;
}

/** The defined name given to an input cell; a missing one is a bug in the writer. */
export function nameOf(ctx: BookContext, key: string): string {
  const name = ctx.names.get(key);
  if (name === undefined) throw new Error(`workbook writer: no defined name for ${key}`);
  return name;
}

export function result(
  ctx: BookContext,
  sheet: string,
  address: string,
  path: (string | number)[],
): void {
  ctx.cells.push({ sheet, address, path });
}

/** Characters Excel refuses in a sheet name; a name may not start or end with an apostrophe either. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/** A benefit's label as a sheet name: Excel's forbidden characters replaced, at most 31 characters. */
export function sheetNameOf(label: string, fallback: string): string {
  const clean = label
    .replace(SHEET_FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return clean || fallback.slice(0, 31);
}

/**
 * Sheet names for the benefits: their labels (sanitised, see sheetNameOf), made unique without regard
 * to case against the fixed sheets, Excel's reserved "History" and each other.
 */
export function planBenefits(
  scenario: Scenario,
  text: WorkbookText,
): Omit<BenefitPlan, 'assumptionsColumn' | 'factorColumns' | 'bandColumn'>[] {
  const fixed = new Set<string>(
    [...(Object.values(text.sheets) as string[]), 'History'].map((s) => s.toLowerCase()),
  );
  const taken = new Set<string>(fixed);
  const keys = new Set<string>();
  const out: Omit<BenefitPlan, 'assumptionsColumn' | 'factorColumns' | 'bandColumn'>[] = [];
  scenario.benefits.forEach((spec, scenarioIndex) => {
    if (!spec.enabled) return;
    let wanted = sheetNameOf(spec.label, spec.id);
    // A label that is a fixed sheet's name ("Package") reads as "Benefit Package".
    if (fixed.has(wanted.toLowerCase()))
      wanted = sheetNameOf(`${text.table.benefitSheetPrefix} ${wanted}`, spec.id);
    let sheet = wanted;
    for (let i = 2; taken.has(sheet.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      sheet = `${wanted.slice(0, 31 - suffix.length).trim()}${suffix}`;
    }
    taken.add(sheet.toLowerCase());
    let key = `b_${namePart(spec.id)}`;
    for (let i = 2; keys.has(key.toLowerCase()); i++) key = `b_${namePart(spec.id)}_${i}`;
    keys.add(key.toLowerCase());
    out.push({
      spec,
      scenarioIndex,
      resultIndex: out.length,
      key,
      sheet,
      eligibleByFormula: spec.formula?.eligible !== undefined,
      amountByFormula: spec.formula?.perBeneficiary !== undefined,
    });
  });
  return out;
}
