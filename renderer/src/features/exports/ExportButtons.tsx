import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/export';
import { reportFileName } from '../../../../src/contract/report';
import type { ExportKind, Notice } from '../../stores/notices';
import { useApp } from '../../stores/store-context';
import './export-buttons.css';
import { useMessageLanguage } from '../../components/use-message-text';
import { errorMessage } from '#engine';

export type { ExportKind };

/**
 * What a long export resolves with: the saved file's name, null when the user cancelled, or the
 * notice to show instead of "Saved …" (the report's print tab, a blocked pop-up).
 */
export type ExportAction = () => Promise<string | null | void | Notice>;

interface ExportButtonsProps {
  /** The scenario as a spf.scenario/1 file (draftToFile(draft)); null when none is open. */
  scenarioFile: Record<string, unknown> | null;
  /** The scenario's name: the base of the file names. */
  name: string;
  /** Makes and saves the Excel workbook (through the store's export actions). */
  onWorkbook?: ExportAction;
  /** Makes and saves the PDF report (Electron's printToPDF, or the printable page in a browser). */
  onPdf?: ExportAction;
  /** The workbook and the PDF need a costing result. */
  canReport?: boolean;
}

/** What the user is told once an export has resolved; null (cancelled) says nothing. */
function outcomeNotice(outcome: string | null | void | Notice): Notice | null {
  if (outcome === null) return null;
  if (outcome === undefined) return { kind: 'export-ready' };
  return typeof outcome === 'string' ? { kind: 'exported', file: outcome } : outcome;
}

const failure = (kind: ExportKind, message: string): Notice => ({
  kind: 'export-failed',
  export: kind,
  message,
});

/**
 * Export actions with designed states: ready, working (the button says what is happening and is
 * busy), then saved (which file) or failed (why), said by the app's one notice bar. Only one export
 * runs at a time.
 */
export function ExportButtons({
  scenarioFile,
  name,
  onWorkbook,
  onPdf,
  canReport = true,
}: ExportButtonsProps) {
  const { t } = useTranslation();
  const show = useApp((s) => s.noticeShown);
  // The notice already says which export failed; the reason follows in the interface's language.
  const lang = useMessageLanguage();
  const errorText = (e: unknown) => errorMessage(e, lang);
  const [working, setWorking] = useState<ExportKind | null>(null);

  const run = async (kind: ExportKind, action: ExportAction) => {
    setWorking(kind);
    try {
      const notice = outcomeNotice(await action());
      if (notice) show(notice);
    } catch (e) {
      show(failure(kind, errorText(e)));
    } finally {
      setWorking(null);
    }
  };

  const saveScenario = () => {
    if (!scenarioFile) return;
    const file = reportFileName(name, 'json');
    // Instant: no working state, straight to "saved" (or why not).
    try {
      downloadText(file, `${JSON.stringify(scenarioFile, null, 2)}\n`, 'application/json');
      show({ kind: 'exported', file });
    } catch (e) {
      show(failure('scenario', errorText(e)));
    }
  };

  const button = (kind: ExportKind, onClick: (() => unknown) | undefined, enabled: boolean) => {
    const busy = working === kind;
    return (
      <button
        type="button"
        className={`button export-buttons__button${busy ? ' export-buttons__button--working' : ''}`}
        data-testid={`export-${kind}`}
        aria-busy={busy}
        disabled={!onClick || !enabled || working !== null}
        onClick={() => void onClick?.()}
      >
        {busy ? <span className="export-buttons__spinner" aria-hidden="true" /> : null}
        {busy ? t(`report.export.${kind}Working`) : t(`report.export.${kind}`)}
      </button>
    );
  };

  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('report.export.label')}
      data-testid="export-buttons"
    >
      <div className="export-buttons__row">
        {button('scenario', saveScenario, scenarioFile !== null)}
        {button('workbook', onWorkbook ? () => run('workbook', onWorkbook) : undefined, canReport)}
        {button('pdf', onPdf ? () => run('pdf', onPdf) : undefined, canReport)}
      </div>
    </div>
  );
}
