import { describe, expect, it } from 'vitest';
import { InputError, readScenario, runScenario } from '#engine';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { cost, readOrThrow } from '../helpers/run';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('temporary crisis measures (methodology section 4)', () => {
  it('costs an emergency transfer month by month across a year end, as shares of each year', () => {
    const r = cost(
      fileScenario([fileBenefit()], {
        crisis: [
          {
            id: 'cash',
            kind: 'transfer',
            recipients: 10_000,
            amountPerMonth: 500,
            startYear: 2025,
            startMonth: 11,
            months: 3,
            adminRate: 0.02,
          },
        ],
      }),
    );
    const m = r.crisis.measures[0]!;
    // Nov 2025, Dec 2025, Jan 2026: 10,000 x 500 = 5,000,000 a month, + 2% = 5,100,000.
    expect(m.months.map((x) => [x.year, x.month, x.cost])).toEqual([
      [2025, 11, 5_100_000],
      [2025, 12, 5_100_000],
      [2026, 1, 5_100_000],
    ]);
    expect(m.transfers).toBe(15_000_000);
    expect(m.admin).toBeCloseTo(300_000, 6);
    // 2025: 10.2e6 / GDP 1e9 = 1.02%, / expenditure 0.25e9 = 4.08%.
    // 2026: 5.1e6 / (1e9 x 1.03 x 1.05 = 1.0815e9) = 0.47157%.
    expect(m.byYear[0]).toMatchObject({ year: 2025, cost: 10_200_000 });
    expect(m.byYear[0]!.pctGdp).toBeCloseTo(0.0102, 12);
    expect(m.byYear[0]!.pctExpenditure).toBeCloseTo(0.0408, 12);
    expect(rel(m.byYear[1]!.pctGdp, 5.1e6 / 1.0815e9)).toBeLessThan(1e-12);
    expect(rel(r.crisis.pctGdp, 0.0102 + 5.1e6 / 1.0815e9)).toBeLessThan(1e-12);
    // Crisis measures are reported apart: the package total is the child benefit alone.
    expect(r.total.cost[0]).toBe(90_000_000);
  });

  it('tops up a benefit by a share of its monthly amount, paid to its beneficiaries', () => {
    const r = cost(
      fileScenario([fileBenefit({ id: 'child' })], {
        crisis: [
          {
            id: 'top',
            kind: 'topUp',
            benefit: 'child',
            share: 0.5,
            startYear: 2025,
            startMonth: 12,
            months: 2,
          },
        ],
      }),
    );
    // Child benefit: 30,000 children x 3,000 a year (25% of 12,000); 3,150 in 2026 (prices +5%).
    // Dec 2025: 30,000 x 0.5 x 3,000 / 12 = 3,750,000; Jan 2026: 30,000 x 0.5 x 3,150 / 12 = 3,937,500.
    const months = r.crisis.measures[0]!.months;
    expect(months.map((x) => x.recipients)).toEqual([30_000, 30_000]);
    expect(months[0]!.cost).toBeCloseTo(3_750_000, 6);
    expect(months[1]!.cost).toBeCloseTo(3_937_500, 6);
  });

  it('counts those paid in a month for a benefit paid four months a year (maternity)', () => {
    const maternity = fileBenefit({
      id: 'mat',
      kind: 'maternity',
      ages: [15, 49],
      benefit: { basis: 'povertyLine', share: 1, months: 4, indexation: 'basis' },
    });
    const r = cost(
      fileScenario([maternity], {
        crisis: [
          {
            id: 'a',
            kind: 'topUp',
            benefit: 'mat',
            amountPerMonth: 100,
            startYear: 2025,
            startMonth: 1,
            months: 1,
          },
          {
            id: 'b',
            kind: 'topUp',
            benefit: 'mat',
            share: 1,
            startYear: 2025,
            startMonth: 1,
            months: 1,
          },
        ],
      }),
    );
    // 5,000 births; each mother is paid 4 months, so 5,000 x 4 / 12 = 1,666.67 are paid in a month.
    // (a) 1,666.67 x 100 = 166,666.67; (b) the monthly benefit is 12,000 x 4/12 / 4 = 1,000:
    // 1,666.67 x 1,000 = 1,666,666.67 = the yearly expenditure 5,000 x 4,000 / 12.
    expect(r.crisis.measures[0]!.cost).toBeCloseTo(166_666.6667, 3);
    expect(r.crisis.measures[1]!.cost).toBeCloseTo(1_666_666.6667, 3);
  });

  it('refuses a top-up of an unknown benefit, one with both share and amount, and months outside the years', () => {
    const bad = readScenario(
      fileScenario([fileBenefit({ id: 'child' })], {
        crisis: [
          {
            id: 'x',
            kind: 'topUp',
            benefit: 'pension',
            share: 0.5,
            startYear: 2025,
            startMonth: 1,
            months: 1,
          },
          {
            id: 'y',
            kind: 'topUp',
            benefit: 'child',
            share: 0.5,
            amountPerMonth: 10,
            startYear: 2025,
            startMonth: 1,
            months: 1,
          },
          { id: 'z', kind: 'lottery', startYear: 2025, startMonth: 1, months: 1 },
        ],
      }),
    );
    expect(bad.ok).toBe(false);
    // Every fault at once (defect 16): the measures that parse are checked although crisis[2] does not.
    expect(!bad.ok && bad.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'crisis[2].kind: must be "topUp", "transfer" or "extension"',
      'crisis[0].benefit: "pension" is not a benefit of this scenario (its benefits: child)',
      'crisis[1]: give either "share" or "amountPerMonth" for a top-up, not both',
    ]);
    const two = readScenario(
      fileScenario([fileBenefit({ id: 'child' })], {
        crisis: [
          {
            id: 'x',
            kind: 'topUp',
            benefit: 'pension',
            share: 0.5,
            startYear: 2025,
            startMonth: 1,
            months: 1,
          },
          {
            id: 'y',
            kind: 'topUp',
            benefit: 'child',
            share: 0.5,
            amountPerMonth: 10,
            startYear: 2025,
            startMonth: 1,
            months: 1,
          },
        ],
      }),
    );
    expect(!two.ok && two.issues.map((i) => i.path)).toEqual(['crisis[0].benefit', 'crisis[1]']);
    const late = readOrThrow(
      fileScenario([fileBenefit()], {
        crisis: [
          {
            id: 'c',
            kind: 'transfer',
            recipients: 1,
            amountPerMonth: 1,
            startYear: 2030,
            startMonth: 6,
            months: 12,
          },
        ],
      }),
    );
    expect(() => runScenario(late, late.country as never)).toThrow(InputError);
    try {
      runScenario(late, late.country as never);
    } catch (e) {
      expect((e as InputError).issues).toEqual([
        {
          path: 'crisis[0].startYear',
          message: 'the measure runs 2030-2031, outside the scenario years 2025-2030',
          code: 'costing.crisisOutside',
          params: { runs: '2030-2031', from: 2025, to: 2030 },
        },
      ]);
    }
  });
});

describe('the debt path and current spending typed in (methodology section 5)', () => {
  it('adds borrowing with interest to the debt ratio of the data and warns past the ceiling', () => {
    const country = flatCountry();
    (country.macro as Record<string, unknown>).debtPctGdp = [0.5];
    const r = cost(
      fileScenario([fileBenefit()], {
        country,
        financing: [
          { option: 'borrowing', startYear: 2025, start: 0.01, fullYear: 2025, full: 0.01 },
        ],
        fiscal: { interestRate: 0.1, debtCeilingPctGdp: 0.515 },
      }),
    );
    const d = r.financing.debt;
    // 2025: 1% of 1e9 = 1e7 borrowed; ratio 0.5 + 1e7/1e9 = 0.51.
    expect(d.additional[0]).toBeCloseTo(1e7, 6);
    expect(d.pctGdp[0]).toBeCloseTo(0.51, 12);
    // 2026: 1e7 x 1.1 + 1% of 1.0815e9 = 2.1815e7; ratio 0.5 + 2.1815e7 / 1.0815e9 = 0.520171...
    expect(d.additional[1]).toBeCloseTo(2.1815e7, 4);
    expect(rel(d.pctGdp[1]!, 0.5 + 2.1815e7 / 1.0815e9)).toBeLessThan(1e-12);
    expect(d.firstYearAboveCeiling).toBe(2026);
    expect(r.warnings).toContain(
      'fiscal.debtCeilingPctGdp: public debt passes the ceiling of 52% of GDP in 2026',
    );
    // Borrowing finances a deficit: the balance after reform is R - G - C, as without it.
    expect(r.financing.balanceAfter[0]).toBeCloseTo(0.2e9 - 0.25e9 - 90e6, 3);
  });

  it('says when the debt in the data is above the ceiling already, without any borrowing', () => {
    const country = flatCountry();
    (country.macro as Record<string, unknown>).debtPctGdp = [0.8];
    const r = cost(fileScenario([fileBenefit()], { country }));
    // No borrowing: the ratio is the data's 80% every year, above the default ceiling of 70%.
    expect(r.financing.debt.pctGdp.every((d) => d === 0.8)).toBe(true);
    expect(r.financing.debt.firstYearAboveCeiling).toBe(2025);
    expect(r.warnings).toContain(
      'fiscal.debtCeilingPctGdp: public debt in the data (80% of GDP in 2025) is already above the ceiling of 70% of GDP',
    );
  });

  it('uses current spending typed in for the scenario in the gap against current spending', () => {
    const r = cost(
      fileScenario([fileBenefit()], { fiscal: { currentSpendingPctGdp: { children: 0.05 } } }),
    );
    // Child benefit 2025: 90e6 / 1e9 = 9% of GDP; spending typed in 5% (the country's is 0.1%): gap 4%.
    const children = r.spendingGap.find((g) => g.function === 'children')!;
    expect(children.currentPctGdp).toBe(0.05);
    expect(children.gapPctGdp[0]).toBeCloseTo(0.04, 12);
  });
});
