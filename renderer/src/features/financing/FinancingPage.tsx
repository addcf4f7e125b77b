import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { balanceChart, financingChart } from '../../charts/configs';
import { headlineYear } from '../../lib/result-series';
import { useApp } from '../../stores/store-context';
import { DebtPanel } from './DebtPanel';
import { FinancingTable } from './FinancingTable';
import { OptionsPanel } from './OptionsPanel';
import { ScenarioExports } from '../exports/ScenarioExports';
import { SpendingGapPanel } from './SpendingGapPanel';
import { WaterfallPanel } from './WaterfallPanel';

/**
 * How the package could be financed and what gap remains: the options with their ramps, the balance
 * after the reform, the walk from cost to gap in a year, the debt path and the gap against current
 * spending by function.
 */
export function FinancingPage() {
  const { t } = useTranslation();
  const result = useApp((s) => s.run.result);
  const chosenYear = useApp((s) => s.year);
  const yearChanged = useApp((s) => s.yearChanged);
  const benefits = useApp((s) => s.draft?.benefits);
  // The year of the waterfall and the spending gap: the one chosen, else the first year every benefit
  // is fully phased in (as in the report).
  const year = useMemo(() => {
    if (!result) return null;
    if (chosenYear !== null && result.years.includes(chosenYear)) return chosenYear;
    const full = (benefits ?? []).filter((b) => b.enabled).map((b) => b.coverage.fullYear);
    return headlineYear(result, full);
  }, [result, chosenYear, benefits]);
  const charts = useMemo(
    () =>
      result
        ? { gap: financingChart(result, t, 'screen'), balance: balanceChart(result, t, 'screen') }
        : null,
    [result, t],
  );

  return (
    <div className="page page--financing">
      <div className="page__bar">
        <h2>{t('financing.title')}</h2>
        <ScenarioExports />
      </div>
      <p className="field__help">{t('financing.intro')}</p>
      <div className="grid-2">
        <OptionsPanel />
        <section className="panel" aria-labelledby="gap-title">
          <h3 id="gap-title">{t('financing.gapTitle')}</h3>
          {charts ? (
            <ChartCanvas
              config={charts.gap}
              label={t('financing.gapTitle')}
              testId="gap-chart"
              downloadName="financing-gap"
            />
          ) : (
            <p className="empty">{t('results.none')}</p>
          )}
          <h3>{t('financing.balanceTitle')}</h3>
          {charts ? (
            <ChartCanvas
              config={charts.balance}
              label={t('financing.balanceTitle')}
              testId="balance-chart"
              height={260}
              downloadName="balance-before-after"
            />
          ) : null}
        </section>
      </div>
      {result && year !== null ? (
        <div className="grid-2">
          <WaterfallPanel result={result} year={year} onYear={yearChanged} />
          <DebtPanel result={result} />
        </div>
      ) : null}
      {result && year !== null ? (
        <SpendingGapPanel result={result} year={year} onYear={yearChanged} />
      ) : null}
      {result ? (
        <section className="panel">
          <FinancingTable result={result} />
        </section>
      ) : null}
    </div>
  );
}
