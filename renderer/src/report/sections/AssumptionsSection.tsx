import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AssumptionPath, BenefitSpec } from '#engine';
import { ages, coveragePoints, months } from '../describe-benefit';
import type { ReportModel } from '../report-model';
import type { ReportFormat } from '../report-format';
import { ReportBlock } from '../ReportBlock';
import { ReportTable } from '../ReportTable';
import { useMessageLanguage } from '../../components/use-message-text';
import { reportWarnings } from '../report-warnings';

interface Props {
  model: ReportModel;
  f: ReportFormat;
}

/** Benefits per table: beyond four, the parameter columns get too narrow for A4. */
const PER_TABLE = 4;

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

function benefitRows(
  bs: BenefitSpec[],
  t: TFunction,
  f: ReportFormat,
  currency: string,
): string[][] {
  const yes = t('report.yes');
  const no = t('report.no');
  const row = (label: string, cell: (b: BenefitSpec) => string) => [label, ...bs.map(cell)];
  return [
    row(t('report.assumptions.kind'), (b) => t(`kind.${b.kind}`)),
    row(t('report.assumptions.ages'), (b) => ages(b, t)),
    row(t('report.assumptions.sex'), (b) => t(`sex.${b.sex}`)),
    row(t('report.assumptions.group'), (b) =>
      t(`report.who.group.${b.eligibility.prevalence ?? 'none'}`),
    ),
    row(t('report.assumptions.targeting'), (b) => {
      const x = b.eligibility.targeting;
      return x === null
        ? t('targeting.universal')
        : x === 'poverty'
          ? t('targeting.poverty')
          : f.rate(x);
    }),
    row(t('report.assumptions.exclusionError'), (b) => f.rate(b.eligibility.exclusionError)),
    row(t('report.assumptions.pensionTested'), (b) => (b.eligibility.pensionTested ? yes : no)),
    row(t('report.assumptions.furtherShare'), (b) => f.rate(b.eligibility.share)),
    row(t('report.assumptions.basis'), (b) => t(`basis.${b.benefit.basis}`)),
    row(t('report.assumptions.level'), (b) =>
      b.benefit.basis === 'fixed'
        ? t('report.assumptions.amountValue', { amount: f.whole(b.benefit.amount), currency })
        : f.rate(b.benefit.share),
    ),
    row(t('report.assumptions.months'), (b) => months(b, f)),
    row(t('report.assumptions.indexation'), (b) => t(`indexation.${b.benefit.indexation}`)),
    row(t('report.assumptions.nonWage'), (b) => f.rate(b.benefit.nonWageCostRate)),
    // Year-by-year take-up is written out whole on the first row (its start and end alone would
    // hide the years between); the phase-in shows its two ends.
    row(t('report.assumptions.coverageStart'), (b) =>
      b.coverage.byYear
        ? (coveragePoints(b, f, t) ?? '')
        : t('report.assumptions.rampValue', {
            share: f.rate(b.coverage.start),
            year: b.coverage.startYear,
          }),
    ),
    row(t('report.assumptions.coverageFull'), (b) =>
      t('report.assumptions.rampValue', {
        share: f.rate(b.coverage.full),
        year: b.coverage.fullYear,
      }),
    ),
    row(t('report.assumptions.admin'), (b) => f.rate(b.adminRate)),
    row(t('report.assumptions.function'), (b) =>
      b.function ? t(`report.function.${b.function}`) : '–',
    ),
    row(t('report.assumptions.formulas'), (b) =>
      b.formula
        ? [b.formula.eligible, b.formula.perBeneficiary].filter((x) => x !== undefined).join(' ; ')
        : '–',
    ),
  ];
}

const MACRO = [
  'realGrowth',
  'inflation',
  'revenuePctGdp',
  'expenditurePctGdp',
  'fxPerUsd',
] as const;

function pathText(
  key: (typeof MACRO)[number],
  value: AssumptionPath | undefined,
  baseYear: number,
  t: TFunction,
  f: ReportFormat,
): string {
  if (value === undefined) return t('report.assumptions.fromCountry');
  const one = (v: number) => (key === 'fxPerUsd' ? f.number(v, 2) : f.rate(v));
  if (typeof value === 'number')
    return t('report.assumptions.constant', { value: one(value), year: baseYear + 1 });
  const shown = value.slice(0, 6).map(one).join(', ');
  return t('report.assumptions.list', {
    values: value.length > 6 ? `${shown}, …` : shown,
    year: baseYear + 1,
    last: one(value[value.length - 1]!),
  });
}

/** Every parameter the costing used: benefits, financing options, fiscal settings and macro paths. */
export function AssumptionsSection({ model, f }: Props) {
  const { t } = useTranslation();
  const lang = useMessageLanguage();
  const { result: r, scenario, years, index } = model;
  const currency = r.currency;
  const b = r.baseline;
  const debt = r.financing.debt;
  const typedSpending = Object.entries(scenario.fiscal.currentSpendingPctGdp);
  return (
    <section
      className="report-section"
      data-testid="report-assumptions"
      aria-labelledby="assumptions-title"
    >
      <h2 id="assumptions-title">{t('report.assumptions.title')}</h2>
      <p>{t('report.assumptions.intro')}</p>

      <h3>{t('report.assumptions.benefits')}</h3>
      {chunks(model.benefits, PER_TABLE).map((group, k) => (
        <ReportTable
          key={k}
          compact
          caption={t('report.assumptions.benefitsCaption', { part: k + 1 })}
          columns={[
            { label: t('report.assumptions.parameter'), text: true },
            ...group.map((x) => ({ label: x.label, text: true })),
          ]}
          rows={benefitRows(group, t, f, currency)}
        />
      ))}
      <p className="report-note">{t('report.assumptions.benefitsNote', { year: r.baseYear })}</p>

      <ReportBlock title={t('report.assumptions.financing')}>
        {scenario.financing.length === 0 ? (
          <p className="report-note">{t('report.assumptions.noFinancing')}</p>
        ) : (
          <ReportTable
            compact
            caption={t('report.assumptions.financingCaption')}
            columns={[
              { label: t('report.assumptions.option'), text: true },
              { label: t('report.assumptions.startYear') },
              { label: t('report.assumptions.startShare') },
              { label: t('report.assumptions.fullYear') },
              { label: t('report.assumptions.fullShare') },
            ]}
            rows={scenario.financing.map((o) => [
              t(`option.${o.option}`),
              String(o.startYear),
              f.pct(o.start),
              String(o.fullYear),
              f.pct(o.full),
            ])}
          />
        )}
      </ReportBlock>

      <ReportBlock title={t('report.assumptions.fiscal')}>
        <ReportTable
          compact
          caption={t('report.assumptions.fiscalCaption')}
          columns={[
            { label: t('report.assumptions.setting'), text: true },
            { label: t('report.assumptions.value'), text: true },
          ]}
          rows={[
            [t('report.assumptions.interestRate'), f.rate(scenario.fiscal.interestRate)],
            [t('report.assumptions.debtCeiling'), f.rate(scenario.fiscal.debtCeilingPctGdp)],
            ...typedSpending.map(([fn, v]) => [
              t('report.assumptions.typedSpending', { function: t(`report.function.${fn}`) }),
              f.pct(v),
            ]),
          ]}
        />
      </ReportBlock>

      <ReportBlock title={t('report.assumptions.macro')}>
        <ReportTable
          compact
          caption={t('report.assumptions.macroCaption')}
          columns={[
            { label: t('report.assumptions.series'), text: true },
            { label: t('report.assumptions.value'), text: true },
          ]}
          rows={MACRO.map((key) => [
            t(`report.macro.${key}`, { currency }),
            pathText(key, scenario.assumptions[key], r.baseYear, t, f),
          ])}
        />
        <ReportTable
          compact
          caption={t('report.assumptions.pathsCaption', { currency })}
          testId="report-macro-table"
          columns={[
            { label: t('report.table.year'), text: true },
            { label: t('report.macro.gdp', { currency }) },
            { label: t('report.macro.realGrowth') },
            { label: t('report.macro.inflation') },
            { label: t('report.macro.revenuePctGdp') },
            { label: t('report.macro.expenditurePctGdp') },
            { label: t('report.macro.fxPerUsd', { currency }) },
            { label: t('report.macro.population') },
            { label: t('report.macro.povertyLine', { currency }) },
            { label: t('report.macro.debt') },
          ]}
          rows={index.map((i, k) => [
            String(years[k]),
            f.millions(b.gdp[i]!),
            f.rate(b.realGrowth[i]!),
            f.rate(b.inflation[i]!),
            f.rate(b.revenue[i]! / b.gdp[i]!),
            f.rate(b.expenditure[i]! / b.gdp[i]!),
            f.number(b.fxPerUsd[i]!, 2),
            f.personsMillions(b.population[i]!),
            f.whole(b.povertyLine[i]!),
            f.rate(debt.baselinePctGdp[i]!),
          ])}
        />
      </ReportBlock>

      {r.warnings.length > 0 ? (
        <>
          <h3>{t('report.assumptions.warnings')}</h3>
          <ul className="report-list" data-testid="report-warnings">
            {reportWarnings(r, lang).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      {scenario.notes ? (
        <>
          <h3>{t('report.assumptions.notes')}</h3>
          <p className="report-pre">{scenario.notes}</p>
        </>
      ) : null}
    </section>
  );
}
