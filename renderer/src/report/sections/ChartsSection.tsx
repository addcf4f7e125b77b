import type { ChartConfiguration, ChartType } from 'chart.js';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  costByBenefitChart,
  debtChart,
  financingChart,
  totalsShareChart,
  waterfallChart,
} from '../../charts/configs';
import { at, type ReportModel } from '../report-model';
import type { ReportFormat } from '../report-format';
import { ReportChart } from '../ReportChart';
import { ReportTable } from '../ReportTable';
import { waterfall, type WaterfallStep } from '../waterfall';

interface Props {
  model: ReportModel;
  f: ReportFormat;
}

const stepLabel = (s: WaterfallStep, t: TFunction) =>
  s.kind === 'option' ? t(`option.${s.option}`) : t(`report.waterfall.${s.kind}`);

function Figure<T extends ChartType>(props: {
  id: string;
  title: string;
  text: string;
  config: ChartConfiguration<T>;
  children: ReactNode;
}) {
  return (
    <figure className="report-figure" data-testid={`report-figure-${props.id}`}>
      <h3>{props.title}</h3>
      <p className="report-figure__text">{props.text}</p>
      <ReportChart config={props.config} label={props.title} testId={`report-chart-${props.id}`} />
      {props.children}
    </figure>
  );
}

/** The charts, each with its numbers for the selected years under it. */
export function ChartsSection({ model, f }: Props) {
  const { t } = useTranslation();
  const { result: r, years, index, fullYear } = model;
  const currency = r.currency;
  const gdpYear = at(r.baseline.gdp, r.years, fullYear);
  const walk = useMemo(() => waterfall(r, fullYear, 1 / gdpYear), [r, fullYear, gdpYear]);
  const walkLcu = useMemo(() => waterfall(r, fullYear), [r, fullYear]);
  const configs = useMemo(
    () => ({
      // The report's cost is in millions of LCU at current prices.
      cost: costByBenefitChart(r, 'nominal', t('report.charts.millions', { currency }), 'print'),
      share: totalsShareChart(r, t, 'print'),
      financing: financingChart(r, t, 'print'),
      waterfall: waterfallChart(
        walk,
        walk.steps.map((s) => stepLabel(s, t)),
        f.pct,
        t,
        'print',
      ),
      debt: model.showDebt ? debtChart(r, t, 'print') : null,
    }),
    [r, t, f.pct, currency, walk, model.showDebt],
  );
  const yearRows = (cells: (i: number) => string[]) =>
    index.map((i, k) => [String(years[k]), ...cells(i)]);
  const debt = r.financing.debt;

  return (
    <section className="report-section" data-testid="report-charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('report.charts.title')}</h2>
      <p>{t('report.charts.intro')}</p>
      <Figure
        id="cost"
        title={t('report.charts.costTitle', { currency })}
        text={t('report.charts.costText')}
        config={configs.cost}
      >
        <ReportTable
          compact
          caption={t('report.charts.costTitle', { currency })}
          columns={[
            { label: t('report.table.year'), text: true },
            ...r.benefits.map((b) => ({ label: b.label })),
            { label: t('report.table.total') },
          ]}
          rows={yearRows((i) => [
            ...r.benefits.map((b) => f.millions(b.cost[i]!)),
            f.millions(r.total.cost[i]!),
          ])}
        />
      </Figure>
      <Figure
        id="share"
        title={t('report.charts.shareTitle')}
        text={t('report.charts.shareText')}
        config={configs.share}
      >
        <ReportTable
          compact
          caption={t('report.charts.shareTitle')}
          columns={[
            { label: t('report.table.year'), text: true },
            { label: t('report.charts.pctGdp') },
            { label: t('report.charts.pctExpenditure') },
            { label: t('report.measure.pctRevenue') },
          ]}
          rows={yearRows((i) => [
            f.pct(r.total.pctGdp[i]!),
            f.pct(r.total.pctExpenditure[i]!),
            f.pct(r.total.pctRevenue[i]!),
          ])}
        />
      </Figure>
      <Figure
        id="financing"
        title={t('report.charts.financingTitle')}
        text={
          r.financing.options.length > 0
            ? t('report.charts.financingText')
            : t('report.charts.financingNone')
        }
        config={configs.financing}
      >
        <ReportTable
          compact
          caption={t('report.charts.financingTitle')}
          columns={[
            { label: t('report.table.year'), text: true },
            { label: t('report.charts.cost') },
            ...r.financing.options.map((o) => ({ label: t(`option.${o.option}`) })),
            { label: t('report.charts.gap') },
          ]}
          rows={yearRows((i) => [
            f.pct(r.total.pctGdp[i]!),
            ...r.financing.options.map((o) => f.pct(o.pctGdp[i]!)),
            f.pct(r.financing.gapPctGdp[i]!),
          ])}
        />
      </Figure>
      <Figure
        id="waterfall"
        title={t('report.waterfall.title', { year: fullYear })}
        text={t('report.waterfall.text', { year: fullYear })}
        config={configs.waterfall}
      >
        <ReportTable
          compact
          caption={t('report.waterfall.title', { year: fullYear })}
          testId="report-waterfall-table"
          columns={[
            { label: t('report.waterfall.step'), text: true },
            { label: t('units.pctGdp') },
            { label: t('report.charts.millions', { currency }) },
          ]}
          rows={walk.steps.map((s, k) => [
            stepLabel(s, t),
            f.pct(s.value),
            f.millions(walkLcu.steps[k]!.value),
          ])}
        />
        {walk.surplus > 0 ? (
          <p className="report-note">
            {t('report.waterfall.surplus', { surplus: f.pct(walk.surplus), year: fullYear })}
          </p>
        ) : null}
      </Figure>
      {configs.debt ? (
        <Figure
          id="debt"
          title={t('report.charts.debtTitle')}
          text={
            debt.firstYearAboveCeiling !== null
              ? t('report.charts.debtAbove', {
                  year: debt.firstYearAboveCeiling,
                  ceiling: f.rate(debt.ceilingPctGdp),
                })
              : t('report.charts.debtBelow', { ceiling: f.rate(debt.ceilingPctGdp) })
          }
          config={configs.debt}
        >
          <ReportTable
            compact
            caption={t('report.charts.debtTitle')}
            columns={[
              { label: t('report.table.year'), text: true },
              { label: t('report.charts.debtBaseline') },
              { label: t('report.charts.borrowed', { currency }) },
              { label: t('report.charts.debt') },
            ]}
            rows={yearRows((i) => [
              f.pct(debt.baselinePctGdp[i]!),
              f.millions(debt.additional[i]!),
              f.pct(debt.pctGdp[i]!),
            ])}
          />
        </Figure>
      ) : null}
    </section>
  );
}
