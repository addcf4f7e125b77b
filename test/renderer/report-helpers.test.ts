import { describe, expect, it } from 'vitest';
import { checkReportData, fileSlug, REPORT_TOKEN_PATTERN } from '../../src/contract/report';
import { dataSource } from '../../renderer/src/report/receive-data';
import { reportModel } from '../../renderer/src/report/report-model';
import {
  cssString,
  pageCounterContent,
  runningHeaderCss,
} from '../../renderer/src/report/running-header';
import { selectYears, yearIndices } from '../../renderer/src/report/select-years';
import { reportDataFor, stressScenario } from './report-fixture';

describe('selected years', () => {
  it('keeps every fifth calendar year, the first, the last and the years the text names', () => {
    const years = Array.from({ length: 36 }, (_, i) => 2025 + i);
    expect(selectYears(years)).toEqual([2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060]);
    expect(selectYears(years, 5, [2028, 1999])).toEqual([
      2025, 2028, 2030, 2035, 2040, 2045, 2050, 2055, 2060,
    ]);
    expect(selectYears([2026, 2027, 2028, 2029, 2031])).toEqual([2026, 2031]);
    expect(selectYears([2031])).toEqual([2031]);
    expect(selectYears([])).toEqual([]);
  });

  it('maps years to their positions in the result', () => {
    expect(yearIndices([2025, 2026, 2027, 2028], [2025, 2028])).toEqual([0, 3]);
  });
});

describe('the report model', () => {
  it('takes the first year every benefit is fully phased in for the headline', () => {
    const m = reportModel(reportDataFor());
    expect(m.fullYear).toBe(2030);
    expect(m.years).toEqual([2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060]);
    expect(m.benefits.map((b) => b.id)).toEqual(m.result.benefits.map((b) => b.id));
    expect(m.showDebt).toBe(false);
  });

  it('shows the debt path only when borrowing is an option', () => {
    expect(reportModel(reportDataFor(stressScenario())).showDebt).toBe(true);
  });

  it('fails clearly on a scenario file that does not read', () => {
    const data = reportDataFor();
    expect(() => reportModel({ ...data, scenarioFile: { format: 'spf.scenario/1' } })).toThrow(
      /the scenario file cannot be read/,
    );
  });
});

describe('what a host sends', () => {
  it('is checked before it is drawn', () => {
    const data = reportDataFor();
    expect(checkReportData(data)).toBeNull();
    expect(checkReportData(null)).toMatch(/not an object/);
    expect(checkReportData({ ...data, language: 'de' })).toMatch(/language/);
    expect(checkReportData({ ...data, result: {} })).toMatch(/^result/);
    expect(checkReportData({ ...data, generatedAt: 'soon' })).toMatch(/generatedAt/);
  });

  it('comes from a one-time token, or the opener, or nowhere', () => {
    const token = 'a'.repeat(32);
    expect(REPORT_TOKEN_PATTERN.test(token)).toBe(true);
    expect(dataSource(`?data=${token}`)).toEqual({ kind: 'host', token });
    expect(dataSource('?data=../../etc/passwd')).toEqual({ kind: 'none' });
    expect(dataSource('?data=short')).toEqual({ kind: 'none' });
    expect(dataSource('?via=opener')).toEqual({ kind: 'opener' });
    expect(dataSource('')).toEqual({ kind: 'none' });
  });
});

describe('the running header and footer', () => {
  it('escapes names into CSS strings', () => {
    expect(cssString('Plan "A" \\ B')).toBe('"Plan \\"A\\" \\\\ B"');
    expect(cssString('two\nlines')).toBe('"two lines"');
    expect(cssString('x'.repeat(200), 10)).toBe(`"${'x'.repeat(9)}…"`);
  });

  it('turns the translated page line into counters', () => {
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    expect(pageCounterContent('{{page}}/{{pages}}')).toBe('counter(page) "/" counter(pages)');
  });

  it('leaves the cover without a header', () => {
    const css = runningHeaderCss({
      left: 'Scenario } @import url(x)',
      right: 'Country',
      footer: 'Footer',
      pageOf: 'Page {{page}} of {{pages}}',
    });
    expect(css).toContain('@top-left { content: "Scenario } @import url(x)";');
    expect(css).toContain('@page :first');
    expect(css).toContain('counter(pages)');
  });
});

describe('file names', () => {
  it('are plain letters, digits and dashes', () => {
    expect(fileSlug('Full floor package, phased in 2026-2030')).toBe(
      'full-floor-package-phased-in-2026-2030',
    );
    expect(fileSlug('Prestation pour enfants — Côte d’Ivoire')).toBe(
      'prestation-pour-enfants-cote-d-ivoire',
    );
    expect(fileSlug('???')).toBe('scenario');
    expect(fileSlug('a'.repeat(100)).length).toBe(60);
  });
});
