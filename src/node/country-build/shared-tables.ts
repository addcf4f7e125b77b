import {
  scanCsvFile,
  type CsvRow,
  type CsvTable,
  type CsvTableSource,
  type ScanOptions,
} from '../shared-data/csv-scan';

/** One file read whole: its header, every row, and the rows of each key of a column. */
interface WholeFile {
  header: string[];
  rows: CsvRow[];
  byColumn: Map<string, Map<string, CsvRow[]>>;
}

/**
 * Every shared file read once, whole, the first time a build asks for it; each later scan is
 * answered from memory with the rows, lines and header a scan of the file would give. A file that
 * cannot be read whole without an error (a short row anywhere, a missing file) is not kept: each
 * country then reads it as a single build does, so it gets the same error or the same rows.
 */
export class SharedTables implements CsvTableSource {
  private readonly files = new Map<string, Promise<WholeFile | undefined>>();

  async scan(file: string, options: ScanOptions): Promise<CsvTable | undefined> {
    const whole = await this.read(file);
    if (!whole) return undefined;
    const wanted = options.filter ? [...options.required, options.filter.column] : options.required;
    // A missing column is the file scan's error to give, with its wording.
    if (wanted.some((column) => !whole.header.includes(column))) return undefined;
    const table: CsvTable = { file, header: whole.header, rows: whole.rows.slice() };
    if (!options.filter) return table;
    const { column, values } = options.filter;
    const groups = byKey(whole, column);
    const rows = [...new Set(values)].flatMap((v) => groups.get(v) ?? []);
    table.rows = values.length > 1 ? rows.sort((a, b) => a.line - b.line) : rows;
    if (options.collectKeys) table.keysSeen = keysOf(whole, column, options.collectKeys.nameColumn);
    return table;
  }

  private read(file: string): Promise<WholeFile | undefined> {
    let whole = this.files.get(file);
    if (!whole) {
      whole = scanCsvFile(file, { required: [] }).then(
        ({ header, rows }) => ({ header, rows, byColumn: new Map() }),
        () => undefined,
      );
      this.files.set(file, whole);
    }
    return whole;
  }
}

/** The rows of each value of `column` (trimmed, as a scan's filter compares), in file order. */
function byKey(whole: WholeFile, column: string): Map<string, CsvRow[]> {
  let groups = whole.byColumn.get(column);
  if (groups) return groups;
  groups = new Map();
  const at = whole.header.indexOf(column);
  for (const row of whole.rows) {
    const key = row.values[at]?.trim() ?? '';
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  whole.byColumn.set(column, groups);
  return groups;
}

/** Every non-empty value of `column` with the name on its first row, as a scan collects them. */
function keysOf(whole: WholeFile, column: string, nameColumn?: string): Map<string, string> {
  const nameAt = nameColumn ? whole.header.indexOf(nameColumn) : -1;
  const keys = new Map<string, string>();
  for (const [key, rows] of byKey(whole, column)) {
    if (key !== '') keys.set(key, nameAt >= 0 ? (rows[0]!.values[nameAt]?.trim() ?? '') : '');
  }
  return keys;
}
