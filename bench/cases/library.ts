import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCENARIO_FILE } from '../../src/node/bundled-models';
import { openDatabase } from '../../src/node/library/db';
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
 * Fills a new library with `count` scenarios of the default package, each with `revisions` revisions,
 * in one transaction through prepared statements (saving them one by one, each read and checked
 * twice, would take minutes). Names repeat every 1,000 so sorting by name meets ties; every tenth
 * scenario is tagged "workshop" and one of seven groups, as in the 10,000 case.
 */
export function seedLibrary(path: string, count: number, revisions = 1): void {
  openLibrary(path).close(); // the schema and the training country the revisions point at
  const db = openDatabase(path);
  const json = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as Record<string, unknown>;
  const code = String(json.country);
  const { id: countryId } = db
    .prepare('SELECT id FROM country_versions WHERE code = ? ORDER BY version DESC LIMIT 1')
    .get(code) as { id: number };
  const scenario = db.prepare(
    'INSERT INTO scenarios (name, country_code, last_rev, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const revision = db.prepare(
    'INSERT INTO revisions (scenario_id, rev, saved_at, json, country_code, country_version_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const tag = db.prepare('INSERT INTO tags (scenario_id, tag) VALUES (?, ?)');
  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const name = `Workshop scenario ${n % 1000}`;
      const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
      const id = Number(scenario.run(name, code, revisions, at, at).lastInsertRowid);
      for (let rev = 1; rev <= revisions; rev++) {
        const text = JSON.stringify({ ...json, name, years: [2025, 2040 + rev] }, null, 2);
        revision.run(id, rev, at, text, code, countryId);
      }
      if (n % 10 === 0) {
        tag.run(id, 'workshop');
        tag.run(id, `group ${n % 7}`);
      }
    }
  })();
  db.close();
}

/** A library of 100,000 scenarios, built once per bench run and removed when the run ends. */
function library100k(): () => Library {
  let built: Library | undefined;
  return () => {
    if (built) return built;
    const dir = mkdtempSync(join(tmpdir(), 'spf-bench-library-100k-'));
    seedLibrary(join(dir, 'library.sqlite'), 100_000);
    const opened = openLibrary(join(dir, 'library.sqlite'));
    process.once('exit', () => {
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return (built = opened);
  };
}

/** The paged list on 100,000 scenarios: the first page (with its total), and a search. */
function listCases100k(): BenchCase[] {
  const big = library100k();
  return [
    {
      name: 'scenario-list-100000',
      runs: 50,
      warmup: 5,
      targetMs: 5,
      setup: () => void big(),
      run: () => {
        const page = big().listScenarioPage({ limit: 50 });
        if (page.total !== 100_000 || page.rows.length !== 50) throw new Error('wrong first page');
      },
    },
    {
      name: 'scenario-list-100000-search',
      runs: 30,
      warmup: 3,
      targetMs: 20,
      setup: () => void big(),
      // "scenario 99" matches names 99 and 990-999 of every thousand: 11 × 100 = 1,100 scenarios.
      run: () => {
        const page = big().listScenarioPage({ search: 'scenario 99', sort: 'name', limit: 50 });
        if (page.total !== 1_100) throw new Error(`search found ${page.total}`);
      },
    },
  ];
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
    ...listCases100k(),
  ];
}
