import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../stores/store-context';
import { useOpenScenario } from '../library/use-open-scenario';
import type { GroupFigures } from './workshop-figures';

interface Props {
  workshopId: number;
  group: GroupFigures;
  /** After a file came back: the view reads and costs the workshop again. */
  onImported: () => void;
  /** What was thrown importing a file, for the view to show with the group's name. */
  onFailed: (group: string, thrown: unknown) => void;
}

/**
 * A group's two buttons: open its scenario in the normal workspace (one laptop), and import the
 * scenario file it hands back from its own laptop as a new revision of its scenario.
 */
export function GroupActions({ workshopId, group, onImported, onFailed }: Props) {
  const { t } = useTranslation();
  const open = useOpenScenario();
  const pageChanged = useApp((s) => s.pageChanged);
  const imported = useApp((s) => s.groupFileImported);
  const dialog = useApp((s) => s.fileDialogRequested);
  const input = useRef<HTMLInputElement | null>(null);

  const importText = async (fileName: string, text: string) => {
    try {
      await imported(workshopId, group.position, fileName, text);
      onImported();
    } catch (thrown) {
      onFailed(group.name, thrown);
    }
  };
  const chooseFile = async () => {
    if (window.spf) {
      const file = await dialog('scenario');
      if (file) await importText(file.name, file.text);
    } else input.current?.click();
  };
  const id = group.scenarioId;
  return (
    <div className="ws-actions">
      <button
        type="button"
        className="button button--small"
        disabled={id === null}
        data-testid={`workshop-open-${group.position}`}
        aria-label={t('workshop.actions.openFor', { group: group.name })}
        onClick={() => {
          if (id === null) return;
          void open(id, group.name).then(() => pageChanged('benefits'));
        }}
      >
        {t('workshop.actions.open')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={id === null}
        data-testid={`workshop-import-${group.position}`}
        aria-label={t('workshop.actions.importFor', { group: group.name })}
        onClick={() => void chooseFile()}
      >
        {t('workshop.actions.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid={`workshop-import-input-${group.position}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then((text) => importText(file.name, text));
        }}
      />
    </div>
  );
}
