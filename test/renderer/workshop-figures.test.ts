import { describe, expect, it } from 'vitest';
import type { CostingResult } from '#engine';
import type { StoredScenario, WorkshopDetails } from '../../src/contract/bridge';
import {
  defaultEnvelopeYear,
  summarizeChanges,
  workshopFigures,
} from '../../renderer/src/features/workshop/workshop-figures';
import { workshopChart } from '../../renderer/src/features/workshop/workshop-chart';
import type { ComparedScenario } from '../../renderer/src/stores/types';

function child(share = 0.25, extra: Record<string, unknown> = {}) {
  return {
    id: 'child',
    kind: 'child',
    label: 'Universal child benefit',
    ages: [0, 14],
    benefit: { basis: 'povertyLine', share, months: 12 },
    coverage: { startYear: 2026, start: 0.2, fullYear: 2030, full: 1 },
    ...extra,
  };
}

function oldAge(extra: Record<string, unknown> = {}) {
  return {
    id: 'oldAge',
    kind: 'oldAge',
    label: 'Universal old-age pension',
    ages: [65, 100],
    benefit: { basis: 'povertyLine', share: 1 },
    coverage: { startYear: 2026, start: 0.2, fullYear: 2032, full: 1 },
    ...extra,
  };
}

function scenario(over: Record<string, unknown> = {}) {
  return {
    format: 'spf.scenario/1',
    name: 'Base',
    country: 'XTA',
    years: [2025, 2060],
    benefits: [child(), oldAge()],
    ...over,
  };
}

describe('what a group changed from the baseline', () => {
  it('says nothing for the same package, whatever its name', () => {
    expect(summarizeChanges(scenario(), scenario({ name: 'Group 1' }))).toEqual([]);
  });

  it('tells a level, a coverage, a benefit removed and one switched off, each once', () => {
    const group = scenario({
      benefits: [
        child(0.5, { coverage: { startYear: 2026, start: 0.5, fullYear: 2028, full: 1 } }),
      ],
    });
    expect(summarizeChanges(scenario(), group)).toEqual([
      { kind: 'level', label: 'Universal child benefit' },
      { kind: 'coverage', label: 'Universal child benefit' },
      { kind: 'removed', label: 'Universal old-age pension' },
    ]);
    const off = scenario({ benefits: [child(), oldAge({ enabled: false })] });
    expect(summarizeChanges(scenario(), off)).toEqual([
      { kind: 'switchedOff', label: 'Universal old-age pension' },
    ]);
    expect(summarizeChanges(scenario({ benefits: [child()] }), scenario())).toEqual([
      { kind: 'added', label: 'Universal old-age pension' },
    ]);
  });
});

describe('the envelope year offered', () => {
  it('is the first year every included benefit is fully phased in, else the base year + 5', () => {
    // Child benefit full in 2030, old-age pension in 2032: 2032.
    expect(defaultEnvelopeYear(scenario())).toBe(2032);
    // The old-age pension switched off: the child benefit's 2030.
    expect(defaultEnvelopeYear(scenario({ benefits: [child(), oldAge({ enabled: false })] }))).toBe(
      2030,
    );
    // No phase-in given: 2025 + 5.
    expect(defaultEnvelopeYear(scenario({ benefits: [] }))).toBe(2030);
    // Never past the last year: 2025-2028 with full coverage in 2032 gives 2028.
    expect(defaultEnvelopeYear(scenario({ years: [2025, 2028] }))).toBe(2028);
  });
});

/** A costing with only what the workshop reads: its years, total % of GDP and financing gap. */
function result(pctGdp: number[], gapPctGdp: number[]): CostingResult {
  return {
    years: [2029, 2030],
    total: { pctGdp },
    financing: { gapPctGdp },
  } as unknown as CostingResult;
}

function costed(id: number, file: unknown, r: CostingResult | null): ComparedScenario {
  const stored = { id, scenario: file } as unknown as StoredScenario;
  return { id, name: `#${id}`, stored, result: r, issues: [], message: r ? '' : 'broken' };
}

const WORKSHOP: WorkshopDetails = {
  id: 1,
  name: 'Day',
  country: 'XTA',
  groups: 3,
  createdAt: '2026-12-07T00:00:00.000Z',
  baseline: { id: 1, rev: 1, name: 'Base' },
  envelopeYear: 2030,
  groupList: [1, 2, 3].map((position) => ({
    position,
    name: `Group ${position}`,
    envelopePctGdp: position === 3 ? 0.03 : 0.05,
    scenarioId: position + 1,
    scenarioName: `Day – Group ${position}`,
    revisions: 1,
    deleted: false,
  })),
};

describe("every group's figures in the envelope year", () => {
  it('reads the cost and gap of the envelope year and plays the budget game', () => {
    const base = costed(1, scenario(), result([0.03, 0.04], [0.01, 0.02]));
    const figures = workshopFigures(WORKSHOP, {
      baseline: base,
      groups: [
        // 2030: cost 6% against 5% -> misses by 1%; gap 3.5%.
        costed(
          2,
          scenario({ benefits: [child(0.5), oldAge()] }),
          result([0.05, 0.06], [0.02, 0.035]),
        ),
        // 2030: cost 4% against 5% -> fits with 1% to spare; gap 2%.
        costed(3, scenario(), result([0.03, 0.04], [0.01, 0.02])),
        // Not costed: no figures, the costing's message kept.
        costed(4, scenario(), null),
      ],
    });
    expect(figures.map((f) => [f.name, f.costPctGdp, f.gapPctGdp, f.fit?.fits])).toEqual([
      ['Group 1', 0.06, 0.035, false],
      ['Group 2', 0.04, 0.02, true],
      ['Group 3', null, null, undefined],
    ]);
    expect(figures[0]!.fit!.marginPctGdp).toBeCloseTo(-0.01, 12);
    expect(figures[1]!.fit!.marginPctGdp).toBeCloseTo(0.01, 12);
    expect(figures[0]!.changes).toEqual([{ kind: 'level', label: 'Universal child benefit' }]);
    expect(figures[2]!.problem).toEqual({ message: 'broken', issues: [] });

    // The chart: the baseline's 4% first, then 6% (misses), 4% (fits), none; envelopes 5, 5, 3.
    const chart = workshopChart(0.04, figures, {
      baseline: 'Baseline',
      cost: 'Cost',
      envelope: 'Envelope',
      axis: '%',
    });
    expect(chart.data.labels).toEqual(['Baseline', 'Group 1', 'Group 2', 'Group 3']);
    expect(chart.data.datasets[0]!.data).toEqual([4, 6, 4, null]);
    expect(chart.data.datasets[1]!.data).toEqual([null, 5, 5, 3]);
    // Different envelopes are marked bar by bar, not joined by a line.
    expect((chart.data.datasets[1] as { showLine?: boolean }).showLine).toBe(false);
  });
});
