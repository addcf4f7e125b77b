import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCENARIO_FILE } from '../../src/node/bundled-models';
import { openLibrary, type Library } from '../../src/node/library/index';
import type { BenchCase } from '../measure';

/** A library in a temporary folder, removed at teardown. */
function tempLibrary(): { library: Library; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'spf-bench-library-'));
  const library = openLibrary(join(dir, 'library.sqlite'));
  return {
    library,
    remove: () => {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function defaultFile(): Record<string, unknown> {
  return JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as Record<string, unknown>;
}

/**
 * The scenario library on a real file (WAL, synchronous=FULL, so each save waits for the disk):
 * saving a revision of the default package, reopening it ready to cost, and listing a library of
 * 10,000 scenarios. Nothing is built until a case's setup runs.
 */
export function libraryCases(): BenchCase[] {
  const file = defaultFile();
  let temp: ReturnType<typeof tempLibrary> | undefined;
  let id = 0;
  const done = () => {
    temp?.remove();
    temp = undefined;
  };
  const library = () => {
    if (!temp) throw new Error('setup did not run');
    return temp.library;
  };
  return [
    {
      name: 'scenario-save',
      runs: 300,
      warmup: 30,
      targetMs: 5,
      setup: () => {
        temp = tempLibrary();
        id = library().saveScenario(file).id;
      },
      // Checked twice (as given, and as the stored text), then one transaction and one fsync.
      run: (i) => void library().saveScenario({ ...file, years: [2025, 2040 + (i % 20)] }, { id }),
      teardown: done,
    },
    {
      name: 'scenario-load',
      runs: 300,
      warmup: 30,
      setup: () => {
        temp = tempLibrary();
        id = library().saveScenario(file).id;
        for (let r = 0; r < 20; r++) library().saveScenario(file, { id, note: `rev ${r}` });
      },
      // The revision read, parsed and checked, with its pinned country (parsed once per session).
      run: () => void library().openScenario(id),
      teardown: done,
    },
    {
      name: 'scenario-list-10000',
      runs: 30,
      warmup: 5,
      targetMs: 100,
      setup: () => {
        temp = tempLibrary();
        const lib = library();
        lib.batch(() => {
          for (let n = 0; n < 10_000; n++) {
            const saved = lib.saveScenario({ ...file, name: `Workshop scenario ${n}` });
            if (n % 10 === 0) lib.addTags(saved.id, ['workshop', `group ${n % 7}`]);
          }
        });
      },
      run: () => {
        const all = library().listScenarios();
        if (all.length !== 10_000) throw new Error(`listed ${all.length} scenarios`);
      },
      teardown: done,
    },
  ];
}
