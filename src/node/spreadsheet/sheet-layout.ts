/**
 * The layout of the country spreadsheet (docs/country-data.md, "Spreadsheet"): one sheet per
 * block, units in the header row, one row per year. The XLSX and the long CSV share these names.
 */
import { POVERTY_LINE_IDS, RATE_NAMES, type PovertyLineId, type RateName } from '#engine';

export const SHEET = {
  readme: 'README',
  country: 'Country',
  female: 'Population female',
  male: 'Population male',
  births: 'Births',
  mortalityFemale: 'Mortality female',
  mortalityMale: 'Mortality male',
  fertility: 'Fertility',
  migration: 'Migration',
  macro: 'Macro',
  rates: 'Rates',
  spending: 'Spending',
  sources: 'Sources',
} as const;

/** The sheets an import needs, in workbook order (README is only for people). */
export const DATA_SHEETS = [
  SHEET.country,
  SHEET.female,
  SHEET.male,
  SHEET.births,
  SHEET.macro,
  SHEET.rates,
  SHEET.spending,
  SHEET.sources,
] as const;

export type DataSheet = (typeof DATA_SHEETS)[number];

/** The sheets of the optional `demography` block (demography-layout.ts): an import may lack them. */
export const DEMOGRAPHY_SHEETS = [
  SHEET.mortalityFemale,
  SHEET.mortalityMale,
  SHEET.fertility,
  SHEET.migration,
] as const;

export type DemographySheet = (typeof DEMOGRAPHY_SHEETS)[number];

export type TemplateSheet = DataSheet | DemographySheet;

/** Every sheet the template writes after README, in workbook order. */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  SHEET.country,
  SHEET.female,
  SHEET.male,
  SHEET.births,
  ...DEMOGRAPHY_SHEETS,
  SHEET.macro,
  SHEET.rates,
  SHEET.spending,
  SHEET.sources,
];

/** `signed` numbers may be negative (long-run growth and inflation). */
export type FieldKind = 'text' | 'integer' | 'number' | 'signed' | 'boolean';

/** Words for each poverty line in the Country sheet's units column. */
const LINE_WORDS: Record<PovertyLineId, string> = {
  'international-3.00': 'USD 3.00 a day (2021 PPP) line',
  'international-4.20': 'USD 4.20 a day (2021 PPP) line',
  'international-8.30': 'USD 8.30 a day (2021 PPP) line',
  national: 'national poverty line',
};

/** Country-sheet rows of the poverty lines' amounts and the long-run assumptions (dotted keys). */
const LINE_AND_LONG_RUN_FIELDS: { key: string; kind: FieldKind; unit: string }[] = [
  ...POVERTY_LINE_IDS.map((id) => ({
    key: `povertyLines.${id}.amount`,
    kind: 'number' as const,
    unit: `${LINE_WORDS[id]}: LCU per person per year, base-year prices (its headcount is on the Rates sheet)`,
  })),
  {
    key: 'longRun.realGrowth',
    kind: 'signed',
    unit: 'fraction a year after the last Macro year (blank: the last value held)',
  },
  {
    key: 'longRun.inflation',
    kind: 'signed',
    unit: 'fraction a year after the last Macro year (blank: the last value held)',
  },
  {
    key: 'longRun.revenuePctGdp',
    kind: 'number',
    unit: 'fraction of GDP after the last Macro year (blank: the last value held)',
  },
  {
    key: 'longRun.expenditurePctGdp',
    kind: 'number',
    unit: 'fraction of GDP after the last Macro year (blank: the last value held)',
  },
  {
    key: 'longRun.usdInflation',
    kind: 'signed',
    unit: 'US dollar inflation, fraction a year: moves the exchange rate after the last Macro year (blank: the rate held)',
  },
];

/** Rates-sheet names of the poverty lines' headcounts. */
export const HEADCOUNT_RATE_NAMES: readonly string[] = POVERTY_LINE_IDS.map(
  (id) => `povertyLines.${id}.headcount`,
);

/** Rows of the Country sheet: field, kind, unit and meaning. */
export const COUNTRY_FIELDS: readonly { key: string; kind: FieldKind; unit: string }[] = [
  { key: 'code', kind: 'text', unit: 'ISO 3166-1 alpha-3 code, e.g. KEN' },
  { key: 'name', kind: 'text', unit: 'name shown in results' },
  { key: 'currency', kind: 'text', unit: 'ISO 4217 code of the local currency unit (LCU)' },
  { key: 'baseYear', kind: 'integer', unit: "year: amounts are in this year's prices" },
  {
    key: 'povertyLine',
    kind: 'number',
    unit: 'earlier layout: the national poverty line, LCU per person per year, base-year prices (leave blank when giving povertyLines)',
  },
  { key: 'minimumWage', kind: 'number', unit: 'LCU per month, base year' },
  { key: 'averageWage', kind: 'number', unit: 'LCU per month, base year' },
  ...LINE_AND_LONG_RUN_FIELDS,
  { key: 'fictional', kind: 'boolean', unit: 'yes for invented data' },
  { key: 'description', kind: 'text', unit: 'text' },
  { key: 'notes', kind: 'text', unit: 'text' },
];

export const COUNTRY_HEADER = ['Field', 'Value', 'Unit and meaning'] as const;

/** Ages 0..99 and the open group 100+. */
export const AGES = 101;

export function ageLabel(age: number): string {
  return age === 100 ? '100+' : String(age);
}

export const POPULATION_HEADER: readonly string[] = [
  'Year',
  ...Array.from({ length: AGES }, (_, a) => `Age ${ageLabel(a)} (persons)`),
];

export const BIRTHS_HEADER = ['Year', 'Live births (persons)'] as const;

export type MacroKey =
  | 'gdp'
  | 'realGrowth'
  | 'inflation'
  | 'revenuePctGdp'
  | 'expenditurePctGdp'
  | 'fxPerUsd'
  | 'debtPctGdp'
  | 'povertyLine'
  | 'minimumWage'
  | 'averageWage';

/** Columns of the Macro sheet after Year; `fraction` columns are shown as percentages in Excel. */
export const MACRO_COLUMNS: readonly {
  key: MacroKey;
  header: string;
  required: boolean;
  fraction: boolean;
}[] = [
  { key: 'gdp', header: 'GDP (LCU a year, current prices)', required: true, fraction: false },
  {
    key: 'realGrowth',
    header: 'Real GDP growth (fraction: 0.05 = 5%)',
    required: true,
    fraction: true,
  },
  {
    key: 'inflation',
    header: 'Inflation, consumer prices (fraction)',
    required: true,
    fraction: true,
  },
  {
    key: 'revenuePctGdp',
    header: 'Government revenue (fraction of GDP)',
    required: true,
    fraction: true,
  },
  {
    key: 'expenditurePctGdp',
    header: 'Government expenditure (fraction of GDP)',
    required: true,
    fraction: true,
  },
  { key: 'fxPerUsd', header: 'Exchange rate (LCU per USD)', required: true, fraction: false },
  {
    key: 'debtPctGdp',
    header: 'Gross government debt (fraction of GDP)',
    required: false,
    fraction: true,
  },
  {
    key: 'povertyLine',
    header: 'Poverty line (LCU per person per year)',
    required: false,
    fraction: false,
  },
  { key: 'minimumWage', header: 'Minimum wage (LCU per month)', required: false, fraction: false },
  { key: 'averageWage', header: 'Average wage (LCU per month)', required: false, fraction: false },
];

export const MACRO_HEADER: readonly string[] = ['Year', ...MACRO_COLUMNS.map((c) => c.header)];

/** The rate sheet's rates are the engine's (src/engine/vocabulary/rates.ts), in its order. */
export { RATE_NAMES, type RateName };

export const RATE_MEANINGS: Readonly<Record<RateName, string>> = {
  disability: 'severe disability prevalence',
  orphanhood: 'share of children who have lost a parent (ages 0-17)',
  poverty: 'poverty headcount: share under the national poverty line',
  pensionCoverage: 'share already receiving a contributory pension',
  laborForceParticipation: 'labour force participation',
  unemployment: 'unemployment as a share of the whole age group (rate x participation)',
  healthCoverage: 'share already covered for essential health care',
};

export const SEXES = ['all', 'female', 'male'] as const;

export const RATES_HEADER = [
  'Rate',
  'Sex (all, female or male)',
  'From age',
  'To age (100 = 100+)',
  'Value (fraction of the age group)',
] as const;

/** The Spending sheet has one row per function of the engine's vocabulary, in its order. */
export { SPENDING_FUNCTIONS } from '#engine';

export const SPENDING_HEADER = ['Function', 'Current public spending (fraction of GDP)'] as const;

export const SOURCE_ATTRIBUTES = [
  'field',
  'source',
  'edition',
  'url',
  'note',
  'assumption',
  'userChanged',
] as const;

export type SourceAttribute = (typeof SOURCE_ATTRIBUTES)[number];

export const SOURCES_HEADER = [
  'Field',
  'Source',
  'Edition',
  'URL',
  'Note',
  'Assumption (yes or no)',
  'Changed by user (yes or no)',
] as const;

/** The long CSV form: one row per value (docs/country-data.md). */
export const CSV_COLUMNS = ['sheet', 'item', 'year', 'age', 'sex', 'value', 'unit'] as const;

/** Header cells are compared without case, spaces or the unit in brackets: "Age 5" = "age 5 (persons)". */
export function headerKey(text: string): string {
  return text.replace(/\(.*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The unit of a header cell: the part in brackets ("Age 5 (persons)" → "persons"). */
export function headerUnit(header: string): string {
  const m = /\((.*)\)\s*$/.exec(header);
  return m ? m[1]! : '';
}
