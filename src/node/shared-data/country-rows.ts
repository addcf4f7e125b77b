import { closeCountryCodes } from './country-codes';
import { scanCsv, type CsvTable } from './csv-scan';
import { InputError, codedIssue } from '#engine';

export interface CountryRowsOptions {
  /** Columns that must be in the header (besides the code column). */
  required: readonly string[];
  /** The column holding the country code (`iso3` in ../shared/data). */
  codeColumn?: string;
  /** A column with country names, used to suggest codes. */
  nameColumn?: string;
  /** Other codes that also count (the IMF's UVK for XKX). */
  aliases?: readonly string[];
  /** Without rows for the country: throw an error with close codes (default), or return them empty. */
  missing?: 'error' | 'empty';
  onProgress?: (fraction: number) => void;
}

/**
 * The rows of one country in a file of many, found while streaming through it once. A code that is
 * not in the file is an error listing close codes (found by a second, full pass).
 */
export async function readCountryRows(
  file: string,
  iso3: string,
  options: CountryRowsOptions,
): Promise<CsvTable> {
  const column = options.codeColumn ?? 'iso3';
  const codes = [iso3, ...(options.aliases ?? [])];
  const scan = (collect: boolean) =>
    scanCsv(file, {
      required: options.required,
      filter: { column, values: codes },
      ...(collect
        ? { collectKeys: options.nameColumn ? { nameColumn: options.nameColumn } : {} }
        : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  const table = await scan(false);
  if (table.rows.length > 0 || options.missing === 'empty') return table;
  const known = (await scan(true)).keysSeen ?? new Map<string, string>();
  const close = closeCountryCodes(iso3, known);
  const issue =
    known.size === 0
      ? codedIssue(`column ${column}`, 'data.noRows.noData', { iso3 })
      : close.length > 0
        ? codedIssue(`column ${column}`, 'data.noRows.close', { iso3, close: close.join(', ') })
        : codedIssue(`column ${column}`, 'data.noRows.noneClose', { iso3, count: known.size });
  // Coded, so that a batch's list of countries not built reads in the user's language.
  throw new InputError([issue], file);
}
