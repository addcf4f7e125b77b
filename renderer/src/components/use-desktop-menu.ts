import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestHeaderPanel } from '../lib/header-panel-request';
import { draftToFile } from '../stores/draft';
import { useAppStore } from '../stores/store-context';

/** The desktop app's menu sends commands; the renderer owns the scenario, so it carries them out. */
export function useDesktopMenu(): void {
  const store = useAppStore();
  const { t } = useTranslation();
  useEffect(() => {
    const bridge = window.spf;
    if (!bridge) return;
    return bridge.on('menu', (command) => {
      const s = store.getState();
      switch (command) {
        case 'new':
          // The same picker as the header's New button; it asks about unsaved changes on Create.
          requestHeaderPanel('new');
          break;
        case 'about':
          // The sources of the country data, their attribution and licences (the header's About).
          requestHeaderPanel('about');
          break;
        case 'open':
          s.pageChanged('library');
          break;
        case 'save':
          void s.saveRequested();
          break;
        case 'save-as':
          void s.saveAsRequested();
          break;
        case 'import-scenario':
          void s
            .fileDialogRequested('scenario')
            .then((f) => f && s.scenarioImported(f.text, f.name));
          break;
        case 'import-country':
          s.pageChanged('country');
          break;
        case 'export-scenario':
          if (s.draft) {
            const name = `${s.draft.name.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'scenario'}.json`;
            void s.saveFileRequested(name, `${JSON.stringify(draftToFile(s.draft), null, 2)}\n`);
          }
          break;
        case 'undo':
          s.undoRequested();
          break;
        case 'redo':
          s.redoRequested();
          break;
        case 'close-requested':
          if (!s.isDirty() || window.confirm(t('notice.closeUnsaved')))
            void s.windowCloseRequested();
          break;
      }
    });
  }, [store, t]);
}
