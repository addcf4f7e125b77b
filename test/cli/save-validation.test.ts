import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import { spf } from '../helpers/cli';
import {
  defaultScenarioFile,
  openTestLibrary,
  tempDir,
  tempLibraryPath,
  writeJson,
} from '../helpers/library';

/**
 * One validation for every entry point (issue 9, item 3): `scenarios save` on the command line and over
 * the bridge refuses exactly what `spf cost` refuses. Before, 246 of 254 formula files `spf cost`
 * refused were saved, and years to 2300 were saved on a country whose data end in 2060.
 */

/** The default package with a custom benefit whose formula names something that does not exist. */
const badFormula = () => {
  const file = defaultScenarioFile();
  const benefits = file.benefits as Record<string, unknown>[];
  return {
    ...file,
    benefits: [
      ...benefits,
      {
        id: 'odd',
        kind: 'custom',
        benefit: { basis: 'fixed', amount: 100 },
        formula: { perBeneficiary: 'nosuchvalue * 12' },
      },
    ],
  };
};

/** The training country XTA has population data for 2025-2060 only. */
const beyondData = () => defaultScenarioFile({ years: [2025, 2080] });

/** The located error lines (without "error: FILE: ") a command printed. */
function errorLines(err: string, file: string): string[] {
  return err
    .split('\n')
    .filter((l) => l.startsWith('error: '))
    .map((l) => l.slice('error: '.length).replace(`${file}: `, ''));
}

describe('scenarios save refuses what spf cost refuses', () => {
  for (const [what, make, path] of [
    ['a formula that names an unknown value', badFormula, 'benefits[7].formula.perBeneficiary'],
    ['years beyond the country data', beyondData, 'years'],
  ] as const) {
    it(`on the command line: ${what}`, async () => {
      const dir = tempDir();
      const db = tempLibraryPath();
      const file = writeJson(dir, 'bad.json', make());
      const cost = await spf('cost', file);
      expect(cost.code).toBe(2);
      const save = await spf('scenarios', 'save', file, '--db', db);
      expect(save.code).toBe(2);
      const refused = errorLines(cost.err, file);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.some((l) => l.startsWith(`${path}: `))).toBe(true);
      // The same located messages, word for word.
      expect(errorLines(save.err, file)).toEqual(refused);
      const list = await spf('scenarios', 'list', '--db', db, '--format', 'json');
      expect(JSON.parse(list.out)).toEqual([]);
    });

    it(`over the bridge: ${what}`, async () => {
      const library = openTestLibrary();
      try {
        const d = createDispatcher(libraryHandlers(library, { version: '0.1.0', host: 'web' }));
        const r = await d('scenarios:save', { scenario: make() });
        expect(r.ok).toBe(false);
        const issues = (r as { error: { issues?: { path: string }[] } }).error.issues ?? [];
        expect(issues.map((i) => i.path)).toContain(path);
        expect(library.listScenarios({})).toEqual([]);
      } finally {
        library.close();
      }
    });
  }

  it('still saves a scenario that costs', async () => {
    const library = openTestLibrary();
    try {
      const d = createDispatcher(libraryHandlers(library, { version: '0.1.0', host: 'web' }));
      expect(await d('scenarios:save', { scenario: defaultScenarioFile() })).toEqual({
        ok: true,
        value: { id: 1, rev: 1 },
      });
    } finally {
      library.close();
    }
  });
});
