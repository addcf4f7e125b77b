import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonSet, ScenarioSummary } from '../../../../src/contract/bridge';
import { bridge } from '../../api/bridge';
import { useApp } from '../../stores/store-context';
import { formatWhen } from '../library/format-when';

export const MAX_COMPARED = 4;

interface Props {
  /** Saved scenarios (not those in the recycle bin); null while they load. */
  list: ScenarioSummary[] | null;
  selected: number[];
  onChange: (ids: number[]) => void;
}

/** Tick two to four scenarios; keep a selection as a named set and bring it back later. */
export function ScenarioPicker({ list, selected, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const libraryAction = useApp((s) => s.libraryAction);
  const [filter, setFilter] = useState('');
  const [sets, setSets] = useState<ComparisonSet[]>([]);
  const [chosenSet, setChosenSet] = useState('');
  const [setName, setSetName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const filterId = useId();
  const setsId = useId();
  const setNameId = useId();

  const loadSets = () =>
    bridge()('sets:list', {})
      .then((s) => setSets(s))
      .catch(() => setSets([]));
  useEffect(() => {
    void loadSets();
  }, []);

  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const all = list ?? [];
    if (!q) return all;
    return all.filter(
      (s) =>
        selected.includes(s.id) ||
        s.name.toLowerCase().includes(q) ||
        s.country.toLowerCase().includes(q) ||
        s.tags.some((tag) => tag.toLowerCase().includes(q)),
    );
  }, [list, filter, selected]);

  const full = selected.length >= MAX_COMPARED;
  const toggle = (id: number, on: boolean) => {
    setMessage(null);
    onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  };

  const loadSet = () => {
    const set = sets.find((s) => s.name === chosenSet);
    if (!set) return;
    const known = new Set((list ?? []).map((s) => s.id));
    const present = set.ids.filter((id) => known.has(id));
    const ids = present.slice(0, MAX_COMPARED);
    const notes: string[] = [];
    if (present.length < set.ids.length) {
      notes.push(t('compare.sets.missing', { count: set.ids.length - present.length }));
    }
    if (present.length > MAX_COMPARED) {
      notes.push(t('compare.sets.tooMany', { count: present.length, max: MAX_COMPARED }));
    }
    setMessage(notes.length ? notes.join(' ') : null);
    setSetName(set.name);
    onChange(ids);
  };

  const saveSet = () => {
    const name = setName.trim();
    if (!name || selected.length === 0) return;
    const exists = sets.some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (exists && !window.confirm(t('compare.sets.confirmReplace', { name }))) return;
    void libraryAction(
      () => bridge()('sets:save', { name, ids: selected }),
      t('compare.sets.saved', { name }),
    ).then(loadSets);
  };

  const deleteSet = () => {
    if (!chosenSet) return;
    if (!window.confirm(t('compare.sets.confirmDelete', { name: chosenSet }))) return;
    const name = chosenSet;
    void libraryAction(
      () => bridge()('sets:delete', { name }),
      t('compare.sets.deleted', { name }),
    ).then(() => {
      setChosenSet('');
      return loadSets();
    });
  };

  return (
    <section className="panel cmp-picker" aria-labelledby="cmp-picker-title">
      <h3 id="cmp-picker-title">{t('compare.pick.title')}</h3>
      <p className="field__help">{t('compare.pick.help', { max: MAX_COMPARED })}</p>
      {list === null ? (
        <p className="empty" role="status">
          {t('compare.pick.loading')}
        </p>
      ) : list.length === 0 ? (
        <p className="empty">{t('compare.pick.none')}</p>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={filterId}>
              {t('compare.pick.filter')}
            </label>
            <input
              id={filterId}
              className="input cmp-picker__filter"
              type="search"
              value={filter}
              placeholder={t('library.searchPlaceholder')}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
          <ul className="cmp-picker__list" data-testid="compare-picker">
            {shown.map((s) => {
              const on = selected.includes(s.id);
              const position = selected.indexOf(s.id);
              return (
                <li
                  key={s.id}
                  className={on ? 'cmp-picker__item cmp-picker__item--on' : 'cmp-picker__item'}
                >
                  <label>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && full}
                      data-testid={`compare-pick-${s.id}`}
                      onChange={(e) => toggle(s.id, e.target.checked)}
                    />
                    <span className="cmp-picker__name">{s.name}</span>
                    <span className="cmp-picker__meta">
                      {s.country} · {formatWhen(s.updatedAt, locale, t)}
                    </span>
                    {on ? (
                      <span className="cmp-picker__badge" aria-hidden="true">
                        {position + 1}
                      </span>
                    ) : null}
                  </label>
                </li>
              );
            })}
            {shown.length === 0 ? (
              <li className="cmp-picker__none">{t('compare.pick.noMatch')}</li>
            ) : null}
          </ul>
          <p className="cmp-picker__count" aria-live="polite">
            {full
              ? t('compare.pick.full', { max: MAX_COMPARED })
              : t('compare.pick.count', {
                  count: selected.length,
                  // "3 of 4 selected" when only 3 exist would ask for a fourth that is not there.
                  max: Math.min(MAX_COMPARED, list?.length ?? MAX_COMPARED),
                })}
          </p>
        </>
      )}

      <div className="cmp-sets">
        <h4>{t('compare.sets.title')}</h4>
        {sets.length === 0 ? (
          <p className="field__help">{t('compare.sets.none')}</p>
        ) : (
          <div className="toolbar">
            <div className="field">
              <label className="field__label" htmlFor={setsId}>
                {t('compare.sets.list')}
              </label>
              <select
                id={setsId}
                className="input"
                value={chosenSet}
                data-testid="compare-set-select"
                onChange={(e) => setChosenSet(e.target.value)}
              >
                <option value="">
                  {sets.length ? t('compare.sets.choose') : t('compare.sets.none')}
                </option>
                {sets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {t('compare.sets.option', { name: s.name, count: s.ids.length })}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button"
              disabled={!chosenSet}
              onClick={loadSet}
              data-testid="compare-set-load"
            >
              {t('compare.sets.load')}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={!chosenSet}
              onClick={deleteSet}
            >
              {t('compare.sets.delete')}
            </button>
          </div>
        )}
        <div className="toolbar">
          <div className="field">
            <label className="field__label" htmlFor={setNameId}>
              {t('compare.sets.name')}
            </label>
            <input
              id={setNameId}
              className="input"
              value={setName}
              maxLength={100}
              data-testid="compare-set-name"
              onChange={(e) => setSetName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') saveSet();
              }}
            />
          </div>
          <button
            type="button"
            className="button"
            disabled={!setName.trim() || selected.length === 0}
            onClick={saveSet}
            data-testid="compare-set-save"
          >
            {t('compare.sets.save')}
          </button>
        </div>
        {message ? (
          <p className="field__help" role="status">
            {message}
          </p>
        ) : null}
      </div>
    </section>
  );
}
