import type { ChartConfiguration, ScriptableLineSegmentContext } from 'chart.js';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildCountryModel, type Assumptions, type CostingResult, type CountryData } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { GRID, seriesColor } from '../../charts/palette';
import { DataTable, type Column } from '../../components/DataTable';
import { formatNumber } from '../../lib/format';
import { originSpans, yearOrigin, type YearOrigin } from './country-helpers';

type PathName =
  'gdp' | 'realGrowth' | 'inflation' | 'revenuePctGdp' | 'expenditurePctGdp' | 'fxPerUsd';
const PATHS: PathName[] = [
  'gdp',
  'realGrowth',
  'inflation',
  'revenuePctGdp',
  'expenditurePctGdp',
  'fxPerUsd',
];

/** The macro paths over the scenario's years, as the costing uses them. */
export interface MacroPaths {
  years: number[];
  values: Record<PathName, number[]>;
  origins: Record<PathName, YearOrigin[]>;
}

/**
 * From the costing's baseline when it is for this country; otherwise (the scenario cannot be costed
 * on these data yet, e.g. just after an import) from the country model, by the same rules.
 */
export function macroPaths(
  country: CountryData,
  result: CostingResult | null,
  scenarioYears: [number, number],
  assumptions: Assumptions,
): MacroPaths | null {
  let years: number[];
  let values: Record<PathName, number[]>;
  if (result) {
    const b = result.baseline;
    years = result.years;
    values = {
      gdp: b.gdp,
      realGrowth: b.realGrowth,
      inflation: b.inflation,
      revenuePctGdp: b.revenue.map((v, i) => v / b.gdp[i]!),
      expenditurePctGdp: b.expenditure.map((v, i) => v / b.gdp[i]!),
      fxPerUsd: b.fxPerUsd,
    };
  } else {
    const y0 = country.baseYear;
    const first = Math.max(scenarioYears[0], y0);
    const last = Math.max(scenarioYears[1], first);
    try {
      const m = buildCountryModel(country, last, assumptions);
      years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      const pick = (a: Float64Array) => years.map((t) => a[t - y0]!);
      values = {
        gdp: pick(m.gdp),
        realGrowth: pick(m.realGrowth),
        inflation: pick(m.inflation),
        revenuePctGdp: pick(m.revenuePctGdp),
        expenditurePctGdp: pick(m.expenditurePctGdp),
        fxPerUsd: pick(m.fxPerUsd),
      };
    } catch {
      return null;
    }
  }
  const origins = Object.fromEntries(
    PATHS.map((p) => [p, years.map((t) => yearOrigin(p, t, country, assumptions))]),
  ) as Record<PathName, YearOrigin[]>;
  return { years, values, origins };
}

/** A line per series; the stretch that is not country data is dashed. */
function lineChart(
  paths: MacroPaths,
  series: { name: PathName; label: string; scale: number; color: number }[],
  axis: string,
  beginAtZero: boolean,
): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: paths.years.map(String),
      datasets: series.map((s) => ({
        label: s.label,
        data: paths.values[s.name].map((v) => v * s.scale),
        borderColor: seriesColor(s.color),
        backgroundColor: seriesColor(s.color),
        borderWidth: 3,
        pointRadius: 0,
        segment: {
          borderDash: (ctx: ScriptableLineSegmentContext) =>
            paths.origins[s.name][ctx.p1DataIndex] === 'observed' ? undefined : [6, 4],
        },
      })),
    },
    options: {
      plugins: { legend: { position: 'bottom' } },
      scales: {
        y: { title: { display: true, text: axis }, grid: { color: GRID }, beginAtZero },
        x: { grid: { display: false } },
      },
    },
  };
}

function originText(t: TFunction, paths: MacroPaths, name: PathName): string {
  return originSpans(paths.years, paths.origins[name])
    .map((s) =>
      t(`country.macro.origin.${s.origin}`, {
        years: s.from === s.to ? String(s.from) : `${s.from}–${s.to}`,
      }),
    )
    .join('; ');
}

interface MacroChartsProps {
  paths: MacroPaths;
  currency: string;
}

/** GDP, growth and inflation, revenue and expenditure, the exchange rate: charts and their table. */
export function MacroCharts({ paths, currency }: MacroChartsProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const name = (k: PathName) => t(`country.macro.series.${k}`);
  const charts = useMemo(
    () => ({
      gdp: lineChart(
        paths,
        [{ name: 'gdp', label: t('country.macro.series.gdp'), scale: 1e-9, color: 0 }],
        t('country.macro.gdpAxis', { currency }),
        true,
      ),
      growth: lineChart(
        paths,
        [
          { name: 'realGrowth', label: t('country.macro.series.realGrowth'), scale: 100, color: 2 },
          { name: 'inflation', label: t('country.macro.series.inflation'), scale: 100, color: 5 },
        ],
        t('country.unit.percentPerYear'),
        true,
      ),
      budget: lineChart(
        paths,
        [
          {
            name: 'revenuePctGdp',
            label: t('country.macro.series.revenuePctGdp'),
            scale: 100,
            color: 0,
          },
          {
            name: 'expenditurePctGdp',
            label: t('country.macro.series.expenditurePctGdp'),
            scale: 100,
            color: 1,
          },
        ],
        t('units.pctGdp'),
        true,
      ),
      fx: lineChart(
        paths,
        [{ name: 'fxPerUsd', label: t('country.macro.series.fxPerUsd'), scale: 1, color: 3 }],
        t('country.unit.lcuPerUsd', { currency }),
        false,
      ),
    }),
    [paths, t, currency],
  );

  const first = paths.years[0];
  const last = paths.years[paths.years.length - 1];
  const num = (digits: number) => (v: number) => formatNumber(v, locale, digits);
  const columns: Column[] = [
    { key: 'year', label: t('table.year') },
    { key: 'gdp', label: t('country.macro.col.gdp', { currency }), format: num(0) },
    { key: 'realGrowth', label: t('country.macro.col.realGrowth'), format: num(2) },
    { key: 'inflation', label: t('country.macro.col.inflation'), format: num(2) },
    { key: 'revenuePctGdp', label: t('country.macro.col.revenuePctGdp'), format: num(2) },
    { key: 'expenditurePctGdp', label: t('country.macro.col.expenditurePctGdp'), format: num(2) },
    { key: 'fxPerUsd', label: t('country.macro.col.fxPerUsd', { currency }), format: num(2) },
    { key: 'origin', label: t('country.macro.col.origin') },
  ];
  const rows = paths.years.map((y, i) => [
    y,
    paths.values.gdp[i]!,
    paths.values.realGrowth[i]! * 100,
    paths.values.inflation[i]! * 100,
    paths.values.revenuePctGdp[i]! * 100,
    paths.values.expenditurePctGdp[i]! * 100,
    paths.values.fxPerUsd[i]!,
    PATHS.map((p) => paths.origins[p][i])
      .filter((o, j, all) => all.indexOf(o) === j)
      .map((o) => t(`country.macro.originShort.${o}`))
      .join(', '),
  ]);

  const chart = (key: keyof typeof charts, title: string, series: PathName[]) => (
    <figure className="macro-chart" key={key}>
      <figcaption>
        <h4>{title}</h4>
      </figcaption>
      <ChartCanvas
        config={charts[key]}
        label={title}
        testId={`macro-chart-${key}`}
        height={260}
        downloadName={`macro-${key}`}
      />
      <ul className="macro-chart__origins">
        {series.map((s) => (
          <li key={s}>
            <strong>{name(s)}:</strong> {originText(t, paths, s)}
          </li>
        ))}
      </ul>
    </figure>
  );

  return (
    <>
      <p className="field__help">
        {t('country.macro.pathsIntro', { first, last })}{' '}
        <span className="legend-line legend-line--solid" aria-hidden="true" />{' '}
        {t('country.macro.solid')}{' '}
        <span className="legend-line legend-line--dashed" aria-hidden="true" />{' '}
        {t('country.macro.dashed')}
      </p>
      <div className="macro-charts">
        {chart('gdp', t('country.macro.gdpTitle', { currency }), ['gdp'])}
        {chart('growth', t('country.macro.growthTitle'), ['realGrowth', 'inflation'])}
        {chart('budget', t('country.macro.budgetTitle'), ['revenuePctGdp', 'expenditurePctGdp'])}
        {chart('fx', t('country.macro.fxTitle', { currency }), ['fxPerUsd'])}
      </div>
      <DataTable
        caption={t('country.macro.pathsTable', { first, last })}
        columns={columns}
        rows={rows}
        fileName="macro-paths"
        testId="macro-paths-table"
      />
    </>
  );
}
