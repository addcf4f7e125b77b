import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostingResult, SpendingFunctionName } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { spendingGapChart } from '../../charts/configs';
import { DataTable, type Column } from '../../components/DataTable';
import { NumberField } from '../../components/fields';
import { useIssueAt } from '../../components/use-issues';
import { fractionHeader } from '../../lib/export-units';
import { formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import { YearSelect } from './YearSelect';

const NONE: { [F in SpendingFunctionName]?: number } = {};

export type SpendingSource = 'scenario' | 'data' | 'none';

/** Which figure of current spending the costing uses for a function (methodology 5). */
type ByFunction = { [F in SpendingFunctionName]?: number | undefined };

export function spendingSource(
  fn: SpendingFunctionName,
  typed: ByFunction,
  data: ByFunction | undefined,
): SpendingSource {
  if (typed[fn] !== undefined) return 'scenario';
  if (data?.[fn] !== undefined) return 'data';
  return 'none';
}

interface SpendingGapPanelProps {
  result: CostingResult;
  year: number;
  onYear: (year: number) => void;
}

/**
 * The ILO's gap against current spending, by function: what the package's benefits of a function
 * cost against what the government spends on it now. Current spending comes from the country data
 * or is typed in for this scenario; each figure says which.
 */
export function SpendingGapPanel({ result, year, onYear }: SpendingGapPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const typed = useApp((s) => s.draft?.fiscal.currentSpendingPctGdp ?? NONE);
  const data = useApp((s) => s.country?.spendingPctGdp);
  const edit = useApp((s) => s.scenarioEdited);
  const issueAt = useIssueAt('');
  const i = result.years.indexOf(year);
  const gaps = result.spendingGap;
  const config = useMemo(() => spendingGapChart(gaps, i, t, 'screen'), [gaps, i, t]);
  const title = t('financing.spending.title', { year });
  const pct = (v: number) => formatPercent(v, locale);
  // Percentages on screen, fractions in copies and CSV: the exported header says which.
  const shareColumn = (key: string, label: string): Column => ({
    key,
    label,
    format: pct,
    exportLabel: fractionHeader(label, t),
  });
  const benefitLabel = (id: string) => result.benefits.find((b) => b.id === id)?.label ?? id;
  const badgeText = (fn: SpendingFunctionName) =>
    t(`financing.spending.badge.${spendingSource(fn, typed, data)}`);

  const columns: Column[] = [
    { key: 'function', label: t('financing.spending.function') },
    { key: 'benefits', label: t('financing.spending.benefits') },
    shareColumn('current', t('financing.spending.currentPct')),
    { key: 'source', label: t('financing.spending.sourceColumn') },
    shareColumn('cost', t('financing.spending.costPct', { year })),
    shareColumn('gap', t('financing.spending.gapPct', { year })),
  ];
  const rows = gaps.map((g) => [
    t(`financing.functions.${g.function}`),
    g.benefits.map(benefitLabel).join(', '),
    g.currentPctGdp,
    badgeText(g.function),
    g.costPctGdp[i]!,
    g.gapPctGdp[i]!,
  ]);

  return (
    <section
      className="panel fiscal-panel"
      aria-labelledby="spending-title"
      data-testid="spending-panel"
    >
      <div className="fiscal-head">
        <h3 id="spending-title">{title}</h3>
        <YearSelect
          label={t('financing.year')}
          years={result.years}
          value={year}
          onChange={onYear}
          testId="spending-year"
        />
      </div>
      <p className="field__help">{t('financing.spending.intro')}</p>
      {gaps.length === 0 ? (
        <p className="empty">{t('financing.spending.none')}</p>
      ) : (
        <div className="fiscal-spending">
          <fieldset className="editor__group fiscal-spending__inputs">
            <legend>{t('financing.spending.inputs')}</legend>
            {gaps.map((g) => {
              const source = spendingSource(g.function, typed, data);
              return (
                <div key={g.function} className="fiscal-spending__row">
                  <NumberField
                    label={t(`financing.functions.${g.function}`)}
                    value={g.currentPctGdp}
                    scale={100}
                    digits={3}
                    min={0}
                    max={100}
                    unit={t('units.pctGdp')}
                    help={
                      // The badge says where the figure comes from; the help adds what it replaces.
                      source === 'none'
                        ? t('financing.spending.noFigure')
                        : source === 'scenario' && data?.[g.function] !== undefined
                          ? t('financing.spending.dataWas', {
                              value: formatPercent(data[g.function]!, locale, 3),
                            })
                          : undefined
                    }
                    error={issueAt(`fiscal.currentSpendingPctGdp.${g.function}`)}
                    testId={`spending-${g.function}`}
                    onChange={(v) =>
                      edit(`fiscal:spending:${g.function}`, (x) => {
                        x.fiscal.currentSpendingPctGdp[g.function] = v;
                      })
                    }
                  />
                  <span
                    className={`fiscal-source fiscal-source--${source}`}
                    data-testid={`spending-${g.function}-source`}
                  >
                    {t(`financing.spending.badge.${source}`)}
                  </span>
                  {source === 'scenario' ? (
                    <button
                      type="button"
                      className="button button--small"
                      data-testid={`spending-${g.function}-reset`}
                      onClick={() =>
                        edit(`fiscal:spending-reset:${g.function}`, (x) => {
                          delete x.fiscal.currentSpendingPctGdp[g.function];
                        })
                      }
                    >
                      {data?.[g.function] !== undefined
                        ? t('financing.spending.useData')
                        : t('financing.spending.clear')}
                    </button>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
          <div className="fiscal-spending__chart">
            <ChartCanvas
              config={config}
              label={title}
              testId="spending-chart"
              height={320}
              downloadName={`spending-gap-${year}`}
            />
          </div>
        </div>
      )}
      {gaps.length > 0 ? (
        <DataTable
          caption={title}
          columns={columns}
          rows={rows}
          fileName={`spending-gap-${year}`}
          testId="spending-table"
        />
      ) : null}
    </section>
  );
}
