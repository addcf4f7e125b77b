import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/error-text';
import { useApp, useAppStore } from '../../stores/store-context';

/**
 * "Open as a new scenario": the country goes from the database into the library (countryDb:import;
 * a second time finds it there), then the library's own "New scenario" action starts the default
 * package on it, as the New-scenario dialog does, and the workspace opens on the benefits page.
 */
export function useOpenAsScenario() {
  const { t } = useTranslation();
  const store = useAppStore();
  const dirty = useApp((s) => s.isDirty());
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (iso3: string) => {
    if (dirty && !window.confirm(t('guard.discard'))) return;
    setBusy(true);
    setError(null);
    try {
      // The version just imported, as the New-scenario dialog does (not one the user edited since).
      const country = await store.getState().countryDbImported(iso3);
      await store.getState().newScenarioRequested(country.code, country);
      // The action says why in the notice bar when the country cannot be used: stay here then.
      if (store.getState().country?.code === country.code) store.getState().pageChanged('benefits');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { open, busy, error };
}
