// The global gap over the shipped database: the bridge's `gap:all` (checked request, cache, errors)
// and docs/methodology.md 12.5, whose aggregates must still be what `spf gap --all` prints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlobalGap } from '#engine';
import { gapTable } from '../../src/cli/gap-format';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { gapHandlers } from '../../src/node/global-gap/gap-handlers';
import { startWorkerPool } from '../../src/node/worker/worker-pool';
import { TS_WORKER_ENTRY } from '../helpers/ts-worker';
import { REPO_DIR } from '../helpers/cli';
import { fileBenefit, fileScenario } from '../helpers/fixtures';

const dispatch = createDispatcher(gapHandlers());

async function gapAll(request: unknown): Promise<GlobalGap> {
  const r = await dispatch('gap:all', request);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as GlobalGap;
}

describe('gap:all', () => {
  it('costs the ILO package on every country of the database, once per request', async () => {
    const first = await gapAll({});
    expect(first.year).toBe(2025);
    // 172 countries in the database: all but Eritrea and Syria (no poverty-line amount) costed.
    expect(first.countries.length + first.skipped.length).toBe(172);
    expect(first.skipped.map((s) => s.iso3)).toEqual(['ERI', 'SYR']);
    expect(first.skipped[0]!.code).toBe('costing.noPovertyLine');
    const started = performance.now();
    // The same request again is answered from the cache: the very same object, at once.
    expect(await gapAll({ year: 2025 })).toBe(first);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('costs a package sent with the request', async () => {
    const gap = await gapAll({ scenario: fileScenario([fileBenefit({ id: 'child' })]) });
    expect(gap.package).toBe('Test scenario');
    expect(Object.keys(gap.groups[0]!.byFunction)).toEqual(['children']);
  });

  it('refuses a bad year and a broken package as bad input', async () => {
    const year = await dispatch('gap:all', { year: 1999 });
    expect(year.ok).toBe(false);
    if (!year.ok) expect(year.error.code).toBe('bad-input');
    const broken = await dispatch('gap:all', { scenario: { format: 'spf.scenario/1' } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.error.code).toBe('bad-input');
      expect(broken.error.message).toContain('scenario');
    }
  });
});

describe('gap:all in a worker thread (the browser build)', () => {
  it('answers from the report worker the same as in process', async () => {
    const pool = startWorkerPool({ entry: TS_WORKER_ENTRY, size: 1, engineVersion: 'test' });
    try {
      const r = await pool.run('gap:all', { year: 2025 });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toEqual(await gapAll({}));
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('docs/methodology.md 12.5', () => {
  it('shows the aggregates spf gap --all prints today', async () => {
    const gap = await gapAll({});
    const table = gapTable({ out: () => undefined, err: () => undefined }, gap);
    const printed = /Aggregates \(GDP-weighted\)\n([\s\S]*?)\n\n/.exec(table)![1];
    const doc = readFileSync(`${REPO_DIR}docs/methodology.md`, 'utf8');
    const shown = /<!-- spf gap --all: aggregates -->\s*```text\n([\s\S]*?)\n```/.exec(doc)![1];
    expect(shown).toBe(printed);
  });
});
