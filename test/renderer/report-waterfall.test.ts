import { describe, expect, it } from 'vitest';
import type { CostingResult } from '#engine';
import { waterfall } from '../../renderer/src/report/waterfall';
import { reportDataFor, stressScenario } from './report-fixture';

describe('the financing waterfall', () => {
  const { result } = reportDataFor();

  it('walks from the cost, down by each option, to the gap of the costing', () => {
    for (const year of [2026, 2030, 2045, 2060]) {
      const i = result.years.indexOf(year);
      const w = waterfall(result, year);
      expect(w.steps.map((s) => s.kind)).toEqual([
        'cost',
        ...result.financing.options.map(() => 'option'),
        'gap',
      ]);
      expect(w.steps[0]).toMatchObject({ from: 0, to: result.total.cost[i] });
      // Each option starts where the previous bar ended and goes down by its resources.
      for (let k = 1; k <= result.financing.options.length; k++) {
        const s = w.steps[k]!;
        expect(s.from).toBe(w.steps[k - 1]!.to);
        expect(s.to - s.from).toBeCloseTo(-result.financing.options[k - 1]!.resources[i]!, 3);
        expect(s.option).toBe(result.financing.options[k - 1]!.option);
      }
      const last = w.steps[w.steps.length - 1]!;
      expect(last.value).toBeCloseTo(result.financing.gap[i]!, 3);
      expect(w.gap).toBeCloseTo(result.financing.gap[i]!, 3);
      // cost - resources = gap - surplus, exactly what the bars add up to.
      const sum = w.steps.slice(0, -1).reduce((a, s) => a + s.value, 0);
      expect(sum).toBeCloseTo(w.gap - w.surplus, 3);
      expect(w.resources).toBeCloseTo(result.financing.resources[i]!, 3);
    }
  });

  it('in % of GDP with scale = 1 / GDP', () => {
    const i = result.years.indexOf(2030);
    const w = waterfall(result, 2030, 1 / result.baseline.gdp[i]!);
    expect(w.cost).toBeCloseTo(result.total.pctGdp[i]!, 12);
    expect(w.gap).toBeCloseTo(result.financing.gapPctGdp[i]!, 12);
  });

  it('shows a surplus, not a negative gap, when the options raise more than the cost', () => {
    const { result: rich } = reportDataFor(stressScenario());
    const i = rich.years.indexOf(2060);
    const w = waterfall(rich, 2060);
    expect(rich.financing.gap[i]).toBe(0);
    expect(w.gap).toBe(0);
    expect(w.surplus).toBeCloseTo(rich.financing.resources[i]! - rich.total.cost[i]!, 3);
    expect(w.steps[w.steps.length - 1]).toMatchObject({ kind: 'gap', from: 0, to: 0 });
  });

  it('with no options the gap is the cost', () => {
    const bare: CostingResult = {
      ...result,
      financing: { ...result.financing, options: [] },
    };
    const w = waterfall(bare, 2030);
    expect(w.steps.map((s) => s.kind)).toEqual(['cost', 'gap']);
    expect(w.gap).toBe(w.cost);
  });

  it('refuses a year outside the costing', () => {
    expect(() => waterfall(result, 2100)).toThrow(RangeError);
  });
});
