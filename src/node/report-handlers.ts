import { InputError, readCountry, readScenario, runPension, runScenario } from '#engine';
import type { Handlers } from './bridge-dispatch';
import { reportFileName } from '../contract/report';
import { writeCostingWorkbook } from './report/xlsx/workbook';
import { tableWorkbook } from './spreadsheet/table-xlsx';

// The desktop shell names its saved PDF with it too (electron/main/dialogs.ts).
export { reportFileName };

export interface ReportHandlerOptions {
  /**
   * Shown on the workbook's README sheet. The desktop app passes its own version: bundled, the main
   * process cannot find package.json where the workbook code looks for it.
   */
  engineVersion?: string;
}

/**
 * Reports that need no library and no window, the same for the desktop app and the browser build:
 * the Excel workbook with live formulas, and any table of the app as an Excel file. The scenario and the country are read as the engine reads
 * files, so a broken request is answered with every problem located (`scenario: benefits[0]…`).
 */
export function reportHandlers(options: ReportHandlerOptions = {}): Handlers {
  return {
    'report:workbook': async ({ scenario, country, lang }) => {
      const s = readScenario(scenario);
      if (!s.ok) throw new InputError(s.issues, 'scenario');
      const c = readCountry(country);
      if (!c.ok) throw new InputError(c.issues, 'country');
      let result;
      let pension;
      try {
        result = runScenario(s.value, c.value);
        // The contributory pension scheme, when the scenario has one, gets its sheet.
        pension = s.value.pension ? runPension(s.value, c.value) : null;
      } catch (e) {
        if (e instanceof InputError) throw new InputError(e.issues, 'scenario');
        throw e;
      }
      const bytes = await writeCostingWorkbook(s.value, c.value, result, {
        pension,
        lang: lang ?? 'en',
        ...(options.engineVersion === undefined ? {} : { engineVersion: options.engineVersion }),
      });
      return { fileName: reportFileName(s.value.name, 'xlsx'), base64: bytes.toString('base64') };
    },
    'export:tableXlsx': (table) => tableWorkbook(table),
  };
}
