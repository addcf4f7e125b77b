import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisResult } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { DataTable, type Column } from '../../components/DataTable';
import { formatMillions, formatNumber, formatPercent } from '../../lib/format';
import { monthLabel, monthlyChart } from './crisis-charts';

/** Crisis measures cost little against GDP: shares are shown to three decimals. */
const DIGITS = 3;

/** The big numbers of the crisis measures: what they cost in all, in money and against GDP. */
export function CrisisTotals({ crisis, currency }: { crisis: CrisisResult; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="bignumbers crisis-totals" aria-live="polite">
      <div className="bignumber">
        <span className="bignumber__value" data-testid="crisis-total-cost">
          {formatMillions(crisis.cost, locale)}
        </span>
        <span className="bignumber__label">{t('crisis.totals.cost', { currency })}</span>
      </div>
      <div className="bignumber">
        <span className="bignumber__value" data-testid="crisis-total-pct-gdp">
          {formatPercent(crisis.pctGdp, locale, DIGITS)}
        </span>
        <span className="bignumber__label">{t('crisis.totals.pctGdp')}</span>
      </div>
      <div className="bignumber">
        <span className="bignumber__value" data-testid="crisis-total-pct-exp">
          {formatPercent(crisis.pctExpenditure, locale, DIGITS)}
        </span>
        <span className="bignumber__label">{t('crisis.totals.pctExpenditure')}</span>
      </div>
    </div>
  );
}

/**
 * The engine's costing of the crisis measures: the monthly costs by measure (chart and table), the
 * cost by calendar year against that year's GDP and government expenditure, and each measure's total.
 */
export function CrisisResults({ crisis, currency }: { crisis: CrisisResult; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const axis = t('crisis.units.millions', { currency });
  const config = useMemo(() => monthlyChart(crisis, locale, axis), [crisis, locale, axis]);
  const money = (v: number) => formatMillions(v, locale);
  const pct = (v: number) => formatPercent(v, locale, DIGITS);

  const monthColumns: Column[] = [
    { key: 'month', label: t('crisis.table.month') },
    { key: 'measure', label: t('crisis.table.measure') },
    {
      key: 'recipients',
      label: t('crisis.table.recipients'),
      format: (v) => formatNumber(v, locale),
    },
    {
      key: 'amount',
      label: t('crisis.table.amount', { currency }),
      format: (v) => formatNumber(v, locale, 2),
    },
    { key: 'transfers', label: t('crisis.table.transfers', { currency }), format: money },
    { key: 'admin', label: t('crisis.table.admin', { currency }), format: money },
    { key: 'cost', label: t('crisis.table.cost', { currency }), format: money },
  ];
  const monthRows = crisis.measures.flatMap((m) =>
    m.months.map((x) => [
      monthLabel(x.year, x.month, locale),
      m.label,
      x.recipients,
      x.amountPerRecipient,
      x.transfers,
      x.admin,
      x.cost,
    ]),
  );

  const yearColumns: Column[] = [
    { key: 'year', label: t('table.year') },
    { key: 'cost', label: t('crisis.table.cost', { currency }), format: money },
    { key: 'gdp', label: t('crisis.table.pctGdp'), format: pct },
    { key: 'exp', label: t('crisis.table.pctExpenditure'), format: pct },
  ];
  const yearRows = [
    ...crisis.byYear.map((y) => [y.year, y.cost, y.pctGdp, y.pctExpenditure]),
    [t('crisis.table.total'), crisis.cost, crisis.pctGdp, crisis.pctExpenditure],
  ];

  const measureColumns: Column[] = [
    { key: 'measure', label: t('crisis.table.measure') },
    { key: 'months', label: t('crisis.table.months'), format: (v) => formatNumber(v, locale) },
    { key: 'transfers', label: t('crisis.table.transfers', { currency }), format: money },
    { key: 'admin', label: t('crisis.table.admin', { currency }), format: money },
    { key: 'cost', label: t('crisis.table.cost', { currency }), format: money },
    { key: 'gdp', label: t('crisis.table.pctGdp'), format: pct },
    { key: 'exp', label: t('crisis.table.pctExpenditure'), format: pct },
  ];
  const measureRows = crisis.measures.map((m) => [
    m.label,
    m.months.length,
    m.transfers,
    m.admin,
    m.cost,
    m.pctGdp,
    m.pctExpenditure,
  ]);

  const chartTitle = t('crisis.chartTitle', { currency });
  return (
    <>
      <section className="panel crisis-panel" aria-labelledby="crisis-monthly-title">
        <h3 id="crisis-monthly-title">{chartTitle}</h3>
        <ChartCanvas
          config={config}
          label={chartTitle}
          testId="crisis-chart"
          height={300}
          downloadName="crisis-monthly-costs"
        />
        <DataTable
          caption={t('crisis.table.monthlyTitle')}
          columns={monthColumns}
          rows={monthRows}
          fileName="crisis-by-month"
          testId="crisis-monthly-table"
        />
      </section>
      <div className="grid-2">
        <section className="panel crisis-panel">
          <p className="field__help">{t('crisis.table.yearlyNote')}</p>
          <DataTable
            caption={t('crisis.table.yearlyTitle')}
            columns={yearColumns}
            rows={yearRows}
            fileName="crisis-by-year"
            testId="crisis-yearly-table"
          />
        </section>
        <section className="panel crisis-panel">
          <DataTable
            caption={t('crisis.table.measuresTitle')}
            columns={measureColumns}
            rows={measureRows}
            fileName="crisis-by-measure"
            testId="crisis-measures-table"
          />
        </section>
      </div>
    </>
  );
}
