import { useTranslation } from 'react-i18next';
import { at, type ReportModel } from '../report-model';
import type { ReportFormat } from '../report-format';

interface Props {
  model: ReportModel;
  f: ReportFormat;
}

/** The cover: what was costed, for which country, and the answer in three sentences. */
export function Cover({ model, f }: Props) {
  const { t } = useTranslation();
  const { result: r, data, fullYear, lastYear } = model;
  const y = r.years;
  const currency = r.currency;
  const costFull = at(r.total.pctGdp, y, fullYear);
  const costLast = at(r.total.pctGdp, y, lastYear);
  const gapFull = at(r.financing.gapPctGdp, y, fullYear);
  const resourcesFull = at(r.financing.resources, y, fullYear) / at(r.baseline.gdp, y, fullYear);
  const hasOptions = r.financing.options.length > 0;
  return (
    <section className="report-cover" data-testid="report-cover" aria-labelledby="report-title">
      <p className="report-cover__brand">{t('report.cover.brand')}</p>
      <h1 id="report-title" className="report-cover__title">
        {t('report.cover.title')}
      </h1>
      <p className="report-cover__scenario" data-testid="report-scenario">
        {r.scenario}
      </p>
      <p className="report-cover__country" data-testid="report-country">
        {data.country.name}
        {data.country.fictional ? (
          <span className="badge" data-testid="report-fictional">
            {t('report.cover.fictional')}
          </span>
        ) : null}
      </p>
      <dl className="report-cover__facts">
        <div>
          <dt>{t('report.cover.currency')}</dt>
          <dd>{currency}</dd>
        </div>
        <div>
          <dt>{t('report.cover.baseYear')}</dt>
          <dd>{r.baseYear}</dd>
        </div>
        <div>
          <dt>{t('report.cover.years')}</dt>
          <dd>{`${model.firstYear}–${lastYear}`}</dd>
        </div>
        <div>
          <dt>{t('report.cover.date')}</dt>
          <dd>{f.date(data.generatedAt)}</dd>
        </div>
      </dl>
      <div className="report-cover__summary" data-testid="report-headline">
        <h2>{t('report.cover.inShort')}</h2>
        <p>
          {t('report.cover.cost', {
            year: fullYear,
            pctGdp: f.pct(costFull),
            amount: f.millions(at(r.total.cost, y, fullYear)),
            currency,
            pctExpenditure: f.pct(at(r.total.pctExpenditure, y, fullYear)),
          })}{' '}
          {lastYear !== fullYear
            ? t('report.cover.costLast', { year: lastYear, pctGdp: f.pct(costLast) })
            : null}
        </p>
        <p>
          {!hasOptions
            ? t('report.cover.noFinancing', { year: fullYear, pctGdp: f.pct(gapFull) })
            : gapFull > 0
              ? t('report.cover.gap', {
                  year: fullYear,
                  resources: f.pct(resourcesFull),
                  gap: f.pct(gapFull),
                  amount: f.millions(at(r.financing.gap, y, fullYear)),
                  currency,
                })
              : t('report.cover.noGap', { year: fullYear, resources: f.pct(resourcesFull) })}{' '}
          {lastYear !== fullYear
            ? t('report.cover.gapLast', {
                year: lastYear,
                gap: f.pct(at(r.financing.gapPctGdp, y, lastYear)),
              })
            : null}
        </p>
        {data.country.fictional ? (
          <p className="report-note">{t('report.cover.fictionalNote')}</p>
        ) : null}
      </div>
    </section>
  );
}
