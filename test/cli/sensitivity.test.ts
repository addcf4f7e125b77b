// `spf sensitivity`: the tornado of methodology 8.5 on the command line, run in this process.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sensitivity } from '#engine';
import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import { spf } from '../helpers/cli';
import { defaultScenarioFile, tempDir, writeJson } from '../helpers/library';

interface Entry {
  name: string;
  label: string;
  unit: string;
  lowValue: number;
  highValue: number;
  low: number;
  high: number;
}
interface Tornado {
  year: number;
  measure: string;
  base: number;
  inputs: Entry[];
}

describe('spf sensitivity --format json', () => {
  it('prints the tornado of the default package: the shape of formats.md, largest swing first', async () => {
    const r = await spf('sensitivity', '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Tornado;
    expect(Object.keys(json)).toEqual(['year', 'measure', 'base', 'inputs']);
    // The default package reaches full coverage in 2030 (every benefit's coverage.fullYear).
    expect(json).toMatchObject({ year: 2030, measure: 'total.pctGdp' });
    for (const e of json.inputs) {
      expect(Object.keys(e).sort()).toEqual(
        ['high', 'highValue', 'label', 'low', 'lowValue', 'name', 'unit'].sort(),
      );
    }
    const swings = json.inputs.map((e) => Math.abs(e.high - e.low));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // The poverty line, ±10% by default, moves this package most: all but health are paid on it.
    expect(json.inputs[0]).toMatchObject({
      name: 'povertyLine',
      label: 'Poverty line (amount)',
      unit: 'factor',
      lowValue: 0.9,
      highValue: 1.1,
    });
    // The same numbers as the engine's.
    expect(json).toEqual(sensitivity(defaultScenario(), trainingCountry()));
  });

  it('takes the year and the measure, and labels the inputs in the language asked', async () => {
    const r = await spf(
      'sensitivity',
      '--year',
      '2040',
      '--measure',
      'total.cost',
      '--format',
      'json',
      '--lang',
      'fr',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Tornado;
    expect(json).toMatchObject({ year: 2040, measure: 'total.cost' });
    expect(json.inputs.find((e) => e.name === 'growth')!.label).toBe('Croissance du PIB réel');
    const engine = sensitivity(defaultScenario(), trainingCountry(), {
      year: 2040,
      measure: 'total.cost',
    });
    expect(json.base).toBe(engine.base);
  });

  it('reads the ranges of the scenario file: a spread of 0 leaves every swing at 0', async () => {
    const file = writeJson(
      tempDir(),
      'still.json',
      defaultScenarioFile({ uncertainty: { spread: 0 } }),
    );
    const json = JSON.parse((await spf('sensitivity', file, '--format', 'json')).out) as Tornado;
    for (const e of json.inputs) expect([e.low, e.high]).toEqual([json.base, json.base]);
  });
});

describe('spf sensitivity, the other formats', () => {
  it('writes CSV with a header row and one row per input', async () => {
    const r = await spf('sensitivity', '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = Papa.parse<string[]>(r.out.trim()).data;
    expect(rows[0]).toEqual([
      'year',
      'measure',
      'base',
      'name',
      'label',
      'unit',
      'lowValue',
      'highValue',
      'low',
      'high',
    ]);
    const json = JSON.parse((await spf('sensitivity', '--format', 'json')).out) as Tornado;
    expect(rows.length).toBe(1 + json.inputs.length);
    expect(rows[1]!.slice(0, 4)).toEqual([
      '2030',
      'total.pctGdp',
      String(json.base),
      'povertyLine',
    ]);
  });

  it('draws a tornado in text: the ranges in their units and a bar for the largest swing', async () => {
    const r = await spf('sensitivity');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sensitivity of the total cost, % of GDP in 2030');
    // Poverty line first with the full bar (24 #); growth as ±1 percentage point.
    expect(r.out).toMatch(/^Poverty line \(amount\) +-10% → \+10% .* #{24}$/m);
    expect(r.out).toMatch(/^Real GDP growth +-1 pp → \+1 pp /m);
  });
});

describe('spf sensitivity, mistakes', () => {
  it('refuses a year outside the scenario, naming --year in the language asked', async () => {
    const r = await spf('sensitivity', '--year', '2100');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('error: --year: must be a year of the scenario, 2025 to 2060; found 2100\n');
    const fr = await spf('sensitivity', '--year', '1990', '--lang', 'fr');
    expect(fr.code).toBe(2);
    expect(fr.err).toBe(
      'error: --year: doit être une année du scénario, de 2025 à 2060 ; trouvé : 1990\n',
    );
  });

  it('refuses a measure it does not know', async () => {
    const r = await spf('sensitivity', '--measure', 'total.people');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--measure');
  });

  it('tells a bad range of the scenario file as a problem of that file', async () => {
    const file = writeJson(
      tempDir(),
      'bad.json',
      defaultScenarioFile({ uncertainty: { inputs: { growth: { low: 0.01 } } } }),
    );
    const r = await spf('sensitivity', file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `error: ${file}: uncertainty.inputs.growth.low: low (0.01) must not be above the central value 0\n`,
    );
  });
});
