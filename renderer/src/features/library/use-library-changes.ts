import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../src/contract/bridge';
import { useApp } from '../../stores/store-context';
import type { Named } from '../../stores/types';
import { MAX_COMPARED } from '../compare/compare-limits';
import type { Renaming } from './RenameField';
import type { ScenarioHandlers } from './ScenarioActions';
import { useOpenScenario } from './use-open-scenario';

/** The library page's own choices: ticked for comparison, selected, being renamed, just deleted. */
export function useLibraryChoices(compareIds: number[]) {
  const [picked, setPicked] = useState<number[]>(() => compareIds.slice(0, MAX_COMPARED));
  const [selected, setSelected] = useState<number | null>(null);
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  const [undo, setUndo] = useState<Named | null>(null);
  return { picked, setPicked, selected, setSelected, renaming, setRenaming, undo, setUndo };
}

export type LibraryChoices = ReturnType<typeof useLibraryChoices>;

/**
 * The changes the library page makes through the store's actions, and what each does to the page's
 * own choices (a deleted scenario is no longer ticked or selected, and offers Undo).
 */
export function useLibraryChanges(choices: LibraryChoices) {
  const { t } = useTranslation();
  const duplicated = useApp((s) => s.scenarioDuplicated);
  const deleted = useApp((s) => s.scenarioDeleted);
  const undeleted = useApp((s) => s.scenarioUndeleted);
  const renamed = useApp((s) => s.scenarioRenamed);
  const binEmptied = useApp((s) => s.binEmptied);
  const count = useApp((s) => s.library.length);
  const openScenario = useOpenScenario();
  const { selected, setSelected, renaming, setRenaming, setPicked, setUndo } = choices;

  const undelete = (s: Named) =>
    void undeleted(s).then(() => {
      setUndo(null);
      if (selected === s.id) setSelected(null);
    });

  const handlers: ScenarioHandlers = {
    open: (s) => void openScenario(s.id, s.name),
    duplicate: (s) => void duplicated(s),
    startRename: (s) => setRenaming({ id: s.id, value: s.name, error: null }),
    remove: (s) =>
      void deleted(s).then((done) => {
        if (!done) return;
        setUndo({ id: s.id, name: s.name });
        setPicked((p) => p.filter((x) => x !== s.id));
        if (selected === s.id) setSelected(null);
      }),
    undelete,
  };

  const saveRename = (s: ScenarioSummary) => {
    if (!renaming) return;
    const name = renaming.value.trim();
    if (!name) {
      setRenaming({ ...renaming, error: t('library.renameEmpty') });
      return;
    }
    setRenaming(null);
    if (name !== s.name) void renamed(s, name);
  };

  const emptyBin = () => {
    if (!window.confirm(t('library.confirmEmptyBin', { count }))) return;
    void binEmptied().then((removed) => {
      if (removed > 0) setSelected(null);
    });
  };

  return { handlers, saveRename, emptyBin, undelete };
}
