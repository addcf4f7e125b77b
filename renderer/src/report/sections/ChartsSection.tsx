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
import { at, rowsOfYears, type ReportModel } from '../report-model';
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
  const { result: r } = model;
  const currency = r.currency;
  const configs = useMemo(
    () => ({
      // The report's cost is in millions of LCU at current prices.
      cost: costByBenefitChart(r, 'nominal', t('report.charts.millions', { currency }), 'print'),
      share: totalsShareChart(r, t, 'print'),
      financing: financingChart(r, t, 'print'),
    }),
    [r, t, currency],
  );
  const yearRows = rowsOfYears(model);

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
      <WaterfallFigure model={model} f={f} />
      {model.showDebt ? <DebtFigure model={model} f={f} /> : null}
    </section>
  );
}

/** The walk from the package's cost to the gap in the first year of full coverage. */
function WaterfallFigure({ model, f }: Props) {
  const { t } = useTranslation();
  const { result: r, fullYear } = model;
  const currency = r.currency;
  const gdpYear = at(r.baseline.gdp, r.years, fullYear);
  const walk = useMemo(() => waterfall(r, fullYear, 1 / gdpYear), [r, fullYear, gdpYear]);
  const walkLcu = useMemo(() => waterfall(r, fullYear), [r, fullYear]);
  const config = useMemo(
    () =>
      waterfallChart(
        walk,
        walk.steps.map((s) => stepLabel(s, t)),
        f.pct,
        t,
        'print',
      ),
    [walk, f.pct, t],
  );
  return (
    <Figure
      id="waterfall"
      title={t('report.waterfall.title', { year: fullYear })}
      text={t('report.waterfall.text', { year: fullYear })}
      config={config}
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
  );
}

/** The debt path against the ceiling, when the report shows it. */
function DebtFigure({ model, f }: Props) {
  const { t } = useTranslation();
  const { result: r } = model;
  const currency = r.currency;
  const debt = r.financing.debt;
  const config = useMemo(() => debtChart(r, t, 'print'), [r, t]);
  const yearRows = rowsOfYears(model);
  return (
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
      config={config}
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
  );
}
