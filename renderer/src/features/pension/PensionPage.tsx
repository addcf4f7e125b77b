import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue, PensionResult } from '#engine';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { DataTable } from '../../components/DataTable';
import { IssueList } from '../../components/IssueList';
import { useApp } from '../../stores/store-context';
import { issuesUnder } from '../population/located-issues';
import {
  financesChart,
  paygChart,
  peopleChart,
  replacementChart,
  reserveChart,
  type PensionLabels,
} from './pension-charts';
import { defaultPension } from './pension-defaults';
import { PensionHeadlines } from './PensionHeadlines';
import { pensionSections } from './pension-sections';
import { SchemeEditor } from './SchemeEditor';
import { useIssueText } from '../../components/use-issues';

/** Every issue about the scheme: the scenario's (when it cannot be read) and the projection's. */
function useSchemeIssues(): Issue[] {
  const runIssues = useApp((s) => s.run.issues);
  const pensionIssues = useApp((s) => s.run.pensionIssues);
  return useMemo(
    () => [
      ...issuesUnder(runIssues, 'pension'),
      ...issuesUnder(runIssues, 'years'),
      ...(pensionIssues ?? []),
    ],
    [runIssues, pensionIssues],
  );
}

function AddScheme() {
  const { t } = useTranslation();
  const edit = useApp((s) => s.scenarioEdited);
  return (
    <section className="panel pension-empty" data-testid="pension-empty">
      <h3>{t('pension.empty.title')}</h3>
      <p>{t('pension.empty.text')}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="add-pension"
        onClick={() =>
          edit('pension:add', (d) => {
            d.pension = defaultPension(d.years);
          })
        }
      >
        {t('pension.empty.add')}
      </button>
      <h4>{t('pension.empty.defaultsTitle')}</h4>
      <ul className="pension-defaults">
        {(
          [
            'contribution',
            'age',
            'accrual',
            'minimum',
            'earnings',
            'coverage',
            'reserve',
            'admin',
            'premium',
          ] as const
        ).map((k) => (
          <li key={k}>{t(`pension.empty.defaults.${k}`)}</li>
        ))}
      </ul>
      <p className="field__help">{t('pension.empty.note')}</p>
    </section>
  );
}

function Charts({ result, gdp }: { result: PensionResult; gdp: number[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const labels: PensionLabels = useMemo(
    () => ({
      contributions: t('pension.series.contributions'),
      benefits: t('pension.series.benefits'),
      administration: t('pension.series.administration'),
      pctGdp: t('pension.units.pctGdp'),
      reserve: t('pension.series.reserve'),
      reserveRatio: t('pension.series.reserveRatio'),
      yearsOfExpenditure: t('pension.units.yearsOfExpenditure'),
      payg: t('pension.series.payg'),
      contributionRate: t('pension.series.contributionRate'),
      gap: (from, to) => t('pension.series.gap', { from, to }),
      pctEarnings: t('pension.units.pctEarnings'),
      insured: t('pension.series.insured'),
      contributors: t('pension.series.contributors'),
      pensioners: t('pension.series.pensioners'),
      millions: t('pension.units.millionsPersons'),
      replacementRate: t('pension.series.replacementRate'),
      benefitRatio: t('pension.series.benefitRatio'),
      pctAverageEarnings: t('pension.units.pctAverageEarnings'),
    }),
    [t],
  );
  const charts = useMemo(
    () => ({
      finances: financesChart(result, gdp, labels),
      reserve: reserveChart(result, labels),
      payg: paygChart(result, labels),
      people: peopleChart(result, labels),
      replacement: replacementChart(result, labels),
    }),
    [result, gdp, labels],
  );
  const sections = useMemo(() => pensionSections(result, t, locale), [result, t, locale]);

  return (
    <>
      {sections.map((s) => (
        <section className="panel" key={s.id} aria-labelledby={`pension-${s.id}-title`}>
          <h3 id={`pension-${s.id}-title`}>{s.title}</h3>
          <ChartCanvas
            config={charts[s.id]}
            label={s.title}
            testId={`pension-${s.id}-chart`}
            height={300}
            downloadName={`pension-${s.id}`}
          />
          {s.note ? <p className="field__help">{s.note}</p> : null}
          <DataTable
            caption={s.title}
            columns={s.columns}
            rows={s.rows}
            fileName={`pension-${s.id}`}
            testId={`pension-${s.id}-table`}
          />
        </section>
      ))}
    </>
  );
}

/**
 * Pension scheme: the contributory scheme's parameters (the scenario's `pension` block) and its
 * projection by the engine: finances, reserve, cost rates and premiums, insured and pensioners.
 */
export function PensionPage() {
  const { t } = useTranslation();
  const pension = useApp((s) => s.draft?.pension);
  const result = useApp((s) => s.run.pension ?? null);
  const status = useApp((s) => s.run.status);
  const costing = useApp((s) => s.run.result);
  const issues = useSchemeIssues();
  const issueText = useIssueText();
  // The costing's GDP of the pension's years (the same scenario years), for shares of GDP.
  const gdp = useMemo(
    () =>
      result
        ? result.years.map((y) => {
            const k = costing?.years.indexOf(y) ?? -1;
            return k >= 0 ? costing!.baseline.gdp[k]! : NaN;
          })
        : [],
    [result, costing],
  );

  if (!pension) {
    return (
      <div className="page page--pension">
        <h2>{t('pension.title')}</h2>
        <AddScheme />
      </div>
    );
  }
  // A result left from an earlier version is marked as such while something needs fixing.
  const stale = issues.length > 0 || status === 'invalid';
  return (
    <div className="page page--pension">
      <h2>{t('pension.title')}</h2>
      <p className="notice notice--plain" data-testid="pension-population">
        {result?.projectedPopulation ? t('pension.onProjected') : t('pension.onCountry')}
      </p>
      {issues.length > 0 ? (
        <ul
          className="notice notice--error notice__issues"
          role="alert"
          data-testid="pension-issues"
        >
          {issues.map((i, k) => (
            <li key={k}>
              <code>{i.path}</code> {issueText(i)}
            </li>
          ))}
        </ul>
      ) : status === 'invalid' || status === 'failed' ? (
        <IssueList />
      ) : null}
      <div className="pension-layout">
        <SchemeEditor pension={pension} issues={issues} />
        <div className="pension-results">
          {stale && result ? <p className="notice notice--plain">{t('pension.stale')}</p> : null}
          {result ? (
            <>
              <PensionHeadlines result={result} />
              <Charts result={result} gdp={gdp} />
            </>
          ) : (
            <p className="empty">{stale ? t('pension.cannotRun') : t('status.calculating')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
