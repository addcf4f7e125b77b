import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryDbEntry } from '../../../../src/contract/country-db';
import { CountryFacts } from './CountryFacts';
import { nameIn, searchCountries, unbuildableMatch } from './country-search';
import { MissingCountry } from './MissingCountry';
import { useCountryDb } from './use-country-db';

interface Props {
  /** Focus the search box when shown (the dialog's first field). */
  autoFocus?: boolean;
  /** What choosing does (imports the country, then creates or opens); the picker waits for it. */
  onChoose: (entry: CountryDbEntry) => Promise<void>;
  /** The button's words for the highlighted country, e.g. "Create on {{name}}". */
  chooseLabel: (name: string) => string;
  /** Shown under the list when choosing failed, in the user's language. */
  error?: string | undefined;
}

/** The highlighted entry moved by a key, within the list (Home, End, arrows, page keys). */
function moved(key: string, index: number, length: number): number | null {
  const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  const step = steps[key];
  return step === undefined ? null : Math.min(length - 1, Math.max(0, index + step));
}

/**
 * The country database as a searchable list (the combobox pattern: typing filters, arrows move,
 * Enter chooses), with the highlighted country's key figures beside it before choosing.
 */
export function CountryPicker({ onChoose, chooseLabel, error, autoFocus = false }: Props) {
  const { t, i18n } = useTranslation();
  const db = useCountryDb();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const inputId = useId();
  const entries = useMemo(() => (db.kind === 'ready' ? db.listing.countries : []), [db]);
  const found = useMemo(
    () => searchCountries(entries, query, i18n.language),
    [entries, query, i18n.language],
  );
  const current: CountryDbEntry | undefined = found[Math.min(active, found.length - 1)];
  const optionId = (e: CountryDbEntry) => `${listId}-${e.iso3}`;

  useEffect(() => {
    if (!current) return;
    document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  const choose = async () => {
    if (!current || busy) return;
    setBusy(true);
    try {
      await onChoose(current);
    } finally {
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void choose();
      return;
    }
    // Home and End move the caret in the text; with Ctrl they go to the list's ends.
    if ((e.key === 'Home' || e.key === 'End') && !e.ctrlKey) return;
    const next = moved(e.key, Math.min(active, found.length - 1), found.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };

  if (db.kind !== 'ready') {
    return (
      <p className="field__help" role="status" data-testid="country-db-status">
        {db.kind === 'loading' ? t('countryDb.loading') : t('countryDb.failed')}
      </p>
    );
  }

  return (
    <div className="country-picker" data-testid="country-picker">
      <div className="country-picker__search">
        <label className="field__label" htmlFor={inputId}>
          {t('countryDb.search', { count: entries.length })}
        </label>
        <input
          id={inputId}
          className="input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current) : undefined}
          value={query}
          placeholder={t('countryDb.placeholder')}
          autoComplete="off"
          autoFocus={autoFocus}
          data-testid="country-db-search"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
        <p className="field__help" aria-live="polite" data-testid="country-db-count">
          {t('countryDb.found', { count: found.length })}
        </p>
        <ul
          id={listId}
          className="country-picker__list"
          role="listbox"
          aria-label={t('countryDb.listLabel')}
          data-testid="country-db-list"
        >
          {found.map((e, i) => (
            <li
              key={e.iso3}
              id={optionId(e)}
              role="option"
              aria-selected={e === current}
              className={`country-picker__option${e === current ? ' country-picker__option--active' : ''}`}
              data-iso3={e.iso3}
              onClick={() => setActive(i)}
              onDoubleClick={() => void choose()}
            >
              <span>{nameIn(e, i18n.language)}</span>
              <span className="country-picker__code">{e.iso3}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="country-picker__side">
        {current ? (
          <CountryFacts entry={current} />
        ) : (
          <MissingCountry
            missing={
              db.kind === 'ready' ? unbuildableMatch(db.listing.unbuildable, query) : undefined
            }
          />
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={!current || busy}
          data-testid="country-db-choose"
          onClick={() => void choose()}
        >
          {busy
            ? t('countryDb.importing')
            : current
              ? chooseLabel(nameIn(current, i18n.language))
              : t('countryDb.choose')}
        </button>
        {error ? (
          <p className="notice notice--error" role="alert" data-testid="country-db-error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
