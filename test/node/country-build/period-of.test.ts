/** The period of a year in the WPP 2024 five-year files, read once for orphanhood and demography. */
import { describe, expect, it } from 'vitest';
import { periodOf, type Period } from '../../../src/node/shared-data/un-period-rates-2024';

const periods: Period[] = [
  { label: '2015-2020', start: 2015, end: 2020, midYear: 2018 },
  { label: '2020-2025', start: 2020, end: 2025, midYear: 2023 },
];

describe('periodOf', () => {
  it('finds the period holding the year, its end year belonging to the next one', () => {
    expect(periodOf(periods, 2015)).toBe(0);
    expect(periodOf(periods, 2019)).toBe(0);
    // 2020 is the start of 2020-2025, not inside 2015-2020 (start <= year < end).
    expect(periodOf(periods, 2020)).toBe(1);
  });

  it('takes the period whose mid-year is nearest for a year outside them all', () => {
    // 2010: |2018 - 2010| = 8 < |2023 - 2010| = 13, so the first.
    expect(periodOf(periods, 2010)).toBe(0);
    // 2031: |2023 - 2031| = 8 < |2018 - 2031| = 13, so the second.
    expect(periodOf(periods, 2031)).toBe(1);
  });

  it('keeps the earlier period on a tie of distances', () => {
    const gap: Period[] = [
      { label: '2000-2005', start: 2000, end: 2005, midYear: 2003 },
      { label: '2010-2015', start: 2010, end: 2015, midYear: 2013 },
    ];
    // 2008 is inside neither; |2003 - 2008| = 5 = |2013 - 2008|: the first found stays.
    expect(periodOf(gap, 2008)).toBe(0);
  });
});
