import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryData } from '#engine';
import type { Column } from '../../components/DataTable';
import {
  PopulationPyramid,
  pyramidAxisLimit,
  type PyramidLabels,
} from '../../components/PopulationPyramid';
import { formatNumber, formatPercent } from '../../lib/format';
import { groupByAge, populationOf, populationSummary, pyramidRows } from './country-helpers';

type Summary = ReturnType<typeof populationSummary>;

/** The largest group of any year of the file, so that the axis stays put when the year changes. */
function axisLimit(country: CountryData, step: number): number {
  const pop = country.population;
  const groups = pop.years.flatMap((_, i) =>
    [pop.female[i], pop.male[i]].flatMap((row) => (row ? groupByAge(row, step) : [])),
  );
  return pyramidAxisLimit(groups);
}

/** Population by age and sex for a chosen year: the pyramid, the totals and the table. */
export function CountryPyramid({ country }: { country: CountryData }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const years = country.population.years;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const [year, setYear] = useState(() =>
    years.includes(country.baseYear) ? country.baseYear : first,
  );
  const [step, setStep] = useState<1 | 5>(5);
  const shownYear = Math.min(Math.max(year, first), last);
  const pop = populationOf(country, shownYear);

  const limit = useMemo(() => axisLimit(country, step), [country, step]);
  const rows = useMemo(() => {
    const p = populationOf(country, shownYear);
    return p ? pyramidRows(p.female, p.male, step) : [];
  }, [country, shownYear, step]);
  const series = useMemo(
    () => ({
      ages: rows.map((r) => r.label),
      base: { female: rows.map((r) => r.female), male: rows.map((r) => r.male) },
    }),
    [rows],
  );
  const labels: PyramidLabels = useMemo(
    () => ({
      women: t('country.pop.women'),
      men: t('country.pop.men'),
      persons: t('country.pop.persons'),
      age: step === 5 ? t('country.pop.ageGroup') : t('country.pop.age'),
    }),
    [t, step],
  );

  if (!pop) {
    return <p className="empty">{t('country.pop.noYear', { year: shownYear })}</p>;
  }
  const summary = populationSummary(pop.female, pop.male);
  const num = (v: number) => formatNumber(v, locale);
  const grouping = step === 5 ? t('country.pop.fiveYear') : t('country.pop.singleAges');
  const title = t('country.pop.pyramidTitle', { year: shownYear, grouping });

  const columns: Column[] = [
    { key: 'age', label: labels.age },
    { key: 'women', label: t('country.pop.womenPersons'), format: num },
    { key: 'men', label: t('country.pop.menPersons'), format: num },
    { key: 'total', label: t('country.pop.totalPersons'), format: num },
    { key: 'share', label: t('country.pop.sharePct'), format: (v) => formatNumber(v, locale, 2) },
  ];
  const tableRows: (string | number)[][] = rows.map((r) => [
    r.label,
    r.female,
    r.male,
    r.female + r.male,
    summary.total > 0 ? ((r.female + r.male) / summary.total) * 100 : 0,
  ]);
  tableRows.push([t('country.pop.total'), summary.female, summary.male, summary.total, 100]);

  return (
    <PopulationPyramid
      ages={series.ages}
      base={series.base}
      limit={limit}
      labels={labels}
      year={{
        id: 'pyramid-year',
        label: t('country.pop.year'),
        first,
        last,
        value: shownYear,
        help: t('country.pop.yearHelp', { first, last }),
        testId: 'pyramid-year',
        onChange: setYear,
      }}
      controls={<GroupingSwitch step={step} onStep={setStep} />}
      facts={<PopulationFacts country={country} year={shownYear} summary={summary} />}
      heading={<h4>{title}</h4>}
      chart={{
        label: t('country.pop.chartLabel', {
          year: shownYear,
          grouping,
          total: num(summary.total),
        }),
        testId: 'pyramid-chart',
        height: step === 5 ? 460 : 640,
        downloadName: `population-pyramid-${shownYear}`,
      }}
      note={t('country.pop.axisNote')}
      table={{
        caption: t('country.pop.tableTitle', { year: shownYear, grouping }),
        columns,
        rows: tableRows,
        fileName: `population-${country.code}-${shownYear}-${step === 5 ? '5y' : '1y'}`,
        testId: 'population-table',
      }}
    />
  );
}

/** Five-year groups or single ages. */
function GroupingSwitch({ step, onStep }: { step: 1 | 5; onStep: (step: 1 | 5) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field" role="group" aria-labelledby="pyramid-grouping">
      <span className="field__label" id="pyramid-grouping">
        {t('country.pop.grouping')}
      </span>
      <div className="segmented">
        {([5, 1] as const).map((s) => (
          <button
            key={s}
            type="button"
            className={`segmented__item${s === step ? ' segmented__item--on' : ''}`}
            aria-pressed={s === step}
            onClick={() => onStep(s)}
          >
            {s === 5 ? t('country.pop.fiveYear') : t('country.pop.singleAges')}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The year's total, the shares of the three age groups, the median age and the births. */
function PopulationFacts({
  country,
  year,
  summary,
}: {
  country: CountryData;
  year: number;
  summary: Summary;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const num = (v: number) => formatNumber(v, locale);
  const pct = (v: number) => formatPercent(v, locale, 1);
  const birthsIndex = country.births?.years.indexOf(year) ?? -1;
  const births = birthsIndex >= 0 ? country.births?.values[birthsIndex] : undefined;
  const fact = (label: string, value: string, unit: string) => (
    <div className="keyfacts__item">
      <dt>{label}</dt>
      <dd>{value}</dd>
      <dd className="keyfacts__unit">{unit}</dd>
    </div>
  );
  const ofTotal = t('country.pop.ofTotal');
  return (
    <dl className="keyfacts" data-testid="population-summary">
      {fact(t('country.pop.totalIn', { year }), num(summary.total), t('country.pop.persons'))}
      {fact(t('country.pop.children'), pct(summary.share0to14), ofTotal)}
      {fact(t('country.pop.workingAge'), pct(summary.share15to64), ofTotal)}
      {fact(t('country.pop.older'), pct(summary.share65plus), ofTotal)}
      {fact(
        t('country.pop.median'),
        formatNumber(summary.medianAge, locale, 1),
        t('country.pop.years'),
      )}
      {births !== undefined
        ? fact(t('country.pop.births'), num(births), t('country.pop.birthsUnit'))
        : null}
    </dl>
  );
}
