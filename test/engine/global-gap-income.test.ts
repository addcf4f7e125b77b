// The World Bank's income groups the global gap classifies countries by (methodology 12.2): the
// published thresholds (FY2024: July 2023, FY2025: July 2024, FY2026: July 2025), each an inclusive
// upper bound, and the nearest published year outside the table.
import { describe, expect, it } from 'vitest';
import { incomeGroupOf, incomeThresholds } from '#engine';

describe('income groups', () => {
  it('puts a bound in the lower group and a cent above it in the next (2024 incomes, FY2026)', () => {
    expect(incomeGroupOf(1135, 2024)).toBe('low');
    expect(incomeGroupOf(1135.01, 2024)).toBe('lowerMiddle');
    expect(incomeGroupOf(4495, 2024)).toBe('lowerMiddle');
    expect(incomeGroupOf(4495.01, 2024)).toBe('upperMiddle');
    expect(incomeGroupOf(13935, 2024)).toBe('upperMiddle');
    expect(incomeGroupOf(13935.01, 2024)).toBe('high');
  });

  it('reads each year with its own thresholds', () => {
    // 1,140 USD: above FY2024's and FY2026's 1,135 but under FY2025's 1,145.
    expect(incomeGroupOf(1140, 2022)).toBe('lowerMiddle');
    expect(incomeGroupOf(1140, 2023)).toBe('low');
    expect(incomeGroupOf(1140, 2024)).toBe('lowerMiddle');
    // 13,900 USD: above FY2024's 13,845, under FY2025's 14,005 and FY2026's 13,935.
    expect(incomeGroupOf(13_900, 2022)).toBe('high');
    expect(incomeGroupOf(13_900, 2023)).toBe('upperMiddle');
    expect(incomeGroupOf(13_900, 2024)).toBe('upperMiddle');
  });

  it('uses the nearest published thresholds for other years', () => {
    expect(incomeThresholds(2015)).toMatchObject({ fiscalYear: 'FY2024', low: 1135 });
    // 2025, the global gap's default year: FY2026's thresholds (2024 incomes), the latest published.
    expect(incomeThresholds(2025)).toMatchObject({
      fiscalYear: 'FY2026',
      low: 1135,
      lowerMiddle: 4495,
      upperMiddle: 13935,
    });
  });
});
