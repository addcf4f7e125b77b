import { describe, expect, it } from 'vitest';
import { capIssues, createDispatcher, MAX_REPLY_ISSUES } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import { reportHandlers } from '../../src/node/report-handlers';
import { InputError, MAX_JSON_DEPTH, parseJsonText } from '#engine';
import { defaultScenarioFile, openTestLibrary, testCountry } from '../helpers/library';

/** `{a: {a: … 1}}`, `levels` objects deep. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('error replies stay small', () => {
  const dispatch = createDispatcher({
    'app:info': () => ({ version: '1', host: 'web', databasePath: '/x' }),
    'scenarios:get': () => {
      // 3,000 located problems, as a file with 3,000 bad rows would give.
      throw new InputError(
        Array.from({ length: 3000 }, (_, i) => ({ path: `rows[${i}]`, message: 'bad' })),
        'country',
      );
    },
  });

  it('lists at most 50 problems, then counts the rest', async () => {
    const r = await dispatch('scenarios:get', { id: 1 });
    if (r.ok) throw new Error('expected an error');
    // 3,000 issues: the first 50 are listed, 3,000 - 50 = 2,950 are counted.
    expect(MAX_REPLY_ISSUES).toBe(50);
    expect(r.error.issues).toHaveLength(51);
    expect(r.error.issues?.[49]).toEqual({ path: 'rows[49]', message: 'bad' });
    expect(r.error.issues?.[50]).toEqual({ path: '', message: 'and 2950 more problems' });
    expect(r.error.message.split('\n')).toHaveLength(51);
    expect(r.error.message.split('\n')[0]).toBe('country: rows[0]: bad');
  });

  it('quotes ten of a request’s unknown keys, not all of them', async () => {
    const request: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) request[`k${i}`] = i;
    const r = await dispatch('app:info', request);
    if (r.ok) throw new Error('expected an error');
    // 100,000 unknown keys: 10 are named, 100,000 - 10 = 99,990 counted.
    expect(r.error.issues).toEqual([
      {
        path: '',
        message:
          'Unrecognized keys: "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 99990 more',
      },
    ]);
    expect(JSON.stringify(r).length).toBeLessThan(1000);
  });

  it('keeps a short list as it is', () => {
    const two = [
      { path: 'a', message: 'x' },
      { path: 'b', message: 'y' },
    ];
    expect(capIssues(two)).toEqual(two);
    expect(capIssues([...two, ...two], 3)[3]).toEqual({ path: '', message: 'and 1 more problem' });
  });
});

describe('deeply nested input is bad input, located', () => {
  it('refuses a request nested 5,000 levels deep before any handler runs', async () => {
    const library = openTestLibrary();
    try {
      const dispatch = createDispatcher({
        ...libraryHandlers(library, { version: '0.1.0', host: 'web' }),
        ...reportHandlers(),
      });
      const deep = nested(5000);
      // The path stops at the 100th level: "scenario" then 99 times ".a", or ".extra" then 98 ".a".
      const inScenario = `scenario${'.a'.repeat(MAX_JSON_DEPTH - 1)}`;
      const inExtra = `scenario.extra${'.a'.repeat(MAX_JSON_DEPTH - 2)}`;
      for (const [channel, request, path] of [
        ['scenarios:save', { scenario: deep }, inScenario],
        [
          'report:workbook',
          { scenario: defaultScenarioFile({ extra: deep }), country: testCountry() },
          inExtra,
        ],
        [
          'drafts:save',
          {
            key: 'k',
            scenarioId: null,
            scenario: defaultScenarioFile({ extra: deep }),
            country: null,
          },
          inExtra,
        ],
      ] as const) {
        expect(await dispatch(channel, request)).toEqual({
          ok: false,
          error: {
            code: 'bad-input',
            message: `invalid request for "${channel}"`,
            issues: [{ path, message: 'nested more than 100 levels deep' }],
          },
        });
      }
    } finally {
      library.close();
    }
  });

  it('refuses a file nested 5,000 levels deep, naming the file and where', () => {
    const text = `{"format": "spf.country/1", "extra": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    // "extra" is level 1; its arrays nest from index [0] on: extra then 99 times [0] reaches level 100.
    expect(() => parseJsonText(text, 'deep.json')).toThrow(
      `deep.json: extra${'[0]'.repeat(99)}: nested more than 100 levels deep`,
    );
    // 100 levels are allowed: the limit is on the 101st.
    expect(parseJsonText(`${'['.repeat(100)}${']'.repeat(100)}`)).toBeDefined();
    expect(() => parseJsonText(`${'['.repeat(101)}${']'.repeat(101)}`)).toThrow(
      `${'[0]'.repeat(100)}: nested more than 100 levels deep`,
    );
  });
});
