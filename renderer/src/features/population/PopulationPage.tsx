import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { DataTable, type Column } from '../../components/DataTable';
import { IssueList } from '../../components/IssueList';
import { formatNumber, formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import type { PopulationOutlook } from '../../workers/population-outlook';
import {
  dependencyChart,
  structureChart,
  tfrChart,
  totalChart,
  type OutlookLabels,
} from './outlook-charts';
import { issuesUnder } from './located-issues';
import { OutlookFacts } from './OutlookFacts';
import { PyramidCompare } from './PyramidCompare';
import { VariantEditor } from './VariantEditor';

/** Columns "base" and, with a variant, "variant" for one measure. */
function pair(
  o: PopulationOutlook,
  key: string,
  label: (which: string) => string,
  t: (k: string) => string,
  format: (v: number) => string,
): Column[] {
  const cols: Column[] = [{ key: `${key}-b`, label: label(t('population.base')), format }];
  if (o.variant) cols.push({ key: `${key}-v`, label: label(t('population.variant')), format });
  return cols;
}

function values(o: PopulationOutlook, pick: (s: PopulationOutlook['base']) => number[], k: number) {
  const out = [pick(o.base)[k]!];
  if (o.variant) out.push(pick(o.variant)[k]!);
  return out;
}

/**
 * Population outlook: the scenario's demographic variant, and what it does to the population the
 * costing runs on, against the projection with the country's own rates.
 */
export function PopulationPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const outlook = useApp((s) => s.run.population ?? null);
  const status = useApp((s) => s.run.status);
  const country = useApp((s) => s.country);
  const hasVariant = useApp((s) => s.draft?.demography !== undefined);
  const scenarioYears = useApp((s) => s.draft?.years);
  const hasRates = country?.demography !== undefined;
  // Problems elsewhere in the scenario are listed here too; those of the variant sit in its editor.
  const demographyIssues = useApp((s) => issuesUnder(s.run.issues, 'demography').length > 0);

  const labels: OutlookLabels = useMemo(
    () => ({
      base: t('population.base'),
      variant: t('population.variant'),
      file: t('population.file'),
      millions: t('population.units.millions'),
      pctOfTotal: t('population.units.pctOfTotal'),
      perHundred: t('population.units.perHundred'),
      childrenPerWoman: t('population.units.childrenPerWoman'),
      groups: [
        t('population.groups.children'),
        t('population.groups.working'),
        t('population.groups.older'),
      ],
    }),
    [t],
  );
  const charts = useMemo(
    () =>
      outlook
        ? {
            total: totalChart(outlook, labels),
            structure: structureChart(outlook, labels),
            dependency: dependencyChart(outlook, labels),
            tfr: tfrChart(outlook, labels),
          }
        : null,
    [outlook, labels],
  );

  const applied = outlook?.applied ?? false;
  const [first, last] = scenarioYears ?? [0, 0];
  const explain = !hasRates
    ? t('population.noRates', { country: country?.name ?? '' })
    : applied
      ? t('population.appliedOn', { first, last })
      : hasVariant
        ? t('population.appliedOffKept')
        : t('population.appliedOff');

  const num = (v: number) => formatNumber(v, locale);
  const pct = (v: number) => formatPercent(v, locale, 1);
  const dec = (digits: number) => (v: number) => formatNumber(v, locale, digits);

  const tables = outlook
    ? {
        total: {
          columns: [
            { key: 'year', label: t('table.year') },
            ...pair(outlook, 'pop', (w) => t('population.table.population', { which: w }), t, num),
            ...(outlook.variant
              ? [{ key: 'diff', label: t('population.table.differencePct'), format: pct }]
              : []),
            { key: 'file', label: t('population.table.filePopulation'), format: num },
            ...pair(outlook, 'births', (w) => t('population.table.births', { which: w }), t, num),
          ],
          rows: outlook.years.map((y, k) => [
            y,
            ...values(outlook, (s) => s.total, k),
            ...(outlook.variant ? [outlook.variant.total[k]! / outlook.base.total[k]! - 1] : []),
            Number.isFinite(outlook.own.total[k]) ? outlook.own.total[k]! : '–',
            ...values(outlook, (s) => s.births, k),
          ]),
        },
        structure: {
          columns: [
            { key: 'year', label: t('table.year') },
            ...pair(
              outlook,
              'c',
              (w) => t('population.table.share', { group: labels.groups[0], which: w }),
              t,
              pct,
            ),
            ...pair(
              outlook,
              'w',
              (w) => t('population.table.share', { group: labels.groups[1], which: w }),
              t,
              pct,
            ),
            ...pair(
              outlook,
              'o',
              (w) => t('population.table.share', { group: labels.groups[2], which: w }),
              t,
              pct,
            ),
            ...pair(outlook, 'd', (w) => t('population.table.dependency', { which: w }), t, dec(1)),
            ...pair(outlook, 'm', (w) => t('population.table.median', { which: w }), t, dec(1)),
          ],
          rows: outlook.years.map((y, k) => [
            y,
            ...values(outlook, (s) => s.share0to14, k),
            ...values(outlook, (s) => s.share15to64, k),
            ...values(outlook, (s) => s.share65plus, k),
            ...values(outlook, (s) => s.oldAgeDependency.map((v) => v * 100), k),
            ...values(outlook, (s) => s.medianAge, k),
          ]),
        },
        rates: {
          columns: [
            { key: 'year', label: t('table.year') },
            ...pair(outlook, 'tfr', (w) => t('population.table.tfr', { which: w }), t, dec(2)),
            ...pair(outlook, 'ef', (w) => t('population.table.e0Women', { which: w }), t, dec(1)),
            ...pair(outlook, 'em', (w) => t('population.table.e0Men', { which: w }), t, dec(1)),
            ...pair(outlook, 'mig', (w) => t('population.table.migration', { which: w }), t, num),
          ],
          rows: outlook.years.map((y, k) => [
            y,
            ...values(outlook, (s) => s.tfr, k),
            ...values(outlook, (s) => s.e0Female, k),
            ...values(outlook, (s) => s.e0Male, k),
            ...values(outlook, (s) => s.netMigration, k),
          ]),
        },
      }
    : null;

  return (
    <div className="page page--population">
      <h2>{t('population.title')}</h2>
      <p
        className={`notice ${applied ? 'notice--info' : 'notice--plain'}`}
        data-testid="outlook-explain"
      >
        {explain}
      </p>
      {status !== 'done' && !demographyIssues ? <IssueList /> : null}
      <div className="outlook-top">
        <VariantEditor outlook={outlook} />
        <div className="outlook-top__side">
          {outlook ? <OutlookFacts outlook={outlook} /> : null}
          {!outlook && hasRates && status !== 'done' ? (
            <p className="empty">{t('population.waiting')}</p>
          ) : null}
          <section className="panel">
            <h3>{t('population.howTitle')}</h3>
            <p className="field__help">{t('population.how')}</p>
          </section>
        </div>
      </div>

      {outlook && charts && tables ? (
        <>
          <section className="panel" aria-labelledby="outlook-total-title">
            <h3 id="outlook-total-title">{t('population.charts.total')}</h3>
            <ChartCanvas
              config={charts.total}
              label={t('population.charts.totalLabel')}
              testId="outlook-total-chart"
              downloadName="population-total"
            />
            <p className="field__help">{t('population.charts.totalNote')}</p>
            <DataTable
              caption={t('population.charts.total')}
              columns={tables.total.columns}
              rows={tables.total.rows}
              fileName="population-total"
              testId="outlook-total-table"
            />
          </section>
          <div className="grid-2">
            <section className="panel" aria-labelledby="outlook-structure-title">
              <h3 id="outlook-structure-title">{t('population.charts.structure')}</h3>
              <ChartCanvas
                config={charts.structure}
                label={t('population.charts.structureLabel')}
                testId="outlook-structure-chart"
                downloadName="population-age-structure"
              />
            </section>
            <section className="panel" aria-labelledby="outlook-dependency-title">
              <h3 id="outlook-dependency-title">{t('population.charts.dependency')}</h3>
              <ChartCanvas
                config={charts.dependency}
                label={t('population.charts.dependencyLabel')}
                testId="outlook-dependency-chart"
                downloadName="old-age-dependency"
              />
              <p className="field__help">{t('population.charts.dependencyNote')}</p>
            </section>
          </div>
          <section className="panel">
            <DataTable
              caption={t('population.charts.structureTable')}
              columns={tables.structure.columns}
              rows={tables.structure.rows}
              fileName="population-age-structure"
              testId="outlook-structure-table"
            />
          </section>
          <PyramidCompare outlook={outlook} />
          <section className="panel" aria-labelledby="outlook-rates-title">
            <h3 id="outlook-rates-title">{t('population.charts.rates')}</h3>
            <ChartCanvas
              config={charts.tfr}
              label={t('population.charts.tfrLabel')}
              testId="outlook-tfr-chart"
              height={260}
            />
            <DataTable
              caption={t('population.charts.ratesTable')}
              columns={tables.rates.columns}
              rows={tables.rates.rows}
              fileName="population-rates"
              testId="outlook-rates-table"
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
