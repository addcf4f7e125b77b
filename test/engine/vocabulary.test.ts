/**
 * The engine's vocabulary (src/engine/vocabulary) drives the reading, the checks and the costing: a
 * kind's defaults and permissions, a prevalence's rate, an option's role. Values are the methodology's
 * tables (sections 3 and 5), written out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  BENEFIT_KIND,
  BENEFIT_KINDS,
  FINANCING_OPTION,
  FINANCING_OPTIONS,
  missingRateEffect,
  normalizeBenefit,
  readScenario,
  RATE_NAMES,
  type BenefitFile,
} from '#engine';
import { fileBenefit, fileScenario } from '../helpers/fixtures';

/** The smallest file of a kind: everything else from the descriptor. */
function bare(kind: string): BenefitFile {
  return { id: 'b', kind, benefit: { basis: 'povertyLine' } } as BenefitFile;
}

describe('benefit kinds read their descriptors', () => {
  it('fill the defaults of methodology section 3 (ages, months, prevalence, function, sex)', () => {
    const got = Object.fromEntries(
      BENEFIT_KINDS.map((k) => {
        const b = normalizeBenefit(bare(k), 2026);
        return [
          k,
          [b.ages.join('-'), b.benefit.months, b.eligibility.prevalence, b.function, b.sex],
        ];
      }),
    );
    expect(got).toEqual({
      child: ['0-14', 12, null, 'children', 'all'],
      orphan: ['0-17', 12, 'orphanhood', 'children', 'all'],
      // Births are counted for their mothers: ages 15-49, women only, 4 months.
      maternity: ['15-49', 4, null, 'maternity', 'female'],
      disability: ['15-64', 12, 'disability', 'disability', 'all'],
      oldAge: ['65-100', 12, null, 'oldAge', 'all'],
      unemployment: ['15-64', 12, 'unemployment', 'unemployment', 'all'],
      health: ['0-100', 12, 'healthUncovered', 'health', 'all'],
      custom: ['0-100', 12, null, null, 'all'],
    });
  });

  it('allow formulas, a non-wage cost and other months only where the descriptor says', () => {
    // For each kind: a formula, a non-wage cost and 6 months; the issue paths it gets.
    const problems = (kind: string) => {
      const read = readScenario(
        fileScenario([
          fileBenefit({
            kind,
            benefit: { basis: 'povertyLine', share: 0.25, months: 6, nonWageCostRate: 0.1 },
            formula: { eligible: 'pop(0, 14)' },
          }),
        ]),
      );
      return read.ok ? [] : read.issues.map((i) => i.path.replace('benefits[0].', '')).sort();
    };
    expect(problems('child')).toEqual(['benefit.nonWageCostRate', 'formula']);
    expect(problems('unemployment')).toEqual(['formula']);
    expect(problems('health')).toEqual(['benefit.months', 'benefit.nonWageCostRate', 'formula']);
    expect(problems('custom')).toEqual([]);
    const allowed = BENEFIT_KINDS.filter((k) => BENEFIT_KIND[k].allowsFormula);
    expect(allowed).toEqual(['custom']);
  });
});

describe('rates and options', () => {
  it('refuse a costing without a needed rate, except health coverage (everyone uncovered)', () => {
    expect(RATE_NAMES.map((r) => [r, missingRateEffect(r)])).toEqual([
      ['disability', 'refuse'],
      ['orphanhood', 'refuse'],
      ['poverty', 'refuse'],
      ['pensionCoverage', 'refuse'],
      ['laborForceParticipation', 'refuse'],
      ['unemployment', 'refuse'],
      ['healthCoverage', 'warn'],
    ]);
  });

  it('give each financing option its role of methodology section 5; only aid is external, only borrowing is debt', () => {
    expect(
      FINANCING_OPTIONS.map((o) => {
        const d = FINANCING_OPTION[o];
        return `${o}:${d.role}${d.domestic ? '' : ':external'}${d.addsToDebt ? ':debt' : ''}`;
      }),
    ).toEqual([
      'contributions:newRevenue',
      'tax:newRevenue',
      'illicitFlows:newRevenue',
      'reallocation:reallocation',
      'reserves:deficit',
      'borrowing:deficit:debt',
      'macroFramework:deficit',
      'aid:newRevenue:external',
    ]);
  });
});
