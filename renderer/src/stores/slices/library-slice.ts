import type { Notice } from '../notices';
import { errorNotice } from '../notices';
import type { ScenarioSort, SortDirection } from '../../../../src/contract/bridge';
import type { LibraryActions, LibraryState, SliceContext } from '../types';

/** Rows read at a time: a few screens' worth, so scrolling rarely waits for the next page. */
export const LIBRARY_PAGE_ROWS = 100;

/** The list's request as the page filters and sorts it, from `cursor` on. */
function pageRequest(state: LibraryState, cursor: string | null) {
  const { librarySearch, libraryTag, showBin, librarySort, libraryDirection } = state;
  return {
    ...(librarySearch ? { search: librarySearch } : {}),
    ...(libraryTag ? { tag: libraryTag } : {}),
    deleted: showBin,
    sort: librarySort,
    direction: libraryDirection,
    limit: LIBRARY_PAGE_ROWS,
    ...(cursor ? { cursor } : {}),
  };
}

/** The same column again turns the other way; a new one starts newest or most revised first, or A-Z. */
function sortDirection(state: LibraryState, sort: ScenarioSort): SortDirection {
  if (state.librarySort === sort) return state.libraryDirection === 'asc' ? 'desc' : 'asc';
  return sort === 'updated' || sort === 'revisions' ? 'desc' : 'asc';
}

/** Reads the library list again from its first page, as the page filters and sorts it. */
export async function loadLibrary({ set, get, deps }: SliceContext): Promise<void> {
  set({ libraryStatus: 'loading' });
  try {
    const page = await deps.bridge('scenarios:page', pageRequest(get(), null));
    set({
      library: page.rows,
      libraryTotal: page.total,
      libraryNext: page.nextCursor,
      libraryStatus: 'idle',
    });
  } catch (e) {
    set({ libraryStatus: 'error', notice: errorNotice(e) });
  }
}

/**
 * Appends the next page; a reload started meanwhile wins (its rows are not mixed with these). Resolves
 * to whether a page was added.
 */
async function loadMore({ set, get, deps }: SliceContext): Promise<boolean> {
  const { libraryNext, libraryStatus } = get();
  if (!libraryNext || libraryStatus === 'loading') return false;
  try {
    const page = await deps.bridge('scenarios:page', pageRequest(get(), libraryNext));
    if (get().libraryNext !== libraryNext) return false;
    set((s) => ({
      library: [...s.library, ...page.rows],
      libraryTotal: page.total,
      libraryNext: page.nextCursor,
    }));
    return true;
  } catch (e) {
    set({ notice: errorNotice(e) });
    return false;
  }
}

/**
 * Makes one change in the library: `done` tells the user it was made (null: the page says so itself,
 * and an older notice no longer holds), a failure becomes an error notice; the list is read again
 * either way. Resolves to whether the change was made.
 */
export async function changeLibrary(
  ctx: SliceContext,
  change: () => Promise<unknown>,
  done: Notice | null,
): Promise<boolean> {
  let ok = true;
  try {
    await change();
    ctx.set({ notice: done });
  } catch (e) {
    ok = false;
    ctx.set({ notice: errorNotice(e) });
  }
  await loadLibrary(ctx);
  return ok;
}

/**
 * After a rename or a restore in the library, the scenario open in the editor must not go back to
 * what it was at its next save. Without unsaved changes it is reopened at its new current revision
 * (staying on the page the user is on); with unsaved changes those are the user's and stay, but a
 * new name is carried over so that saving them does not undo the rename.
 */
async function syncOpenScenario(ctx: SliceContext, id: number, renamedTo?: string): Promise<void> {
  const s = ctx.get();
  if (s.source?.id !== id || !s.draft) return;
  if (s.isDirty()) {
    if (renamedTo !== undefined) {
      s.scenarioEdited('name', (d) => {
        d.name = renamedTo;
      });
    }
    return;
  }
  const stored = await ctx.deps.bridge('scenarios:get', { id });
  const now = ctx.get();
  if (now.source?.id !== id || now.isDirty()) return; // the user went on meanwhile
  const page = now.page;
  now.scenarioOpened(stored);
  ctx.get().pageChanged(page);
}

export function createLibrarySlice(ctx: SliceContext): LibraryState & LibraryActions {
  const { set, deps } = ctx;
  const call = deps.bridge;
  return {
    library: [],
    librarySearch: '',
    libraryTag: '',
    showBin: false,
    libraryStatus: 'idle',
    libraryTotal: 0,
    libraryNext: null,
    librarySort: 'updated',
    libraryDirection: 'desc',

    libraryRequested: () => loadLibrary(ctx),

    async libraryMoreRequested() {
      await loadMore(ctx);
    },

    async libraryAllRequested() {
      while (await loadMore(ctx));
    },

    async librarySorted(sort) {
      set((s) => ({ librarySort: sort, libraryDirection: sortDirection(s, sort) }));
      await loadLibrary(ctx);
    },

    async librarySearched(search, tag) {
      set({ librarySearch: search, libraryTag: tag });
      await loadLibrary(ctx);
    },

    async binToggled() {
      set((s) => ({ showBin: !s.showBin }));
      await loadLibrary(ctx);
    },

    scenarioRead: (id, rev) => call('scenarios:get', rev === undefined ? { id } : { id, rev }),

    countriesRequested: () => call('countries:list', {}),

    scenarioDuplicated: ({ id, name }) =>
      changeLibrary(ctx, () => call('scenarios:duplicate', { id }), { kind: 'duplicated', name }),

    scenarioDeleted: ({ id }) => changeLibrary(ctx, () => call('scenarios:delete', { id }), null),

    scenarioUndeleted: ({ id, name }) =>
      changeLibrary(ctx, () => call('scenarios:undelete', { id }), { kind: 'undeleted', name }),

    async binEmptied() {
      let removed = 0;
      await changeLibrary(
        ctx,
        async () => {
          removed = (await call('scenarios:emptyBin', {})).removed;
        },
        { kind: 'bin-emptied' },
      );
      return removed;
    },

    async scenarioRenamed({ id, name: from }, to) {
      const ok = await changeLibrary(ctx, () => call('scenarios:rename', { id, name: to }), {
        kind: 'renamed',
        from,
        to,
      });
      if (ok) await syncOpenScenario(ctx, id, to);
      return ok;
    },

    async revisionRestored(id, rev, next) {
      const done: Notice = { kind: 'restored', revision: rev, next };
      const ok = await changeLibrary(ctx, () => call('scenarios:restore', { id, rev }), done);
      if (ok) await syncOpenScenario(ctx, id);
      return ok;
    },

    tagsAdded: (id, tags) =>
      changeLibrary(ctx, () => call('scenarios:addTags', { id, tags }), {
        kind: 'tags-added',
        count: tags.length,
      }),

    tagRemoved: (id, tag) =>
      changeLibrary(ctx, () => call('scenarios:removeTag', { id, tag }), {
        kind: 'tag-removed',
        tag,
      }),

    noteAdded: (id, text) =>
      changeLibrary(ctx, () => call('scenarios:addNote', { id, text }), { kind: 'note-added' }),
  };
}
