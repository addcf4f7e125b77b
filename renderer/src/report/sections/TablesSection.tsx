import { useTranslation } from 'react-i18next';
import { at, rowsOfYears, type ReportModel } from '../report-model';
import type { ReportFormat } from '../report-format';
import { ReportBlock } from '../ReportBlock';
import { ReportTable } from '../ReportTable';

interface Props {
  model: ReportModel;
  f: ReportFormat;
}

/** Yearly results for the selected years: each benefit, the package, fiscal space, gaps, crisis. */
export function TablesSection({ model, f }: Props) {
  const { t } = useTranslation();
  const { result: r, years } = model;
  const currency = r.currency;
  const year = { label: t('report.table.year'), text: true };
  const yearRows = rowsOfYears(model);
  const hasNonWage = r.total.nonWageCost.some((v) => v > 0);
  const gdp = r.baseline.gdp;
  const fin = r.financing;

  return (
    <section className="report-section" data-testid="report-tables" aria-labelledby="tables-title">
      <h2 id="tables-title">{t('report.tables.title')}</h2>
      <p>{t('report.tables.intro', { years: years.join(', ') })}</p>

      <h3>{t('report.tables.byBenefit')}</h3>
      {r.benefits.map((b) => (
        <ReportTable
          key={b.id}
          compact
          caption={b.label}
          columns={[
            year,
            { label: t('report.tables.eligible') },
            { label: t('report.tables.coverage') },
            { label: t('report.tables.beneficiaries') },
            { label: t('report.tables.perBeneficiary', { currency }) },
            { label: t('report.measure.costMillions', { currency }) },
            { label: t('report.measure.pctGdp') },
          ]}
          rows={yearRows((i) => [
            f.whole(b.eligible[i]!),
            f.rate(b.coverage[i]!),
            f.whole(b.beneficiaries[i]!),
            f.whole(b.benefitPerBeneficiary[i]!),
            f.millions(b.cost[i]!),
            f.pct(b.pctGdp[i]!),
          ])}
        />
      ))}
      <p className="report-note">{t('report.tables.beneficiariesNote')}</p>

      <ReportBlock title={t('report.tables.totals')}>
        <ReportTable
          compact
          caption={t('report.tables.totalsCaption', { currency })}
          testId="report-totals-table"
          columns={[
            year,
            { label: t('report.tables.expenditure') },
            ...(hasNonWage ? [{ label: t('report.tables.nonWage') }] : []),
            { label: t('report.tables.admin') },
            { label: t('report.tables.cost') },
            { label: t('report.tables.costReal', { year: r.baseYear }) },
            { label: t('report.tables.costUsd') },
            { label: t('report.measure.pctGdp') },
            { label: t('report.measure.pctExpenditure') },
            { label: t('report.measure.pctRevenue') },
            { label: t('report.tables.perCapita', { currency }) },
          ]}
          rows={yearRows((i) => [
            f.millions(r.total.expenditure[i]!),
            ...(hasNonWage ? [f.millions(r.total.nonWageCost[i]!)] : []),
            f.millions(r.total.admin[i]!),
            f.millions(r.total.cost[i]!),
            f.millions(r.total.costReal[i]!),
            f.millions(r.total.costUsd[i]!),
            f.pct(r.total.pctGdp[i]!),
            f.pct(r.total.pctExpenditure[i]!),
            f.pct(r.total.pctRevenue[i]!),
            f.whole(r.total.perCapita[i]!),
          ])}
        />
      </ReportBlock>

      <ReportBlock title={t('report.tables.fiscalSpace')} text={t('report.tables.fiscalSpaceText')}>
        <ReportTable
          compact
          caption={t('report.tables.fiscalCaption', { currency })}
          testId="report-fiscal-table"
          columns={[
            year,
            { label: t('report.tables.newRevenue') },
            { label: t('report.tables.reallocation') },
            { label: t('report.tables.deficitFinancing') },
            { label: t('report.tables.resources') },
            { label: t('report.tables.gap') },
          ]}
          rows={yearRows((i) => [
            f.millions(fin.newRevenue[i]!),
            f.millions(fin.reallocation[i]!),
            f.millions(fin.deficitFinancing[i]!),
            f.millions(fin.resources[i]!),
            f.millions(fin.gap[i]!),
          ])}
        />
        <ReportTable
          compact
          caption={t('report.tables.balanceCaption')}
          testId="report-balance-table"
          columns={[
            year,
            { label: t('report.measure.gapPct') },
            { label: t('report.measure.fundingGapPct') },
            { label: t('report.tables.balanceBefore') },
            { label: t('report.measure.balanceAfterPct') },
          ]}
          rows={yearRows((i) => [
            f.pct(fin.gapPctGdp[i]!),
            f.pct(fin.fundingGapPctGdp[i]!),
            f.pct(fin.balanceBefore[i]! / gdp[i]!),
            f.pct(fin.balanceAfterPctGdp[i]!),
          ])}
        />
      </ReportBlock>

      <SpendingGapBlock model={model} f={f} />

      {r.crisis.measures.length > 0 ? <CrisisBlock model={model} f={f} /> : null}
    </section>
  );
}

/** The package's cost by spending function against current public spending on it. */
function SpendingGapBlock({ model, f }: Props) {
  const { t } = useTranslation();
  const { result: r, fullYear, lastYear } = model;
  const benefitLabel = (id: string) => r.benefits.find((b) => b.id === id)?.label ?? id;
  return (
    <ReportBlock title={t('report.tables.spendingGap')} text={t('report.tables.spendingGapText')}>
      {r.spendingGap.length === 0 ? (
        <p className="report-note">{t('report.tables.spendingGapNone')}</p>
      ) : (
        <ReportTable
          compact
          caption={t('report.tables.spendingGapCaption')}
          testId="report-spending-gap-table"
          columns={[
            { label: t('report.tables.function'), text: true },
            { label: t('report.tables.benefits'), text: true },
            { label: t('report.tables.current') },
            { label: t('report.tables.costIn', { year: fullYear }) },
            { label: t('report.tables.gapIn', { year: fullYear }) },
            { label: t('report.tables.costIn', { year: lastYear }) },
            { label: t('report.tables.gapIn', { year: lastYear }) },
          ]}
          rows={r.spendingGap.map((g) => [
            t(`report.function.${g.function}`),
            g.benefits.map(benefitLabel).join(', '),
            f.pct(g.currentPctGdp),
            f.pct(at(g.costPctGdp, r.years, fullYear)),
            f.pct(at(g.gapPctGdp, r.years, fullYear)),
            f.pct(at(g.costPctGdp, r.years, lastYear)),
            f.pct(at(g.gapPctGdp, r.years, lastYear)),
          ])}
        />
      )}
    </ReportBlock>
  );
}

/** The temporary crisis measures: period, months, cost and share of GDP, with their total. */
function CrisisBlock({ model, f }: Props) {
  const { t } = useTranslation();
  const currency = model.result.currency;
  const crisis = model.result.crisis;
  return (
    <ReportBlock title={t('report.tables.crisis')} text={t('report.tables.crisisText')}>
      <ReportTable
        compact
        caption={t('report.tables.crisisCaption', { currency })}
        testId="report-crisis-table"
        columns={[
          { label: t('report.tables.measure'), text: true },
          { label: t('report.tables.crisisKind'), text: true },
          { label: t('report.tables.period'), text: true },
          { label: t('report.tables.months') },
          { label: t('report.tables.cost') },
          { label: t('report.tables.crisisPctGdp') },
        ]}
        rows={[
          ...crisis.measures.map((m) => {
            const first = m.months[0];
            const last = m.months[m.months.length - 1];
            return [
              m.label,
              t(`report.crisisKind.${m.kind}`),
              first && last
                ? t('report.tables.periodValue', {
                    from: `${String(first.month).padStart(2, '0')}/${first.year}`,
                    to: `${String(last.month).padStart(2, '0')}/${last.year}`,
                  })
                : '–',
              f.whole(m.months.length),
              f.millions(m.cost),
              f.pct(m.pctGdp),
            ];
          }),
          [t('report.table.total'), '', '', '', f.millions(crisis.cost), f.pct(crisis.pctGdp)],
        ]}
      />
    </ReportBlock>
  );
}
