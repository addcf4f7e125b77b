/**
 * The World Bank income groups the country database and the global gap classify countries by
 * (methodology 12.2): the published thresholds (FY2024: July 2023, FY2025: July 2024, FY2026: July
 * 2025), each an inclusive upper bound, and the nearest published year outside the table.
 */
import { describe, expect, it } from 'vitest';
import { incomeGroupOf, incomeThresholds } from '#engine';

describe('incomeGroupOf', () => {
  it('puts an income equal to a threshold in the lower group, a cent more in the next', () => {
    // FY2026 thresholds, for 2024 incomes: 1,135 / 4,495 / 13,935.
    expect(incomeGroupOf(0, 2024)).toBe('low');
    expect(incomeGroupOf(1135, 2024)).toBe('low');
    expect(incomeGroupOf(1135.01, 2024)).toBe('lowerMiddle');
    expect(incomeGroupOf(4495, 2024)).toBe('lowerMiddle');
    expect(incomeGroupOf(4495.01, 2024)).toBe('upperMiddle');
    expect(incomeGroupOf(13935, 2024)).toBe('upperMiddle');
    expect(incomeGroupOf(13935.01, 2024)).toBe('high');
  });

  it("uses each year's own thresholds", () => {
    // 4,500 is upper-middle on FY2024's 4,465 (2022 incomes), lower-middle on FY2025's 4,515 (2023).
    expect(incomeGroupOf(4500, 2022)).toBe('upperMiddle');
    expect(incomeGroupOf(4500, 2023)).toBe('lowerMiddle');
    // 1,140 is lower-middle on FY2024's 1,135 and low on FY2025's 1,145.
    expect(incomeGroupOf(1140, 2022)).toBe('lowerMiddle');
    expect(incomeGroupOf(1140, 2023)).toBe('low');
    // ... and lower-middle again on FY2026's 1,135 (2024).
    expect(incomeGroupOf(1140, 2024)).toBe('lowerMiddle');
    // 13,900 USD: above FY2024's 13,845, under FY2025's 14,005 and FY2026's 13,935.
    expect(incomeGroupOf(13_900, 2022)).toBe('high');
    expect(incomeGroupOf(13_900, 2023)).toBe('upperMiddle');
    expect(incomeGroupOf(13_900, 2024)).toBe('upperMiddle');
  });

  it('uses the nearest published thresholds for years outside the table', () => {
    expect(incomeThresholds(2010).fiscalYear).toBe('FY2024');
    expect(incomeThresholds(2030).fiscalYear).toBe('FY2026');
    // 13,900 is high on FY2024's 13,845 (used for 2010) and upper-middle on FY2026's 13,935 (2030).
    expect(incomeGroupOf(13900, 2010)).toBe('high');
    expect(incomeGroupOf(13900, 2030)).toBe('upperMiddle');
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
