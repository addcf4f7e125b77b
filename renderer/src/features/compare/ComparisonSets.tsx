import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../src/contract/bridge';
import { useApp } from '../../stores/store-context';
import { MAX_COMPARED } from './compare-limits';

interface Props {
  /** Saved scenarios (not those in the recycle bin); null while they load. */
  list: ScenarioSummary[] | null;
  selected: number[];
  onChange: (ids: number[]) => void;
  /** What loading a set left out (scenarios deleted since, more than four), or null. */
  message: string | null;
  setMessage: (message: string | null) => void;
}

/** Keep a selection as a named set and bring it back later; delete a set. */
export function ComparisonSets({ list, selected, onChange, message, setMessage }: Props) {
  const { t } = useTranslation();
  const sets = useApp((s) => s.sets);
  const setsRequested = useApp((s) => s.setsRequested);
  const setSaved = useApp((s) => s.setSaved);
  const setDeleted = useApp((s) => s.setDeleted);
  const [chosenSet, setChosenSet] = useState('');
  const [setName, setSetName] = useState('');
  const setsId = useId();
  const setNameId = useId();

  useEffect(() => {
    void setsRequested();
  }, [setsRequested]);

  const loadSet = () => {
    const set = sets.find((s) => s.name === chosenSet);
    if (!set) return;
    const known = new Set((list ?? []).map((s) => s.id));
    const present = set.ids.filter((id) => known.has(id));
    const notes: string[] = [];
    if (present.length < set.ids.length) {
      notes.push(t('compare.sets.missing', { count: set.ids.length - present.length }));
    }
    if (present.length > MAX_COMPARED) {
      notes.push(t('compare.sets.tooMany', { count: present.length, max: MAX_COMPARED }));
    }
    setMessage(notes.length ? notes.join(' ') : null);
    setSetName(set.name);
    onChange(present.slice(0, MAX_COMPARED));
  };

  const saveSet = () => {
    const name = setName.trim();
    if (!name || selected.length === 0) return;
    const exists = sets.some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (exists && !window.confirm(t('compare.sets.confirmReplace', { name }))) return;
    void setSaved(name, selected);
  };

  const deleteSet = () => {
    if (!chosenSet) return;
    if (!window.confirm(t('compare.sets.confirmDelete', { name: chosenSet }))) return;
    void setDeleted(chosenSet).then(() => setChosenSet(''));
  };

  return (
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
              <option value="">{t('compare.sets.choose')}</option>
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
  );
}
