/**
 * The identity of methodology section 2, the package totals, the financing options, the financing gap,
 * the balance after reform (section 5) and the gap against current spending, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { fileBenefit, fileScenario, flatCountry, flatRow } from '../helpers/fixtures';
import { cost } from '../helpers/run';

const REL = 1e-9;

function near(actual: number | undefined, expected: number, what: string): void {
  expect(actual, `${what}: missing`).toBeTypeOf('number');
  const a = actual as number;
  const tol = expected === 0 ? 1e-12 : REL * Math.abs(expected);
  expect(Math.abs(a - expected), `${what}: engine ${a}, expected ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

function nearAll(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  expected.forEach((e, i) => near(actual[i], e, `${what}[${i}]`));
}

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];
/** Flat-country GDP, 1e9 x 1.0815^k. */
const GDP = YEARS.map((_, k) => 1e9 * 1.0815 ** k);

describe('identity C / GDP = (E / population) x share x (PL / GDP per capita) x months / 12', () => {
  /**
   * The flat country with a growing population, 1,000 + 10k in every cell in 2025 + k (so
   * 202,000 x (1 + 0.01k) in all) and births 5,000 + 50k: GDP 1e9 x 1.0815^k, PL 12,000 x 1.05^k,
   * GDP per capita = GDP / population. No administration, full coverage.
   */
  const rows = YEARS.map((_, k) => flatRow(1000 + 10 * k));
  const births = YEARS.map((_, k) => 5000 + 50 * k);
  const country = flatCountry({
    population: { years: YEARS, female: rows, male: rows },
    births: { years: YEARS, values: births },
  });
  const pl = (share: number, months?: number) => {
    const b: Record<string, unknown> = { basis: 'povertyLine', share, indexation: 'basis' };
    if (months !== undefined) b.months = months;
    return b;
  };
  const r = cost(
    fileScenario(
      [
        fileBenefit({ id: 'child', benefit: pl(0.25, 12) }),
        fileBenefit({ id: 'disability', kind: 'disability', ages: [15, 64], benefit: pl(1, 12) }),
        fileBenefit({ id: 'maternity', kind: 'maternity', ages: [15, 49], benefit: pl(1) }),
        fileBenefit({
          id: 'oldAge',
          kind: 'oldAge',
          ages: [65, 100],
          benefit: pl(0.5, 12),
          eligibility: { pensionTested: true },
        }),
        fileBenefit({ id: 'grant', kind: 'custom', ages: [0, 0], benefit: pl(1, 1) }),
      ],
      { country },
    ),
  );

  // Hand values for year k.
  const pop = (k: number) => 202000 * (1 + 0.01 * k);
  const gdppc = (k: number) => GDP[k]! / pop(k);
  const PL = (k: number) => 12000 * 1.05 ** k;
  // E / population: child 15 ages x 2 / 202 cells = 30/202; disability 50 x 2 x 0.02 / 202 = 2/202;
  // maternity births / population (months 4 by default); old age 36 x 2 x (1 - 0.3) / 202 = 50.4/202;
  // the one-month grant at age 0: 2/202.
  const cases: { id: string; share: number; months: number; ePerPop: (k: number) => number }[] = [
    { id: 'child', share: 0.25, months: 12, ePerPop: () => 30 / 202 },
    { id: 'disability', share: 1, months: 12, ePerPop: () => 2 / 202 },
    { id: 'maternity', share: 1, months: 4, ePerPop: (k) => births[k]! / pop(k) },
    { id: 'oldAge', share: 0.5, months: 12, ePerPop: () => 50.4 / 202 },
    { id: 'grant', share: 1, months: 1, ePerPop: () => 2 / 202 },
  ];
  const identity = (c: (typeof cases)[number], k: number) =>
    c.ePerPop(k) * c.share * (PL(k) / gdppc(k)) * (c.months / 12);

  it('holds for each benefit in every year, with hand values of every term', () => {
    // E.g. the child benefit in 2026: (30/202) x 0.25 x (12,600 / (1.0815e9 / 204,020)) x 1
    //   = 30 x 1,010 x 0.25 x 12,600 / 1.0815e9 = 95,445,000 / 1.0815e9 = 0.0882524...
    near(r.benefits[0]!.pctGdp[1], 95_445_000 / 1.0815e9, 'child 2026');
    for (const c of cases) {
      const b = r.benefits.find((x) => x.id === c.id)!;
      YEARS.forEach((y, k) => near(b.pctGdp[k], identity(c, k), `${c.id} ${y}`));
    }
  });

  it('holds for the package total', () => {
    YEARS.forEach((y, k) =>
      near(
        r.total.pctGdp[k],
        cases.reduce((s, c) => s + identity(c, k), 0),
        `total ${y}`,
      ),
    );
  });

  it('holds with the engine own eligible, population, poverty line and GDP per capita', () => {
    const base = r.baseline;
    for (const c of cases) {
      const b = r.benefits.find((x) => x.id === c.id)!;
      YEARS.forEach((y, k) => {
        const rhs =
          (b.eligible[k]! / base.population[k]!) *
          c.share *
          (base.povertyLine[k]! / base.gdpPerCapita[k]!) *
          (c.months / 12);
        near(b.cost[k]! / base.gdp[k]!, rhs, `${c.id} ${y}`);
        // And E / population is the hand value.
        near(b.eligible[k]! / base.population[k]!, c.ePerPop(k), `${c.id} E/pop ${y}`);
      });
    }
  });
});

describe('package totals', () => {
  // Flat country; child benefit 0-14 at 25% of the poverty line (expenditure 90e6 x 1.05^k) and orphan
  // benefit at 100% with 5% administration (expenditure 1,800 x 12,000 x 1.05^k = 21.6e6 x 1.05^k,
  // admin 1.08e6 x 1.05^k). Total expenditure 111.6e6 x 1.05^k, admin 1.08e6 x 1.05^k,
  // cost 112.68e6 x 1.05^k. Assumptions: revenue 22% in 2026 then 24%, expenditure 30%, and
  // 110 then 125 LCU per USD after the base year (2025: 20%, 25%, 100).
  const r = cost(
    fileScenario(
      [
        fileBenefit({ id: 'child' }),
        fileBenefit({
          id: 'orphan',
          kind: 'orphan',
          ages: [0, 17],
          eligibility: { prevalence: 'orphanhood' },
          benefit: { basis: 'povertyLine', share: 1, months: 12, indexation: 'basis' },
          adminRate: 0.05,
        }),
      ],
      {
        assumptions: {
          revenuePctGdp: [0.22, 0.24],
          expenditurePctGdp: 0.3,
          fxPerUsd: [110, 125],
        },
      },
    ),
  );
  const C = YEARS.map((_, k) => 112.68e6 * 1.05 ** k);
  const rev = [0.2, 0.22, 0.24, 0.24, 0.24, 0.24];
  const exp = [0.25, 0.3, 0.3, 0.3, 0.3, 0.3];
  const fx = [100, 110, 125, 125, 125, 125];

  it('sums expenditure, administration and cost', () => {
    nearAll(
      r.total.expenditure,
      YEARS.map((_, k) => 111.6e6 * 1.05 ** k),
      'expenditure',
    );
    nearAll(
      r.total.admin,
      YEARS.map((_, k) => 1.08e6 * 1.05 ** k),
      'admin',
    );
    // 2025: 112,680,000; 2026: 118,314,000; 2027: 124,229,700.
    near(r.total.cost[0], 112_680_000, 'cost 2025');
    near(r.total.cost[1], 118_314_000, 'cost 2026');
    near(r.total.cost[2], 124_229_700, 'cost 2027');
    nearAll(r.total.cost, C, 'cost');
  });

  it('expresses the cost as shares of GDP, expenditure and revenue', () => {
    // 2025: 112.68e6 / 1e9 = 0.11268; / (0.25 x 1e9) = 0.45072; / (0.2 x 1e9) = 0.5634.
    near(r.total.pctGdp[0], 0.11268, 'pctGdp 2025');
    near(r.total.pctExpenditure[0], 0.45072, 'pctExpenditure 2025');
    near(r.total.pctRevenue[0], 0.5634, 'pctRevenue 2025');
    // 2026: 118,314,000 / 1.0815e9; / (0.3 x 1.0815e9 = 324,450,000) = 0.364659...;
    //   / (0.22 x 1.0815e9 = 237,930,000) = 0.497263...
    near(r.total.pctExpenditure[1], 118_314_000 / 324_450_000, 'pctExpenditure 2026');
    near(r.total.pctRevenue[1], 118_314_000 / 237_930_000, 'pctRevenue 2026');
    nearAll(
      r.total.pctGdp,
      C.map((c, k) => c / GDP[k]!),
      'pctGdp',
    );
    nearAll(
      r.total.pctExpenditure,
      C.map((c, k) => c / (exp[k]! * GDP[k]!)),
      'pctExpenditure',
    );
    nearAll(
      r.total.pctRevenue,
      C.map((c, k) => c / (rev[k]! * GDP[k]!)),
      'pctRevenue',
    );
  });

  it('in base-year prices, in USD and per capita', () => {
    // C / I = 112.68e6 x 1.05^k / 1.05^k = 112,680,000 every year.
    nearAll(
      r.total.costReal,
      YEARS.map(() => 112_680_000),
      'costReal',
    );
    // C / fx: 1,126,800; 118,314,000 / 110 = 1,075,581.81...; 124,229,700 / 125 = 993,837.6; ...
    near(r.total.costUsd[2], 993_837.6, 'costUsd 2027');
    nearAll(
      r.total.costUsd,
      C.map((c, k) => c / fx[k]!),
      'costUsd',
    );
    // C / 202,000: 557.82...; 585.71...; 614.998...
    nearAll(
      r.total.perCapita,
      C.map((c) => c / 202000),
      'perCapita',
    );
  });

  it('with no options the gap is the whole cost', () => {
    nearAll(r.financing.resources, [0, 0, 0, 0, 0, 0], 'resources');
    nearAll(r.financing.gap, C, 'gap');
    nearAll(
      r.financing.gapUsd,
      C.map((c, k) => c / fx[k]!),
      'gapUsd',
    );
    // Balance after = R - G - C: 2025 (0.2 - 0.25) x 1e9 - 112.68e6 = -162,680,000.
    near(r.financing.balanceAfter[0], -162_680_000, 'balanceAfter 2025');
    nearAll(
      r.financing.balanceAfter,
      C.map((c, k) => (rev[k]! - exp[k]!) * GDP[k]! - c),
      'balanceAfter',
    );
  });
});

describe('financing options, gap and balance after reform', () => {
  // Flat country; child benefit 0-14 at 25% of the poverty line, no administration:
  // C = 30,000 x 3,000 x 1.05^k = 90e6 x 1.05^k; GDP = 1e9 x 1.0815^k; revenue 20%, expenditure 25%,
  // 100 LCU per USD.
  const C = YEARS.map((_, k) => 90e6 * 1.05 ** k);
  const options = [
    // Share of GDP by year 2025..2030 (ramp: 0 before startYear, start, linear, full from fullYear):
    // contributions (start left out = 0): 0, 0, 0, 0.005, 0.01, 0.01
    { option: 'contributions', startYear: 2027, fullYear: 2029, full: 0.01 },
    // tax: 0, 0.01, 0.02, 0.03, 0.03, 0.03
    { option: 'tax', startYear: 2026, start: 0.01, fullYear: 2028, full: 0.03 },
    // illicit flows: 0.002 every year (start year = full year)
    { option: 'illicitFlows', startYear: 2025, fullYear: 2025, full: 0.002 },
    // reallocation: 0, then 0.005
    { option: 'reallocation', startYear: 2026, start: 0.005, fullYear: 2026, full: 0.005 },
    // reserves: 0.003 every year
    { option: 'reserves', startYear: 2025, fullYear: 2025, full: 0.003 },
    // borrowing: 0, 0, 0, then 0.004
    { option: 'borrowing', startYear: 2028, start: 0.004, fullYear: 2028, full: 0.004 },
    // macroFramework: 0.001 every year
    { option: 'macroFramework', startYear: 2025, fullYear: 2025, full: 0.001 },
    // aid: 0.01, 0.02, 0.03, 0.03, 0.03, 0.03
    { option: 'aid', startYear: 2025, start: 0.01, fullYear: 2027, full: 0.03 },
  ];
  const SHARES: Record<string, number[]> = {
    contributions: [0, 0, 0, 0.005, 0.01, 0.01],
    tax: [0, 0.01, 0.02, 0.03, 0.03, 0.03],
    illicitFlows: [0.002, 0.002, 0.002, 0.002, 0.002, 0.002],
    reallocation: [0, 0.005, 0.005, 0.005, 0.005, 0.005],
    reserves: [0.003, 0.003, 0.003, 0.003, 0.003, 0.003],
    borrowing: [0, 0, 0, 0.004, 0.004, 0.004],
    macroFramework: [0.001, 0.001, 0.001, 0.001, 0.001, 0.001],
    aid: [0.01, 0.02, 0.03, 0.03, 0.03, 0.03],
  };
  const sum = (names: string[], k: number) => names.reduce((s, n) => s + SHARES[n]![k]!, 0);
  const ALL = Object.keys(SHARES);
  const NEW_REVENUE = ['contributions', 'tax', 'illicitFlows', 'aid'];
  const DEFICIT = ['reserves', 'borrowing', 'macroFramework'];
  // All options: 0.016, 0.041, 0.061, 0.08, 0.085, 0.085 of GDP.
  const allShare = [0.016, 0.041, 0.061, 0.08, 0.085, 0.085];

  const r = cost(fileScenario([fileBenefit()], { financing: options }));
  const f = r.financing;

  it('ramps each option and turns it into LCU', () => {
    for (const o of f.options) {
      nearAll(o.pctGdp, SHARES[o.option]!, `${o.option} pctGdp`);
      nearAll(
        o.resources,
        SHARES[o.option]!.map((s, k) => s * GDP[k]!),
        `${o.option} resources`,
      );
    }
    expect(f.options.map((o) => o.option)).toEqual(ALL);
    // The option sums above, checked once by hand.
    YEARS.forEach((_, k) => near(sum(ALL, k), allShare[k]!, `sum of shares ${k}`));
    // 2025: 0.016 x 1e9 = 16,000,000; 2026: 0.041 x 1.0815e9 = 44,341,500.
    near(f.resources[0], 16_000_000, 'resources 2025');
    near(f.resources[1], 44_341_500, 'resources 2026');
    nearAll(
      f.resources,
      allShare.map((s, k) => s * GDP[k]!),
      'resources',
    );
    nearAll(
      f.newRevenue,
      YEARS.map((_, k) => sum(NEW_REVENUE, k) * GDP[k]!),
      'newRevenue',
    );
    nearAll(
      f.reallocation,
      YEARS.map((_, k) => SHARES.reallocation![k]! * GDP[k]!),
      'reallocation',
    );
    nearAll(
      f.deficitFinancing,
      YEARS.map((_, k) => sum(DEFICIT, k) * GDP[k]!),
      'deficitFinancing',
    );
  });

  it('gap = max(0, cost - all options), in LCU, USD and share of GDP', () => {
    // 2025: 90,000,000 - 16,000,000 = 74,000,000 = 0.074 of GDP = 740,000 USD.
    near(f.gap[0], 74_000_000, 'gap 2025');
    near(f.gapPctGdp[0], 0.074, 'gapPctGdp 2025');
    near(f.gapUsd[0], 740_000, 'gapUsd 2025');
    // 2026: 94,500,000 - 44,341,500 = 50,158,500; / 1.0815e9 = 0.046378...; 501,585 USD.
    near(f.gap[1], 50_158_500, 'gap 2026');
    near(f.gapUsd[1], 501_585, 'gapUsd 2026');
    // 2028: 90e6 x 1.05^3 = 104,186,250 - 0.08 x 1,264,968,093.375 = 101,197,447.47 -> 2,988,802.53.
    near(f.gap[3], 2_988_802.53, 'gap 2028');
    // 2029: 109,395,562.5 - 0.085 x 1,368,062,992.985... = 116,285,354.40 < 0 -> 0; 2030 likewise.
    near(f.gap[4], 0, 'gap 2029');
    near(f.gap[5], 0, 'gap 2030');
    const gap = C.map((c, k) => Math.max(0, c - allShare[k]! * GDP[k]!));
    nearAll(f.gap, gap, 'gap');
    nearAll(
      f.gapPctGdp,
      gap.map((g, k) => g / GDP[k]!),
      'gapPctGdp',
    );
    nearAll(
      f.gapUsd,
      gap.map((g) => g / 100),
      'gapUsd',
    );
  });

  it('the funding gap leaves out aid', () => {
    // Domestic options = all but aid: 0.006, 0.021, 0.031, 0.05, 0.055, 0.055.
    // 2025: 90,000,000 - 6,000,000 = 84,000,000; 2026: 94,500,000 - 0.021 x 1.0815e9 = 71,788,500;
    // 2029: 109,395,562.5 - 0.055 x 1,368,062,992.985 = 34,152,097.886 (while the gap is 0).
    near(f.fundingGap[0], 84_000_000, 'fundingGap 2025');
    near(f.fundingGap[1], 71_788_500, 'fundingGap 2026');
    const domestic = [0.006, 0.021, 0.031, 0.05, 0.055, 0.055];
    const fg = C.map((c, k) => Math.max(0, c - domestic[k]! * GDP[k]!));
    nearAll(f.fundingGap, fg, 'fundingGap');
    nearAll(
      f.fundingGapPctGdp,
      fg.map((g, k) => g / GDP[k]!),
      'fundingGapPctGdp',
    );
  });

  it('balance after reform = R + new revenue - (G - reallocation) - C', () => {
    // Before: (0.2 - 0.25) x GDP: -50,000,000 in 2025.
    nearAll(
      f.balanceBefore,
      GDP.map((g) => -0.05 * g),
      'balanceBefore',
    );
    // 2025: 200e6 + 12e6 (0.002 + 0.01) - (250e6 - 0) - 90e6 = -128,000,000.
    near(f.balanceAfter[0], -128_000_000, 'balanceAfter 2025');
    // 2026: (0.2 + 0.032 - 0.25 + 0.005) x 1.0815e9 - 94,500,000 = -14,059,500 - 94,500,000 = -108,559,500.
    near(f.balanceAfter[1], -108_559_500, 'balanceAfter 2026');
    const after = C.map(
      (c, k) => (0.2 + sum(NEW_REVENUE, k) - (0.25 - SHARES.reallocation![k]!)) * GDP[k]! - c,
    );
    nearAll(f.balanceAfter, after, 'balanceAfter');
    nearAll(
      f.balanceAfterPctGdp,
      after.map((b, k) => b / GDP[k]!),
      'balanceAfterPctGdp',
    );
  });

  it('reserves, borrowing and the macro framework finance the deficit and leave the balance unchanged', () => {
    const without = cost(
      fileScenario([fileBenefit()], {
        financing: options.filter((o) => !DEFICIT.includes(o.option)),
      }),
    ).financing;
    nearAll(without.balanceAfter, f.balanceAfter, 'balanceAfter without deficit options');
    nearAll(without.deficitFinancing, [0, 0, 0, 0, 0, 0], 'deficitFinancing');
    // Resources fall by 0.004, 0.004, 0.004, 0.008, 0.008, 0.008 of GDP and the gap grows with them:
    // 2025 gap 90e6 - 12e6 = 78,000,000.
    near(without.gap[0], 78_000_000, 'gap 2025 without deficit options');
    nearAll(
      without.resources,
      YEARS.map((_, k) => (allShare[k]! - sum(DEFICIT, k)) * GDP[k]!),
      'resources',
    );

    // Each of them alone: balance after = R - G - C, as with no option at all.
    for (const o of DEFICIT) {
      const only = cost(
        fileScenario([fileBenefit()], {
          financing: [{ option: o, startYear: 2025, fullYear: 2025, full: 0.01 }],
        }),
      ).financing;
      nearAll(
        only.balanceAfter,
        C.map((c, k) => -0.05 * GDP[k]! - c),
        `balanceAfter with ${o}`,
      );
      // ... while it still counts against the gap: 2025 gap = 90e6 - 0.01 x 1e9 = 80,000,000.
      near(only.gap[0], 80_000_000, `gap 2025 with ${o}`);
      near(only.fundingGap[0], 80_000_000, `fundingGap 2025 with ${o}`);
    }
  });

  it('each revenue option adds to the balance and reallocation lowers expenditure', () => {
    for (const o of [...NEW_REVENUE, 'reallocation']) {
      const only = cost(
        fileScenario([fileBenefit()], {
          financing: [{ option: o, startYear: 2025, fullYear: 2025, full: 0.01 }],
        }),
      ).financing;
      // 2025: 200e6 + 10e6 - 250e6 - 90e6 = -130,000,000 (for reallocation: 200e6 - (250e6 - 10e6) - 90e6).
      near(only.balanceAfter[0], -130_000_000, `balanceAfter 2025 with ${o}`);
      near(only.gap[0], 80_000_000, `gap 2025 with ${o}`);
      // Aid is not domestic: the funding gap stays at the whole cost.
      near(only.fundingGap[0], o === 'aid' ? 90_000_000 : 80_000_000, `fundingGap 2025 with ${o}`);
    }
  });
});

describe('gap against current spending', () => {
  // Flat country, current spending: children 0.001, old age 0.004, health 0.01 of GDP; none given for
  // disability (counts as 0). Full coverage, no administration.
  const r = cost(
    fileScenario([
      // children: 30,000 x 3,000 x 1.05^k = 90e6 x 1.05^k
      fileBenefit({ id: 'child' }),
      // children: 1,800 orphans x 12,000 x 1.05^k = 21.6e6 x 1.05^k
      fileBenefit({
        id: 'orphan',
        kind: 'orphan',
        ages: [0, 17],
        eligibility: { prevalence: 'orphanhood' },
        benefit: { basis: 'povertyLine', share: 1, months: 12 },
      }),
      // disability: 2,000 x 12,000 x 1.05^k = 24e6 x 1.05^k
      fileBenefit({
        id: 'disability',
        kind: 'disability',
        ages: [15, 64],
        eligibility: { prevalence: 'disability' },
        benefit: { basis: 'povertyLine', share: 1, months: 12 },
      }),
      // old age, pension-tested: 50,400 x 100 x 12 x 1.05^k = 60.48e6 x 1.05^k
      fileBenefit({
        id: 'oldAge',
        kind: 'oldAge',
        ages: [65, 100],
        eligibility: { pensionTested: true },
        benefit: { basis: 'fixed', amount: 100, months: 12, indexation: 'prices' },
      }),
      // health: 151,500 uncovered x 1% of GDP per capita = 0.75 x 0.01 x GDP = 0.0075 of GDP
      fileBenefit({
        id: 'health',
        kind: 'health',
        ages: [0, 100],
        eligibility: { prevalence: 'healthUncovered' },
        benefit: { basis: 'gdpPerCapita', share: 0.01 },
      }),
      // custom with no function: left out of the comparison
      fileBenefit({ id: 'other', kind: 'custom', ages: [20, 20] }),
    ]),
  );
  const ratio = YEARS.map((_, k) => (1.05 / 1.0815) ** k);
  const gapOf = (fn: string) => {
    const g = r.spendingGap.find((x) => x.function === fn);
    expect(g, fn).toBeDefined();
    return g!;
  };

  it('max(0, cost share of GDP - current spending share) for each function', () => {
    // Children: (90e6 + 21.6e6) x 1.05^k / (1e9 x 1.0815^k) = 0.1116 x (1.05/1.0815)^k; gap - 0.001:
    //   2025: 0.1106.
    const children = gapOf('children');
    expect(children.benefits).toEqual(['child', 'orphan']);
    near(children.currentPctGdp, 0.001, 'children current');
    nearAll(
      children.costPctGdp,
      ratio.map((x) => 0.1116 * x),
      'children cost',
    );
    near(children.gapPctGdp[0], 0.1106, 'children gap 2025');
    nearAll(
      children.gapPctGdp,
      ratio.map((x) => 0.1116 * x - 0.001),
      'children gap',
    );
    // Old age: 0.06048 x (1.05/1.0815)^k - 0.004; 2025: 0.05648.
    const oldAge = gapOf('oldAge');
    near(oldAge.gapPctGdp[0], 0.05648, 'oldAge gap 2025');
    nearAll(
      oldAge.gapPctGdp,
      ratio.map((x) => 0.06048 * x - 0.004),
      'oldAge gap',
    );
    // Disability: no current spending given, so the gap is the whole cost: 0.024 x (1.05/1.0815)^k.
    const disability = gapOf('disability');
    near(disability.currentPctGdp, 0, 'disability current');
    nearAll(
      disability.gapPctGdp,
      ratio.map((x) => 0.024 * x),
      'disability gap',
    );
    expect(r.warnings.join('\n')).toMatch(/disability/);
    // Health: cost 0.0075 of GDP is below current spending 0.01: gap 0.
    const health = gapOf('health');
    nearAll(health.costPctGdp, [0.0075, 0.0075, 0.0075, 0.0075, 0.0075, 0.0075], 'health cost');
    nearAll(health.gapPctGdp, [0, 0, 0, 0, 0, 0], 'health gap');
  });

  it('leaves out functions without benefits and benefits without a function', () => {
    expect(r.spendingGap.map((g) => g.function).sort()).toEqual(
      ['children', 'disability', 'health', 'oldAge'].sort(),
    );
    expect(r.spendingGap.flatMap((g) => g.benefits)).not.toContain('other');
  });
});
