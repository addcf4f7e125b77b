import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../stores/store-context';
import { LibraryRow, type RowContext } from './LibraryRow';

/** Rows shown at first; a big library shows the rest on request. */
const PAGE_ROWS = 200;

interface Props {
  title: string;
  /** What the user searched for, to say that nothing matches it. */
  searched: string;
  clearFilters: () => void;
  row: RowContext;
}

/** The list of scenarios, or why there is none (an error, loading, empty, nothing matches). */
export function LibraryList({ title, searched, clearFilters, row }: Props) {
  const { t } = useTranslation();
  const library = useApp((s) => s.library);
  const status = useApp((s) => s.libraryStatus);
  const filtered = useApp((s) => Boolean(s.librarySearch || s.libraryTag));
  const libraryRequested = useApp((s) => s.libraryRequested);
  // Kept here, not in the table, so that "show all" holds while the list reloads.
  const [limit, setLimit] = useState(PAGE_ROWS);
  const { showBin } = row;

  let body;
  if (status === 'error') {
    body = (
      <div className="lib-state lib-state--error" role="alert" data-testid="library-error">
        <p>{t('library.loadError')}</p>
        <button type="button" className="button" onClick={() => void libraryRequested()}>
          {t('library.retry')}
        </button>
      </div>
    );
  } else if (status === 'loading' && library.length === 0) {
    body = (
      <p className="empty" role="status">
        {t('library.loading')}
      </p>
    );
  } else if (library.length === 0) {
    body = (
      <div className="lib-state" data-testid="library-empty">
        {showBin ? (
          <p>{t('library.binEmpty')}</p>
        ) : filtered ? (
          <>
            <p>{t('library.noMatch', { search: searched })}</p>
            <button type="button" className="button" onClick={clearFilters}>
              {t('library.clearFilters')}
            </button>
          </>
        ) : (
          <p>{t('library.none')}</p>
        )}
      </div>
    );
  } else {
    body = <LibraryTable row={row} limit={limit} showAll={() => setLimit(library.length)} />;
  }

  return (
    <section
      className="panel lib-list"
      aria-labelledby="lib-list-title"
      aria-busy={status === 'loading'}
    >
      <h3 id="lib-list-title" className="visually-hidden">
        {title}
      </h3>
      {body}
    </section>
  );
}

interface TableProps {
  row: RowContext;
  limit: number;
  showAll: () => void;
}

/** The scenarios as a table, the first `limit` of them until the user asks for all. */
function LibraryTable({ row, limit, showAll }: TableProps) {
  const { t } = useTranslation();
  const library = useApp((s) => s.library);
  const rows = useMemo(() => library.slice(0, limit), [library, limit]);
  const { showBin } = row;
  return (
    <>
      <p className="field__help lib-keys">{showBin ? t('library.keysBin') : t('library.keys')}</p>
      <div className="table-scroll lib-scroll">
        <table className="table list-table lib-table" data-testid="library-table">
          <thead>
            <tr>
              {showBin ? null : (
                <th scope="col" className="lib-table__pick">
                  {t('library.col.compare')}
                </th>
              )}
              <th scope="col">{t('library.col.name')}</th>
              <th scope="col">{t('library.col.country')}</th>
              <th scope="col" className="lib-table__num">
                {t('library.col.revisions')}
              </th>
              <th scope="col">{showBin ? t('library.col.deleted') : t('library.col.updated')}</th>
              <th scope="col">{t('library.col.tags')}</th>
              <th scope="col">{t('library.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <LibraryRow key={s.id} scenario={s} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      {library.length > rows.length ? (
        <button type="button" className="button lib-more" onClick={showAll}>
          {t('library.showAll', { count: library.length })}
        </button>
      ) : null}
    </>
  );
}
