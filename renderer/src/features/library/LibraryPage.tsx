import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../src/contract/bridge';
import { bridge } from '../../api/bridge';
import { useApp, useAppStore } from '../../stores/store-context';
import { MAX_COMPARED } from '../compare/ScenarioPicker';
import { formatDateTime, formatWhen } from './format-when';
import { ScenarioDetails } from './ScenarioDetails';
import { syncOpenScenario } from './sync-open-scenario';
import { useOpenScenario } from './use-open-scenario';

/** Searching follows typing, a moment after the last key. */
const SEARCH_DELAY_MS = 250;
/** Rows shown at first; a big library shows the rest on request. */
const PAGE_ROWS = 200;

interface Renaming {
  id: number;
  value: string;
  error: string | null;
}

/**
 * The scenario library: find a scenario by name, tag or country, open it, duplicate, rename, delete
 * (to the recycle bin, with undo), pick some to compare, and see one scenario's revisions, tags and
 * notes beside the list.
 */
export function LibraryPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const store = useAppStore();
  const library = useApp((s) => s.library);
  const search = useApp((s) => s.librarySearch);
  const tag = useApp((s) => s.libraryTag);
  const showBin = useApp((s) => s.showBin);
  const status = useApp((s) => s.libraryStatus);
  const compareIds = useApp((s) => s.compareIds);
  const librarySearched = useApp((s) => s.librarySearched);
  const binToggled = useApp((s) => s.binToggled);
  const libraryAction = useApp((s) => s.libraryAction);
  const libraryRequested = useApp((s) => s.libraryRequested);
  const compareChanged = useApp((s) => s.compareChanged);
  const pageChanged = useApp((s) => s.pageChanged);
  const open = useOpenScenario();

  const [text, setText] = useState(search);
  const [picked, setPicked] = useState<number[]>(() => compareIds.slice(0, MAX_COMPARED));
  const [selected, setSelected] = useState<number | null>(null);
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  const [undo, setUndo] = useState<{ id: number; name: string } | null>(null);
  const [limit, setLimit] = useState(PAGE_ROWS);
  const searchId = useId();
  const tagId = useId();

  // Search as the user types, a moment after the last key.
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => void librarySearched(text, tag), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search, tag, librarySearched]);

  // Leaving the page with a search still waiting applies it: the box shows the text typed, so the
  // list must be filtered by that text when the page comes back (not by what was typed before).
  const pendingSearch = useRef({ text, search, tag });
  useEffect(() => {
    pendingSearch.current = { text, search, tag };
  }, [text, search, tag]);
  useEffect(
    () => () => {
      const pending = pendingSearch.current;
      if (pending.text !== pending.search) void librarySearched(pending.text, pending.tag);
    },
    [librarySearched],
  );

  // The tags to filter by: all tags seen in the unfiltered list, kept while a filter narrows it.
  // (Worked out when the list changes, during render, as React recommends for derived state.)
  const [tagMemory, setTagMemory] = useState<{ from: ScenarioSummary[] | null; tags: string[] }>({
    from: null,
    tags: [],
  });
  if (tagMemory.from !== library) {
    const present = [...new Set(library.flatMap((s) => s.tags))];
    const unfiltered = !search && !tag && !showBin;
    const next = unfiltered ? present : [...new Set([...tagMemory.tags, ...present])];
    next.sort((a, b) => a.localeCompare(b, locale, { sensitivity: 'base' }));
    setTagMemory({ from: library, tags: next });
  }
  const knownTags = tagMemory.tags;

  const selectedSummary = library.find((s) => s.id === selected) ?? null;
  const filtered = Boolean(search || tag);
  const rows = useMemo(() => library.slice(0, limit), [library, limit]);

  const setTag = (next: string) => void librarySearched(text, next);
  const clearFilters = () => {
    setText('');
    void librarySearched('', '');
  };

  const toggleBin = () => {
    setSelected(null);
    setRenaming(null);
    setUndo(null);
    void binToggled();
  };

  const togglePick = (id: number, on: boolean) =>
    setPicked((p) =>
      on ? [...p.filter((x) => x !== id), id].slice(0, MAX_COMPARED) : p.filter((x) => x !== id),
    );

  const compare = () => {
    if (picked.length < 2) return;
    void compareChanged(picked);
    pageChanged('compare');
  };

  const duplicate = (s: ScenarioSummary) =>
    void libraryAction(
      () => bridge()('scenarios:duplicate', { id: s.id }),
      t('library.duplicated', { name: s.name }),
    );

  const remove = (s: ScenarioSummary) => {
    let done = false;
    const text = t('library.deleted', { name: s.name });
    void libraryAction(async () => {
      await bridge()('scenarios:delete', { id: s.id });
      done = true;
    }, text).then(() => {
      if (!done) return;
      // The undo bar below says it all, with its Undo button: no second message at the top.
      const notice = store.getState().notice;
      if (notice?.kind === 'info' && notice.text === text) store.getState().noticeShown(null);
      setUndo({ id: s.id, name: s.name });
      setPicked((p) => p.filter((x) => x !== s.id));
      if (selected === s.id) setSelected(null);
    });
  };

  const undelete = (id: number, name: string) => {
    void libraryAction(
      () => bridge()('scenarios:undelete', { id }),
      t('library.undeleted', { name }),
    ).then(() => {
      setUndo(null);
      if (selected === id) setSelected(null);
    });
  };

  const emptyBin = () => {
    if (!window.confirm(t('library.confirmEmptyBin', { count: library.length }))) return;
    let removed = 0;
    void libraryAction(async () => {
      removed = (await bridge()('scenarios:emptyBin', {})).removed;
    }, t('library.binEmptied')).then(() => {
      if (removed > 0) setSelected(null);
    });
  };

  const startRename = (s: ScenarioSummary) => setRenaming({ id: s.id, value: s.name, error: null });
  const saveRename = (s: ScenarioSummary) => {
    if (!renaming) return;
    const name = renaming.value.trim();
    if (!name) {
      setRenaming({ ...renaming, error: t('library.renameEmpty') });
      return;
    }
    setRenaming(null);
    if (name === s.name) return;
    let done = false;
    void libraryAction(
      async () => {
        await bridge()('scenarios:rename', { id: s.id, name });
        done = true;
      },
      t('library.renamed', { old: s.name, name }),
    ).then(() => (done ? syncOpenScenario(store, s.id, name) : undefined));
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, s: ScenarioSummary) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' && !showBin) {
      e.preventDefault();
      void open(s.id, s.name);
    } else if (e.key === ' ') {
      e.preventDefault();
      setSelected(s.id);
    }
  };
  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, s: ScenarioSummary) => {
    if ((e.target as HTMLElement).closest('button, input, a, label, textarea, select')) return;
    setSelected(s.id);
  };

  /**
   * The actions on a scenario. With the details panel open, rows keep only Open (or Restore) and
   * the panel has them all, so the list stays readable beside it on a 1366-pixel screen.
   */
  const actions = (s: ScenarioSummary, which: 'all' | 'open', where: 'row' | 'details' = 'row') => {
    const id = (action: string) =>
      where === 'row' ? `library-${action}-${s.id}` : `library-details-${action}`;
    if (showBin || s.deleted) {
      return (
        <button
          type="button"
          className="button button--small button--primary"
          data-testid={id('undelete')}
          onClick={() => undelete(s.id, s.name)}
        >
          {t('library.undelete')}
        </button>
      );
    }
    return (
      <>
        <button
          type="button"
          className="button button--small button--primary"
          data-testid={id('open')}
          aria-label={t('library.openLabel', { name: s.name })}
          onClick={() => void open(s.id, s.name)}
        >
          {t('library.open')}
        </button>
        {which === 'all' ? (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={t('library.duplicateLabel', { name: s.name })}
              data-testid={id('duplicate')}
              onClick={() => duplicate(s)}
            >
              {t('library.duplicate')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('library.renameLabel', { name: s.name })}
              data-testid={id('rename')}
              onClick={() => startRename(s)}
            >
              {t('library.rename')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={t('library.deleteLabel', { name: s.name })}
              data-testid={id('delete')}
              onClick={() => remove(s)}
            >
              {t('library.delete')}
            </button>
          </>
        ) : null}
      </>
    );
  };

  const title = showBin ? t('library.binTitle') : t('library.title');

  return (
    <div className="page page--library" data-testid="library-page">
      <div className="page__bar">
        <h2>{title}</h2>
        <span className="lib-count" aria-live="polite">
          {status === 'loading'
            ? t('library.updating')
            : t('library.count', { count: library.length })}
        </span>
      </div>
      <p className="lib-intro">{showBin ? t('library.binIntro') : t('library.intro')}</p>

      <div className="panel lib-toolbar" role="search">
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            {t('library.search')}
          </label>
          <input
            id={searchId}
            className="input lib-search"
            type="search"
            value={text}
            placeholder={t('library.searchPlaceholder')}
            data-testid="library-search"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void librarySearched(text, tag);
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                setText('');
              }
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={tagId}>
            {t('library.tag')}
          </label>
          <select
            id={tagId}
            className="input"
            value={tag}
            data-testid="library-tag"
            onChange={(e) => setTag(e.target.value)}
          >
            <option value="">{t('library.allTags')}</option>
            {(knownTags.includes(tag) || !tag ? knownTags : [...knownTags, tag]).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="button" onClick={clearFilters}>
            {t('library.clearFilters')}
          </button>
        ) : null}
        <span className="lib-toolbar__spacer" />
        {showBin && library.length > 0 ? (
          <button
            type="button"
            className="button button--danger"
            onClick={emptyBin}
            data-testid="library-empty-bin"
          >
            {t('library.emptyBin')}
          </button>
        ) : null}
        <button
          type="button"
          className={`button${showBin ? ' button--primary' : ''}`}
          aria-pressed={showBin}
          onClick={toggleBin}
          data-testid="library-bin"
        >
          {showBin ? t('library.hideBin') : t('library.showBin')}
        </button>
      </div>

      {!showBin ? (
        <div className="lib-comparebar" data-testid="library-comparebar">
          <span aria-live="polite">
            {picked.length === 0
              ? t('library.compareHint', { max: MAX_COMPARED })
              : picked.length >= MAX_COMPARED
                ? t('library.compareFull', { max: MAX_COMPARED })
                : t('library.compareCount', { count: picked.length, max: MAX_COMPARED })}
          </span>
          <button
            type="button"
            className="button button--primary"
            disabled={picked.length < 2}
            onClick={compare}
            data-testid="library-compare"
          >
            {t('library.compareSelected')}
          </button>
          {picked.length ? (
            <button type="button" className="button" onClick={() => setPicked([])}>
              {t('library.clearSelection')}
            </button>
          ) : null}
        </div>
      ) : null}

      {undo ? (
        <div className="notice notice--info lib-undo" role="status" data-testid="library-undo">
          <span>{t('library.undoText', { name: undo.name })}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => undelete(undo.id, undo.name)}
            data-testid="library-undo-button"
          >
            {t('library.undo')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('notice.close')}
            onClick={() => setUndo(null)}
          >
            ×
          </button>
        </div>
      ) : null}

      <div className={`lib-layout${selected !== null ? ' lib-layout--details' : ''}`}>
        <section
          className="panel lib-list"
          aria-labelledby="lib-list-title"
          aria-busy={status === 'loading'}
        >
          <h3 id="lib-list-title" className="visually-hidden">
            {title}
          </h3>
          {status === 'error' ? (
            <div className="lib-state lib-state--error" role="alert" data-testid="library-error">
              <p>{t('library.loadError')}</p>
              <button type="button" className="button" onClick={() => void libraryRequested()}>
                {t('library.retry')}
              </button>
            </div>
          ) : status === 'loading' && library.length === 0 ? (
            <p className="empty" role="status">
              {t('library.loading')}
            </p>
          ) : library.length === 0 ? (
            <div className="lib-state" data-testid="library-empty">
              {showBin ? (
                <p>{t('library.binEmpty')}</p>
              ) : filtered ? (
                <>
                  <p>{t('library.noMatch', { search: text || tag })}</p>
                  <button type="button" className="button" onClick={clearFilters}>
                    {t('library.clearFilters')}
                  </button>
                </>
              ) : (
                <p>{t('library.none')}</p>
              )}
            </div>
          ) : (
            <>
              <p className="field__help lib-keys">
                {showBin ? t('library.keysBin') : t('library.keys')}
              </p>
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
                      <th scope="col">
                        {showBin ? t('library.col.deleted') : t('library.col.updated')}
                      </th>
                      <th scope="col">{t('library.col.tags')}</th>
                      <th scope="col">{t('library.col.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((s) => {
                      const isPicked = picked.includes(s.id);
                      const isRenaming = renaming?.id === s.id;
                      return (
                        <tr
                          key={s.id}
                          tabIndex={0}
                          className={`lib-row${selected === s.id ? ' lib-row--selected' : ''}`}
                          data-testid={`library-row-${s.id}`}
                          onKeyDown={(e) => onRowKey(e, s)}
                          onClick={(e) => onRowClick(e, s)}
                          onDoubleClick={(e) => {
                            if (!showBin && !(e.target as HTMLElement).closest('button, input')) {
                              void open(s.id, s.name);
                            }
                          }}
                        >
                          {showBin ? null : (
                            <td className="lib-table__pick">
                              <input
                                type="checkbox"
                                checked={isPicked}
                                disabled={!isPicked && picked.length >= MAX_COMPARED}
                                aria-label={t('library.pick', { name: s.name })}
                                data-testid={`library-pick-${s.id}`}
                                onChange={(e) => togglePick(s.id, e.target.checked)}
                              />
                            </td>
                          )}
                          <td className="lib-table__name">
                            {isRenaming ? (
                              <div className="lib-rename">
                                <input
                                  autoFocus
                                  className="input"
                                  value={renaming.value}
                                  maxLength={200}
                                  aria-label={t('library.renameLabel', { name: s.name })}
                                  aria-invalid={renaming.error ? true : undefined}
                                  data-testid="library-rename-input"
                                  onChange={(e) =>
                                    setRenaming({ ...renaming, value: e.target.value, error: null })
                                  }
                                  onKeyDown={(e) => {
                                    e.stopPropagation();
                                    if (e.key === 'Enter') saveRename(s);
                                    if (e.key === 'Escape') setRenaming(null);
                                  }}
                                />
                                <button
                                  type="button"
                                  className="button button--small button--primary"
                                  onClick={() => saveRename(s)}
                                >
                                  {t('library.renameSave')}
                                </button>
                                <button
                                  type="button"
                                  className="button button--small"
                                  onClick={() => setRenaming(null)}
                                >
                                  {t('library.renameCancel')}
                                </button>
                                {renaming.error ? (
                                  <p className="field__error" role="alert">
                                    {renaming.error}
                                  </p>
                                ) : null}
                              </div>
                            ) : (
                              <button
                                type="button"
                                className="lib-name"
                                aria-expanded={selected === s.id}
                                title={t('library.showDetails')}
                                onClick={() => setSelected(selected === s.id ? null : s.id)}
                              >
                                {s.name}
                              </button>
                            )}
                          </td>
                          <td>{s.country}</td>
                          <td className="lib-table__num">{s.revisions}</td>
                          <td>
                            <time
                              dateTime={s.updatedAt}
                              title={formatDateTime(s.updatedAt, locale)}
                            >
                              {formatWhen(s.updatedAt, locale, t)}
                            </time>
                          </td>
                          <td>
                            {s.tags.length ? (
                              <ul className="tags lib-chips" aria-label={t('library.col.tags')}>
                                {s.tags.map((x) => (
                                  <li key={x} className="tag">
                                    {x}
                                  </li>
                                ))}
                              </ul>
                            ) : null}
                          </td>
                          <td>
                            <div className="lib-actions">
                              {actions(s, selected === null ? 'all' : 'open')}
                            </div>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {library.length > rows.length ? (
                <button
                  type="button"
                  className="button lib-more"
                  onClick={() => setLimit(library.length)}
                >
                  {t('library.showAll', { count: library.length })}
                </button>
              ) : null}
            </>
          )}
        </section>
        {selected !== null ? (
          <ScenarioDetails
            key={selected}
            id={selected}
            inBin={showBin || (selectedSummary?.deleted ?? false)}
            stamp={
              selectedSummary
                ? `${selectedSummary.updatedAt}|${selectedSummary.revisions}|${selectedSummary.name}|${selectedSummary.tags.join()}`
                : ''
            }
            actions={selectedSummary ? actions(selectedSummary, 'all', 'details') : null}
            onClose={() => setSelected(null)}
          />
        ) : null}
      </div>
    </div>
  );
}
