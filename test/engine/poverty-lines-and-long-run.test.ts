/**
 * Several poverty lines (the amount and the headcount of the same line, chosen by the scenario), the
 * long-run assumptions after the last macro year and the exchange rate kept at purchasing-power parity
 * (methodology 1.1), all worked by hand on the flat country of test/helpers/fixtures.ts: 1,000 persons
 * of each sex at every age, so a child benefit for ages 0-14 counts 2 x 15 x 1,000 = 30,000 children.
 */
import { describe, expect, it } from 'vitest';
import { readCountry, runScenario } from '#engine';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { cost, readOrThrow } from '../helpers/run';

const REL = 1e-9;

function near(actual: number | undefined, expected: number, what: string): void {
  expect(actual, `${what}: missing`).toBeTypeOf('number');
  const a = actual as number;
  expect(Math.abs(a - expected), `${what}: engine ${a}, expected ${expected}`).toBeLessThanOrEqual(
    REL * Math.abs(expected),
  );
}

/**
 * The flat country with two lines and none of the earlier fields: USD 3.00 a day at 20,000 LCU a
 * year with 30% of persons below it, and the national line with a headcount of 50% and no amount
 * (as the World Bank publishes it).
 */
function twoLineCountry(national: Record<string, unknown> = {}): Record<string, unknown> {
  const c = flatCountry();
  delete c.povertyLine;
  const rates = { ...(c.rates as Record<string, unknown>) };
  delete rates.poverty;
  return {
    ...c,
    rates,
    povertyLines: [
      { id: 'international-3.00', amount: 20000, headcount: 0.3 },
      { id: 'national', headcount: 0.5, ...national },
    ],
  };
}

/** A child benefit for the poor: 25% of the poverty line, every month, indexed with the line. */
const targeted = () => fileBenefit({ eligibility: { targeting: 'poverty' } });

describe('poverty lines: amount and headcount of the same line (defect 11)', () => {
  it('uses the first line by default: USD 3.00 amount with the USD 3.00 headcount', () => {
    const r = cost(fileScenario([targeted()], { country: twoLineCountry() }));
    const b = r.benefits[0]!;
    // 30,000 children x 30% under USD 3.00 = 9,000 eligible.
    near(b.eligible[0], 9000, 'eligible 2025');
    // 25% x 20,000 LCU = 5,000 LCU a year each; 9,000 x 5,000 = 45,000,000 LCU.
    near(b.benefitPerBeneficiary[0], 5000, 'per beneficiary 2025');
    near(b.cost[0], 45_000_000, 'cost 2025');
    // The line moves with prices: 20,000 x 1.05 = 21,000 in 2026.
    near(r.baseline.povertyLine[1], 21000, 'poverty line 2026');
  });

  it('uses the national headcount only with a national amount, typed in by the user', () => {
    const country = twoLineCountry({ amount: 15000 });
    const r = cost(
      fileScenario([targeted()], { country, assumptions: { povertyLine: 'national' } }),
    );
    const b = r.benefits[0]!;
    // 30,000 x 50% = 15,000 eligible; 25% x 15,000 = 3,750 LCU each; 15,000 x 3,750 = 56,250,000.
    near(b.eligible[0], 15000, 'eligible 2025');
    near(b.benefitPerBeneficiary[0], 3750, 'per beneficiary 2025');
    near(b.cost[0], 56_250_000, 'cost 2025');
  });

  it('refuses the national line for a poverty-line amount when the country has no national amount', () => {
    const s = readOrThrow(
      fileScenario([targeted()], {
        country: twoLineCountry(),
        assumptions: { povertyLine: 'national' },
      }),
    );
    if (typeof s.country === 'string') throw new Error('inline country expected');
    expect(() => runScenario(s, s.country as Exclude<typeof s.country, string>)).toThrow(
      /benefits\[0\]\.benefit\.basis.*national poverty line \("national"\), has no amount in local currency \(povertyLines\[1\]\.amount\)/,
    );
  });

  it('refuses a line the country does not give, naming the lines it has', () => {
    const s = readOrThrow(
      fileScenario([targeted()], {
        country: twoLineCountry(),
        assumptions: { povertyLine: 'international-8.30' },
      }),
    );
    expect(() => runScenario(s, s.country as Exclude<typeof s.country, string>)).toThrow(
      /"international-8.30" \(assumptions.povertyLine\), which the country does not give \(it gives "international-3.00", "national"\)/,
    );
  });

  it('reads a file of the earlier layout as one national line (povertyLine + rates.poverty)', () => {
    const r = cost(fileScenario([targeted()], {}));
    const b = r.benefits[0]!;
    // 30,000 x 40% = 12,000 eligible; 25% x 12,000 = 3,000 LCU each; 36,000,000 LCU.
    near(b.eligible[0], 12000, 'eligible 2025');
    near(b.cost[0], 36_000_000, 'cost 2025');
    const amount = r.provenance.find((e) => e.field === 'povertyLine');
    expect(amount?.derivation).toMatch(
      /amount of the national poverty line \("national"\), the line this scenario uses/,
    );
    const headcount = r.provenance.find((e) => e.field === 'rates.poverty');
    expect(headcount?.derivation).toMatch(/headcount of the national poverty line/);
  });

  it('says in the provenance which line is used and that the other is not', () => {
    const r = cost(fileScenario([targeted()], { country: twoLineCountry() }));
    const used = r.provenance.find((e) => e.field === 'povertyLines.international-3.00.amount');
    expect(used?.derivation).toMatch(
      /international poverty line, USD 3.00 a day \(2021 PPP\).*the line this scenario uses \(the country's first line/,
    );
    const other = r.provenance.find((e) => e.field === 'povertyLines.national.headcount');
    expect(other?.derivation).toBe(
      'headcount of the national poverty line ("national"); not used by this scenario',
    );
  });

  it('rejects a file that gives both layouts, or a line twice', () => {
    const both = twoLineCountry();
    both.povertyLine = 12000;
    both.rates = { ...(both.rates as Record<string, unknown>), poverty: 0.4 };
    const r = readCountry(both);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['povertyLine', 'rates.poverty']);
    const twice = twoLineCountry();
    (twice.povertyLines as unknown[]).push({ id: 'national', amount: 1 });
    const r2 = readCountry(twice);
    expect(r2.ok ? [] : r2.issues).toContainEqual({
      path: 'povertyLines[2].id',
      message: '"national" is given twice (also at povertyLines[1])',
    });
  });
});

describe('long-run assumptions and the exchange rate after the data (defect 12)', () => {
  /** The flat country (macro observed in 2025 only) with every long-run path stated. */
  const longRunCountry = (longRun: Record<string, unknown>) => flatCountry({ longRun });

  it('moves the exchange rate with relative inflation: 100 x 1.10 / 1.02 = 107.843...', () => {
    const r = cost(
      fileScenario([], { country: longRunCountry({ inflation: 0.1, usdInflation: 0.02 }) }),
    );
    const fx = r.baseline.fxPerUsd;
    near(fx[0], 100, 'fx 2025 (observed)');
    // 100 x 1.10 / 1.02 = 107.84313725490196
    near(fx[1], 107.84313725490196, 'fx 2026');
    // 107.843... x 1.10 / 1.02 = 100 x (1.1 / 1.02)^2 = 116.30142252979623
    near(fx[2], 116.30142252979623, 'fx 2027');
  });

  it('uses the long-run growth, inflation, revenue and expenditure after the last macro year', () => {
    const r = cost(
      fileScenario([], {
        country: longRunCountry({
          realGrowth: 0.04,
          inflation: 0.1,
          revenuePctGdp: 0.3,
          expenditurePctGdp: 0.35,
        }),
      }),
    );
    const b = r.baseline;
    near(b.gdp[0], 1e9, 'GDP 2025 (observed)');
    // 1e9 x 1.04 x 1.10 = 1.144e9; then x 1.144 again = 1.308736e9.
    near(b.gdp[1], 1.144e9, 'GDP 2026');
    near(b.gdp[2], 1.308736e9, 'GDP 2027');
    near(b.revenue[0], 0.2e9, 'revenue 2025 (observed 20%)');
    near(b.revenue[1], 0.3 * 1.144e9, 'revenue 2026 (30%)');
    near(b.expenditure[1], 0.35 * 1.144e9, 'expenditure 2026 (35%)');
    // No US dollar inflation stated: the earlier rule, the last rate held.
    near(b.fxPerUsd[3], 100, 'fx 2028 held');
  });

  it("a scenario's exchange-rate assumption still replaces the path", () => {
    const r = cost(
      fileScenario([], {
        country: longRunCountry({ inflation: 0.1, usdInflation: 0.02 }),
        assumptions: { fxPerUsd: 150 },
      }),
    );
    near(r.baseline.fxPerUsd[1], 150, 'fx 2026');
    near(r.baseline.fxPerUsd[5], 150, 'fx 2030');
  });

  it('says how the exchange rate was extended', () => {
    const r = cost(
      fileScenario([], { country: longRunCountry({ inflation: 0.1, usdInflation: 0.02 }) }),
    );
    const fx = r.provenance.find((e) => e.field === 'macro.fxPerUsd');
    expect(fx?.derivation).toBe(
      'extended after 2025 by relative inflation (purchasing-power parity): fx[t] = fx[t-1] x (1+pi[t]) / (1+2%), US dollar inflation from longRun.usdInflation',
    );
    const pi = r.provenance.find((e) => e.field === 'macro.inflation');
    expect(pi?.derivation).toBe(
      "after 2025: the country's long-run assumption, 10% (longRun.inflation)",
    );
  });
});
