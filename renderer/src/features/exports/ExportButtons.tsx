import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/export';
import { reportFileName } from '../../../../src/contract/report';
import './export-buttons.css';

export type ExportKind = 'scenario' | 'workbook' | 'pdf';

/** Said in place of "Saved …" when the export ends elsewhere (the report's print tab). */
export interface ExportNotice {
  notice: string;
}

/**
 * What a long export resolves with: the saved file's name, null when the user cancelled, or what
 * to tell the user to do next.
 */
export type ExportAction = () => Promise<string | null | void | ExportNotice>;

type Status =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; file: string | null }
  /** Stays until dismissed: the user reads it when back from the other tab. */
  | { state: 'notice'; text: string }
  | { state: 'failed'; message: string };

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

/** How long "Saved …" stays before the button is ready again. */
const DONE_MS = 5000;

/**
 * Export actions with designed states: ready, working (the button says what is happening and is
 * busy), saved (which file), failed (why, and a retry). Only one export runs at a time.
 */
export function ExportButtons({
  scenarioFile,
  name,
  onWorkbook,
  onPdf,
  canReport = true,
}: ExportButtonsProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Record<ExportKind, Status>>({
    scenario: { state: 'idle' },
    workbook: { state: 'idle' },
    pdf: { state: 'idle' },
  });
  const timers = useRef(new Map<ExportKind, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((id) => clearTimeout(id));
  }, []);
  const busy = Object.values(status).some((s) => s.state === 'working');

  const set = (kind: ExportKind, next: Status) => {
    setStatus((s) => ({ ...s, [kind]: next }));
    const old = timers.current.get(kind);
    if (old) clearTimeout(old);
    if (next.state === 'done') {
      timers.current.set(
        kind,
        setTimeout(() => setStatus((s) => ({ ...s, [kind]: { state: 'idle' } })), DONE_MS),
      );
    }
  };

  const run = async (kind: ExportKind, action: ExportAction) => {
    set(kind, { state: 'working' });
    try {
      const file = await action();
      if (typeof file === 'object' && file !== null)
        set(kind, { state: 'notice', text: file.notice });
      else set(kind, file === null ? { state: 'idle' } : { state: 'done', file: file ?? null });
    } catch (e) {
      set(kind, { state: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const saveScenario = () => {
    if (!scenarioFile) return;
    const file = reportFileName(name, 'json');
    // Instant: no working state, straight to "saved" (or why not).
    try {
      downloadText(file, `${JSON.stringify(scenarioFile, null, 2)}\n`, 'application/json');
      set('scenario', { state: 'done', file });
    } catch (e) {
      set('scenario', { state: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const button = (kind: ExportKind, onClick: (() => unknown) | undefined, enabled: boolean) => {
    const s = status[kind];
    const working = s.state === 'working';
    return (
      <button
        type="button"
        className={`button export-buttons__button${working ? ' export-buttons__button--working' : ''}`}
        data-testid={`export-${kind}`}
        aria-busy={working}
        disabled={!onClick || !enabled || busy}
        onClick={() => void onClick?.()}
      >
        {working ? <span className="export-buttons__spinner" aria-hidden="true" /> : null}
        {working ? t(`report.export.${kind}Working`) : t(`report.export.${kind}`)}
      </button>
    );
  };

  const messages = (Object.keys(status) as ExportKind[]).flatMap((kind) => {
    const s = status[kind];
    if (s.state === 'done') {
      return [
        <p key={kind} className="export-buttons__done">
          {s.file ? t('report.export.saved', { file: s.file }) : t('report.export.ready')}
        </p>,
      ];
    }
    if (s.state === 'notice') {
      return [
        <p key={kind} className="export-buttons__done" data-testid={`export-${kind}-notice`}>
          {s.text}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => set(kind, { state: 'idle' })}
          >
            {t('report.export.dismiss')}
          </button>
        </p>,
      ];
    }
    if (s.state === 'failed') {
      return [
        <p key={kind} className="export-buttons__failed" role="alert">
          {t(`report.export.${kind}Failed`, { message: s.message })}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => set(kind, { state: 'idle' })}
          >
            {t('report.export.dismiss')}
          </button>
        </p>,
      ];
    }
    return [];
  });

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
      <div className="export-buttons__status" aria-live="polite">
        {messages}
      </div>
    </div>
  );
}
