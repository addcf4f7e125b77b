import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { GRID, seriesColor } from '../../charts/palette';
import { formatMillions, formatPercent } from '../../lib/format';
import { headlineYear } from '../../lib/result-series';
import { useApp } from '../../stores/store-context';
import { IssueList } from '../../components/IssueList';
import { ExplainButton } from '../explain/ExplainButton';
import { useMessageLanguage } from '../../components/use-message-text';

/** Big numbers and a small chart that follow every edit: what the package costs. */
export function LiveSummary() {
  const { t, i18n } = useTranslation();
  const run = useApp((s) => s.run);
  const explainRequested = useApp((s) => s.explainRequested);
  const lang = useMessageLanguage();
  const draft = useApp((s) => s.draft);
  const currency = useApp((s) => s.country?.currency ?? '');
  const result = run.result;
  const locale = i18n.language;

  const config = useMemo((): ChartConfiguration<'line'> | null => {
    if (!result) return null;
    return {
      type: 'line',
      data: {
        labels: result.years.map(String),
        datasets: [
          {
            label: t('results.totalPctGdp'),
            data: result.total.pctGdp.map((v) => v * 100),
            borderColor: seriesColor(0),
            backgroundColor: seriesColor(0),
            borderWidth: 3,
            pointRadius: 0,
          },
          {
            label: t('results.gapPctGdp'),
            data: result.financing.gapPctGdp.map((v) => v * 100),
            borderColor: seriesColor(5),
            backgroundColor: seriesColor(5),
            borderDash: [6, 4],
            borderWidth: 2,
            pointRadius: 0,
          },
        ],
      },
      options: {
        plugins: { legend: { position: 'bottom' } },
        scales: {
          y: {
            title: { display: true, text: t('units.pctGdp') },
            grid: { color: GRID },
            beginAtZero: true,
          },
          x: { grid: { display: false } },
        },
      },
    };
  }, [result, t]);

  if (!result || !draft) {
    return (
      <section className="panel summary" aria-live="polite">
        <p className="empty">
          {run.status === 'running' ? t('status.calculating') : t('summary.none')}
        </p>
        <IssueList />
      </section>
    );
  }
  const fullYears = draft.benefits.filter((b) => b.enabled).map((b) => b.coverage.fullYear);
  const year = headlineYear(result, fullYears);
  const i = result.years.indexOf(year);
  const last = result.years.length - 1;

  return (
    <section className="panel summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.title')}</h2>
      {run.status === 'invalid' ? (
        <p className="notice notice--error" role="alert">
          {t('summary.invalid')}
        </p>
      ) : null}
      <IssueList />
      <div className="bignumbers" aria-live="polite">
        <div className="bignumber">
          <ExplainButton query={{ year, measure: 'pctGdp' }}>
            <span className="bignumber__value" data-testid="total-pct-gdp">
              {formatPercent(result.total.pctGdp[i]!, locale)}
            </span>
          </ExplainButton>
          <span className="bignumber__label">{t('summary.ofGdpIn', { year })}</span>
        </div>
        <div className="bignumber">
          <ExplainButton query={{ year, measure: 'cost' }} testId="explain-total-cost">
            <span className="bignumber__value" data-testid="total-cost">
              {formatMillions(result.total.cost[i]!, locale)}
            </span>
          </ExplainButton>
          <span className="bignumber__label">{t('summary.millionsIn', { currency, year })}</span>
        </div>
        <div className="bignumber">
          <span className="bignumber__value">
            {formatPercent(result.total.pctExpenditure[i]!, locale, 1)}
          </span>
          <span className="bignumber__label">{t('summary.ofSpendingIn', { year })}</span>
        </div>
        <div className="bignumber">
          <ExplainButton query={{ year: result.years[last]!, measure: 'pctGdp' }}>
            <span className="bignumber__value">
              {formatPercent(result.total.pctGdp[last]!, locale)}
            </span>
          </ExplainButton>
          <span className="bignumber__label">
            {t('summary.ofGdpIn', { year: result.years[last] })}
          </span>
        </div>
      </div>
      {config ? (
        <ChartCanvas
          config={config}
          label={t('summary.chartLabel')}
          testId="summary-chart"
          height={260}
          downloadName="cost-and-gap"
          onPointClick={(index, series) =>
            explainRequested(
              { year: result.years[index]!, measure: series === 0 ? 'pctGdp' : 'gap' },
              lang,
            )
          }
        />
      ) : null}
    </section>
  );
}
