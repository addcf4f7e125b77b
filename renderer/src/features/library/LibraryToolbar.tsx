import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../stores/store-context';
import type { LibrarySearch } from './use-library-search';
import { useKnownTags } from './use-known-tags';

interface Props {
  search: LibrarySearch;
  onToggleBin: () => void;
  onEmptyBin: () => void;
}

/** Search by name, tag or country; filter by tag; show the recycle bin and empty it. */
export function LibraryToolbar({ search, onToggleBin, onEmptyBin }: Props) {
  const { t, i18n } = useTranslation();
  const tag = useApp((s) => s.libraryTag);
  const filtered = useApp((s) => Boolean(s.librarySearch || s.libraryTag));
  const showBin = useApp((s) => s.showBin);
  const count = useApp((s) => s.library.length);
  const knownTags = useKnownTags(i18n.language);
  const searchId = useId();
  const tagId = useId();
  const { text, setText } = search;

  return (
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
            if (e.key === 'Enter') search.searchNow();
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
          onChange={(e) => search.setTag(e.target.value)}
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
        <button type="button" className="button" onClick={search.clearFilters}>
          {t('library.clearFilters')}
        </button>
      ) : null}
      <span className="lib-toolbar__spacer" />
      {showBin && count > 0 ? (
        <button
          type="button"
          className="button button--danger"
          onClick={onEmptyBin}
          data-testid="library-empty-bin"
        >
          {t('library.emptyBin')}
        </button>
      ) : null}
      <button
        type="button"
        className={`button${showBin ? ' button--primary' : ''}`}
        aria-pressed={showBin}
        onClick={onToggleBin}
        data-testid="library-bin"
      >
        {showBin ? t('library.hideBin') : t('library.showBin')}
      </button>
    </div>
  );
}
