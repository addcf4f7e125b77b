import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FINANCING_OPTION, type CostingResult } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { debtChart } from '../../charts/configs';
import { DataTable, type Column } from '../../components/DataTable';
import { NumberField } from '../../components/fields';
import { useIssueAt } from '../../components/use-issues';
import { fractionHeader, withUnit } from '../../lib/export-units';
import { formatMillions, formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';

/**
 * The debt path: the fiscal settings that drive it (interest on new borrowing, the ceiling), the
 * ratio before and with the reform against the ceiling, and a warning naming the first year above it.
 */
export function DebtPanel({ result }: { result: CostingResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const fiscal = useApp((s) => s.draft?.fiscal);
  const edit = useApp((s) => s.scenarioEdited);
  const issueAt = useIssueAt('');
  const config = useMemo(() => debtChart(result, t, 'screen'), [result, t]);
  const d = result.financing.debt;
  const hasData = d.baselinePctGdp.some((v) => Number.isFinite(v));
  const borrows = result.financing.options.some((o) => FINANCING_OPTION[o.option].addsToDebt);
  const currency = result.currency;
  const pct = (v: number) => formatPercent(v, locale);
  const columns: Column[] = [
    { key: 'year', label: t('table.year') },
    {
      key: 'baseline',
      label: t('financing.debt.baselinePct'),
      format: pct,
      exportLabel: fractionHeader(t('financing.debt.baselinePct'), t),
    },
    {
      key: 'additional',
      label: t('financing.debt.additionalMillions', { currency }),
      format: (v) => formatMillions(v, locale),
      exportLabel: withUnit(t('polish.export.additionalDebt'), currency),
    },
    {
      key: 'total',
      label: t('financing.debt.withReformPct'),
      format: pct,
      exportLabel: fractionHeader(t('financing.debt.withReformPct'), t),
    },
  ];
  const rows = result.years.map((y, i) => [
    y,
    d.baselinePctGdp[i]!,
    d.additional[i]!,
    d.pctGdp[i]!,
  ]);
  const title = t('financing.debt.title');
  const above =
    d.firstYearAboveCeiling === null
      ? null
      : (() => {
          const i = result.years.indexOf(d.firstYearAboveCeiling);
          const inData = d.baselinePctGdp[i]! > d.ceilingPctGdp;
          return { year: d.firstYearAboveCeiling, inData, debt: d.baselinePctGdp[i]! };
        })();

  return (
    <section className="panel fiscal-panel" aria-labelledby="debt-title" data-testid="debt-panel">
      <h3 id="debt-title">{title}</h3>
      {fiscal ? (
        <div className="field-row">
          <NumberField
            label={t('financing.debt.interestRate')}
            value={fiscal.interestRate}
            scale={100}
            digits={2}
            min={-50}
            max={100}
            unit={t('financing.units.pctYear')}
            help={t('financing.debt.interestHelp')}
            error={issueAt('fiscal.interestRate')}
            testId="interest-rate"
            onChange={(v) => edit('fiscal:interestRate', (x) => void (x.fiscal.interestRate = v))}
          />
          <NumberField
            label={t('financing.debt.ceilingField')}
            value={fiscal.debtCeilingPctGdp}
            scale={100}
            digits={1}
            min={0}
            max={500}
            unit={t('units.pctGdp')}
            help={t('financing.debt.ceilingHelp')}
            error={issueAt('fiscal.debtCeilingPctGdp')}
            testId="debt-ceiling"
            onChange={(v) =>
              edit('fiscal:debtCeiling', (x) => void (x.fiscal.debtCeilingPctGdp = v))
            }
          />
        </div>
      ) : null}
      {above !== null ? (
        <p className="notice notice--error fiscal-warning" role="alert" data-testid="debt-warning">
          <strong>{t('financing.debt.aboveTitle')}</strong>{' '}
          {/* As the engine's warning: the reform's borrowing pushes debt over, or the data are over already. */}
          {t(above.inData ? 'financing.debt.alreadyAbove' : 'financing.debt.above', {
            ceiling: formatPercent(d.ceilingPctGdp, locale, 0),
            year: above.year,
            debt: formatPercent(above.debt, locale, 0),
          })}
        </p>
      ) : hasData ? (
        <p className="fiscal-ok" data-testid="debt-below">
          {t('financing.debt.below', { ceiling: formatPercent(d.ceilingPctGdp, locale, 0) })}
        </p>
      ) : null}
      {!hasData ? (
        <p className="empty" data-testid="debt-no-data">
          {t('financing.debt.noData')}
        </p>
      ) : (
        <>
          {!borrows ? <p className="field__help">{t('financing.debt.noBorrowing')}</p> : null}
          <ChartCanvas
            config={config}
            label={title}
            testId="debt-chart"
            height={300}
            downloadName="debt-path"
          />
          <DataTable
            caption={title}
            columns={columns}
            rows={rows}
            fileName="debt-path"
            testId="debt-table"
          />
        </>
      )}
    </section>
  );
}
