import { createStore } from 'zustand/vanilla';
import type { AppActions, AppDeps, AppState, AppStore, SliceContext } from './types';
import { createCompareSlice } from './slices/compare-slice';
import { createCountrySlice } from './slices/country-slice';
import { createDraftSlice } from './slices/draft-slice';
import { createExportSlice } from './slices/export-slice';
import { createExplainSlice } from './slices/explain-slice';
import { createLibrarySlice } from './slices/library-slice';
import { createNoticeSlice } from './slices/notice-slice';
import { createRunSlice } from './slices/run-slice';
import { createSaveSlice } from './slices/save-slice';
import { createSessionSlice } from './slices/session-slice';
import { createUncertaintySlice } from './slices/uncertainty-slice';
import { createViewSlice } from './slices/view-slice';
import { createWorkshopSlice } from './slices/workshop-slice';
import { createWorldSlice } from './slices/world-slice';

export type { Page } from '../pages';
export type { Notice } from './notices';
export type {
  AppActions,
  AppDeps,
  AppState,
  AppStore,
  ComparedScenario,
  EngineRunner,
  RunState,
  Template,
} from './types';

/**
 * The app's one store, made of slices (zustand's slices pattern): the session (models, new, open,
 * import, recovery), the draft and its undo, the engine run, saving, the view, the library, the
 * comparison, country files, exports and the notice. Each slice reads the others through `get()`.
 */
export function createAppStore(deps: AppDeps): AppStore {
  return createStore<AppState & AppActions>()((set, get) => {
    const ctx: SliceContext = {
      set,
      get,
      deps,
      now: deps.now ?? (() => Date.now()),
      runs: { latest: 0, settled: Promise.resolve() },
    };
    return {
      ...createSessionSlice(ctx),
      ...createDraftSlice(ctx),
      ...createRunSlice(),
      ...createSaveSlice(ctx),
      ...createViewSlice(ctx),
      ...createLibrarySlice(ctx),
      ...createCompareSlice(ctx),
      ...createCountrySlice(ctx),
      ...createExportSlice(ctx),
      ...createNoticeSlice(ctx),
      ...createExplainSlice(ctx),
      ...createUncertaintySlice(ctx),
      ...createWorkshopSlice(ctx),
      ...createWorldSlice(ctx),
    };
  });
}
