import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildTamboria,
  demographyOf,
  meanBirthSurvival,
  migrationProfile,
  OUTPUT_PATH,
  PARAMETERS,
  serializeCountry,
  tfrPath,
} from '../../models/training-country/generate';
import {
  NO_VARIANT,
  medianAge,
  projectCountry,
  readCountry,
  readScenario,
  resolveRate,
  runPension,
  runScenario,
  type CountryData,
} from '#engine';

const text = readFileSync(OUTPUT_PATH, 'utf8');
const raw: unknown = JSON.parse(text);
const read = readCountry(raw);
if (!read.ok) throw new Error(read.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const c: CountryData = read.value;
const years = c.population.years;
const at = (year: number) => year - 2025;
const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);
const total = (k: number) => sum(c.population.female[k]!) + sum(c.population.male[k]!);

describe('training country file', () => {
  it('is exactly what the generator writes (regenerate after changing generate.ts)', () => {
    expect(serializeCountry(buildTamboria().country)).toBe(text);
  });

  it('passes readCountry with no issues or warnings', () => {
    expect(readCountry(raw)).toMatchObject({ ok: true, warnings: [] });
  });

  it('is labelled fictional', () => {
    expect(c.fictional).toBe(true);
    expect(c.code).toBe('XTA');
    expect(c.currency).toBe('TBS');
    expect(c.name).toMatch(/fictional/i);
    expect(c.description).toMatch(/must not be cited as data/);
  });

  it('covers 2025-2060 for population, births and macro', () => {
    const expected = Array.from({ length: 36 }, (_, i) => 2025 + i);
    expect(years).toEqual(expected);
    expect(c.births?.years).toEqual(expected);
    expect(c.macro.years).toEqual(expected);
    expect(c.baseYear).toBe(2025);
  });

  it('has population in whole persons', () => {
    for (const row of [...c.population.female, ...c.population.male]) {
      expect(row.every((v) => Number.isInteger(v))).toBe(true);
    }
  });
});

describe('training country demography', () => {
  it('has about 24 million people in 2025 and 20-40 million in every year', () => {
    expect(total(0)).toBeGreaterThan(23_900_000);
    expect(total(0)).toBeLessThan(24_100_000);
    for (let k = 0; k < years.length; k++) {
      expect(total(k)).toBeGreaterThanOrEqual(20_000_000);
      expect(total(k)).toBeLessThanOrEqual(40_000_000);
    }
  });

  it('is young but ageing: the median age rises by several years from 2025 to 2060', () => {
    const m2025 = medianAge(c.population.female[0]!, c.population.male[0]!);
    const m2060 = medianAge(c.population.female[at(2060)]!, c.population.male[at(2060)]!);
    expect(m2025).toBeLessThan(25);
    expect(m2060 - m2025).toBeGreaterThan(3);
  });

  it('has births in 2026 close to the age-0 population of 2026 over the infant survival', () => {
    // Age 0 in mid-2026 = births of the step mid-2025 to mid-2026 x L0/l0 of the 2025 tables
    // (girls and boys weighted 1 : 1.05). File births are calendar years, the mean of two steps,
    // so they may differ by half a year's change in births: a few per cent at most.
    const survival = meanBirthSurvival(demographyOf(2025));
    const age0 = c.population.female[at(2026)]![0]! + c.population.male[at(2026)]![0]!;
    const births2026 = c.births!.values[at(2026)]!;
    expect(Math.abs(births2026 / (age0 / survival) - 1)).toBeLessThan(0.02);
    // Sex ratio at age 0 stays near 1.05 (boys die a little more in the first year).
    const ratio = c.population.male[at(2026)]![0]! / c.population.female[at(2026)]![0]!;
    expect(ratio).toBeGreaterThan(1.03);
    expect(ratio).toBeLessThan(1.05);
  });

  it('follows the fertility and life-expectancy paths', () => {
    expect(tfrPath(2025)).toBeCloseTo(3.8, 12);
    expect(tfrPath(2060)).toBeCloseTo(2.3, 12);
    // Halfway, the gap to 2.1 is 1.7 x sqrt(0.2/1.7) = 0.583: TFR 2.683.
    expect(tfrPath(2042.5)).toBeCloseTo(2.683, 3);
    const d = demographyOf(2025);
    expect(d.lifeTables.female.ex[0]).toBeCloseTo(67.5, 6);
    expect(d.lifeTables.male.ex[0]).toBeCloseTo(63.5, 6);
    // Linear: 2039 is 14/35 of the way, female 67.5 + 0.4 x 7.5 = 70.5, male 63.5 + 3 = 66.5.
    expect(demographyOf(2039).lifeTables.female.ex[0]).toBeCloseTo(70.5, 6);
    expect(demographyOf(2039).lifeTables.male.ex[0]).toBeCloseTo(66.5, 6);
  });
});

describe('training country economy', () => {
  it('is lower-middle income in 2025 (World Bank: USD 1,146-4,515 per person)', () => {
    const usd = c.macro.gdp[0]! / total(0) / c.macro.fxPerUsd[0]!;
    expect(usd).toBeGreaterThan(1146);
    expect(usd).toBeLessThan(4515);
    expect(usd).toBeCloseTo(2400, -1);
  });

  it('has GDP[t] = GDP[t-1] (1 + g[t]) (1 + pi[t]) in every year, to the whole LCU', () => {
    const m = c.macro;
    for (let k = 1; k < m.years.length; k++) {
      const rule = m.gdp[k - 1]! * (1 + m.realGrowth[k]!) * (1 + m.inflation[k]!);
      expect(Math.abs(m.gdp[k]! - rule)).toBeLessThanOrEqual(2);
    }
    // 2026 by hand: 7.2e12 x 1.0515 x 1.0567 = 8,000,064,360,000.
    expect(m.gdp[1]).toBe(8_000_064_360_000);
  });

  it('sets the poverty line at 30% of GDP per capita and wages around it', () => {
    // GDP per capita 2025 = 7.2e12 / ~24.0 M = ~300,000 TBS; 30% = 90,000 a year (7,500 a month).
    expect(c.povertyLine).toBe(90_000);
    expect(c.minimumWage).toBeGreaterThan(c.povertyLine! / 12);
    expect(c.averageWage).toBeGreaterThan(c.minimumWage!);
    expect(c.averageWage).toBeCloseTo((1.1 * 300_000) / 12, -2);
  });
});

describe('training country rates', () => {
  it('has severe disability of 2.2%-3.8% overall in 2025 (World Report on Disability 2011)', () => {
    const rate = resolveRate(c.rates!.disability);
    const f = c.population.female[0]!;
    const m = c.population.male[0]!;
    let disabled = 0;
    for (let a = 0; a <= 100; a++) disabled += f[a]! * rate[a]! + m[a]! * rate[101 + a]!;
    const prevalence = disabled / total(0);
    expect(prevalence).toBeGreaterThan(0.022);
    expect(prevalence).toBeLessThan(0.038);
  });

  it('has orphanhood rising with age 0-17 and none from 18', () => {
    const rate = resolveRate(c.rates!.orphanhood);
    for (let a = 1; a <= 17; a++) expect(rate[a]!).toBeGreaterThan(rate[a - 1]!);
    expect(rate[18]).toBe(0);
    // Age 17, roughly: a father from 32.25 to 50.5 and a mother from 28 to 45.5 at adult death
    // rates around 0.5%-0.7% a year lose about 10% and 6%: 1 - 0.9 x 0.94 = 15%.
    expect(rate[17]).toBeGreaterThan(0.1);
    expect(rate[17]).toBeLessThan(0.2);
  });

  it('has a source entry for every input, marked as an assumption', () => {
    const fields = new Set(c.sources?.map((s) => s.field));
    for (const field of [
      'population',
      'births',
      'macro.gdp',
      'macro.realGrowth',
      'macro.inflation',
      'macro.revenuePctGdp',
      'macro.expenditurePctGdp',
      'macro.fxPerUsd',
      'macro.debtPctGdp',
      'povertyLine',
      'minimumWage',
      'averageWage',
      'rates.disability',
      'rates.orphanhood',
      'rates.poverty',
      'rates.pensionCoverage',
      'rates.laborForceParticipation',
      'rates.unemployment',
      'rates.healthCoverage',
      'spendingPctGdp',
      'demography',
    ]) {
      expect(fields.has(field), field).toBe(true);
    }
    for (const s of c.sources!) {
      expect(s.source).toBe('Fictional: generated by models/training-country/generate.ts');
      expect(s.assumption).toBe(true);
      expect(s.note).toBeTruthy();
    }
  });
});

describe('training country demography block (the rates it was generated with)', () => {
  const d = c.demography!;
  const both = (f: number[], m: number[]) => sum(f) + sum(m);

  it('holds death rates every 5 years, the TFR path, the fertility pattern, SRB and migration', () => {
    expect(d.mx.years).toEqual([2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060]);
    expect(d.mx.ageStarts).toBeUndefined();
    expect(d.mx.female[0]).toHaveLength(101);
    // 5 significant figures of the fitted Siler rates.
    const lt = demographyOf(2040).lifeTables;
    for (const a of [0, 1, 30, 70, 100]) {
      expect(Math.abs(d.mx.female[3]![a]! / lt.female.mx[a]! - 1)).toBeLessThan(1e-4);
      expect(Math.abs(d.mx.male[3]![a]! / lt.male.mx[a]! - 1)).toBeLessThan(1e-4);
    }
    expect(d.tfr.years).toEqual(years);
    expect(d.tfr.values[0]).toBe(3.8);
    expect(d.tfr.values[at(2040)]).toBeCloseTo(tfrPath(2040), 4);
    expect(d.tfr.values[at(2060)]).toBe(2.3);
    expect(d.asfrPattern).toHaveLength(35);
    expect(sum(d.asfrPattern)).toBeCloseTo(1, 5);
    expect(d.sexRatioAtBirth).toBe(1.05);
    expect(d.netMigration).toEqual({ years: [2025], values: [PARAMETERS.netMigration] });
    // The profile is the generator's: 55% men, nobody outside ages 15-50, shares adding up to 1.
    const p = d.migrationProfile!;
    expect(sum(p.male)).toBeCloseTo(0.55, 5);
    expect(sum(p.female) + sum(p.male)).toBeCloseTo(1, 5);
    expect(p.male[26]! * PARAMETERS.netMigration).toBeCloseTo(migrationProfile('male')[26]!, 0);
    expect(p.female[14]).toBe(0);
    expect(p.female[51]).toBe(0);
  });

  it("reproduces the file's own population within 0.6% and births within 1.5%, 2025-2060", () => {
    // The engine projects on 1 January from the mid-2025 population (methodology 7.5); the
    // generator steps from mid-year to mid-year: the half-year shift and the 5-year death-rate rows
    // account for the difference.
    const p = projectCountry(c, NO_VARIANT, 2060);
    expect(p.years).toEqual(years);
    p.years.forEach((year, i) => {
      const ours = both(p.female[i]!, p.male[i]!);
      expect(Math.abs(ours / total(i) - 1), String(year)).toBeLessThan(0.006);
      expect(Math.abs(p.births[i]! / c.births!.values[i]! - 1), String(year)).toBeLessThan(0.015);
    });
  });

  it('runs a demographic variant in the costing: lower fertility, fewer children, a cheaper child benefit', () => {
    const scenario = (demography?: Record<string, unknown>) => {
      const file = JSON.parse(
        readFileSync(new URL('../../models/scenarios/default.json', import.meta.url), 'utf8'),
      ) as Record<string, unknown>;
      const r = readScenario({ ...file, ...(demography ? { demography } : {}) });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value;
    };
    const base = runScenario(scenario({ project: true }), c);
    const low = runScenario(scenario({ fertility: { tfrMultiplier: 0.8 } }), c);
    const child = (r: typeof base) => r.benefits.find((b) => b.id === 'child')!;
    const k = at(2040);
    expect(low.baseline.population[k]!).toBeLessThan(base.baseline.population[k]!);
    expect(child(low).cost[k]!).toBeLessThan(child(base).cost[k]!);
    expect(low.provenance.find((e) => e.field === 'population')?.source).toMatch(/Projected/);
    // The scenario can now run past the file's last population year.
    const longer = runScenario({ ...scenario({ project: true }), years: [2025, 2074] }, c);
    expect(longer.years).toHaveLength(50);
  });

  it('runs a pension scheme on the projected population', () => {
    const r = readScenario({
      format: 'spf.scenario/1',
      name: 'Pension on Tamboria',
      country: 'XTA',
      years: [2025, 2074],
      benefits: [],
      demography: { project: true },
      pension: {
        contributionRate: 0.08,
        pensionAge: 60,
        accrualRate: 0.015,
        coverage: 0.3,
        interestRate: 0.06,
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const p = runPension(r.value, c);
    expect(p.projectedPopulation).toBe(true);
    expect(p.years).toHaveLength(50);
    expect(p.population.pensioners[49]!).toBeGreaterThan(p.population.pensioners[0]!);
  });
});
