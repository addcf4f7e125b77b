import type { CostingResult, CountryData } from '#engine';
import type { WorkbookFile } from '../../../../src/contract/bridge';
import type { ReportData, ReportLanguage } from '../../../../src/contract/report';
import { REPORT_LANGUAGES } from '../../../../src/contract/report';
import { downloadBlob } from '../../lib/download';
import type { ExportActions } from '../../stores/types';
import { openPrintableReport } from './open-report';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The desktop app saves through native dialogs; the browser build downloads and prints itself. */
export const isDesktop = (): boolean => window.spf !== undefined;

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** The file name of a saved path, on any system. */
const fileOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * The Excel workbook: made on the privileged side (exceljs), then saved with the native dialog in
 * the desktop app or downloaded by the browser. Resolves with the file's name, or null if cancelled.
 */
export async function saveWorkbook(
  store: Pick<ExportActions, 'workbookMade' | 'binarySaved'>,
  scenario: unknown,
  country: CountryData,
  lang: ReportLanguage = 'en',
): Promise<string | null> {
  // The workbook in the user's language (sheet names, headings, labels).
  return saveXlsx(store, await store.workbookMade(scenario, country, lang));
}

/** Saves an Excel file the privileged side made: native dialog (desktop) or download (browser). */
async function saveXlsx(
  store: Pick<ExportActions, 'binarySaved'>,
  file: WorkbookFile,
): Promise<string | null> {
  if (isDesktop()) {
    const saved = await store.binarySaved(file.fileName, file.base64);
    return saved ? fileOf(saved) : null;
  }
  downloadBlob(file.fileName, new Blob([bytes(file.base64)], { type: XLSX_TYPE }));
  return file.fileName;
}

/** One table of a page as an Excel file (its sheet named after the table). */
export async function saveTableWorkbook(
  store: Pick<ExportActions, 'tableWorkbookMade' | 'binarySaved'>,
  table: { fileName: string; sheet: string; header: string[]; rows: (string | number)[][] },
): Promise<string | null> {
  return saveXlsx(store, await store.tableWorkbookMade(table));
}

export function reportLanguage(language: string): ReportLanguage {
  const short = language.slice(0, 2) as ReportLanguage;
  return REPORT_LANGUAGES.includes(short) ? short : 'en';
}

export class PopupBlockedError extends Error {}

/**
 * The PDF report: printed by Electron and saved where the user chooses (desktop), or the printable
 * page opened in a new tab, where the user prints or saves it as PDF (browser build; no file name).
 */
export async function savePdf(
  store: Pick<ExportActions, 'pdfPrinted'>,
  data: ReportData,
): Promise<string | null | void> {
  if (isDesktop()) {
    const saved = await store.pdfPrinted(data);
    return saved ? fileOf(saved) : null;
  }
  if (!openPrintableReport(data)) throw new PopupBlockedError('pop-up blocked');
}

/** What the report page needs, from the workspace's scenario, country and result. */
export function reportData(
  scenarioFile: Record<string, unknown>,
  country: CountryData,
  result: CostingResult,
  language: string,
  now: Date = new Date(),
): ReportData {
  return {
    scenarioFile,
    country,
    result,
    language: reportLanguage(language),
    generatedAt: now.toISOString(),
  };
}
