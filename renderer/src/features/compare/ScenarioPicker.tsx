import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../src/contract/bridge';
import { formatWhen } from '../library/format-when';
import { MAX_COMPARED } from './compare-limits';
import { ComparisonSets } from './ComparisonSets';

export { MAX_COMPARED };

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
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const filterId = useId();

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

      <ComparisonSets
        list={list}
        selected={selected}
        onChange={onChange}
        message={message}
        setMessage={setMessage}
      />
    </section>
  );
}
