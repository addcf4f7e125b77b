/**
 * Bad input to the library, through the command line as users meet it: every case must exit 2 with a
 * message naming the field, scenario, revision or country, and leave the library exactly as it was
 * (same logical content, same row counts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LibraryError } from '../../../src/node/library/index';
import { spf } from '../../helpers/cli';
import { edit, REMOVE } from '../../helpers/input-checks';
import {
  defaultScenarioFile,
  fingerprint,
  openTestLibrary,
  rowCounts,
  scenarioOn,
  tempDir,
  tempLibraryPath,
  testCountry,
  writeJson,
} from '../../helpers/library';

const dir = tempDir('spf-malformed-');
const db = tempLibraryPath();
const text = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const json = (name: string, value: unknown) => writeJson(dir, name, value);

// The library every case starts from: scenario 1 (2 revisions), KEN versions 1-2, scenario 3 in the
// bin, a set, a tag.
beforeAll(() => {
  const library = openTestLibrary(db);
  library.importCountry(testCountry('KEN'));
  library.importCountry(testCountry('KEN', { povertyLine: 15000 }));
  const { id } = library.saveScenario(defaultScenarioFile());
  library.saveScenario(defaultScenarioFile({ years: [2025, 2040] }), { id });
  library.saveScenario(scenarioOn('KEN'));
  const binned = library.saveScenario(defaultScenarioFile({ name: 'Old idea' }));
  library.deleteScenario(binned.id);
  library.createSet('Compare', [1, 2]);
  library.addTags(1, ['workshop']);
  library.close();
});

const scenario = defaultScenarioFile();
const country = testCountry('UGA');
const scenarioText = JSON.stringify(scenario, null, 2);

/** [what, spf arguments, a phrase the error must contain] */
const CASES: [string, () => string[], string][] = [
  [
    'truncated JSON',
    () => ['scenarios', 'save', text('cut.json', scenarioText.slice(0, 200))],
    'not valid JSON at line 4',
  ],
  ['an empty file', () => ['scenarios', 'save', text('empty.json', '  \n')], 'the file is empty'],
  [
    'a missing file',
    () => ['scenarios', 'save', join(dir, 'nothere.json')],
    'nothere.json: no such file',
  ],
  [
    'a JSON array instead of an object',
    () => ['scenarios', 'save', json('array.json', [scenario])],
    'must be a JSON object with "format": "spf.scenario/1"',
  ],
  [
    'text in a number',
    () => ['scenarios', 'save', json('text-number.json', edit(scenario, ['years[0]', '2025']))],
    'years[0]: must be a number, found "2025"',
  ],
  [
    'an infinite number (1e999)',
    () => ['scenarios', 'save', text('inf.json', scenarioText.replace('2060', '1e999'))],
    'years[1]: must be a number, found Infinity',
  ],
  [
    'a newer format version',
    () => ['scenarios', 'save', json('v2.json', edit(scenario, ['format', 'spf.scenario/2']))],
    '"spf.scenario/2" is a newer version than this app reads',
  ],
  [
    'a country file saved as a scenario',
    () => ['scenarios', 'save', json('country-as-scenario.json', country)],
    'format: must be "spf.scenario/1", found "spf.country/1"',
  ],
  [
    'no name',
    () => ['scenarios', 'save', json('noname.json', edit(scenario, ['name', REMOVE]))],
    'name: is required',
  ],
  [
    'an unknown benefit kind',
    () => ['scenarios', 'save', json('kind.json', edit(scenario, ['benefits[0].kind', 'pension']))],
    'benefits[0].kind: must be one of',
  ],
  [
    'two benefits with the same id',
    () => ['scenarios', 'save', json('dup.json', edit(scenario, ['benefits[1].id', 'child']))],
    'benefits[1].id: "child" is already used by benefits[0]',
  ],
  [
    'coverage reaching full before it starts',
    () => [
      'scenarios',
      'save',
      json('ramp.json', edit(scenario, ['benefits[2].coverage.fullYear', 2020])),
    ],
    'benefits[2].coverage.fullYear: must be >= startYear 2026',
  ],
  [
    'an unknown country code',
    () => ['scenarios', 'save', json('zzz.json', edit(scenario, ['country', 'ZZZ']))],
    'country: country ZZZ is not in the library: import it with `spf countries import FILE` or in the app: Country data → Import',
  ],
  [
    'an inline country with a negative population',
    () => [
      'scenarios',
      'save',
      json(
        'inline.json',
        edit(scenarioOn('x', { country: country }), ['country.population.male[1][7]', -5]),
      ),
    ],
    'country.population.male[1][7]: must be >= 0, found -5',
  ],
  [
    'an unknown scenario id',
    () => ['scenarios', 'save', json('ok1.json', scenario), '--id', '12'],
    'scenario 12 does not exist; list them with "spf scenarios list"',
  ],
  [
    'a scenario id that is not a number',
    () => ['scenarios', 'save', json('ok2.json', scenario), '--id', 'twelve'],
    'the scenario id must be a whole number from 1, such as 12; found "twelve"',
  ],
  [
    'a new revision of a scenario in the recycle bin',
    () => ['scenarios', 'save', json('ok3.json', scenario), '--id', '3'],
    'scenario 3 ("Old idea") is in the recycle bin; take it out first with "spf scenarios undelete 3"',
  ],
  [
    'a country version that does not exist',
    () => ['scenarios', 'save', json('ken.json', scenarioOn('KEN')), '--country-version', '9'],
    'country: country KEN has no version 9 (it has 1-2)',
  ],
  [
    'restoring a revision that does not exist',
    () => ['scenarios', 'restore', '1', '7'],
    'revision 7 of scenario 1 does not exist (it has 1-2); list them with "spf scenarios history 1"',
  ],
  [
    'restoring revision 0',
    () => ['scenarios', 'restore', '1', '0'],
    'the revision must be a whole number from 1',
  ],
  [
    'exporting --rev abc',
    () => ['scenarios', 'export', '1', '--rev', 'abc'],
    '--rev must be a whole number',
  ],
  ['renaming to nothing', () => ['scenarios', 'rename', '1', '   '], 'name: must not be empty'],
  ['an empty tag', () => ['scenarios', 'tag', '1', ''], 'tag: must be 1 to 60 characters'],
  [
    'removing a tag it does not have',
    () => ['scenarios', 'untag', '1', 'nope'],
    'scenario 1 has no tag "nope" (its tags: workshop)',
  ],
  ['an empty note', () => ['scenarios', 'note', '1', ' '], 'note: must not be empty'],
  [
    'a set with an unknown scenario',
    () => ['sets', 'create', 'New', '1', '99'],
    'scenario 99 does not exist',
  ],
  [
    'a set with the same scenario twice',
    () => ['sets', 'create', 'New', '1', '1'],
    'scenario 1 is given twice',
  ],
  [
    'a set name already used',
    () => ['sets', 'create', 'compare', '1'],
    'a set named "Compare" already exists',
  ],
  [
    'showing a set that does not exist',
    () => ['sets', 'show', 'Nope'],
    'there is no set named "Nope"; list them with "spf sets list"',
  ],
  [
    'importing a negative population',
    () => ['countries', 'import', json('neg.json', edit(country, ['population.female[0][5]', -3]))],
    'population.female[0][5]: must be >= 0, found -3',
  ],
  [
    'importing a population row of 100 numbers',
    () => [
      'countries',
      'import',
      json('short.json', edit(country, ['population.male[2]', new Array<number>(100).fill(1)])),
    ],
    'population.male[2]: must have 101 numbers (ages 0 to 99 and 100+), found 100',
  ],
  [
    'importing years that are not consecutive',
    () => ['countries', 'import', json('years.json', edit(country, ['population.years[3]', 2029]))],
    'population.years[3]: years must be consecutive: expected 2028, found 2029',
  ],
  [
    'importing a bad country code',
    () => ['countries', 'import', json('code.json', edit(country, ['code', 'K']))],
    'code: must be 2 to 16 letters',
  ],
  [
    'importing over the training country',
    () => ['countries', 'import', json('xta.json', testCountry('XTA'))],
    'code: "XTA" is the bundled training country and cannot be replaced',
  ],
  [
    'importing a scenario as a country',
    () => ['countries', 'import', json('scenario-as-country.json', scenario)],
    'format: must be "spf.country/1", found "spf.scenario/1"',
  ],
  [
    'exporting a country the library does not have',
    () => ['countries', 'export', 'ZZZ'],
    '"ZZZ" is not a country in the library',
  ],
  [
    'exporting a country version that does not exist',
    () => ['countries', 'export', 'KEN', '--version', '3'],
    'country KEN has no version 3 (it has 1-2)',
  ],
];

describe('malformed input to the library', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  it.each(CASES)('refuses %s, naming it, and changes nothing', async (_what, args, phrase) => {
    const before = { content: fingerprint(db), rows: rowCounts(db) };
    const r = await spf(...args(), '--db', db);
    expect(r.err).toContain(phrase);
    expect(r.err).toMatch(/^error: /);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect({ content: fingerprint(db), rows: rowCounts(db) }).toEqual(before);
  });

  it('names the file the problem is in', async () => {
    const file = json('in-file.json', edit(scenario, ['years[0]', 'soon']));
    const r = await spf('scenarios', 'save', file, '--db', db);
    expect(r.err).toBe(`error: ${file}: years[0]: must be a number, found "soon"\n`);
  });

  it('accepts a file that starts with a byte-order mark (Excel, Notepad)', async () => {
    const file = text('bom.json', `\uFEFF${scenarioText}`);
    const r = await spf('scenarios', 'save', file, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^\d+$/);
    const country = text('bom-country.json', `\uFEFF${JSON.stringify(testCountry('BOM'))}`);
    expect((await spf('countries', 'import', country, '--db', db)).out).toBe(
      'Imported BOM version 1\n',
    );
  });
});

describe('malformed input to the repository API', () => {
  const cyclic: Record<string, unknown> = { ...scenario };
  cyclic.extra = cyclic;
  const cases: [string, unknown, string][] = [
    [
      'a value JSON cannot hold (BigInt), even in a field it would ignore',
      { ...scenario, extra: 10n },
      'cannot be stored as JSON: Do not know how to serialize a BigInt',
    ],
    ['a cycle', cyclic, 'cannot be stored as JSON'],
    [
      'NaN (JSON would store null)',
      { ...scenario, years: [NaN, 2060] },
      'years[0]: must be a number, found NaN',
    ],
    ['undefined', undefined, 'must be a JSON object'],
    ['a string', 'scenario', 'must be a JSON object with "format"'],
  ];
  it.each(cases)('refuses %s and changes nothing', (_what, input, phrase) => {
    const before = fingerprint(db);
    const library = openTestLibrary(db);
    try {
      let error: unknown;
      try {
        library.saveScenario(input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LibraryError);
      expect((error as LibraryError).message).toContain(phrase);
    } finally {
      library.close();
    }
    expect(fingerprint(db)).toBe(before);
  });
});
