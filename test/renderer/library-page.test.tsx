import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeTransport } from '../../renderer/src/api/bridge';
import { createBridge, type Transport } from '../../renderer/src/api/bridge-client';
import { LibraryPage } from '../../renderer/src/features/library/LibraryPage';
import {
  createAppStore,
  type AppStore,
  type EngineRunner,
} from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { createRunner } from '../../renderer/src/workers/run-request';
import { pageOf } from './scenario-pages';
import type {
  ComparisonSet,
  RevisionHeadline,
  ScenarioNote,
  ScenarioSummary,
  StoredScenario,
} from '../../src/contract/bridge';

/** The bundled models, read as the app ships them (tests run from the repository root). */
const read = (path: string): unknown => JSON.parse(readFileSync(`models/${path}`, 'utf8'));
const models = {
  trainingCountry: read('training-country/country.json'),
  defaultScenario: read('scenarios/default.json'),
  templates: read('benefit-templates.json'),
};

interface Scenario {
  name: string;
  tags: string[];
  notes: ScenarioNote[];
  deleted: boolean;
  revisions: {
    savedAt: string;
    note: string;
    scenario: Record<string, unknown>;
    country: unknown;
    headline?: RevisionHeadline | null;
  }[];
}

class Refused extends Error {}

/**
 * A small library in memory, answering the bridge channels the library page uses the way the real
 * handlers over SQLite do: revisions are never overwritten, the bin keeps scenarios until emptied.
 */
function fakeLibrary() {
  const scenarios = new Map<number, Scenario>();
  const sets: ComparisonSet[] = [];
  let nextId = 1;
  let clock = Date.now() - 3 * 86_400_000;
  const now = () => new Date((clock += 60_000)).toISOString();
  const get = (id: number, live = false) => {
    const s = scenarios.get(id);
    if (!s) throw new Refused(`scenario ${id} does not exist`);
    if (live && s.deleted) throw new Refused(`scenario ${id} is in the recycle bin`);
    return s;
  };
  const current = (s: Scenario) => s.revisions[s.revisions.length - 1]!;
  const codeOf = (s: Scenario) => {
    const c = current(s).scenario.country;
    return typeof c === 'string' ? c : ((c as { code: string }).code ?? '?');
  };
  const append = (
    s: Scenario,
    scenario: Record<string, unknown>,
    note: string,
    country?: unknown,
    headline: RevisionHeadline | null = null,
  ) => {
    s.revisions.push({
      savedAt: now(),
      note,
      scenario,
      country: country ?? current(s).country,
      headline,
    });
    s.name = scenario.name as string;
    return s.revisions.length;
  };
  const summary = (id: number, s: Scenario): ScenarioSummary => ({
    id,
    name: s.name,
    country: codeOf(s),
    revisions: s.revisions.length,
    updatedAt: current(s).savedAt,
    tags: [...s.tags],
    deleted: s.deleted,
  });
  const stored = (id: number, rev?: number): StoredScenario => {
    const s = get(id);
    const r = rev ?? s.revisions.length;
    const revision = s.revisions[r - 1];
    if (!revision) throw new Refused(`revision ${r} of scenario ${id} does not exist`);
    return {
      id,
      name: s.name,
      rev: r,
      revisions: s.revisions.map((x, i) => ({
        rev: i + 1,
        savedAt: x.savedAt,
        note: x.note,
        name: x.scenario.name as string,
        headline: x.headline ?? null,
      })),
      tags: [...s.tags],
      notes: [...s.notes],
      scenario: revision.scenario,
      country: revision.country,
      countryVersion: 1,
      countryHash: 'same-data',
    };
  };

  const handlers: Record<string, (q: Record<string, unknown>) => unknown> = {
    'models:bundled': () => models,
    'drafts:list': () => [],
    'drafts:save': () => ({ savedAt: now() }),
    'drafts:discard': () => null,
    'scenarios:list': (q) =>
      [...scenarios]
        .filter(([, s]) => s.deleted === (q.deleted ?? false))
        .filter(([, s]) => {
          const search = ((q.search as string | undefined) ?? '').toLowerCase();
          if (!search) return true;
          return (
            s.name.toLowerCase().includes(search) ||
            codeOf(s).toLowerCase().includes(search) ||
            s.tags.some((t) => t.toLowerCase().includes(search))
          );
        })
        .filter(
          ([, s]) =>
            !q.tag || s.tags.some((t) => t.toLowerCase() === (q.tag as string).toLowerCase()),
        )
        .map(([id, s]) => summary(id, s))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    // The list the page reads: the same scenarios, a page at a time.
    'scenarios:page': (q) => pageOf(handlers['scenarios:list']!(q) as ScenarioSummary[], q),
    'scenarios:get': (q) => stored(q.id as number, q.rev as number | undefined),
    'scenarios:save': (q) => {
      const file = { ...(q.scenario as Record<string, unknown>) };
      if (q.country !== undefined) file.country = q.country;
      const country = typeof file.country === 'string' ? models.trainingCountry : file.country;
      if (q.id !== undefined) {
        const s = get(q.id as number, true);
        const headline = (q.headline as RevisionHeadline | undefined) ?? null;
        return { id: q.id, rev: append(s, file, (q.note as string) ?? '', country, headline) };
      }
      const id = nextId++;
      scenarios.set(id, {
        name: file.name as string,
        tags: [],
        notes: [],
        deleted: false,
        revisions: [
          {
            savedAt: now(),
            note: (q.note as string) ?? '',
            scenario: file,
            country,
            headline: (q.headline as RevisionHeadline | undefined) ?? null,
          },
        ],
      });
      return { id, rev: 1 };
    },
    'scenarios:history': (q) => stored(q.id as number).revisions,
    'scenarios:restore': (q) => {
      const s = get(q.id as number, true);
      const old = s.revisions[(q.rev as number) - 1];
      if (!old) throw new Refused(`revision ${String(q.rev)} does not exist`);
      const rev = append(s, old.scenario, `restored from revision ${String(q.rev)}`, old.country);
      return { id: q.id, rev };
    },
    'scenarios:rename': (q) => {
      const s = get(q.id as number, true);
      append(s, { ...current(s).scenario, name: q.name }, `renamed from "${s.name}"`);
      return null;
    },
    'scenarios:duplicate': (q) => {
      const s = get(q.id as number, true);
      const id = nextId++;
      const name = (q.name as string | undefined) ?? `${s.name} (copy)`;
      scenarios.set(id, {
        name,
        tags: [...s.tags],
        notes: [],
        deleted: false,
        revisions: [
          {
            ...current(s),
            savedAt: now(),
            scenario: { ...current(s).scenario, name },
            note: `duplicated from scenario ${String(q.id)} revision ${s.revisions.length}`,
          },
        ],
      });
      return { id };
    },
    'scenarios:delete': (q) => {
      get(q.id as number, true).deleted = true;
      clock += 1;
      return null;
    },
    'scenarios:undelete': (q) => {
      get(q.id as number).deleted = false;
      return null;
    },
    'scenarios:emptyBin': () => {
      let removed = 0;
      for (const [id, s] of scenarios) {
        if (s.deleted) {
          scenarios.delete(id);
          removed++;
        }
      }
      return { removed };
    },
    'scenarios:addTags': (q) => {
      const s = get(q.id as number, true);
      for (const tag of q.tags as string[]) {
        if (!s.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) s.tags.push(tag);
      }
      return [...s.tags];
    },
    'scenarios:removeTag': (q) => {
      const s = get(q.id as number, true);
      s.tags = s.tags.filter((t) => t.toLowerCase() !== (q.tag as string).toLowerCase());
      return [...s.tags];
    },
    'scenarios:addNote': (q) => {
      const s = get(q.id as number, true);
      const note = { id: s.notes.length + 1, createdAt: now(), text: q.text as string };
      s.notes.push(note);
      return note;
    },
    'sets:list': () => sets,
    'sets:save': (q) => {
      const i = sets.findIndex((x) => x.name.toLowerCase() === (q.name as string).toLowerCase());
      if (i >= 0) sets.splice(i, 1);
      sets.push({ name: q.name as string, ids: q.ids as number[] });
      return null;
    },
  };

  const transport: Transport = async (channel, request) => {
    await Promise.resolve();
    const h = handlers[channel];
    if (!h) return { ok: false, error: { code: 'not-found', message: `no ${channel} here` } };
    try {
      return { ok: true, value: h(request as Record<string, unknown>) };
    } catch (e) {
      if (e instanceof Refused)
        return { ok: false, error: { code: 'bad-input', message: e.message } };
      throw e;
    }
  };
  /** Saves a scenario file as the app would, with an edit applied. */
  const save = (name: string, edit: (f: Record<string, unknown>) => void = () => undefined) => {
    const file = structuredClone(models.defaultScenario) as Record<string, unknown>;
    file.name = name;
    edit(file);
    return handlers['scenarios:save']!({ scenario: file }) as { id: number };
  };
  return { transport, scenarios, save };
}

/** The engine worker's own code, run in the test and answering at once. */
function inlineEngine(): EngineRunner {
  const runner = createRunner();
  let id = 0;
  return {
    run(scenario, countryKey, country) {
      id += 1;
      return {
        id,
        done: Promise.resolve(runner({ type: 'run', id, scenario, countryKey, country })),
      };
    },
  };
}

/** happy-dom has no window.confirm: answer it, and see what was asked. */
function mockConfirm(answer: boolean) {
  const confirm = vi.fn((_message?: string) => answer);
  window.confirm = confirm;
  return confirm;
}

let lib: ReturnType<typeof fakeLibrary>;
let store: AppStore;

async function renderPage() {
  store = createAppStore({ bridge: createBridge(lib.transport), engine: inlineEngine() });
  await act(async () => {
    await store.getState().started();
    store.getState().pageChanged('library');
  });
  render(
    <StoreProvider store={store}>
      <LibraryPage />
    </StoreProvider>,
  );
  await waitFor(() => expect(store.getState().libraryStatus).toBe('idle'));
}

const row = (id: number) => screen.getByTestId(`library-row-${id}`);
const names = () =>
  screen
    .queryAllByRole('row')
    .slice(1)
    .map((r) => within(r).queryAllByRole('button')[0]?.textContent ?? '');

beforeEach(() => {
  lib = fakeLibrary();
  setBridgeTransport(lib.transport);
});

afterEach(() => {
  setBridgeTransport(null);
  Reflect.deleteProperty(window, 'confirm');
});

describe('the scenario library page', () => {
  it('says how to save the first scenario when the library is empty', async () => {
    await renderPage();
    expect(screen.getByTestId('library-empty').textContent).toMatch(/Save button or Ctrl\+S/);
  });

  it('lists the saved scenarios, most recently changed first, with country and revisions', async () => {
    lib.save('Child benefit only');
    lib.save('Full floor');
    await renderPage();
    expect(names()).toEqual(['Full floor', 'Child benefit only']);
    expect(within(row(1)).getByText('XTA')).toBeTruthy();
    expect(screen.getByText('2 scenarios')).toBeTruthy();
  });

  it('filters as the user types, by name, tag or country', async () => {
    lib.save('Child benefit only');
    lib.save('Full floor');
    lib.scenarios.get(2)!.tags.push('workshop 3');
    await renderPage();
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: 'child' } });
    await waitFor(() => expect(names()).toEqual(['Child benefit only']));
    expect(store.getState().librarySearch).toBe('child');
    fireEvent.change(screen.getByTestId('library-search'), {
      target: { value: 'nothing like it' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('library-empty').textContent).toMatch(/nothing like it/),
    );
    fireEvent.click(within(screen.getByTestId('library-empty')).getByRole('button'));
    await waitFor(() => expect(names()).toHaveLength(2));
    fireEvent.change(screen.getByTestId('library-tag'), { target: { value: 'workshop 3' } });
    await waitFor(() => expect(names()).toEqual(['Full floor']));
  });

  it('applies a search still waiting when the page is left, so the list and the box agree on return', async () => {
    lib.save('Child benefit only');
    lib.save('Full floor');
    await renderPage();
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: 'child' } });
    await waitFor(() => expect(names()).toEqual(['Child benefit only']));
    // Cleared, and the page left before the 250 ms debounce ran out (before the fix the clear was
    // lost: the store kept "child", and the list came back filtered under an empty-looking box).
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: '' } });
    cleanup();
    await waitFor(() => expect(store.getState().librarySearch).toBe(''));
    render(
      <StoreProvider store={store}>
        <LibraryPage />
      </StoreProvider>,
    );
    await waitFor(() => expect(names()).toEqual(['Full floor', 'Child benefit only']));
    expect(screen.getByTestId<HTMLInputElement>('library-search').value).toBe('');
  });

  it('deletes to the recycle bin, with undo, and brings a scenario back from the bin', async () => {
    lib.save('Keep me');
    lib.save('Delete me');
    await renderPage();
    fireEvent.click(screen.getByTestId('library-delete-2'));
    await waitFor(() => expect(names()).toEqual(['Keep me']));
    expect(screen.getByTestId('library-undo').textContent).toMatch(
      /“Delete me” is in the recycle bin/,
    );
    expect(lib.scenarios.get(2)!.deleted).toBe(true);

    fireEvent.click(screen.getByTestId('library-undo-button'));
    await waitFor(() => expect(names()).toEqual(['Delete me', 'Keep me']));
    expect(lib.scenarios.get(2)!.deleted).toBe(false);

    // Delete again, then restore it from the bin itself.
    fireEvent.click(screen.getByTestId('library-delete-2'));
    await waitFor(() => expect(names()).toEqual(['Keep me']));
    fireEvent.click(screen.getByTestId('library-bin'));
    await waitFor(() => expect(names()).toEqual(['Delete me']));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Recycle bin');
    fireEvent.click(screen.getByTestId('library-undelete-2'));
    await waitFor(() =>
      expect(screen.getByTestId('library-empty').textContent).toMatch(/bin is empty/),
    );
    fireEvent.click(screen.getByTestId('library-bin'));
    await waitFor(() => expect(names()).toHaveLength(2));
  });

  it('empties the bin only after a confirmation that says it cannot be undone', async () => {
    lib.save('Old');
    lib.scenarios.get(1)!.deleted = true;
    await renderPage();
    fireEvent.click(screen.getByTestId('library-bin'));
    await waitFor(() => expect(names()).toEqual(['Old']));
    const confirm = mockConfirm(false);
    fireEvent.click(screen.getByTestId('library-empty-bin'));
    expect(confirm.mock.calls[0]![0]).toMatch(/cannot be undone/);
    expect(lib.scenarios.size).toBe(1);
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByTestId('library-empty-bin'));
    await waitFor(() => expect(lib.scenarios.size).toBe(0));
    await waitFor(() =>
      expect(screen.getByTestId('library-empty').textContent).toMatch(/bin is empty/),
    );
  });

  it('restores an old revision as a new one, after asking', async () => {
    const { id } = lib.save('Floor');
    const s = lib.scenarios.get(id)!;
    s.revisions.push({ ...s.revisions[0]!, savedAt: new Date().toISOString(), note: 'to 2040' });
    await renderPage();
    fireEvent.click(within(row(id)).getByRole('button', { name: 'Floor' }));
    const details = await screen.findByTestId('library-details');
    await waitFor(() => expect(within(details).getByTestId('revision-2')).toBeTruthy());
    expect(within(details).getByText('to 2040')).toBeTruthy();
    const confirm = mockConfirm(true);
    fireEvent.click(within(details).getByTestId('restore-1'));
    expect(confirm.mock.calls[0]![0]).toMatch(/revision 1 of “Floor”.*\n\n.*revision 3/s);
    await waitFor(() => expect(within(details).getByTestId('revision-3')).toBeTruthy());
    expect(within(details).getByText('restored from revision 1')).toBeTruthy();
    expect(s.revisions).toHaveLength(3);
    await waitFor(() => expect(within(row(id)).getByText('3')).toBeTruthy());
  });

  it('shows each revision with its name and cost, and the differences between two revisions', async () => {
    const { id } = lib.save('central');
    const s = lib.scenarios.get(id)!;
    s.revisions[0]!.headline = { year: 2030, pctGdp: 0.0885, cost: 1_016_442e6, currency: 'TBS' };
    // Revision 2: renamed and the child benefit at 50% of the poverty line, saved with no headline.
    const second = structuredClone(s.revisions[0]!.scenario) as {
      name: string;
      benefits: { id: string; benefit: { share: number } }[];
    };
    second.name = 'central, 2030';
    second.benefits.find((b) => b.id === 'child')!.benefit.share = 0.5;
    s.revisions.push({
      ...s.revisions[0]!,
      scenario: second,
      savedAt: new Date().toISOString(),
      note: 'renamed from "central"',
      headline: null,
    });
    s.name = 'central, 2030';
    await renderPage();
    fireEvent.click(within(row(id)).getByRole('button', { name: 'central, 2030' }));
    const details = await screen.findByTestId('library-details');
    await waitFor(() => expect(within(details).getByTestId('revision-2')).toBeTruthy());
    // Before, an ordinary save showed neither name nor cost, only a date.
    expect(within(details).getByTestId('revision-1-summary').textContent).toBe(
      'central · 8.85% of GDP in 2030 (1,016,442 million TBS)',
    );
    expect(within(details).getByTestId('revision-2-summary').textContent).toBe('central, 2030');
    expect(within(details).getByText('renamed from "central"')).toBeTruthy();
    // Revision 1 against 2: the compare page's diff (names head its columns): the child benefit.
    fireEvent.click(within(details).getByTestId('revision-diff-show'));
    const diff = await within(details).findByTestId('compare-diff');
    await waitFor(() =>
      expect(
        within(diff)
          .getAllByTestId('diff-row')
          .map((r) => r.getAttribute('data-path')),
      ).toEqual(['benefits[child].benefit.share']),
    );
    const share = within(diff).getAllByTestId('diff-row')[0]!;
    expect(share.textContent).toMatch(/25%.*50%/);
  });

  it('adds and removes tags and keeps dated notes', async () => {
    lib.save('Floor');
    await renderPage();
    fireEvent.click(within(row(1)).getByRole('button', { name: 'Floor' }));
    const details = await screen.findByTestId('library-details');
    // Beside the details, rows keep only Open; the panel has every action.
    expect(within(row(1)).queryByTestId('library-delete-1')).toBeNull();
    expect(within(details).getByTestId('library-details-delete')).toBeTruthy();
    const tagInput = await within(details).findByTestId('library-tag-input');
    fireEvent.change(tagInput, { target: { value: 'workshop 3, minister' } });
    fireEvent.click(within(details).getByTestId('library-tag-add'));
    await waitFor(() => expect(lib.scenarios.get(1)!.tags).toEqual(['workshop 3', 'minister']));
    await waitFor(() => expect(within(row(1)).getByText('minister')).toBeTruthy());
    fireEvent.click(within(details).getByRole('button', { name: 'Remove the tag “minister”' }));
    await waitFor(() => expect(lib.scenarios.get(1)!.tags).toEqual(['workshop 3']));

    fireEvent.change(within(details).getByTestId('library-note-input'), {
      target: { value: 'The minister asked for 0-17' },
    });
    fireEvent.click(within(details).getByTestId('library-note-add'));
    await waitFor(() =>
      expect(within(details).getByText('The minister asked for 0-17')).toBeTruthy(),
    );
    expect(within(details).getByTestId<HTMLTextAreaElement>('library-note-input').value).toBe('');
    expect(within(details).getByTestId('library-details-country').textContent).toMatch(
      /Tamboria.*XTA/,
    );
  });

  it('renames inline and duplicates', async () => {
    lib.save('Floor');
    await renderPage();
    fireEvent.click(screen.getByTestId('library-rename-1'));
    const input = screen.getByTestId('library-rename-input');
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be empty/);
    fireEvent.change(input, { target: { value: 'Floor, ages 0-17' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(names()).toEqual(['Floor, ages 0-17']));
    expect(lib.scenarios.get(1)!.revisions.at(-1)!.note).toBe('renamed from "Floor"');

    fireEvent.click(screen.getByTestId('library-duplicate-1'));
    await waitFor(() => expect(names()).toEqual(['Floor, ages 0-17 (copy)', 'Floor, ages 0-17']));
  });

  it('opens a scenario with Enter on its row, asking first about unsaved changes', async () => {
    lib.save('Floor');
    await renderPage();
    store.getState().scenarioEdited('name', (d) => {
      d.name = 'My unsaved work';
    });
    const confirm = mockConfirm(false);
    fireEvent.keyDown(row(1), { key: 'Enter' });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toMatch(
      /“My unsaved work” has unsaved changes.*autosave keeps them/s,
    );
    expect(store.getState().source).toBeNull();

    confirm.mockReturnValue(true);
    fireEvent.keyDown(row(1), { key: 'Enter' });
    await waitFor(() => expect(store.getState().source).toEqual({ id: 1, rev: 1 }));
    expect(store.getState().draft?.name).toBe('Floor');
    expect(store.getState().page).toBe('benefits');
  });

  it('selects two to four scenarios and sends them to the compare page', async () => {
    for (const n of ['A', 'B', 'C', 'D', 'E']) lib.save(n);
    await renderPage();
    const compare = screen.getByTestId<HTMLButtonElement>('library-compare');
    expect(compare.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('library-pick-1'));
    expect(compare.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('library-pick-3'));
    expect(compare.disabled).toBe(false);
    fireEvent.click(screen.getByTestId('library-pick-4'));
    fireEvent.click(screen.getByTestId('library-pick-5'));
    expect(screen.getByTestId<HTMLInputElement>('library-pick-2').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('library-pick-5'));
    fireEvent.click(compare);
    expect(store.getState().page).toBe('compare');
    expect(store.getState().compareIds).toEqual([1, 3, 4]);
    await waitFor(() =>
      expect(store.getState().compared.map((c) => c.name)).toEqual(['A', 'C', 'D']),
    );
    expect(store.getState().compared.every((c) => c.result !== null)).toBe(true);
  });

  it('shows a plain error with a way to try again when the library cannot be read', async () => {
    lib.save('Floor');
    const working = lib.transport;
    let broken = true;
    lib.transport = (channel, request) =>
      broken && channel === 'scenarios:page'
        ? Promise.resolve({
            ok: false,
            error: { code: 'busy', message: 'the scenario library is busy' },
          })
        : working(channel, request);
    store = createAppStore({ bridge: createBridge(lib.transport), engine: inlineEngine() });
    await act(async () => {
      await store.getState().started();
    });
    render(
      <StoreProvider store={store}>
        <LibraryPage />
      </StoreProvider>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('library-error').textContent).toMatch(/try again/),
    );
    broken = false;
    fireEvent.click(within(screen.getByTestId('library-error')).getByRole('button'));
    await waitFor(() => expect(names()).toEqual(['Floor']));
  });
});
