import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { ScenarioSort } from '../../../../src/contract/bridge';
import { useApp } from '../../stores/store-context';
import { LibraryRow, type RowContext } from './LibraryRow';

/** The height a row is drawn at before it is measured (one line of text with its buttons). */
const ROW_HEIGHT = 44;
/** Rows drawn beyond the visible ones each way, so a quick scroll does not show blanks. */
const OVERSCAN = 8;
/** The view assumed while the list has no size yet (not laid out): a screen's worth of rows. */
const UNLAID_RECT = { width: 1000, height: 800 };
/** The next page is read once the rows drawn come this close to the end of those read. */
const MORE_WITHIN = 30;

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
    body = <LibraryTable row={row} />;
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

interface HeaderProps {
  sort: ScenarioSort;
  label: string;
  className?: string;
}

/** A column header that sorts the list by its column (again: the other way), saying how it sorts. */
function SortHeader({ sort, label, className }: HeaderProps) {
  const { t } = useTranslation();
  const current = useApp((s) => s.librarySort);
  const direction = useApp((s) => s.libraryDirection);
  const librarySorted = useApp((s) => s.librarySorted);
  const active = current === sort;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" className={className} aria-sort={ariaSort}>
      <button
        type="button"
        className="lib-sort"
        data-testid={`library-sort-${sort}`}
        title={t('library.sortBy', { column: label })}
        onClick={() => void librarySorted(sort)}
      >
        {label}
        <span aria-hidden="true">{active ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/**
 * The scenarios as a table that draws only the rows in view (a library of 100,000 scrolls as one of
 * ten), reading the next page from the library as the user scrolls near the end of those read.
 */
function LibraryTable({ row }: { row: RowContext }) {
  const { t } = useTranslation();
  const library = useApp((s) => s.library);
  const total = useApp((s) => s.libraryTotal);
  const hasMore = useApp((s) => s.libraryNext !== null);
  const libraryMoreRequested = useApp((s) => s.libraryMoreRequested);
  const libraryAllRequested = useApp((s) => s.libraryAllRequested);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is read afresh on every render and nothing memoizes what it returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: library.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : UNLAID_RECT)),
  });
  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && lastDrawn >= library.length - MORE_WITHIN) void libraryMoreRequested();
  }, [hasMore, lastDrawn, library.length, libraryMoreRequested]);
  const { showBin } = row;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <>
      <p className="field__help lib-keys">{showBin ? t('library.keysBin') : t('library.keys')}</p>
      <div className="table-scroll lib-scroll" ref={scrollRef}>
        <table
          className="table list-table lib-table"
          data-testid="library-table"
          aria-rowcount={total + 1}
        >
          <thead>
            <tr>
              {showBin ? null : (
                <th scope="col" className="lib-table__pick">
                  {t('library.col.compare')}
                </th>
              )}
              <SortHeader sort="name" label={t('library.col.name')} />
              <SortHeader sort="country" label={t('library.col.country')} />
              <SortHeader
                sort="revisions"
                label={t('library.col.revisions')}
                className="lib-table__num"
              />
              {showBin ? (
                <th scope="col">{t('library.col.deleted')}</th>
              ) : (
                <SortHeader sort="updated" label={t('library.col.updated')} />
              )}
              <th scope="col">{t('library.col.tags')}</th>
              <th scope="col">{t('library.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
            {items.map((v) => {
              const s = library[v.index]!;
              return <LibraryRow key={s.id} scenario={s} row={row} />;
            })}
            {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
          </tbody>
        </table>
      </div>
      {hasMore ? (
        <div className="lib-more">
          <p className="field__help" role="status">
            {t('library.loadingMore', { shown: library.length, count: total })}
          </p>
          <button type="button" className="button" onClick={() => void libraryAllRequested()}>
            {t('library.showAll', { count: total })}
          </button>
        </div>
      ) : null}
    </>
  );
}
