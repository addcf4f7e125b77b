import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/store-context';

/**
 * Opens a scenario (or one of its revisions) from the library. With unsaved changes it asks first;
 * if the user goes on, the changes are written to the autosave slot before anything else happens,
 * so that they are offered back the next time the app starts.
 */
export function useOpenScenario(): (id: number, name: string, rev?: number) => Promise<void> {
  const store = useAppStore();
  const { t } = useTranslation();
  return useCallback(
    async (id, name, rev) => {
      const s = store.getState();
      if (s.isDirty()) {
        const current = s.draft?.name ?? '';
        const text =
          rev === undefined
            ? t('library.confirmOpen', { current, name })
            : t('library.confirmOpenRevision', { current, name, rev });
        if (!window.confirm(text)) return;
        await s.autosaveRequested();
      }
      await s.openRequested(id, rev);
    },
    [store, t],
  );
}
