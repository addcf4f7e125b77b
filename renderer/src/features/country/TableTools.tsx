import { useTranslation } from 'react-i18next';
import { downloadText, toCsv, toTsv } from '../../lib/export';

interface TableToolsProps {
  /** May be empty when the heading above already says what the table is. */
  caption: string;
  header: string[];
  rows: (string | number)[][];
  fileName: string;
  testId?: string;
}

/**
 * The bar above an editable table: its caption, "Copy for Excel" (tab-separated) and "Download CSV",
 * like DataTable's, with the values at full precision in the units the headers state.
 */
export function TableTools({ caption, header, rows, fileName, testId }: TableToolsProps) {
  const { t } = useTranslation();
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
    </div>
  );
}
