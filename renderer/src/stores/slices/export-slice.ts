import type { ExportActions, SliceContext } from '../types';

/**
 * What the privileged side makes for an export. Where the file goes (a native dialog or a browser
 * download) and what the user is told are the exports feature's (features/exports/report-actions).
 */
export function createExportSlice({ deps }: SliceContext): ExportActions {
  return {
    workbookMade: (scenario, country, lang) =>
      deps.bridge('report:workbook', { scenario, country, lang }),
    tableWorkbookMade: (table) => deps.bridge('export:tableXlsx', table),
    async binarySaved(defaultName, base64) {
      const saved = await deps.bridge('dialog:saveBinary', { defaultName, base64 });
      return saved?.path ?? null;
    },
    async pdfPrinted(data) {
      const saved = await deps.bridge('report:pdf', { data });
      return saved?.path ?? null;
    },
  };
}
