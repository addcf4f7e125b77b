import ExcelJS from 'exceljs';
import type { RequestOf, WorkbookFile } from '../../contract/bridge';

type TableRequest = RequestOf<'export:tableXlsx'>;

/** Excel refuses these in a sheet name, and more than 31 characters. */
function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (clean === '' ? 'Table' : clean).slice(0, 31);
}

/** A file name any system accepts, ending in .xlsx. */
function xlsxFileName(name: string): string {
  const base = [...name.replace(/\.xlsx$/i, '')]
    .map((c) => (c < ' ' || '<>:"/\\|?*'.includes(c) ? '-' : c))
    .join('');
  return `${base.trim() || 'table'}.xlsx`;
}

/**
 * One table of the app as an Excel file: its header bold and frozen, numbers as numbers at full
 * precision (so that a formula on them recomputes exactly), text as text (exceljs writes strings as
 * shared strings, never as formulas, so a name starting with "=" stays a name).
 */
export async function tableWorkbook(table: TableRequest): Promise<WorkbookFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SPF Costing Studio';
  const ws = wb.addWorksheet(sheetName(table.sheet), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.addRow(table.header);
  ws.getRow(1).font = { bold: true };
  for (const row of table.rows) ws.addRow(row);
  table.header.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.min(40, Math.max(10, h.length + 2));
  });
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: xlsxFileName(table.fileName), base64: buffer.toString('base64') };
}
