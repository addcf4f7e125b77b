import { useTranslation } from 'react-i18next';
import { useApp } from '../../stores/store-context';
import { MAX_COMPARED } from '../compare/compare-limits';
import { CompareBar } from './CompareBar';
import { LibraryList } from './LibraryList';
import type { RowContext } from './LibraryRow';
import { LibraryToolbar } from './LibraryToolbar';
import { ScenarioActions } from './ScenarioActions';
import { ScenarioDetails } from './ScenarioDetails';
import { UndoBar } from './UndoBar';
import { useLibraryChanges, useLibraryChoices } from './use-library-changes';
import { useLibrarySearch } from './use-library-search';

/**
 * The scenario library: find a scenario by name, tag or country, open it, duplicate, rename, delete
 * (to the recycle bin, with undo), pick some to compare, and see one scenario's revisions, tags and
 * notes beside the list.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const library = useApp((s) => s.library);
  const total = useApp((s) => s.libraryTotal);
  const tag = useApp((s) => s.libraryTag);
  const showBin = useApp((s) => s.showBin);
  const status = useApp((s) => s.libraryStatus);
  const compareIds = useApp((s) => s.compareIds);
  const binToggled = useApp((s) => s.binToggled);
  const compareChanged = useApp((s) => s.compareChanged);
  const pageChanged = useApp((s) => s.pageChanged);
  const search = useLibrarySearch();
  const choices = useLibraryChoices(compareIds);
  const { picked, setPicked, selected, setSelected, undo } = choices;
  const { handlers, saveRename, emptyBin, undelete } = useLibraryChanges(choices);

  const toggleBin = () => {
    setSelected(null);
    choices.setRenaming(null);
    choices.setUndo(null);
    void binToggled();
  };

  const compare = () => {
    if (picked.length < 2) return;
    void compareChanged(picked);
    pageChanged('compare');
  };

  const row: RowContext = {
    showBin,
    picked,
    togglePick: (id, on) =>
      setPicked((p) =>
        on ? [...p.filter((x) => x !== id), id].slice(0, MAX_COMPARED) : p.filter((x) => x !== id),
      ),
    selected,
    select: setSelected,
    renaming: choices.renaming,
    setRenaming: choices.setRenaming,
    saveRename,
    handlers,
  };

  const selectedSummary = library.find((s) => s.id === selected) ?? null;
  const title = showBin ? t('library.binTitle') : t('library.title');

  return (
    <div className="page page--library" data-testid="library-page">
      <div className="page__bar">
        <h2>{title}</h2>
        <span className="lib-count" aria-live="polite">
          {status === 'loading' ? t('library.updating') : t('library.count', { count: total })}
        </span>
      </div>
      <p className="lib-intro">{showBin ? t('library.binIntro') : t('library.intro')}</p>
      <LibraryToolbar search={search} onToggleBin={toggleBin} onEmptyBin={emptyBin} />
      {!showBin ? (
        <CompareBar picked={picked} onCompare={compare} onClear={() => setPicked([])} />
      ) : null}
      {undo ? (
        <UndoBar
          deleted={undo}
          onUndo={() => undelete(undo)}
          onClose={() => choices.setUndo(null)}
        />
      ) : null}
      <div className={`lib-layout${selected !== null ? ' lib-layout--details' : ''}`}>
        <LibraryList
          title={title}
          searched={search.text || tag}
          clearFilters={search.clearFilters}
          row={row}
        />
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
            actions={
              selectedSummary ? (
                <ScenarioActions
                  scenario={selectedSummary}
                  inBin={showBin}
                  which="all"
                  where="details"
                  handlers={handlers}
                />
              ) : null
            }
            onClose={() => setSelected(null)}
          />
        ) : null}
      </div>
    </div>
  );
}
