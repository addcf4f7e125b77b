import { bridge } from '../../api/bridge';
import type { AppStore } from '../../stores/app-store';

/**
 * After a rename or a restore in the library, the scenario open in the editor must not go back to
 * what it was at its next save. Without unsaved changes it is reopened at its new current revision
 * (staying on the page the user is on); with unsaved changes those are the user's and stay, but a
 * new name is carried over so that saving them does not undo the rename.
 */
export async function syncOpenScenario(
  store: AppStore,
  id: number,
  renamedTo?: string,
): Promise<void> {
  const s = store.getState();
  if (s.source?.id !== id || !s.draft) return;
  if (s.isDirty()) {
    if (renamedTo !== undefined) {
      s.scenarioEdited('name', (d) => {
        d.name = renamedTo;
      });
    }
    return;
  }
  const stored = await bridge()('scenarios:get', { id });
  const now = store.getState();
  if (now.source?.id !== id || now.isDirty()) return; // the user went on meanwhile
  const page = now.page;
  now.scenarioOpened(stored);
  store.getState().pageChanged(page);
}
