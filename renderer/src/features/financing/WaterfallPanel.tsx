import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostingResult } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { waterfallChart } from '../../charts/configs';
import { DataTable, type Column } from '../../components/DataTable';
import { fractionHeader, withUnit } from '../../lib/export-units';
import { formatMillions, formatPercent } from '../../lib/format';
import { waterfall, type WaterfallStep } from '../../report/waterfall';
import { YearSelect } from './YearSelect';

const stepLabel = (s: WaterfallStep, t: TFunction) =>
  s.kind === 'option' ? t(`option.${s.option}`) : t(`financing.waterfall.${s.kind}`);

interface WaterfallPanelProps {
  result: CostingResult;
  year: number;
  onYear: (year: number) => void;
}

/**
 * From the cost of the package to the financing gap in one year: the cost, minus what each option
 * raises, leaves the gap (the report's waterfall, computed once in LCU and once in % of GDP).
 */
export function WaterfallPanel({ result, year, onYear }: WaterfallPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const currency = result.currency;
  const i = result.years.indexOf(year);
  const gdp = result.baseline.gdp[i]!;
  const walk = useMemo(() => waterfall(result, year), [result, year]);
  const walkPct = useMemo(() => waterfall(result, year, 1 / gdp), [result, year, gdp]);
  const config = useMemo(
    () =>
      waterfallChart(
        walkPct,
        walkPct.steps.map((s) => stepLabel(s, t)),
        (v) => formatPercent(v, locale),
        t,
        'screen',
      ),
    [walkPct, locale, t],
  );
  const title = t('financing.waterfall.title', { year });
  const columns: Column[] = [
    { key: 'step', label: t('financing.waterfall.step') },
    {
      key: 'lcu',
      label: t('financing.waterfall.millions', { currency }),
      format: (v) => formatMillions(v, locale),
      exportLabel: withUnit(t('polish.export.amount'), currency),
    },
    {
      key: 'pct',
      label: t('units.pctGdp'),
      format: (v) => formatPercent(v, locale),
      exportLabel: fractionHeader(t('units.pctGdp'), t),
    },
  ];
  const rows = walk.steps.map((s, k) => [stepLabel(s, t), s.value, walkPct.steps[k]!.value]);

  return (
    <section
      className="panel fiscal-panel"
      aria-labelledby="waterfall-title"
      data-testid="waterfall-panel"
    >
      <div className="fiscal-head">
        <h3 id="waterfall-title">{title}</h3>
        <YearSelect
          label={t('financing.year')}
          years={result.years}
          value={year}
          onChange={onYear}
          testId="waterfall-year"
        />
      </div>
      <p className="field__help">{t('financing.waterfall.intro')}</p>
      <ChartCanvas
        config={config}
        label={title}
        testId="waterfall-chart"
        height={340}
        downloadName={`waterfall-${year}`}
      />
      {walk.surplus > 0 ? (
        <p className="notice notice--info" data-testid="waterfall-surplus">
          {t('financing.waterfall.surplus', {
            surplus: formatPercent(walkPct.surplus, locale),
            year,
          })}
        </p>
      ) : null}
      <DataTable
        caption={title}
        columns={columns}
        rows={rows}
        fileName={`waterfall-${year}`}
        testId="waterfall-table"
      />
    </section>
  );
}
