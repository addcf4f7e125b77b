import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { hasHowSure, reportHowSure } from '../../src/contract/report';
import { fanChart, tornadoChart, TORNADO_INPUTS } from '../../renderer/src/charts/configs/how-sure';
import { reportFormat } from '../../renderer/src/report/report-format';
import { readReportScenario, reportModel } from '../../renderer/src/report/report-model';
import { ReportDocument } from '../../renderer/src/report/ReportDocument';
import { inputValue } from '../../renderer/src/report/sections/HowSureSection';
import defaultScenario from '../../models/scenarios/default.json';
import { reportDataFor } from './report-fixture';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

/** The default report with the uncertainty switched off: every band is the costing itself. */
function withoutSpread() {
  return reportDataFor({ ...defaultScenario, uncertainty: { spread: 0 } });
}

function bandRows(): string[][] {
  return within(screen.getByTestId('report-how-sure-bands'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('the "How sure are these numbers?" page', () => {
  it('writes input values in their units', () => {
    const en = reportFormat('en');
    const t = i18next.getFixedT('en');
    // A shift of -0.01 on a yearly rate is minus one percentage point; a factor of 0.9 is 90%.
    expect(inputValue('shift', -0.01, en, t)).toBe('-1.0 pp');
    expect(inputValue('shift', 0.005, en, t)).toBe('+0.5 pp');
    expect(inputValue('factor', 0.9, en, t)).toBe('90%');
    expect(inputValue('children', 0.5, en, t)).toBe('+0.50');
    expect(inputValue('multiple', 2, en, t)).toBe('×2.0');
    expect(inputValue('shift', 0.01, reportFormat('fr'), i18next.getFixedT('fr'))).toBe('+1,0 pt');
  });

  it('names the three inputs that move the cost most and shows the bands by year', () => {
    render(<ReportDocument model={reportModel(reportDataFor())} />);
    const section = screen.getByTestId('report-how-sure');
    expect(within(section).getByText('How sure are these numbers?')).toBeTruthy();
    expect(section.textContent).toContain(
      'the three that move the cost most: Poverty line (amount); Real GDP growth; Health coverage already in place.',
    );
    expect(screen.getByTestId('report-chart-tornado')).toBeTruthy();
    expect(screen.getByTestId('report-chart-fan')).toBeTruthy();
    const rows = bandRows();
    // The report's years (every fifth from 2025) with the tornado's 2030: the scenario's 8.85%.
    expect(rows.map((r) => r[0])).toEqual([
      '2025',
      '2030',
      '2035',
      '2040',
      '2045',
      '2050',
      '2055',
      '2060',
    ]);
    expect(rows[1]![1]).toBe('8.85%');
    // Every input's range: 29 inputs move the default package.
    const ranges = within(screen.getByTestId('report-how-sure-ranges')).getAllByRole('row');
    expect(ranges).toHaveLength(1 + 29);
    expect(screen.getByTestId('report-how-sure-method').textContent).toContain(
      '1,000 draws with seed 1',
    );
  });

  it('with a spread of 0 every percentile is the scenario’s cost', () => {
    render(<ReportDocument model={reportModel(withoutSpread())} />);
    // 2030: 8.85% of GDP in the scenario, the 5th percentile, the median and the 95th.
    expect(bandRows()[1]!.slice(0, 5)).toEqual(['2030', '8.85%', '8.85%', '8.85%', '8.85%']);
  });

  it('uses the part its host sent rather than working it out again', () => {
    const data = reportDataFor();
    const scenario = readReportScenario(data.scenarioFile);
    const part = reportHowSure(scenario, data.country, { draws: 40, seed: 9 });
    render(<ReportDocument model={reportModel({ ...data, howSure: part })} />);
    expect(screen.getByTestId('report-how-sure-method').textContent).toContain(
      '40 draws with seed 9',
    );
  });

  it('says why when its host could not work the numbers out, and draws no chart for them', () => {
    const data = { ...reportDataFor(), howSure: { note: 'uncertainty.inputs.x: unknown' } };
    render(<ReportDocument model={reportModel(data)} />);
    expect(screen.getByTestId('report-how-sure').textContent).toContain(
      'These numbers could not be worked out for this scenario: uncertainty.inputs.x: unknown',
    );
    expect(screen.queryByTestId('report-chart-tornado')).toBeNull();
  });

  it('is written in Spanish in a Spanish report', async () => {
    await i18next.changeLanguage('es');
    render(<ReportDocument model={reportModel(reportDataFor(defaultScenario, 'es'))} />);
    expect(screen.getByText('¿Qué tan seguras son estas cifras?')).toBeTruthy();
  });
});

describe('the tornado and the fan chart', () => {
  const data = withoutSpread();
  const part = reportModel(reportDataFor()).howSure;
  if (!hasHowSure(part)) throw new Error('no howSure part');

  it('draws the ten largest swings as bars from the base, in % of GDP', () => {
    const config = tornadoChart(
      part.sensitivity,
      { low: 'low', high: 'high', axis: 'axis' },
      'print',
      { shown: (v) => v * 100, maxInputs: TORNADO_INPUTS },
    );
    const [low, high] = config.data.datasets;
    expect(low!.data).toHaveLength(10);
    // The poverty line, largest swing: 8.85% to 8.30% at 90% of the line, to 9.41% at 110%.
    expect(low!.data[0]![0]).toBeCloseTo(8.854222, 6);
    expect(low!.data[0]![1]).toBeCloseTo(8.30135, 6);
    expect(high!.data[0]![1]).toBeCloseTo(9.407094, 6);
    expect(config.options?.indexAxis).toBe('y');
  });

  it('shades the bands between their edges and draws the median and the scenario', () => {
    const model = reportModel(data);
    const u = hasHowSure(model.howSure) ? model.howSure.uncertainty : null;
    const words = {
      outer: 'outer',
      inner: 'inner',
      median: 'median',
      central: 'central',
      axis: 'axis',
    };
    const config = fanChart(u!.total.pctGdp, model.result.total.pctGdp, u!.years, words, 'print');
    const sets = config.data.datasets;
    expect(sets.map((s) => s.label)).toEqual(['', 'outer', '', 'inner', 'median', 'central']);
    expect(sets.map((s) => (s as { fill?: unknown }).fill ?? false)).toEqual([
      false,
      '-1',
      false,
      '-1',
      false,
      false,
    ]);
    // Spread 0: the median is the scenario's 8.85% in 2030 (index 5).
    expect(sets[4]!.data[5]).toBeCloseTo(8.854222, 6);
    expect(sets[5]!.data[5]).toBeCloseTo(8.854222, 6);
  });
});
