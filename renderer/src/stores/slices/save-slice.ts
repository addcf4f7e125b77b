import { errorNotice } from '../notices';
import { draftToFile } from '../draft';
import type { SaveActions, SaveState, SliceContext } from '../types';
import { loadLibrary } from './library-slice';
import { headlineOnceCosted } from './run-slice';

/**
 * Saves the draft: a new revision of the scenario it came from, or (asNew, or never saved) a new
 * scenario; the one it came from is then left as it was.
 */
async function save(ctx: SliceContext, asNew: boolean, note?: string): Promise<boolean> {
  const { set, get, deps, now } = ctx;
  const { draft, country, source, savedCountry, draftKey } = get();
  if (!draft || !country) return false;
  const target = asNew ? null : source;
  set({ saving: true });
  try {
    const file = draftToFile(draft);
    const countryChanged = country !== savedCountry;
    const shown = await headlineOnceCosted(ctx);
    const saved = await deps.bridge('scenarios:save', {
      ...(target ? { id: target.id } : {}),
      scenario: file,
      ...(countryChanged || !target ? { country } : {}),
      ...(note ? { note } : {}),
      ...(shown ? { headline: shown } : {}),
    });
    set({
      source: saved,
      savedJson: JSON.stringify(file),
      savedCountry: country,
      saving: false,
      lastSavedAt: new Date(now()).toISOString(),
      notice: { kind: asNew && source ? 'saved-new' : 'saved', revision: saved.rev },
    });
    void deps.bridge('drafts:discard', { key: draftKey }).catch(() => undefined);
    void loadLibrary(ctx);
    return true;
  } catch (e) {
    set({ saving: false, notice: errorNotice(e) });
    return false;
  }
}

export function createSaveSlice(ctx: SliceContext): SaveState & SaveActions {
  const { set, get, deps } = ctx;
  return {
    saving: false,
    lastSavedAt: null,

    saveRequested: (note) => save(ctx, false, note),

    async saveAsRequested() {
      // A copy: the same draft saved as a new scenario, leaving the original as it was.
      const { source } = get();
      return save(
        ctx,
        true,
        source ? `saved as a new scenario from scenario ${source.id} revision ${source.rev}` : '',
      );
    },

    async autosaveRequested() {
      const { draft, country, source, draftKey } = get();
      if (!draft || !country || !get().isDirty()) return;
      try {
        await deps.bridge('drafts:save', {
          key: draftKey,
          scenarioId: source?.id ?? null,
          scenario: draftToFile(draft),
          country,
        });
      } catch {
        // Autosave is a safety net; a failed attempt is retried with the next edit.
      }
    },

    async fileDialogRequested(purpose) {
      try {
        return await deps.bridge('dialog:openFile', { purpose });
      } catch (e) {
        set({ notice: errorNotice(e) });
        return null;
      }
    },

    async saveFileRequested(defaultName, text) {
      try {
        const saved = await deps.bridge('dialog:saveFile', { defaultName, text });
        if (saved) set({ notice: { kind: 'exported', file: saved.path } });
      } catch (e) {
        set({ notice: errorNotice(e) });
      }
    },
  };
}
