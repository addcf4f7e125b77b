import { InputError, codedIssue, type Issue, type MessageParams } from '#engine';
import { MAX_ISSUES, type CsvRow, type CsvTable } from './csv-scan';

export interface NumberRule {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** The value must be a whole number (years, ages). */
  integer?: boolean;
}

/** `row 14, column pop_male_thousands`: where a value is, as error messages write it. */
export function cellPath(row: CsvRow, column: string): string {
  return `row ${row.line}, column ${column}`;
}

/**
 * Reads typed values from the rows of a CsvTable and collects every problem with its row and
 * column; `done()` throws them as one InputError naming the file.
 */
export class CellReader {
  readonly issues: Issue[] = [];
  private readonly columns: Map<string, number>;

  constructor(readonly table: CsvTable) {
    this.columns = new Map(table.header.map((h, i) => [h, i]));
  }

  has(column: string): boolean {
    return this.columns.has(column);
  }

  /** The raw text of a cell, trimmed ('' for a column the file does not have). */
  text(row: CsvRow, column: string): string {
    const i = this.columns.get(column);
    return i === undefined ? '' : (row.values[i] ?? '').trim();
  }

  add(path: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }

  /** A problem with a number, as a code of the catalogue (rendered in the user's language). */
  private notANumber(path: string, rule: NumberRule, found: string | null): void {
    if (this.issues.length >= MAX_ISSUES) return;
    const kind = rule.integer ? '@sheet.kind.wholeNumber' : '@sheet.kind.number';
    const params: MessageParams = rule.min !== undefined ? { kind, min: rule.min } : { kind };
    const atLeast = rule.min !== undefined;
    this.issues.push(
      found === null
        ? codedIssue(path, atLeast ? 'data.number.atLeastEmpty' : 'data.number.anyEmpty', params)
        : codedIssue(path, atLeast ? 'sheet.number.atLeast' : 'sheet.number.any', {
            ...params,
            found,
          }),
    );
  }

  /** A number, or null for an empty cell when `optional`; problems are recorded, giving null. */
  number(row: CsvRow, column: string, rule: NumberRule & { optional: true }): number | null;
  number(row: CsvRow, column: string, rule?: NumberRule & { optional?: false }): number;
  number(
    row: CsvRow,
    column: string,
    rule: NumberRule & { optional?: boolean } = {},
  ): number | null {
    const text = this.text(row, column);
    if (text === '') {
      if (rule.optional) return null;
      this.notANumber(cellPath(row, column), rule, null);
      return NaN;
    }
    const value = Number(text);
    if (!Number.isFinite(value) || !/^[-+]?(\d|\.\d)/.test(text)) {
      this.notANumber(cellPath(row, column), rule, JSON.stringify(text));
      return NaN;
    }
    if (
      (rule.min !== undefined && value < rule.min) ||
      (rule.integer && !Number.isInteger(value))
    ) {
      this.notANumber(cellPath(row, column), rule, JSON.stringify(text));
      return NaN;
    }
    return value;
  }

  /** An age: a whole number >= 0, or an open group written like "100+" (read as 100). */
  age(row: CsvRow, column: string): number {
    const text = this.text(row, column);
    const m = /^(\d+)\+$/.exec(text);
    if (m) return Number(m[1]);
    return this.number(row, column, { integer: true, min: 0 });
  }

  /** Throws the problems found so far, if any. */
  done(): void {
    if (this.issues.length > 0) throw new InputError(this.issues, this.table.file);
  }
}

/** An error about a whole file (no row), such as a country it does not contain. */
export function fileIssue(file: string, path: string, message: string): InputError {
  return new InputError([{ path, message }], file);
}

/** Reports two rows that give the same key, e.g. the same year and age twice. */
export function duplicateChecker(reader: CellReader, what: (key: string) => string) {
  const first = new Map<string, number>();
  return (row: CsvRow, key: string, column: string): boolean => {
    const earlier = first.get(key);
    if (earlier !== undefined) {
      reader.add(cellPath(row, column), `${what(key)} is given twice: in row ${earlier} and here`);
      return true;
    }
    first.set(key, row.line);
    return false;
  };
}
