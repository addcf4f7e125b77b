export interface ReportColumn {
  label: string;
  /** Text columns are left-aligned; numbers right-aligned so that digits line up. */
  text?: boolean;
}

interface ReportTableProps {
  caption: string;
  columns: ReportColumn[];
  /** Formatted cells; the first cell of a row heads it. */
  rows: string[][];
  testId?: string;
  compact?: boolean;
}

/** Tables up to this many rows are kept on one page; longer ones break between rows. */
const KEEP_ROWS = 20;

/** A printed table: a caption, a header repeated on every page it spans, no controls. */
export function ReportTable({ caption, columns, rows, testId, compact }: ReportTableProps) {
  return (
    <table
      className={[
        'rtable',
        compact ? 'rtable--compact' : '',
        rows.length <= KEEP_ROWS ? 'rtable--keep' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-testid={testId}
    >
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.text ? 'rtable__text' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="rtable__text">
                  {cell}
                </th>
              ) : (
                <td key={j} className={columns[j]?.text ? 'rtable__text' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
