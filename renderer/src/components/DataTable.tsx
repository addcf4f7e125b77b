import { errorMessage } from '#engine';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { saveTableWorkbook } from '../features/exports/report-actions';
import { downloadText, toCsv, toTsv } from '../lib/export';
import { useApp } from '../stores/store-context';
import { useMessageLanguage } from './use-message-text';

export interface Column {
  key: string;
  label: string;
  /** Formats a cell for the screen; exports always carry the full-precision number. */
  format?: (value: number) => string;
  /** The header in copies and CSV when the exported numbers' unit differs from the screen's. */
  exportLabel?: string;
}

interface TableToolsProps {
  /** May be empty when the heading above already says what the table is. */
  caption: string;
  /** The headers of copies and CSV, in the units of the exported values. */
  header: string[];
  rows: (string | number)[][];
  fileName: string;
  testId?: string | undefined;
}

/**
 * The bar above a table, shown or editable: its caption, "Copy for Excel" (tab-separated),
 * "Download CSV" and "Excel file" (.xlsx), with the values at full precision in the units the
 * headers state.
 */
export function TableTools({ caption, header, rows, fileName, testId }: TableToolsProps) {
  const { t } = useTranslation();
  const store = useApp(
    useShallow((s) => ({ tableWorkbookMade: s.tableWorkbookMade, binarySaved: s.binarySaved })),
  );
  const notify = useApp((s) => s.noticeShown);
  const lang = useMessageLanguage();
  return (
    <div className="table-block__bar">
      <span className="table-block__caption">{caption}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          void navigator.clipboard?.writeText(toTsv(header, rows)).catch(() => undefined)
        }
      >
        {t('table.copy')}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid={testId ? `${testId}-csv` : undefined}
        onClick={() => downloadText(`${fileName}.csv`, toCsv(header, rows), 'text/csv')}
      >
        {t('table.csv')}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid={testId ? `${testId}-xlsx` : undefined}
        onClick={() => {
          const table = { fileName, sheet: caption || fileName, header, rows };
          saveTableWorkbook(store, table).then(
            (file) => file && notify({ kind: 'exported', file }),
            (e: unknown) =>
              notify({ kind: 'export-failed', export: 'table', message: errorMessage(e, lang) }),
          );
        }}
      >
        {t('table.xlsx')}
      </button>
    </div>
  );
}

interface DataTableProps {
  caption: string;
  columns: Column[];
  rows: (string | number)[][];
  fileName: string;
  testId?: string;
  /** Wraps a body cell's text (row i, column j): a number that explains itself, for one. */
  renderCell?: (text: string, row: number, column: number) => ReactNode;
}

/**
 * The scrolling box around a wide or tall table: focusable and named, so keyboard users can scroll it
 * with the arrow keys and screen readers announce what it holds.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // "Table: …", so it differs from the section around it, which often has the same title.
  return (
    <div
      className={`table-scroll${className ? ` ${className}` : ''}`}
      tabIndex={0}
      role="region"
      aria-label={t('usability.tableRegion', { caption: label })}
    >
      {children}
    </div>
  );
}

/**
 * Every chart has its table: readable on screen, copied to Excel with one click (tab-separated), or
 * downloaded as CSV with full precision.
 */
export function DataTable({
  caption,
  columns,
  rows,
  fileName,
  testId,
  renderCell,
}: DataTableProps) {
  return (
    <div className="table-block" data-testid={testId}>
      <TableTools
        caption={caption}
        header={columns.map((c) => c.exportLabel ?? c.label)}
        rows={rows}
        fileName={fileName}
        testId={testId}
      />
      <ScrollRegion label={caption}>
        <table className="table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => {
                  const col = columns[j];
                  const text =
                    typeof cell === 'number' && col?.format ? col.format(cell) : String(cell);
                  return j === 0 ? (
                    <th key={j} scope="row">
                      {text}
                    </th>
                  ) : (
                    <td key={j}>{renderCell ? renderCell(text, i, j) : text}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
