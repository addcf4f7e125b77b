import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FINANCING_OPTIONS, type FinancingOption } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { balanceChart, financingChart } from '../../charts/configs';
import { DataTable, type Column } from '../../components/DataTable';
import { NumberField } from '../../components/fields';
import { useIssueAt } from '../../components/use-issues';
import { fractionHeader, withUnit } from '../../lib/export-units';
import { formatMillions, formatPercent } from '../../lib/format';
import { headlineYear } from '../../lib/result-series';
import { useApp } from '../../stores/store-context';
import { DebtPanel } from './DebtPanel';
import { ScenarioExports } from '../exports/ScenarioExports';
import { SpendingGapPanel } from './SpendingGapPanel';
import { WaterfallPanel } from './WaterfallPanel';

/**
 * How the package could be financed and what gap remains: the options with their ramps, the balance
 * after the reform, the walk from cost to gap in a year, the debt path and the gap against current
 * spending by function.
 */
export function FinancingPage() {
  const { t, i18n } = useTranslation();
  const financing = useApp((s) => s.draft?.financing ?? []);
  const result = useApp((s) => s.run.result);
  const edit = useApp((s) => s.financingEdited);
  const add = useApp((s) => s.financingAdded);
  const remove = useApp((s) => s.financingRemoved);
  const currency = useApp((s) => s.country?.currency ?? '');
  const issueAt = useIssueAt('');
  const locale = i18n.language;
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
  const unused = FINANCING_OPTIONS.filter((o) => !financing.some((f) => f.option === o));

  const pct = (v: number) => formatPercent(v, locale);
  const money = (v: number) => formatMillions(v, locale);
  // Millions and percentages on screen; whole currency units and fractions in copies and CSV.
  const moneyColumn = (key: string, label: string, name: string): Column => ({
    key,
    label,
    format: money,
    exportLabel: withUnit(name, currency),
  });
  const shareColumn = (key: string, label: string): Column => ({
    key,
    label,
    format: pct,
    exportLabel: fractionHeader(label, t),
  });
  const columns: Column[] = [
    { key: 'year', label: t('table.year') },
    moneyColumn('cost', t('financing.costMillions', { currency }), t('polish.export.cost')),
    moneyColumn(
      'resources',
      t('financing.resourcesMillions', { currency }),
      t('polish.export.resources'),
    ),
    moneyColumn('gap', t('financing.gapMillions', { currency }), t('polish.export.gap')),
    shareColumn('gapPct', t('financing.gapPct')),
    shareColumn('funding', t('financing.fundingGapPct')),
    shareColumn('balance', t('financing.balanceAfterPct')),
  ];
  const rows = result
    ? result.years.map((y, i) => [
        y,
        result.total.cost[i]!,
        result.financing.resources[i]!,
        result.financing.gap[i]!,
        result.financing.gapPctGdp[i]!,
        result.financing.fundingGapPctGdp[i]!,
        result.financing.balanceAfterPctGdp[i]!,
      ])
    : [];

  return (
    <div className="page page--financing">
      <div className="page__bar">
        <h2>{t('financing.title')}</h2>
        <ScenarioExports />
      </div>
      <p className="field__help">{t('financing.intro')}</p>
      <div className="grid-2">
        <section className="panel" aria-labelledby="options-title">
          <h3 id="options-title">{t('financing.options')}</h3>
          {financing.length === 0 ? <p className="empty">{t('financing.none')}</p> : null}
          {financing.map((f, i) => (
            <fieldset
              key={`${f.option}-${i}`}
              className="editor__group"
              data-testid={`option-${f.option}`}
            >
              <legend>{t(`option.${f.option}`)}</legend>
              <p className="field__help">{t(`optionHelp.${f.option}`)}</p>
              <div className="field-row">
                <NumberField
                  label={t('benefits.startYear')}
                  value={f.startYear}
                  digits={0}
                  grouping={false}
                  min={1900}
                  max={2300}
                  error={issueAt(`financing[${i}].startYear`)}
                  onChange={(v) => edit(i, 'startYear', (x) => void (x.startYear = Math.round(v)))}
                />
                <NumberField
                  label={t('financing.startShare')}
                  value={f.start}
                  scale={100}
                  digits={2}
                  min={0}
                  max={100}
                  unit={t('units.pctGdp')}
                  onChange={(v) => edit(i, 'start', (x) => void (x.start = v))}
                />
              </div>
              <div className="field-row">
                <NumberField
                  label={t('benefits.fullYear')}
                  value={f.fullYear}
                  digits={0}
                  grouping={false}
                  min={1900}
                  max={2300}
                  error={issueAt(`financing[${i}].fullYear`)}
                  onChange={(v) => edit(i, 'fullYear', (x) => void (x.fullYear = Math.round(v)))}
                />
                <NumberField
                  label={t('financing.fullShare')}
                  value={f.full}
                  scale={100}
                  digits={2}
                  min={0}
                  max={100}
                  unit={t('units.pctGdp')}
                  onChange={(v) => edit(i, 'full', (x) => void (x.full = v))}
                  testId={`option-${f.option}-full`}
                />
              </div>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => remove(i)}
              >
                {t('financing.remove')}
              </button>
            </fieldset>
          ))}
          {unused.length > 0 ? (
            <>
              <label className="field__label" htmlFor="add-option">
                {t('financing.add')}
              </label>
              <select
                id="add-option"
                className="input"
                value=""
                data-testid="add-option"
                onChange={(e) => {
                  if (e.target.value) add(e.target.value as FinancingOption);
                }}
              >
                <option value="">{t('benefits.choose')}</option>
                {unused.map((o) => (
                  <option key={o} value={o}>
                    {t(`option.${o}`)}
                  </option>
                ))}
              </select>
            </>
          ) : null}
        </section>
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
          <DataTable
            caption={t('financing.tableTitle')}
            columns={columns}
            rows={rows}
            fileName="financing"
            testId="financing-table"
          />
        </section>
      ) : null}
    </div>
  );
}
