import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../stores/store-context';

/**
 * Opens a spf.scenario/1 file from disk: the native dialog in the desktop app, the browser's file
 * picker in the browser build. Problems in the file are listed with their field paths.
 */
export function OpenScenarioFile() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement | null>(null);
  const imported = useApp((s) => s.scenarioImported);
  const dialog = useApp((s) => s.fileDialogRequested);
  const open = async () => {
    if (window.spf) {
      const file = await dialog('scenario');
      if (file) await imported(file.text, file.name);
    } else input.current?.click();
  };
  return (
    <>
      <button type="button" className="button" data-testid="open-file" onClick={() => void open()}>
        {t('notice.openFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then((text) => imported(text, file.name));
        }}
      />
    </>
  );
}
