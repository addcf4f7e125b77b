import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from './ExportButtons';
import { draftToFile } from '../../stores/draft';
import { useApp, useAppStore } from '../../stores/store-context';
import {
  PopupBlockedError,
  reportData,
  reportLanguage,
  savePdf,
  saveWorkbook,
} from './report-actions';

/**
 * The scenario's exports, in a page's header bar: the scenario file, the Excel workbook with live
 * formulas and the PDF report. The workbook and the PDF need a costing of the scenario as it is now.
 */
export function ScenarioExports() {
  const { i18n } = useTranslation();
  const draft = useApp((s) => s.draft);
  const country = useApp((s) => s.country);
  const result = useApp((s) => s.run.result);
  const status = useApp((s) => s.run.status);
  const store = useAppStore();
  const scenarioFile = useMemo(() => (draft ? draftToFile(draft) : null), [draft]);
  // A result from before the last edit would not match the scenario it is printed with.
  const canReport = result !== null && country !== null && status === 'done';

  const onWorkbook = async () => {
    if (!scenarioFile || !country) return null;
    return saveWorkbook(store.getState(), scenarioFile, country, reportLanguage(i18n.language));
  };
  const onPdf = async () => {
    if (!scenarioFile || !country || !result) return null;
    try {
      const data = reportData(scenarioFile, country, result, i18n.language);
      const saved = await savePdf(store.getState(), data);
      // The browser build prints from a new tab: say what to do there.
      return saved === undefined ? { kind: 'report-opened' as const } : saved;
    } catch (e) {
      if (e instanceof PopupBlockedError) return { kind: 'report-blocked' as const };
      throw e;
    }
  };

  return (
    <ExportButtons
      scenarioFile={scenarioFile}
      name={draft?.name ?? ''}
      canReport={canReport}
      onWorkbook={onWorkbook}
      onPdf={onPdf}
    />
  );
}
