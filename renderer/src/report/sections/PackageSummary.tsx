import { useTranslation } from 'react-i18next';
import { howMuch, phaseIn, who } from '../describe-benefit';
import { at, type ReportModel } from '../report-model';
import type { ReportFormat } from '../report-format';
import { ReportTable } from '../ReportTable';

interface Props {
  model: ReportModel;
  f: ReportFormat;
}

/** One line per benefit (who, how much, phase-in) and the headline numbers. */
export function PackageSummary({ model, f }: Props) {
  const { t } = useTranslation();
  const { result: r, scenario, fullYear, lastYear } = model;
  const y = r.years;
  const currency = r.currency;
  const cols = [fullYear, lastYear].filter((v, i, a) => a.indexOf(v) === i);
  const row = (label: string, series: number[], format: (v: number) => string) => [
    label,
    ...cols.map((year) => format(at(series, y, year))),
  ];
  const gdp = r.baseline.gdp;
  const resourcesPct = r.financing.resources.map((v, i) => v / gdp[i]!);
  return (
    <section
      className="report-section"
      data-testid="report-summary"
      aria-labelledby="summary-title"
    >
      <h2 id="summary-title">{t('report.summary.title')}</h2>
      {scenario.description ? <p className="report-lead">{scenario.description}</p> : null}
      <p>
        {t('report.summary.intro', {
          number: model.benefits.length,
          first: model.firstYear,
          last: lastYear,
        })}
      </p>
      <ReportTable
        caption={t('report.summary.headlineCaption')}
        testId="report-headline-table"
        columns={[
          { label: t('report.summary.measure'), text: true },
          ...cols.map((c) => ({ label: String(c) })),
        ]}
        rows={[
          row(t('report.measure.costMillions', { currency }), r.total.cost, f.millions),
          row(t('report.measure.pctGdp'), r.total.pctGdp, f.pct),
          row(t('report.measure.pctExpenditure'), r.total.pctExpenditure, f.pct),
          row(t('report.measure.pctRevenue'), r.total.pctRevenue, f.pct),
          row(t('report.measure.perCapita', { currency }), r.total.perCapita, f.whole),
          row(t('report.measure.resourcesPct'), resourcesPct, f.pct),
          row(t('report.measure.gapPct'), r.financing.gapPctGdp, f.pct),
          row(t('report.measure.gapMillions', { currency }), r.financing.gap, f.millions),
          row(t('report.measure.fundingGapPct'), r.financing.fundingGapPctGdp, f.pct),
          row(t('report.measure.balanceAfterPct'), r.financing.balanceAfterPctGdp, f.pct),
        ]}
      />
      <p className="report-note">{t('report.summary.fullYearNote', { year: fullYear })}</p>
      <table className="rtable rtable--package" data-testid="report-package">
        <caption>{t('report.summary.packageCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="rtable__text">
              {t('report.summary.benefit')}
            </th>
            <th scope="col" className="rtable__text">
              {t('report.summary.who')}
            </th>
            <th scope="col" className="rtable__text">
              {t('report.summary.howMuch')}
            </th>
            <th scope="col" className="rtable__text">
              {t('report.summary.phaseIn')}
            </th>
            <th scope="col">{t('report.summary.costIn', { year: fullYear })}</th>
          </tr>
        </thead>
        <tbody>
          {model.benefits.map((b) => {
            const res = r.benefits.find((x) => x.id === b.id);
            const perYear = res ? at(res.benefitPerBeneficiary, y, fullYear) : Number.NaN;
            return (
              <tr key={b.id}>
                <th scope="row" className="rtable__text">
                  {b.label}
                </th>
                <td className="rtable__text">{who(b, t, f)}</td>
                <td className="rtable__text">
                  {howMuch(b, t, f, currency, r.baseYear)}
                  {Number.isFinite(perYear) && perYear > 0 ? (
                    <span className="report-aside">
                      {t('report.summary.perBeneficiary', {
                        amount: f.whole(perYear),
                        currency,
                        year: fullYear,
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="rtable__text">{phaseIn(b, t, f)}</td>
                <td>{res ? f.pct(at(res.pctGdp, y, fullYear)) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
