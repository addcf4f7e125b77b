import { AsyncLocalStorage } from 'node:async_hooks';
import { createReadStream, statSync } from 'node:fs';
import Papa from 'papaparse';
import { InputError, codedIssue, errorMessage, type Issue, type MessageParams } from '#engine';
import { openFailure } from '../read-limited';

/** One data row: its line in the file (the header is line 1) and its values in header order. */
export interface CsvRow {
  line: number;
  values: string[];
}

/** The rows of a CSV file that passed the filter, with the header to find columns by name. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  /** Every value seen in the filter column (with its name, when asked for), matched or not. */
  keysSeen?: Map<string, string>;
}

export interface ScanOptions {
  /** Columns that must be in the header. */
  required: readonly string[];
  /** Keep only rows whose `column` equals one of `values` (after trimming). */
  filter?: { column: string; values: readonly string[] };
  /**
   * Collect every value of the filter column, with the value of `nameColumn` (costs a full parse;
   * used to suggest codes for one that is not in the file).
   */
  collectKeys?: { nameColumn?: string };
  /** Called as the file is read, with the fraction of it read so far. */
  onProgress?: (fraction: number) => void;
}

/** At most this many problems are reported per file; the rest would repeat them. */
export const MAX_ISSUES = 20;

function fileError(file: string, issue: Issue): InputError {
  return new InputError([issue], file);
}

function statSize(file: string): number {
  try {
    const s = statSync(file);
    if (s.isDirectory()) throw fileError(file, codedIssue('', 'file.isFolderNotCsv'));
    return s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fileError(file, openFailure(e));
  }
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/** Splits one record; only records with quotes go through papaparse (they are rare and slow). */
export function splitRecord(record: string): string[] {
  if (!record.includes('"')) return record.split(',');
  const parsed = Papa.parse<string[]>(record, { delimiter: ',', newline: '\n' });
  return parsed.data[0] ?? [];
}

/**
 * Reads a comma-separated file once, streaming, and keeps the rows that pass the filter. Records
 * are cut at newlines outside quotes; a record is only parsed when its text contains a wanted key,
 * so a country's rows are found in a large file without parsing the others. A byte-order mark is
 * skipped. Problems (missing columns, short rows, another delimiter, an empty file) are thrown as
 * one InputError naming the file, the row and the column.
 */
export async function scanCsv(file: string, options: ScanOptions): Promise<CsvTable> {
  const ready = await tableSources.getStore()?.scan(file, options);
  return ready ?? scanCsvFile(file, options);
}

/**
 * Tables read ahead: a batch of country builds reads each shared file once and answers every
 * country's scan from it. `undefined`: this source cannot answer, the file is read as usual.
 */
export interface CsvTableSource {
  scan(file: string, options: ScanOptions): Promise<CsvTable | undefined>;
}

// Scoped to one run (the batch's async calls), so the readers keep their signatures and a
// concurrent scan elsewhere in the process still reads its file.
const tableSources = new AsyncLocalStorage<CsvTableSource>();

/** Runs `work` with every scanCsv in it asked of `source` first. */
export function withCsvTableSource<T>(source: CsvTableSource, work: () => Promise<T>): Promise<T> {
  return tableSources.run(source, work);
}

/** scanCsv reading the file itself, whatever source is in place. */
export async function scanCsvFile(file: string, options: ScanOptions): Promise<CsvTable> {
  const size = statSize(file);
  const issues: Issue[] = [];
  const rows: CsvRow[] = [];
  const keysSeen = options.collectKeys ? new Map<string, string>() : undefined;
  let nameIndex = -1;
  const wanted = options.filter ? new Set(options.filter.values) : undefined;
  const keyTexts = options.filter ? [...options.filter.values] : [];
  let header: string[] | undefined;
  let keyIndex = -1;
  let lastRecordLine = 0;
  let shortRow: { line: number; index: number; params: MessageParams } | undefined;

  const handle = (raw: string, line: number): void => {
    let record = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (header === undefined) {
      if (record.startsWith('\uFEFF')) record = record.slice(1);
      if (record.trim() === '') return;
      header = splitRecord(record).map((h) => h.trim());
      checkHeader(header, options, issues);
      if (options.filter) keyIndex = header.indexOf(options.filter.column);
      const nameColumn = options.collectKeys?.nameColumn;
      if (nameColumn) nameIndex = header.indexOf(nameColumn);
      return;
    }
    if (record.trim() === '' || issues.length >= MAX_ISSUES) return;
    lastRecordLine = line;
    const values = splitRecord(record);
    const key = keyIndex >= 0 ? values[keyIndex]?.trim() : undefined;
    if (keysSeen && key !== undefined && key !== '' && !keysSeen.has(key)) {
      keysSeen.set(key, nameIndex >= 0 ? (values[nameIndex]?.trim() ?? '') : '');
    }
    if (wanted && key !== undefined && !wanted.has(key)) return;
    if (values.length !== header.length) {
      const params = { found: values.length, expected: header.length, header: header.join(', ') };
      issues.push(codedIssue(`row ${line}`, 'sheet.csv.valueCount', params));
      shortRow = { line, index: issues.length - 1, params };
      return;
    }
    rows.push({ line, values });
  };

  // Records that cannot hold a wanted key are skipped without being cut out of the text: the
  // next quote and the next key are found with indexOf and only looked at again once passed.
  const scanAll = !options.filter || keysSeen !== undefined;
  const nextOf = (text: string, from: number, needles: readonly string[]): number => {
    let best = Infinity;
    for (const n of needles) {
      const at = text.indexOf(n, from);
      if (at >= 0 && at < best) best = at;
    }
    return best;
  };
  let pending = '';
  let scanned = 0; // characters of `pending` already searched for newlines
  let start = 0; // where the current record starts in `pending`
  let quotes = 0; // quotes in pending[start, scanned)
  let line = 1; // line of the record starting at `start`
  let linesInRecord = 0;
  let read = 0;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      read += Buffer.byteLength(chunk);
      pending = pending.slice(start) + chunk;
      scanned -= start;
      start = 0;
      let nextQuote = nextOf(pending, scanned, ['"']);
      let nextKey = scanAll ? -1 : nextOf(pending, start, keyTexts);
      let nl: number;
      while ((nl = pending.indexOf('\n', scanned)) >= 0) {
        while (nextQuote < nl) {
          quotes++;
          nextQuote = nextOf(pending, nextQuote + 1, ['"']);
        }
        scanned = nl + 1;
        linesInRecord++;
        // A newline inside quotes belongs to the value: the record goes on.
        if (quotes % 2 === 1) continue;
        if (header === undefined || scanAll || nextKey < nl) {
          handle(pending.slice(start, nl), line);
          if (nextKey < nl) nextKey = nextOf(pending, scanned, keyTexts);
        } else if (nl - start > 1) lastRecordLine = line;
        line += linesInRecord;
        linesInRecord = 0;
        quotes = 0;
        start = scanned;
      }
      options.onProgress?.(size > 0 ? Math.min(1, read / size) : 1);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fileError(file, codedIssue('', 'file.unreadable', { reason: errorMessage(e) }));
  }
  const rest = pending.slice(start);
  if (rest.length > 0) {
    if ((quotes + countQuotes(pending.slice(scanned))) % 2 === 1) {
      issues.push(codedIssue(`row ${line}`, 'data.csv.quoteNotClosed'));
    } else handle(rest, line);
  }
  if (header === undefined) throw new InputError([codedIssue('', 'sheet.csv.empty')], file);
  if (shortRow && shortRow.line === lastRecordLine) {
    // The last row cut short: most likely the file itself was cut.
    issues[shortRow.index] = codedIssue(
      `row ${shortRow.line}`,
      'data.csv.lastRowIncomplete',
      shortRow.params,
    );
  }
  if (issues.length > 0) throw new InputError(issues, file);
  const table: CsvTable = { file, header, rows };
  if (keysSeen) table.keysSeen = keysSeen;
  return table;
}

function checkHeader(header: string[], options: ScanOptions, issues: Issue[]): void {
  const first = header[0] ?? '';
  if (header.length === 1) {
    for (const [sep, name] of [
      [';', 'data.csv.semicolons'],
      ['\t', 'data.csv.tabs'],
      ['|', 'data.csv.verticalBars'],
    ] as const) {
      if (first.includes(sep)) {
        issues.push(codedIssue('row 1', 'data.csv.separator', { separator: `@${name}` }));
        return;
      }
    }
  }
  const wanted = options.filter ? [...options.required, options.filter.column] : options.required;
  for (const column of new Set(wanted)) {
    if (!header.includes(column)) {
      issues.push(
        codedIssue(`row 1, column ${column}`, 'data.csv.missingColumn', {
          column,
          header: header.map((h) => `"${h}"`).join(', '),
        }),
      );
    }
  }
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h)) {
      issues.push(codedIssue(`row 1, column ${h}`, 'data.csv.columnTwice', { column: h }));
    }
    seen.add(h);
  }
}
