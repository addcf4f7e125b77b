import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { DataTable, type Column } from '../../components/DataTable';
import { formatNumber, formatPercent } from '../../lib/format';
import type { PopulationOutlook } from '../../workers/population-outlook';
import { GROUP_LABELS, pyramidCompareChart, pyramidLimit } from './outlook-charts';

/** The population by age group and sex of a chosen year: the base and the variant over it. */
export function PyramidCompare({ outlook }: { outlook: PopulationOutlook }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const years = outlook.years;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const [chosen, setChosen] = useState(last);
  const year = Math.min(Math.max(chosen, first), last);
  const k = year - first;
  const base = outlook.base.pyramid[k]!;
  const variant = outlook.variant?.pyramid[k] ?? null;
  const limit = useMemo(() => pyramidLimit(outlook), [outlook]);
  const config = useMemo(
    () =>
      pyramidCompareChart(
        base,
        variant,
        limit,
        {
          menBase: t('population.pyramid.menBase'),
          womenBase: t('population.pyramid.womenBase'),
          menVariant: t('population.pyramid.menVariant'),
          womenVariant: t('population.pyramid.womenVariant'),
          persons: t('population.units.persons'),
          ageGroup: t('population.pyramid.ageGroup'),
        },
        locale,
      ),
    [base, variant, limit, t, locale],
  );
  const num = (v: number) => formatNumber(v, locale);
  const columns: Column[] = [
    { key: 'age', label: t('population.pyramid.ageGroup') },
    { key: 'wb', label: t('population.pyramid.womenBase'), format: num },
    { key: 'mb', label: t('population.pyramid.menBase'), format: num },
  ];
  if (variant) {
    columns.push(
      { key: 'wv', label: t('population.pyramid.womenVariant'), format: num },
      { key: 'mv', label: t('population.pyramid.menVariant'), format: num },
      {
        key: 'diff',
        label: t('population.table.differencePct'),
        format: (v) => formatPercent(v, locale, 1),
      },
    );
  }
  const rows = GROUP_LABELS.map((label, g) => {
    const b = base.female[g]! + base.male[g]!;
    const row: (string | number)[] = [label, base.female[g]!, base.male[g]!];
    if (variant) {
      const v = variant.female[g]! + variant.male[g]!;
      row.push(variant.female[g]!, variant.male[g]!, b > 0 ? v / b - 1 : 0);
    }
    return row;
  });
  const title = t('population.pyramid.title', { year });

  return (
    <section className="panel" aria-labelledby="pyramid-compare-title">
      <h3 id="pyramid-compare-title">{title}</h3>
      <div className="field">
        <label className="field__label" htmlFor="outlook-year">
          {t('population.pyramid.year')}
        </label>
        <div className="field__control">
          <input
            id="outlook-year"
            type="range"
            className="pyramid__slider"
            min={first}
            max={last}
            step={1}
            value={year}
            aria-valuetext={String(year)}
            data-testid="outlook-year"
            onChange={(e) => setChosen(Number(e.target.value))}
          />
          <output className="pyramid__year" htmlFor="outlook-year" aria-live="polite">
            {year}
          </output>
        </div>
        <p className="field__help">
          {variant ? t('population.pyramid.help') : t('population.pyramid.helpBase')}
        </p>
      </div>
      <div className="pyramid__body">
        <div>
          <ChartCanvas
            config={config}
            label={t('population.pyramid.chartLabel', { year })}
            testId="outlook-pyramid"
            height={480}
            downloadName={`pyramid-${year}`}
          />
        </div>
        <DataTable
          caption={title}
          columns={columns}
          rows={rows}
          fileName={`population-by-age-${year}`}
          testId="outlook-pyramid-table"
        />
      </div>
    </section>
  );
}
