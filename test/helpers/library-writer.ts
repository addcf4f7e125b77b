/**
 * A child process for the crash-safety tests: saves revisions in a loop and prints `id rev tag n` after
 * each save has committed, so the test knows which saves were reported done when it kills this process.
 *
 *   node --import tsx test/helpers/library-writer.ts DB TAG COUNT
 *
 * Every fifth save makes a new scenario; the others add a revision to the last one. A busy library
 * (another writer held it past the timeout) ends the process with code 3 and the message on stderr.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_SCENARIO_FILE } from '../../src/node/bundled-models';
import { LibraryError, openLibrary } from '../../src/node/library/index';

const [db, tag = 'w', countText = '1000000'] = process.argv.slice(2);
if (!db) throw new Error('usage: library-writer.ts DB TAG COUNT');
const count = Number(countText);
const base = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as Record<string, unknown>;
// A long note makes each transaction write several pages, so kills land inside writes too.
const filler = 'x'.repeat(20_000);

try {
  const library = openLibrary(db, { busyTimeoutMs: 10_000 });
  let id: number | undefined;
  for (let n = 0; n < count; n++) {
    const value = { ...base, description: `${tag} ${n}`, notes: filler };
    const r =
      id === undefined || n % 5 === 0
        ? library.saveScenario(value, { note: `${tag} ${n}` })
        : library.saveScenario(value, { id, note: `${tag} ${n}` });
    id = r.id;
    process.stdout.write(`${r.id} ${r.rev} ${tag} ${n}\n`);
  }
  library.close();
} catch (e) {
  if (e instanceof LibraryError && e.code === 'busy') {
    process.stderr.write(`${e.message}\n`);
    process.exit(3);
  }
  throw e;
}
