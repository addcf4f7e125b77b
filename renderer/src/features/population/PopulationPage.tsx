import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { DataTable } from '../../components/DataTable';
import { IssueList } from '../../components/IssueList';
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
import { outlookTables } from './outlook-tables';
import { OutlookPyramid } from './OutlookPyramid';
import { VariantEditor } from './VariantEditor';

/**
 * Population outlook: the scenario's demographic variant, and what it does to the population the
 * costing runs on, against the projection with the country's own rates.
 */
export function PopulationPage() {
  const { t } = useTranslation();
  const outlook = useApp((s) => s.run.population ?? null);
  const status = useApp((s) => s.run.status);
  const country = useApp((s) => s.country);
  const hasVariant = useApp((s) => s.draft?.demography !== undefined);
  const scenarioYears = useApp((s) => s.draft?.years);
  const hasRates = country?.demography !== undefined;
  // Problems elsewhere in the scenario are listed here too; those of the variant sit in its editor.
  const demographyIssues = useApp((s) => issuesUnder(s.run.issues, 'demography').length > 0);

  const applied = outlook?.applied ?? false;
  const [first, last] = scenarioYears ?? [0, 0];
  const explain = !hasRates
    ? t('population.noRates', { country: country?.name ?? '' })
    : applied
      ? t('population.appliedOn', { first, last })
      : hasVariant
        ? t('population.appliedOffKept')
        : t('population.appliedOff');

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

      {outlook ? <OutlookResults outlook={outlook} /> : null}
    </div>
  );
}

/** The outlook's charts and their tables: total, age structure, dependency, pyramids and rates. */
function OutlookResults({ outlook }: { outlook: PopulationOutlook }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
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
    () => ({
      total: totalChart(outlook, labels),
      structure: structureChart(outlook, labels),
      dependency: dependencyChart(outlook, labels),
      tfr: tfrChart(outlook, labels),
    }),
    [outlook, labels],
  );
  const tables = useMemo(
    () => outlookTables(outlook, labels, t, locale),
    [outlook, labels, t, locale],
  );
  return (
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
      <OutlookPyramid outlook={outlook} />
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
  );
}
