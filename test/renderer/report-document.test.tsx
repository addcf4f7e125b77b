import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { reportModel } from '../../renderer/src/report/report-model';
import { ReportDocument } from '../../renderer/src/report/ReportDocument';
import defaultScenarioFile from '../../models/scenarios/default.json';
import { reportDataFor, stressScenario } from './report-fixture';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

function sections(): string[] {
  return [...document.querySelectorAll('[data-testid="report"] > section')].map(
    (s) => s.getAttribute('data-testid') ?? '',
  );
}

describe('the printable report', () => {
  it('has its sections in a ministry’s reading order, every text translated', () => {
    render(<ReportDocument model={reportModel(reportDataFor())} />);
    expect(sections()).toEqual([
      'report-cover',
      'report-summary',
      'report-charts',
      'report-tables',
      'report-how-sure',
      'report-assumptions',
      'report-methodology',
      'report-sources',
    ]);
    const text = document.body.textContent ?? '';
    // A missing key shows as the key itself.
    expect(text).not.toMatch(/report\.[a-z]+\.[a-zA-Z]/);
    expect(text).not.toContain('{{');
    expect(screen.getByTestId('report-scenario').textContent).toBe(
      'Full floor package, phased in 2026-2030',
    );
    expect(screen.getByTestId('report-fictional').textContent).toBe('Fictional');
    expect(screen.getByTestId('report-headline').textContent).toContain(
      'In 2030, the first year in which every benefit is fully phased in, the package would cost 8.85% of GDP',
    );
    expect(screen.getByTestId('report-headline').textContent).toContain(
      'financing gap of 6.37% of GDP',
    );
  });

  it('draws six charts (with the tornado and the fan), and the debt path only with borrowing', () => {
    const { unmount } = render(<ReportDocument model={reportModel(reportDataFor())} />);
    expect(document.querySelectorAll('canvas[data-report-chart]')).toHaveLength(6);
    unmount();
    render(<ReportDocument model={reportModel(reportDataFor(stressScenario()))} />);
    expect(document.querySelectorAll('canvas[data-report-chart]')).toHaveLength(7);
    expect(screen.getByTestId('report-chart-debt').getAttribute('aria-label')).toBe(
      'Public debt with the borrowing option (% of GDP)',
    );
    expect(screen.getByTestId('report-crisis-table')).toBeTruthy();
  });

  it('walks the waterfall from the cost to the gap in its table', () => {
    render(<ReportDocument model={reportModel(reportDataFor())} />);
    const rows = within(screen.getByTestId('report-waterfall-table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows[0]).toMatch(/^Cost of the package8\.85%/);
    expect(rows[1]).toMatch(/^Raise tax revenue-1\.50%/);
    expect(rows[rows.length - 1]).toMatch(/^Financing gap6\.37%/);
  });

  it('lists every source the costing recorded', () => {
    const data = reportDataFor();
    render(<ReportDocument model={reportModel(data)} />);
    const body = within(screen.getByTestId('report-sources-table')).getAllByRole('row').slice(1);
    expect(body).toHaveLength(data.result.provenance.length);
    expect(body[0]!.textContent).toContain('population');
  });

  it('still reads with an empty package and no financing', () => {
    const file = { ...(reportDataFor().scenarioFile as object), benefits: [], financing: [] };
    render(<ReportDocument model={reportModel(reportDataFor(file))} />);
    expect(screen.getByTestId('report-headline').textContent).toContain(
      'The scenario names no financing options, so the whole cost is a financing gap: 0.00% of GDP in 2025.',
    );
    expect(document.body.textContent).not.toMatch(/report\.[a-z]+\.[a-zA-Z]/);
  });

  it('reads in French and Spanish', async () => {
    await i18next.changeLanguage('fr');
    const { unmount } = render(
      <ReportDocument model={reportModel(reportDataFor(undefined, 'fr'))} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Sources des données' })).toBeTruthy();
    expect(screen.getByTestId('report-headline').textContent).toMatch(/8,85\s%\sdu PIB/);
    unmount();
    await i18next.changeLanguage('es');
    render(<ReportDocument model={reportModel(reportDataFor(undefined, 'es'))} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Fuentes de los datos' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/report\.[a-z]+\.[a-zA-Z]/);
  });
});

describe('a year-by-year coverage in the report', () => {
  it('is written out point by point, not as its first and last years alone', () => {
    // The default package with the child benefit taken up 30% in 2026, 50% in 2027 and 100% in 2030.
    const file = structuredClone(defaultScenarioFile) as {
      benefits: { id: string; coverage: unknown }[];
    };
    file.benefits.find((b) => b.id === 'child')!.coverage = {
      byYear: { '2026': 0.3, '2027': 0.5, '2030': 1 },
    };
    render(<ReportDocument model={reportModel(reportDataFor(file))} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain(
      'year by year, linear in between: 30% in 2026, 50% in 2027, 100% in 2030',
    );
  });
});
