import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryData } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { GRID, PALETTE } from '../../charts/palette';
import { DataTable, type Column } from '../../components/DataTable';
import { formatCompact, formatNumber, formatPercent } from '../../lib/format';
import {
  groupByAge,
  populationOf,
  populationSummary,
  pyramidRows,
  type PyramidRow,
} from './country-helpers';

const MEN = PALETTE[0]!;
const WOMEN = PALETTE[1]!;

interface Labels {
  women: string;
  men: string;
  persons: string;
  age: string;
}

/**
 * Horizontal bars, men to the left (negative values) and women to the right, the oldest on top. The
 * axis is the same for every year (the largest group of any year), so moving the year shows change.
 */
function pyramidChart(
  rows: PyramidRow[],
  limit: number,
  labels: Labels,
  locale: string,
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {
          label: labels.men,
          data: rows.map((r) => -r.male),
          backgroundColor: MEN,
          borderWidth: 0,
        },
        {
          label: labels.women,
          data: rows.map((r) => r.female),
          backgroundColor: WOMEN,
          borderWidth: 0,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      datasets: { bar: { barPercentage: 1, categoryPercentage: 0.92 } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (ctx: TooltipItem<'bar'>) =>
              `${ctx.dataset.label ?? ''}: ${formatNumber(Math.abs(ctx.parsed.x ?? 0), locale)}`,
          },
        },
      },
      scales: {
        x: {
          stacked: true,
          min: -limit,
          max: limit,
          grid: { color: GRID },
          title: { display: true, text: labels.persons },
          ticks: { callback: (v) => formatCompact(Math.abs(Number(v)), locale) },
        },
        y: {
          stacked: true,
          reverse: true,
          grid: { display: false },
          title: { display: true, text: labels.age },
          ticks: { autoSkip: true },
        },
      },
    },
  };
}

/** The largest group of any year, rounded up, so that the axis stays put when the year changes. */
function axisLimit(country: CountryData, step: number): number {
  let max = 0;
  const pop = country.population;
  pop.years.forEach((_, i) => {
    for (const row of [pop.female[i], pop.male[i]]) {
      if (row) for (const v of groupByAge(row, step)) max = Math.max(max, v);
    }
  });
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.05) / magnitude) * magnitude;
}

/** Population by age and sex for a chosen year: the pyramid, the totals and the table. */
export function PopulationPyramid({ country }: { country: CountryData }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const years = country.population.years;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const [year, setYear] = useState(() =>
    years.includes(country.baseYear) ? country.baseYear : first,
  );
  const [step, setStep] = useState<1 | 5>(5);
  const shownYear = Math.min(Math.max(year, first), last);
  const pop = populationOf(country, shownYear);

  const limit = useMemo(() => axisLimit(country, step), [country, step]);
  const rows = useMemo(() => {
    const p = populationOf(country, shownYear);
    return p ? pyramidRows(p.female, p.male, step) : [];
  }, [country, shownYear, step]);
  const labels: Labels = {
    women: t('country.pop.women'),
    men: t('country.pop.men'),
    persons: t('country.pop.persons'),
    age: step === 5 ? t('country.pop.ageGroup') : t('country.pop.age'),
  };
  const config = useMemo(
    () => pyramidChart(rows, limit, labels, locale),
    // The labels follow from t and step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, limit, locale, t, step],
  );

  if (!pop) {
    return <p className="empty">{t('country.pop.noYear', { year: shownYear })}</p>;
  }
  const summary = populationSummary(pop.female, pop.male);
  const birthsIndex = country.births?.years.indexOf(shownYear) ?? -1;
  const births = birthsIndex >= 0 ? country.births?.values[birthsIndex] : undefined;
  const num = (v: number) => formatNumber(v, locale);
  const pct = (v: number) => formatPercent(v, locale, 1);
  const grouping = step === 5 ? t('country.pop.fiveYear') : t('country.pop.singleAges');
  const title = t('country.pop.pyramidTitle', { year: shownYear, grouping });

  const columns: Column[] = [
    { key: 'age', label: labels.age },
    { key: 'women', label: t('country.pop.womenPersons'), format: num },
    { key: 'men', label: t('country.pop.menPersons'), format: num },
    { key: 'total', label: t('country.pop.totalPersons'), format: num },
    { key: 'share', label: t('country.pop.sharePct'), format: (v) => formatNumber(v, locale, 2) },
  ];
  const tableRows: (string | number)[][] = rows.map((r) => [
    r.label,
    r.female,
    r.male,
    r.female + r.male,
    summary.total > 0 ? ((r.female + r.male) / summary.total) * 100 : 0,
  ]);
  tableRows.push([t('country.pop.total'), summary.female, summary.male, summary.total, 100]);

  return (
    <div className="pyramid">
      <div className="pyramid__controls">
        <div className="field">
          <label className="field__label" htmlFor="pyramid-year">
            {t('country.pop.year')}
          </label>
          <div className="field__control">
            <input
              id="pyramid-year"
              type="range"
              className="pyramid__slider"
              min={first}
              max={last}
              step={1}
              value={shownYear}
              aria-valuetext={String(shownYear)}
              data-testid="pyramid-year"
              onChange={(e) => setYear(Number(e.target.value))}
            />
            <output className="pyramid__year" htmlFor="pyramid-year" aria-live="polite">
              {shownYear}
            </output>
          </div>
          <p className="field__help">{t('country.pop.yearHelp', { first, last })}</p>
        </div>
        <div className="field" role="group" aria-labelledby="pyramid-grouping">
          <span className="field__label" id="pyramid-grouping">
            {t('country.pop.grouping')}
          </span>
          <div className="segmented">
            {([5, 1] as const).map((s) => (
              <button
                key={s}
                type="button"
                className={`segmented__item${s === step ? ' segmented__item--on' : ''}`}
                aria-pressed={s === step}
                onClick={() => setStep(s)}
              >
                {s === 5 ? t('country.pop.fiveYear') : t('country.pop.singleAges')}
              </button>
            ))}
          </div>
        </div>
      </div>

      <dl className="keyfacts" data-testid="population-summary">
        <div className="keyfacts__item">
          <dt>{t('country.pop.totalIn', { year: shownYear })}</dt>
          <dd>{num(summary.total)}</dd>
          <dd className="keyfacts__unit">{t('country.pop.persons')}</dd>
        </div>
        <div className="keyfacts__item">
          <dt>{t('country.pop.children')}</dt>
          <dd>{pct(summary.share0to14)}</dd>
          <dd className="keyfacts__unit">{t('country.pop.ofTotal')}</dd>
        </div>
        <div className="keyfacts__item">
          <dt>{t('country.pop.workingAge')}</dt>
          <dd>{pct(summary.share15to64)}</dd>
          <dd className="keyfacts__unit">{t('country.pop.ofTotal')}</dd>
        </div>
        <div className="keyfacts__item">
          <dt>{t('country.pop.older')}</dt>
          <dd>{pct(summary.share65plus)}</dd>
          <dd className="keyfacts__unit">{t('country.pop.ofTotal')}</dd>
        </div>
        <div className="keyfacts__item">
          <dt>{t('country.pop.median')}</dt>
          <dd>{formatNumber(summary.medianAge, locale, 1)}</dd>
          <dd className="keyfacts__unit">{t('country.pop.years')}</dd>
        </div>
        {births !== undefined ? (
          <div className="keyfacts__item">
            <dt>{t('country.pop.births')}</dt>
            <dd>{num(births)}</dd>
            <dd className="keyfacts__unit">{t('country.pop.birthsUnit')}</dd>
          </div>
        ) : null}
      </dl>

      <div className="pyramid__body">
        <div className="pyramid__chart">
          <h4>{title}</h4>
          <ChartCanvas
            config={config}
            label={t('country.pop.chartLabel', {
              year: shownYear,
              grouping,
              total: num(summary.total),
            })}
            testId="pyramid-chart"
            height={step === 5 ? 460 : 640}
            downloadName={`population-pyramid-${shownYear}`}
          />
          <p className="field__help">{t('country.pop.axisNote')}</p>
        </div>
        <DataTable
          caption={t('country.pop.tableTitle', { year: shownYear, grouping })}
          columns={columns}
          rows={tableRows}
          fileName={`population-${country.code}-${shownYear}-${step === 5 ? '5y' : '1y'}`}
          testId="population-table"
        />
      </div>
    </div>
  );
}
