import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  costWithValues,
  prepareShockableRun,
  readCountry,
  readScenario,
  runScenario,
  scenarioPair,
  sensitivity,
  type CountryData,
  type Scenario,
  type ScenarioFile,
  type SensitivityMeasure,
  type SensitivityResult,
} from '#engine';

const countryFile = JSON.parse(
  readFileSync(new URL('../../models/training-country/country.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const defaultFile = JSON.parse(
  readFileSync(new URL('../../models/scenarios/default.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function country(): CountryData {
  const r = readCountry(countryFile);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

function read(file: unknown): Scenario {
  const r = readScenario(file);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

/** The measure of `result` when a scenario file is read and costed in full. */
function measureOf(file: unknown, own: CountryData, result: SensitivityResult): number {
  const s = read(file);
  const c = runScenario(s, typeof s.country === 'string' ? own : s.country);
  const i = result.year - s.years[0];
  if (result.measure === 'total.cost') return c.total.cost[i]!;
  if (result.measure === 'gap.pctGdp') return c.financing.gapPctGdp[i]!;
  return c.total.pctGdp[i]!;
}

/** The measure with every input at the end of the tornado that moves it towards `end`. */
function measureAtEnd(s: Scenario, own: CountryData, r: SensitivityResult, end: 'low' | 'high') {
  const run = prepareShockableRun(s, own);
  const byName = new Map(r.inputs.map((e) => [e.name, e]));
  const values = run.inputs.map((input) => {
    const e = byName.get(input.name)!;
    if (e.low === e.high) return input.central;
    return (end === 'low') === e.low < e.high ? e.lowValue : e.highValue;
  });
  const c = costWithValues(run, values);
  const i = r.year - s.years[0];
  if (r.measure === 'total.cost') return c.total.cost[i]!;
  if (r.measure === 'gap.pctGdp') return c.financing.gapPctGdp[i]!;
  return c.total.pctGdp[i]!;
}

describe('scenarioPair: the tornado ends as a low and a high scenario', () => {
  const own = country();
  // The default package on the training country, named by code as a saved draft is.
  const file = { ...defaultFile, country: 'XTA' } as unknown as ScenarioFile;
  const s = read({ ...file, country: countryFile });

  for (const measure of ['total.pctGdp', 'total.cost', 'gap.pctGdp'] as SensitivityMeasure[]) {
    it(`the saved pair gives the measure with every input at its end (${measure})`, () => {
      const r = sensitivity(s, own, { measure });
      const pair = scenarioPair(file, s, own, r);
      const low = measureAtEnd(s, own, r, 'low');
      const high = measureAtEnd(s, own, r, 'high');
      expect(low).toBeLessThan(r.base);
      expect(high).toBeGreaterThan(r.base);
      expect(Math.abs(measureOf(pair.low, own, r) / low - 1)).toBeLessThan(1e-9);
      expect(Math.abs(measureOf(pair.high, own, r) / high - 1)).toBeLessThan(1e-9);
    });
  }

  it('writes each input into the field a user would edit, by hand', () => {
    const r = sensitivity(s, own);
    const { low, high } = scenarioPair(file, s, own, r);
    const child = (f: typeof low) => f.benefits.find((b) => b.id === 'child')!;
    // Child benefit: 25% of the poverty line, coverage 20% in 2026 to 100% from 2030, 5% admin.
    // Low end: level x 0.95 -> 0.25 x 0.95 = 0.2375; take-up x 0.9 -> 0.18 and 0.9; admin x 0.75
    // -> 0.0375. High end: 0.2625; 0.22 and min(1.1, 1) = 1; 0.0625.
    expect(child(low).benefit.share).toBeCloseTo(0.2375, 12);
    expect(child(low).coverage).toMatchObject({ startYear: 2026, fullYear: 2030 });
    expect(child(low).coverage!.start).toBeCloseTo(0.18, 12);
    expect(child(low).coverage!.full).toBeCloseTo(0.9, 12);
    expect(child(low).adminRate).toBeCloseTo(0.0375, 12);
    expect(child(high).benefit.share).toBeCloseTo(0.2625, 12);
    expect(child(high).coverage!.start).toBeCloseTo(0.22, 12);
    expect(child(high).coverage!.full).toBe(1);
    expect(child(high).adminRate).toBeCloseTo(0.0625, 12);
    // The poverty line lives in the country data: 90,000 LCU a year, x 0.9 and x 1.1.
    expect((low.country as { povertyLine: number }).povertyLine).toBeCloseTo(81000, 6);
    expect((high.country as { povertyLine: number }).povertyLine).toBeCloseTo(99000, 6);
    // Growth is a path after the base year 2025: 35 values (2026..2060). Faster growth lowers cost as
    // a share of GDP, so the low scenario takes the high end, the country's own growth + 1 point.
    const growth = low.assumptions!.realGrowth as number[];
    expect(growth).toHaveLength(35);
    const ownGrowth = (countryFile.macro as { realGrowth: number[] }).realGrowth;
    expect(growth[0]).toBeCloseTo(ownGrowth[1]! + 0.01, 12);
    expect(low.name).toBe(`${file.name} — low`);
    expect(high.name).toBe(`${file.name} — high`);
    expect(low.description).toContain('Poverty line (amount): -10%');
    expect(high.description).toContain('Poverty line (amount): +10%');
  });

  it('stays exact on a scenario that projects its own demographic variant', () => {
    // Fertility 10% above the country's path: the scenario costs on its projected population, and
    // the pair's ends move that population, written as data with the projection switched off.
    const variant = { ...file, demography: { fertility: { tfrMultiplier: 1.1 } } } as ScenarioFile;
    const sv = read({ ...variant, country: countryFile });
    const r = sensitivity(sv, own);
    const pair = scenarioPair(variant, sv, own, r);
    expect(pair.low.demography).toEqual({ fertility: { tfrMultiplier: 1.1 }, project: false });
    for (const end of ['low', 'high'] as const) {
      const expected = measureAtEnd(sv, own, r, end);
      expect(Math.abs(measureOf(pair[end], own, r) / expected - 1)).toBeLessThan(1e-9);
    }
  });

  it('leaves the scenario it came from unchanged and words the pair in French', () => {
    const before = JSON.stringify(file);
    const r = sensitivity(s, own, { lang: 'fr' });
    const { low } = scenarioPair(file, s, own, r, 'fr');
    expect(JSON.stringify(file)).toBe(before);
    expect(low.name).toBe(`${file.name} — bas`);
    expect(low.description).toContain('Seuil de pauvreté (montant) : -10 %');
  });
});
