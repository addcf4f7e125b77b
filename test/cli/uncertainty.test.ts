// `spf uncertainty`: Monte Carlo bands on worker threads, run as `npm ci` ships the command line (the
// bundle of scripts/build-cli.mjs, its draw workers bundled beside it) in child processes, and once
// from the TypeScript sources in this process (workers that load the sources through tsx).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useCliBundle } from '../helpers/cli-bundle';
import { runScenario, uncertainty, type UncertaintyResult } from '#engine';
import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import { slicesOf } from '../../src/node/uncertainty/draw-pool';
import { spf } from '../helpers/cli';
import { defaultScenarioFile, tempDir, writeJson } from '../helpers/library';

const bundle = useCliBundle('uncertainty');
const bundled = bundle.run;

const BAND = ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'];

describe('spf uncertainty --format json', () => {
  it('prints the bands of formats.md, the engine single-threaded result byte for byte', () => {
    const r = bundled('uncertainty', '--draws', '300', '--seed', '7', '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as UncertaintyResult;
    expect(json).toMatchObject({ draws: 300, seed: 7 });
    expect(json.years).toEqual(Array.from({ length: 36 }, (_, i) => 2025 + i));
    for (const band of [json.total.pctGdp, json.total.cost, json.gap.pctGdp]) {
      expect(Object.keys(band)).toEqual(BAND);
      for (const key of BAND) expect(band[key as keyof typeof band]).toHaveLength(36);
    }
    expect(json.benefits.map((b) => b.id)).toEqual(defaultScenario().benefits.map((b) => b.id));
    expect(Object.keys(json.benefits[0]!.pctGdp)).toEqual(BAND);
    const engine = uncertainty(defaultScenario(), trainingCountry(), { draws: 300, seed: 7 });
    expect(r.out).toBe(`${JSON.stringify(engine, null, 2)}\n`);
  }, 60_000);

  it('gives the same bytes whatever the number of threads', () => {
    const run = (threads: string) =>
      bundled(
        'uncertainty',
        '--draws',
        '1200',
        '--seed',
        '42',
        '--threads',
        threads,
        '--format',
        'json',
      );
    const one = run('1');
    expect(one.code).toBe(0);
    expect(run('2').out).toBe(one.out);
    expect(run('3').out).toBe(one.out);
  }, 120_000);

  it('takes 1000 draws and seed 1 when not told', () => {
    const json = JSON.parse(bundled('uncertainty', '--format', 'json').out) as UncertaintyResult;
    expect(json).toMatchObject({ draws: 1000, seed: 1 });
  }, 60_000);

  it('with a spread of 0 gives bands that all equal spf cost', () => {
    const file = writeJson(
      tempDir(),
      'still.json',
      defaultScenarioFile({ uncertainty: { spread: 0 } }),
    );
    const json = JSON.parse(
      bundled('uncertainty', file, '--draws', '20', '--format', 'json').out,
    ) as UncertaintyResult;
    const cost = runScenario(defaultScenario(), trainingCountry());
    for (const key of BAND) {
      expect(json.total.pctGdp[key as 'p5']).toEqual(cost.total.pctGdp);
      expect(json.total.cost[key as 'p5']).toEqual(cost.total.cost);
      expect(json.gap.pctGdp[key as 'p5']).toEqual(cost.financing.gapPctGdp);
    }
  }, 60_000);
});

describe('spf uncertainty, the other formats', () => {
  it('writes CSV in long form: a header, then one row per series and year', () => {
    const r = bundled('uncertainty', '--draws', '50', '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = Papa.parse<string[]>(r.out.trim()).data;
    expect(rows[0]).toEqual(['series', 'year', ...BAND]);
    // (3 package series + 7 benefits) x 36 years.
    expect(rows.length).toBe(1 + 10 * 36);
    expect(rows[1]!.slice(0, 2)).toEqual(['total.pctGdp', '2025']);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['benefits.health.pctGdp', '2060']);
  }, 60_000);

  it('prints a table of the 5th, 50th and 95th percentiles and the chance of a gap', () => {
    const r = bundled('uncertainty', '--draws', '50', '--seed', '3');
    expect(r.code).toBe(0);
    expect(r.out).toContain('50 draws with seed 3: 5th, 50th and 95th percentiles each year');
    expect(r.out).toMatch(/^Year +p5 +p50 +p95 +p5 +p50 +p95 +P\(gap > 0\.00%\)$/m);
    expect(r.out).toMatch(/^2060 /m);
  }, 60_000);
});

describe('spf uncertainty, mistakes', () => {
  it('refuses 0 draws, naming --draws in the language asked', () => {
    const r = bundled('uncertainty', '--draws', '0');
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'error: --draws: must be a whole number of draws from 1 to 20000; found 0\n',
    });
    const es = bundled('uncertainty', '--draws', '20001', '--lang', 'es');
    expect(es.code).toBe(2);
    expect(es.err).toBe(
      // Numbers written the Spanish way.
      'error: --draws: debe ser un número entero de sorteos de 1 a 20.000; se encontró 20.001\n',
    );
  }, 60_000);

  it('refuses a seed and a thread count that are not whole numbers in range', () => {
    expect(bundled('uncertainty', '--seed', '1.5').err).toBe(
      'error: --seed: must be a whole number from 0 to 4294967295; found 1.5\n',
    );
    const threads = bundled('uncertainty', '--threads', '0');
    expect(threads.code).toBe(2);
    expect(threads.err).toBe(
      'error: --threads: must be a whole number of threads from 1 to 64; found 0\n',
    );
  }, 60_000);
});

describe('spf uncertainty, a bad range in the scenario', () => {
  it('is told as a problem of the file, and the workers started meanwhile are stopped', () => {
    const file = writeJson(
      tempDir(),
      'bad.json',
      defaultScenarioFile({ uncertainty: { inputs: { povertyLine: { high: 0.9 } } } }),
    );
    // The process ends (spawnSync returns) only once no worker is left running.
    expect(bundled('uncertainty', file, '--threads', '2')).toEqual({
      code: 2,
      out: '',
      err: `error: ${file}: uncertainty.inputs.povertyLine.high: high (0.9) must not be below the central value 1\n`,
    });
  }, 60_000);
});

describe('the slices of draws the threads take', () => {
  it('cover every draw once, in order, shrinking towards the end', () => {
    const slices = slicesOf(10_000, 2);
    // Contiguous from 0 to 10,000.
    expect(slices[0]!.from).toBe(0);
    slices.forEach(
      (s, i) => i > 0 && expect(s.from).toBe(slices[i - 1]!.from + slices[i - 1]!.count),
    );
    expect(slices.at(-1)!.from + slices.at(-1)!.count).toBe(10_000);
    // 500 while a quarter of the draws left per thread is above 500 (more than 4,000 left): 12
    // slices take 6,000; then 4,000 left: ceil(4,000 / 8) = 500; 3,500 left: ceil(3,500 / 8) = 438.
    expect(slices.slice(0, 13).map((s) => s.count)).toEqual(new Array<number>(13).fill(500));
    expect(slices[13]!.count).toBe(438);
    // Never below 50 but for the remainder at the very end.
    expect(Math.min(...slices.slice(0, -1).map((s) => s.count))).toBe(50);
    // A small run: 120 draws in 50, 50 and the 20 left.
    expect(slicesOf(120, 2).map((s) => s.count)).toEqual([50, 50, 20]);
  });
});

describe('spf uncertainty from the TypeScript sources', () => {
  it('runs its workers through tsx and gives the bundle’s bytes', async () => {
    const argv = [
      'uncertainty',
      '--draws',
      '120',
      '--seed',
      '5',
      '--threads',
      '2',
      '--format',
      'json',
    ];
    const fromSources = await spf(...argv);
    expect(fromSources.err).toBe('');
    expect(fromSources.code).toBe(0);
    expect(fromSources.out).toBe(bundled(...argv).out);
  }, 120_000);
});
