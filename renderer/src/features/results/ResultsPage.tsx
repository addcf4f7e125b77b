import type { TFunction } from 'i18next';
import type { CostingResult } from '#engine';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { beneficiariesChart, costByBenefitChart, totalsShareChart } from '../../charts/configs';
import { DataTable, type Column } from '../../components/DataTable';
import { exportedCostUnit, fractionHeader, withUnit } from '../../lib/export-units';
import { formatNumber, formatPercent, type Unit } from '../../lib/format';
import { benefitCost, totalCost, unitFormatter } from '../../lib/result-series';
import { useApp } from '../../stores/store-context';
import { ScenarioExports } from '../exports/ScenarioExports';
import { COST_MEASURE, useResultExplainers } from '../explain/result-explainers';
import { UnitSwitch } from './UnitSwitch';

function unitLabel(unit: Unit, currency: string, t: TFunction): string {
  return t(`unitLabel.${unit}`, { currency });
}

/** Results: cost by benefit, the total against GDP and spending, beneficiaries, each with its table. */
export function ResultsPage() {
  const { t } = useTranslation();
  const result = useApp((s) => s.run.result);
  const unit = useApp((s) => s.unit);
  const currency = useApp((s) => s.country?.currency ?? '');
  const axis = unitLabel(unit, currency, t);

  const charts = useMemo(
    () =>
      result
        ? {
            cost: costByBenefitChart(result, unit, axis, 'screen'),
            share: totalsShareChart(result, t, 'screen'),
            people: beneficiariesChart(result, t('units.millionsOfPersons'), 'screen'),
          }
        : null,
    [result, unit, axis, t],
  );

  if (!result || !charts) {
    return (
      <div className="page">
        <p className="empty">{t('results.none')}</p>
      </div>
    );
  }
  return <Results result={result} charts={charts} />;
}

interface ResultsProps {
  result: CostingResult;
  charts: {
    cost: ReturnType<typeof costByBenefitChart>;
    share: ReturnType<typeof totalsShareChart>;
    people: ReturnType<typeof beneficiariesChart>;
  };
}

/** The three sections, each number opening "Why this number?" (cells and chart points). */
function Results({ result, charts }: ResultsProps) {
  const { t, i18n } = useTranslation();
  const unit = useApp((s) => s.unit);
  const currency = useApp((s) => s.country?.currency ?? '');
  const locale = i18n.language;
  const axis = unitLabel(unit, currency, t);
  const { costCell, shareCell, peopleCell, onPoint } = useResultExplainers(result, unit);
  const costMeasure = COST_MEASURE[unit];
  const fmt = unitFormatter(unit, locale);
  // The screen shows millions (or %); copies and CSV carry whole amounts (or fractions): say so.
  const costUnit = exportedCostUnit(unit, currency, t);
  const costColumn = (key: string, label: string): Column => ({
    key,
    label,
    format: fmt,
    exportLabel: withUnit(label, costUnit),
  });
  const costColumns: Column[] = [
    { key: 'year', label: t('table.year') },
    ...result.benefits.map((b) => costColumn(b.id, b.label)),
    costColumn('total', t('results.total')),
  ];
  const costRows = result.years.map((y, i) => [
    y,
    ...result.benefits.map((b) => benefitCost(b, unit)[i]!),
    totalCost(result, unit)[i]!,
  ]);
  const pct = (v: number) => formatPercent(v, locale);
  const shareColumn = (key: string, label: string): Column => ({
    key,
    label,
    format: pct,
    exportLabel: fractionHeader(label, t),
  });
  const shareColumns: Column[] = [
    { key: 'year', label: t('table.year') },
    shareColumn('gdp', t('results.totalPctGdp')),
    shareColumn('exp', t('results.totalPctExpenditure')),
    shareColumn('rev', t('results.totalPctRevenue')),
    {
      key: 'pc',
      label: t('results.perCapita', { currency }),
      format: (v) => formatNumber(v, locale),
    },
  ];
  const shareRows = result.years.map((y, i) => [
    y,
    result.total.pctGdp[i]!,
    result.total.pctExpenditure[i]!,
    result.total.pctRevenue[i]!,
    result.total.perCapita[i]!,
  ]);
  // In millions of persons, as the title, the chart's axis, the copy and the CSV all say.
  const peopleColumns: Column[] = [
    { key: 'year', label: t('table.year') },
    ...result.benefits.map((b) => ({
      key: b.id,
      label: b.label,
      format: (v: number) => formatNumber(v, locale, 2),
      exportLabel: withUnit(b.label, t('polish.export.millionsOfPersons')),
    })),
  ];
  const peopleRows = result.years.map((y, i) => [
    y,
    // To whole persons: 428,441.535 persons is 0.428442 million, without binary-division noise.
    ...result.benefits.map((b) => Number((b.beneficiaries[i]! / 1e6).toFixed(6))),
  ]);

  return (
    <div className="page page--results">
      <div className="page__bar">
        <h2>{t('results.title')}</h2>
        <UnitSwitch />
        <ScenarioExports />
      </div>
      <section className="panel" aria-labelledby="cost-title">
        <h3 id="cost-title">{t('results.costByBenefit', { unit: axis })}</h3>
        <ChartCanvas
          config={charts.cost}
          label={t('results.costByBenefit', { unit: axis })}
          testId="cost-chart"
          downloadName={`cost-by-benefit-${unit}`}
          onPointClick={onPoint(costMeasure)}
        />
        <DataTable
          caption={t('results.costByBenefit', { unit: axis })}
          columns={costColumns}
          rows={costRows}
          fileName={`cost-by-benefit-${unit}`}
          testId="cost-table"
          renderCell={costCell}
        />
      </section>
      <section className="panel" aria-labelledby="share-title">
        <h3 id="share-title">{t('results.shareTitle')}</h3>
        <ChartCanvas
          config={charts.share}
          label={t('results.shareTitle')}
          testId="share-chart"
          downloadName="total-shares"
        />
        <DataTable
          caption={t('results.shareTitle')}
          columns={shareColumns}
          rows={shareRows}
          fileName="total-shares"
          testId="share-table"
          renderCell={shareCell}
        />
      </section>
      <section className="panel" aria-labelledby="people-title">
        <h3 id="people-title">{t('results.beneficiaries')}</h3>
        <ChartCanvas
          config={charts.people}
          label={t('results.beneficiaries')}
          testId="people-chart"
          downloadName="beneficiaries"
          onPointClick={onPoint('beneficiaries')}
        />
        <p className="field__help">{t('results.beneficiariesNote')}</p>
        <DataTable
          caption={t('results.beneficiaries')}
          columns={peopleColumns}
          rows={peopleRows}
          fileName="beneficiaries"
          testId="people-table"
          renderCell={peopleCell}
        />
      </section>
    </div>
  );
}
