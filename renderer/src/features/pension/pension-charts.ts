import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { PensionResult } from '#engine';
import { GRID, PALETTE } from '../../charts/palette';
import { LEGEND } from '../population/chart-legend';

/**
 * Chart.js configurations of the Pension scheme page, from the engine's pension result; the numbers
 * are only scaled for display (fractions to %, persons to millions). Lines that must read without
 * colour differ by dash as well.
 */

export interface PensionLabels {
  contributions: string;
  benefits: string;
  administration: string;
  pctGdp: string;
  reserve: string;
  reserveRatio: string;
  yearsOfExpenditure: string;
  payg: string;
  contributionRate: string;
  gap: (from: number, to: number) => string;
  pctEarnings: string;
  insured: string;
  contributors: string;
  pensioners: string;
  millions: string;
  replacementRate: string;
  benefitRatio: string;
  pctAverageEarnings: string;
}

type Mixed = ChartConfiguration<'bar' | 'line', (number | null)[]>;
type Line = ChartDataset<'line', (number | null)[]>;

const pct = (v: readonly number[]) => v.map((x) => x * 100);
const millions = (v: readonly number[]) => v.map((x) => x / 1e6);

function line(label: string, data: (number | null)[], i: number, dash?: number[]): Line {
  return {
    type: 'line',
    label,
    data,
    borderColor: PALETTE[i]!,
    backgroundColor: PALETTE[i]!,
    borderWidth: 3,
    pointRadius: 0,
    pointStyle: 'line',
    ...(dash ? { borderDash: dash } : {}),
  };
}

const xAxis = { grid: { display: false } };

/**
 * Contributions against expenditure, % of GDP: benefits and administration stacked as bars, the
 * contributions a line. `gdp` is the costing's GDP of the same years.
 */
export function financesChart(r: PensionResult, gdp: readonly number[], l: PensionLabels): Mixed {
  const share = (v: readonly number[]) => v.map((x, k) => (gdp[k] ? (x / gdp[k]) * 100 : null));
  return {
    type: 'bar',
    data: {
      labels: r.years.map(String),
      datasets: [
        {
          type: 'bar',
          label: l.benefits,
          data: share(r.finances.benefits),
          backgroundColor: PALETTE[1]!,
          pointStyle: 'rect',
          stack: 'expenditure',
          order: 2,
        },
        {
          type: 'bar',
          label: l.administration,
          data: share(r.finances.administration),
          backgroundColor: PALETTE[3]!,
          pointStyle: 'rect',
          stack: 'expenditure',
          order: 2,
        },
        { ...line(l.contributions, pct(r.indicators.contributionsPctGdp), 0), order: 1 },
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: LEGEND },
      scales: {
        x: { ...xAxis, stacked: true },
        y: {
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: l.pctGdp },
          grid: { color: GRID },
        },
      },
    },
  };
}

/** The reserve at the end of each year (% of GDP, bars) and the reserve ratio (years, line). */
export function reserveChart(r: PensionResult, l: PensionLabels): Mixed {
  return {
    type: 'bar',
    data: {
      labels: r.years.map(String),
      datasets: [
        {
          type: 'bar',
          label: `${l.reserve} (${l.pctGdp})`,
          data: pct(r.indicators.reservePctGdp),
          backgroundColor: r.finances.reserve.map((v) => (v < 0 ? PALETTE[5]! : PALETTE[2]!)),
          pointStyle: 'rect',
          yAxisID: 'y',
          order: 2,
        },
        {
          ...line(
            `${l.reserveRatio} (${l.yearsOfExpenditure})`,
            r.indicators.reserveRatio,
            6,
            [6, 4],
          ),
          yAxisID: 'y1',
          order: 1,
        },
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: LEGEND },
      scales: {
        x: xAxis,
        y: { title: { display: true, text: l.pctGdp }, grid: { color: GRID } },
        y1: {
          position: 'right',
          title: { display: true, text: l.yearsOfExpenditure },
          grid: { display: false },
        },
      },
    },
  };
}

/**
 * The PAYG cost rate against the contribution rate and each general average premium, drawn over
 * its period.
 */
export function paygChart(
  r: PensionResult,
  l: PensionLabels,
): ChartConfiguration<'line', (number | null)[]> {
  const premiums = r.generalAveragePremiums.map((g, i) =>
    line(
      l.gap(g.from, g.to),
      r.years.map((y) => (y <= g.to ? g.premium * 100 : null)),
      [2, 3, 4][i % 3]!,
      [3, 3],
    ),
  );
  return {
    type: 'line',
    data: {
      labels: r.years.map(String),
      datasets: [
        line(l.payg, pct(r.indicators.paygCostRate), 5),
        {
          ...line(l.contributionRate, pct(r.parameters.contributionRate), 0, [8, 5]),
          stepped: true,
        },
        ...premiums,
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: LEGEND },
      scales: {
        x: xAxis,
        y: {
          beginAtZero: true,
          title: { display: true, text: l.pctEarnings },
          grid: { color: GRID },
        },
      },
    },
  };
}

/** Insured persons, full-year contributors and pensioners, millions. */
export function peopleChart(
  r: PensionResult,
  l: PensionLabels,
): ChartConfiguration<'line', (number | null)[]> {
  return {
    type: 'line',
    data: {
      labels: r.years.map(String),
      datasets: [
        line(l.insured, millions(r.population.insured), 0),
        line(l.contributors, millions(r.population.contributors), 4, [8, 5]),
        line(l.pensioners, millions(r.population.pensioners), 1),
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: LEGEND },
      scales: {
        x: xAxis,
        y: { beginAtZero: true, title: { display: true, text: l.millions }, grid: { color: GRID } },
      },
    },
  };
}

/** Replacement rate of new pensions and benefit ratio of pensions in payment, %. */
export function replacementChart(
  r: PensionResult,
  l: PensionLabels,
): ChartConfiguration<'line', (number | null)[]> {
  return {
    type: 'line',
    data: {
      labels: r.years.map(String),
      datasets: [
        line(l.replacementRate, pct(r.indicators.replacementRate), 0),
        line(l.benefitRatio, pct(r.indicators.benefitRatio), 1, [8, 5]),
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: LEGEND },
      scales: {
        x: xAxis,
        y: {
          beginAtZero: true,
          title: { display: true, text: l.pctAverageEarnings },
          grid: { color: GRID },
        },
      },
    },
  };
}
