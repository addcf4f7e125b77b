// The command line as `npm ci` ships it: scripts/build-cli.mjs bundles it, and the bundle runs in plain
// Node with nothing compiled at run time. Built here into a folder of its own inside the checkout
// (where node_modules holds the packages the bundle leaves outside: better-sqlite3, mathjs, …).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useCliBundle } from '../helpers/cli-bundle';
import { defaultScenarioFile, tempDir, writeJson } from '../helpers/library';
import { REPO_DIR, spf } from '../helpers/cli';
import type { startWorkerPool as StartWorkerPool } from '../../src/node/worker/worker-pool';

const bundle = useCliBundle('bundle');
const out = bundle.dir;
const bundled = bundle.run;

/** Every file spf.mjs loads as it starts: its static imports of files beside it, followed through. */
function loadedAtStart(): string[] {
  const seen = new Set<string>(['spf.mjs']);
  const queue = ['spf.mjs'];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const text = readFileSync(join(out, file), 'utf8');
    for (const [, name] of text.matchAll(/^(?:import|export|\}) .*from "\.\/([^"]+)";$/gm)) {
      if (seen.has(name!)) continue;
      seen.add(name!);
      queue.push(name!);
    }
  }
  return [...seen];
}

describe('the bundled command line', () => {
  it('prints its version and costs the default scenario as the sources do', async () => {
    const version = bundled('--version');
    expect(version).toEqual({ code: 0, out: '0.1.0\n', err: '' });
    const fromBundle = bundled('cost', '--format', 'json');
    expect(fromBundle.code).toBe(0);
    expect(fromBundle.out).toBe((await spf('cost', '--format', 'json')).out);
  });

  it('leaves the workbook, the PDF, the web server, the country builder, the spreadsheets and mathjs out of its start', () => {
    const files = readdirSync(out);
    const start = loadedAtStart();
    for (const lazy of [
      'workbook-',
      'pdf-',
      'web-server-',
      'worker-pool-',
      'build-country-',
      'build-batch-',
      'country-sheet-',
    ]) {
      expect(files.some((f) => f.startsWith(lazy))).toBe(true);
      expect(start.filter((f) => f.startsWith(lazy))).toEqual([]);
    }
    // mathjs is not bundled at all: the sandbox's stand-in loads it from node_modules when needed.
    for (const f of files)
      expect(readFileSync(join(out, f), 'utf8')).not.toContain('node_modules/mathjs/');
  });

  it('loads mathjs for a custom formula', () => {
    // A custom benefit with 1,000 eligible persons, all covered from the start (no phasing), at
    // max(10, 12 x 10) = 120 a year each and no admin: 1,000 x 120 = 120,000 in 2025.
    const file = defaultScenarioFile();
    const benefits = [
      ...(file.benefits as unknown[]),
      {
        id: 'extra',
        kind: 'custom',
        label: 'Extra',
        function: 'children',
        ages: [0, 4],
        benefit: { basis: 'fixed', amount: 100 },
        formula: { eligible: '1000', perBeneficiary: 'max(10, 12 * 10)' },
      },
    ];
    const path = writeJson(tempDir(), 'formula.json', { ...file, benefits });
    const r = bundled('cost', path, '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.out, { header: true }).data;
    expect(rows[0]!.year).toBe('2025');
    expect(Number(rows[0]!['extra.cost'])).toBe(120_000);
  });

  it('builds a workbook in a report worker that runs the bundled worker, without tsx', async () => {
    const pool = readdirSync(out).find((f) => f.startsWith('worker-pool-'))!;
    const { startWorkerPool } = (await import(join(out, pool))) as {
      startWorkerPool: typeof StartWorkerPool;
    };
    const workers = startWorkerPool({ size: 1 });
    try {
      const r = await workers.run('report:workbook', {
        scenario: defaultScenarioFile(),
        country: JSON.parse(
          readFileSync(join(REPO_DIR, 'models/training-country/country.json'), 'utf8'),
        ) as unknown,
      });
      expect(r.ok).toBe(true);
      // An xlsx file is a zip: it starts with "PK".
      if (r.ok)
        expect(
          Buffer.from((r.value as { base64: string }).base64, 'base64')
            .subarray(0, 2)
            .toString(),
        ).toBe('PK');
    } finally {
      await workers.close();
    }
  }, 60_000);
});
