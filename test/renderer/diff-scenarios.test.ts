import { describe, expect, it } from 'vitest';
import { ABSENT, diffScenarios } from '../../renderer/src/features/compare/diff-scenarios';

function child(share = 0.25, extra: Record<string, unknown> = {}) {
  return {
    id: 'child',
    kind: 'child',
    label: 'Universal child benefit',
    ages: [0, 14],
    benefit: { basis: 'povertyLine', share, months: 12 },
    coverage: { startYear: 2026, start: 0.2, fullYear: 2030, full: 1 },
    adminRate: 0.05,
    ...extra,
  };
}

function oldAge() {
  return {
    id: 'oldAge',
    kind: 'oldAge',
    label: 'Universal old-age pension',
    ages: [65, 100],
    benefit: { basis: 'povertyLine', share: 1 },
  };
}

function scenario(over: Record<string, unknown> = {}) {
  return {
    format: 'spf.scenario/1',
    name: 'Base',
    country: 'XTA',
    years: [2025, 2060],
    benefits: [child(), oldAge()],
    financing: [
      { option: 'tax', startYear: 2026, start: 0.002, fullYear: 2030, full: 0.015 },
      { option: 'reallocation', startYear: 2026, fullYear: 2028, full: 0.005 },
    ],
    ...over,
  };
}

const paths = (rows: { path: string }[]) => rows.map((r) => r.path);

describe('diffScenarios', () => {
  it('gives no rows for identical scenarios, whatever their names', () => {
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: scenario({ name: 'Another name' }) },
      { name: 'C', scenario: scenario() },
    ]);
    expect(rows).toEqual([]);
  });

  it('finds a changed benefit level, with each scenario’s value', () => {
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: scenario({ benefits: [child(0.4), oldAge()] }) },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      path: 'benefits[child].benefit.share',
      section: 'benefit',
      key: 'child',
      sectionLabel: 'Universal child benefit',
      field: 'benefit.share',
      values: [0.25, 0.4],
      absent: [false, false],
    });
  });

  it('matches benefits by id, so their order does not matter', () => {
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: scenario({ benefits: [oldAge(), child()] }) },
    ]);
    expect(rows).toEqual([]);
  });

  it('does not count a default written out as a difference', () => {
    const explicit = child(0.25, {
      sex: 'all',
      enabled: true,
      benefit: { basis: 'povertyLine', share: 0.25, months: 12, indexation: 'basis' },
    });
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: scenario({ benefits: [explicit, oldAge()] }) },
    ]);
    expect(rows).toEqual([]);
  });

  it('shows a benefit present in one scenario only, with "—" for the other', () => {
    const rows = diffScenarios([
      { name: 'A', scenario: scenario({ benefits: [child()] }) },
      { name: 'B', scenario: scenario() },
    ]);
    expect(rows[0]).toMatchObject({
      path: 'benefits[oldAge]',
      field: '',
      values: [ABSENT, 'Universal old-age pension'],
      absent: [true, false],
    });
    expect(paths(rows)).toContain('benefits[oldAge].benefit.share');
    expect(rows.every((r) => r.key === 'oldAge')).toBe(true);
    const share = rows.find((r) => r.path === 'benefits[oldAge].benefit.share')!;
    expect(share.values).toEqual([ABSENT, 1]);
  });

  it('matches financing options by option and finds a changed one', () => {
    const b = scenario({
      financing: [
        { option: 'reallocation', startYear: 2026, fullYear: 2028, full: 0.005 },
        { option: 'tax', startYear: 2026, start: 0.002, fullYear: 2032, full: 0.02 },
      ],
    });
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: b },
    ]);
    expect(paths(rows)).toEqual(['financing[tax].fullYear', 'financing[tax].full']);
    expect(rows[1]!.values).toEqual([0.015, 0.02]);
    expect(rows[1]!.section).toBe('financing');
  });

  it('shows a financing option replaced by another', () => {
    const b = scenario({
      financing: [
        { option: 'tax', startYear: 2026, start: 0.002, fullYear: 2030, full: 0.015 },
        { option: 'borrowing', startYear: 2026, fullYear: 2028, full: 0.005 },
      ],
    });
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: b },
    ]);
    const presence = rows.filter((r) => r.field === '');
    expect(presence.map((r) => [r.path, r.absent])).toEqual([
      ['financing[reallocation]', [false, true]],
      ['financing[borrowing]', [true, false]],
    ]);
  });

  it('finds changed years and assumptions, in that order', () => {
    const rows = diffScenarios([
      { name: 'A', scenario: scenario({ assumptions: { inflation: 0.05 } }) },
      { name: 'B', scenario: scenario({ years: [2025, 2040] }) },
    ]);
    expect(paths(rows)).toEqual(['years', 'assumptions.inflation']);
    expect(rows[0]!.values).toEqual([
      [2025, 2060],
      [2025, 2040],
    ]);
    expect(rows[1]!.values).toEqual([0.05, ABSENT]);
  });

  it('compares three scenarios, listing a row when any one differs', () => {
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: scenario() },
      { name: 'C', scenario: scenario({ benefits: [child(0.3), oldAge()], country: 'KEN' }) },
    ]);
    expect(paths(rows)).toEqual(['country', 'benefits[child].benefit.share']);
    expect(rows[1]!.values).toEqual([0.25, 0.25, 0.3]);
  });

  it('compares an inline country by its code, not field by field', () => {
    const inline = { format: 'spf.country/1', code: 'XTA', name: 'Tamboria', population: {} };
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: scenario({ country: inline }) },
    ]);
    expect(rows).toEqual([]);
  });

  it('still compares files it cannot read, as they are', () => {
    const broken = { ...scenario({ years: 'soon' }) };
    const rows = diffScenarios([
      { name: 'A', scenario: scenario() },
      { name: 'B', scenario: broken },
    ]);
    expect(paths(rows)).toContain('years');
    expect(rows.find((r) => r.path === 'years')!.values).toEqual([[2025, 2060], 'soon']);
  });

  it('matches items of other lists, such as crisis measures, by their id', () => {
    const food = {
      id: 'food',
      kind: 'transfer',
      label: 'Food transfer',
      recipients: 100000,
      amountPerMonth: 50,
      startYear: 2026,
      startMonth: 4,
      months: 6,
    };
    const cash = { ...food, id: 'cash', label: 'Cash top-up', recipients: 2000 };
    const rows = diffScenarios([
      { name: 'A', scenario: scenario({ crisis: [food, cash] }) },
      { name: 'B', scenario: scenario({ crisis: [{ ...cash }, { ...food, months: 9 }] }) },
      { name: 'C', scenario: scenario() },
    ]);
    const months = rows.find((r) => r.path === 'crisis[food].months')!;
    expect(months).toMatchObject({ section: 'list', list: 'crisis', key: 'food' });
    expect(months.sectionLabel).toBe('Food transfer');
    expect(months.values).toEqual([6, 9, ABSENT]);
    expect(rows.filter((r) => r.field === '').map((r) => r.path)).toEqual([
      'crisis[food]',
      'crisis[cash]',
    ]);
    expect(rows.some((r) => r.path === 'crisis')).toBe(false);
  });
});
