import { useTranslation } from 'react-i18next';
import { ScrollRegion, TableTools } from '../../components/DataTable';
import { exportHeader, worldColumns } from './world-format';
import { type SortKey, type WorldRow, type WorldSort } from './world-data';

interface WorldTableProps {
  /** Already filtered and sorted. */
  rows: readonly WorldRow[];
  sort: WorldSort;
  onSort: (key: SortKey) => void;
  selected: string | null;
  onSelect: (iso3: string) => void;
  caption: string;
  fileName: string;
}

/**
 * Every country of the gap with its figures: the map's text alternative. A column's header sorts
 * by it (again: the other way round); a country's name selects it, for its peers and "Open as a
 * new scenario". The bar above copies it for Excel or downloads it as CSV, as every table does.
 */
export function WorldTable({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  caption,
  fileName,
}: WorldTableProps) {
  const { t, i18n } = useTranslation();
  const columns = worldColumns(t, i18n.language);
  return (
    <div className="table-block world-table" data-testid="world-table">
      <TableTools
        caption={caption}
        header={exportHeader(columns, t)}
        rows={rows.map((r) => columns.map((c) => c.value(r)))}
        fileName={fileName}
        testId="world-table"
      />
      <ScrollRegion label={caption} className="world-table__scroll">
        <table className="table">
          <thead>
            <tr>
              {columns.map((c) => {
                const on = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={on ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      className="world-table__sort"
                      data-testid={`world-sort-${c.key}`}
                      onClick={() => onSort(c.key)}
                    >
                      {c.label}
                      <span aria-hidden="true">{on ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.iso3}
                className={r.iso3 === selected ? 'world-table__row--selected' : undefined}
                data-testid={`world-row-${r.iso3}`}
              >
                {columns.map((c, j) =>
                  j === 0 ? (
                    <th key={c.key} scope="row">
                      <button
                        type="button"
                        className="world-table__country"
                        aria-pressed={r.iso3 === selected}
                        onClick={() => onSelect(r.iso3)}
                      >
                        {c.text(r)}
                      </button>
                    </th>
                  ) : (
                    <td key={c.key}>{c.text(r)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
