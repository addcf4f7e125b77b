import type { CellValue } from './cell-values';
import type { TemplateSheet } from './sheet-layout';

/** One sheet as a table: its header and rows of cell values. */
export interface SheetTable {
  name: TemplateSheet;
  header: readonly string[];
  rows: CellValue[][];
  /** 1-based columns holding fractions (shown as percentages in Excel). */
  percentColumns: number[];
  /** 1-based columns holding counts or money (shown with thousands separators). */
  amountColumns: number[];
}
