import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountrySummary } from '../../../../src/contract/bridge';
import type { CountryDbEntry } from '../../../../src/contract/country-db';
import { useErrorText } from '../../components/error-text';
import { useApp } from '../../stores/store-context';
import { CountryPicker } from '../country-db/CountryPicker';

interface Props {
  onClose: () => void;
}

/**
 * "New": the default package on a country the user picks: the bundled training country, a country
 * of the library (with the user's edits), or any country of the database shipped with the app
 * (imported into the library as it is chosen).
 */
export function NewScenarioDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const training = useApp((s) => s.trainingCountry);
  const current = useApp((s) => s.country?.code ?? '');
  const dirty = useApp((s) => s.isDirty());
  const newScenario = useApp((s) => s.newScenarioRequested);
  const countriesRequested = useApp((s) => s.countriesRequested);
  const [countries, setCountries] = useState<CountrySummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [code, setCode] = useState(current || training?.code || '');
  const [busy, setBusy] = useState(false);
  const [dbError, setDbError] = useState<string | undefined>();
  const importFromDb = useApp((s) => s.countryDbImported);
  const errorText = useErrorText();
  const selectId = useId();
  const titleId = useId();

  useEffect(() => {
    let live = true;
    countriesRequested()
      .then((list) => {
        if (live) setCountries(list);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [countriesRequested]);

  // The training country is always offered, even before the library answers (or if it cannot).
  const options: { code: string; name: string }[] = countries ?? [];
  const listed =
    training && !options.some((c) => c.code === training.code)
      ? [{ code: training.code, name: training.name }, ...options]
      : options;

  const create = async () => {
    if (dirty && !window.confirm(t('guard.discard'))) return;
    setBusy(true);
    await newScenario(code || undefined);
    setBusy(false);
    onClose();
  };

  const createFromDb = async (entry: CountryDbEntry) => {
    if (dirty && !window.confirm(t('guard.discard'))) return;
    setDbError(undefined);
    try {
      const country = await importFromDb(entry.iso3);
      await newScenario(country.code, country);
      onClose();
    } catch (e) {
      setDbError(errorText(e));
    }
  };

  return (
    <div
      className="panel header__popover header__popover--picker"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="new-scenario-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={titleId} className="header__popover-title">
        {t('lifecycle.new.title')}
      </h2>
      <p className="field__help">{t('lifecycle.new.help')}</p>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('lifecycle.new.country')}
        </label>
        <select
          id={selectId}
          className="input"
          value={code}
          data-testid="new-scenario-country"
          onChange={(e) => setCode(e.target.value)}
        >
          {listed.map((c) => (
            <option key={c.code} value={c.code}>
              {`${c.name} (${c.code})`}
            </option>
          ))}
        </select>
        {failed ? (
          <p className="field__help" role="status">
            {t('lifecycle.new.listFailed')}
          </p>
        ) : null}
      </div>
      <div className="toolbar">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !code}
          data-testid="new-scenario-create"
          onClick={() => void create()}
        >
          {t('lifecycle.new.create')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('lifecycle.cancel')}
        </button>
      </div>
      <h3 className="header__popover-subtitle">{t('countryDb.newTitle')}</h3>
      <CountryPicker
        autoFocus
        onChoose={createFromDb}
        chooseLabel={(name) => t('countryDb.createOn', { name })}
        error={dbError}
      />
    </div>
  );
}
