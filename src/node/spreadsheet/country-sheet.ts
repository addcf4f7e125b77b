import { codedIssue, errorMessage, InputError, type CountryData, type Issue } from '#engine';
import { countryToTables } from './country-to-sheets';
import { readCountryCsv } from './read-csv';
import { readCountryXlsx } from './read-xlsx';
import { sheetDataToCountry } from './sheet-to-country';
import { writeCsv, writeXlsx } from './write-sheets';

export type SheetFormat = 'xlsx' | 'csv';

/** The form of a spreadsheet file from its name: .xlsx (Excel) or .csv (the long table). */
export function sheetFormatOf(file: string, option: string): SheetFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  throw new InputError([codedIssue(option, 'sheet.file.format', { found: JSON.stringify(file) })]);
}

/** Years of an empty template: the default base year to the default last year. */
export const TEMPLATE_YEARS = { first: 2025, last: 2060 } as const;

/**
 * Writes the spreadsheet for a country: pre-filled from `country` when given, or empty with a row
 * per year of `years`.
 */
export async function writeCountryTemplate(
  file: string,
  country?: CountryData,
  years: readonly number[] = Array.from(
    { length: TEMPLATE_YEARS.last - TEMPLATE_YEARS.first + 1 },
    (_, i) => TEMPLATE_YEARS.first + i,
  ),
): Promise<SheetFormat> {
  const format = sheetFormatOf(file, '--out');
  const tables = countryToTables(country, years);
  try {
    if (format === 'xlsx') {
      await writeXlsx(
        file,
        tables,
        country ? { code: country.code, name: country.name } : undefined,
      );
    } else writeCsv(file, tables);
  } catch (e) {
    throw new InputError([
      codedIssue('--out', 'cli.cannotWriteFile', { file, reason: errorMessage(e) }),
    ]);
  }
  return format;
}

/** Reads a filled-in spreadsheet (XLSX or long CSV) as a checked country. */
export async function readCountrySheet(
  file: string,
): Promise<{ country: CountryData; warnings: Issue[] }> {
  const format = sheetFormatOf(file, 'FILE');
  const data = format === 'xlsx' ? await readCountryXlsx(file) : readCountryCsv(file);
  return sheetDataToCountry(data, file);
}
