import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PensionResult } from '#engine';
import { formatPercent } from '../../lib/format';

/** How far ahead the "later" PAYG cost rate looks, when the projection is long enough. */
export const LATER_YEARS = 50;

/**
 * The numbers a workshop asks first: when the reserve runs out, the general average premium of a
 * chosen period, and the PAYG cost rate now and in 50 years, against the contribution rate.
 */
export function PensionHeadlines({ result }: { result: PensionResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const premiums = result.generalAveragePremiums;
  const [chosen, setChosen] = useState(premiums.length - 1);
  const gap = premiums[Math.min(chosen, premiums.length - 1)];
  const n = result.years.length;
  const later = Math.min(LATER_YEARS, n - 1);
  const first = result.years[0]!;
  const laterYear = result.years[later]!;
  const pct = (v: number) => formatPercent(v, locale, 2);
  const depletion = result.reserveDepletionYear;

  return (
    <section className="panel" aria-labelledby="pension-headlines-title">
      <h3 id="pension-headlines-title">
        {t('pension.headlines.title', { scheme: result.scheme })}
      </h3>
      <dl className="keyfacts keyfacts--pension" data-testid="pension-headlines">
        <div className={`keyfacts__item${depletion !== null ? ' keyfacts__item--alert' : ''}`}>
          <dt>{t('pension.headlines.depletion')}</dt>
          <dd data-testid="pension-depletion">
            {depletion !== null ? depletion : t('pension.headlines.lasts')}
          </dd>
          <dd className="keyfacts__unit">
            {depletion !== null
              ? t('pension.headlines.depletionNote')
              : t('pension.headlines.lastsNote', { year: result.years[n - 1] })}
          </dd>
        </div>
        <div className="keyfacts__item">
          <dt>
            <label htmlFor="gap-period">{t('pension.headlines.gap')}</label>
          </dt>
          <dd data-testid="pension-gap">{gap ? pct(gap.premium) : '–'}</dd>
          <dd className="keyfacts__unit">
            {premiums.length > 1 ? (
              <select
                id="gap-period"
                className="input input--small"
                value={chosen}
                data-testid="pension-gap-period"
                onChange={(e) => setChosen(Number(e.target.value))}
              >
                {premiums.map((g, i) => (
                  <option key={i} value={i}>
                    {t('pension.headlines.period', { from: g.from, to: g.to })}
                  </option>
                ))}
              </select>
            ) : gap ? (
              t('pension.headlines.period', { from: gap.from, to: gap.to })
            ) : null}
          </dd>
          {gap ? (
            <dd className="keyfacts__unit">
              {t('pension.headlines.gapNote', { ratio: gap.targetReserveRatio })}
            </dd>
          ) : null}
        </div>
        <div className="keyfacts__item">
          <dt>{t('pension.headlines.paygNow', { year: first })}</dt>
          <dd data-testid="pension-payg-now">{pct(result.indicators.paygCostRate[0]!)}</dd>
          <dd className="keyfacts__unit">
            {t('pension.headlines.contributionRate', {
              rate: pct(result.parameters.contributionRate[0]!),
            })}
          </dd>
        </div>
        <div className="keyfacts__item">
          <dt>
            {later === LATER_YEARS
              ? t('pension.headlines.paygLater', { year: laterYear })
              : t('pension.headlines.paygLast', { year: laterYear })}
          </dt>
          <dd data-testid="pension-payg-later">{pct(result.indicators.paygCostRate[later]!)}</dd>
          <dd className="keyfacts__unit">
            {later === LATER_YEARS
              ? t('pension.headlines.contributionRate', {
                  rate: pct(result.parameters.contributionRate[later]!),
                })
              : t('pension.headlines.shorter', { years: LATER_YEARS })}
          </dd>
        </div>
        <div className="keyfacts__item">
          <dt>{t('pension.headlines.replacement', { year: first })}</dt>
          <dd data-testid="pension-replacement">{pct(result.indicators.replacementRate[0]!)}</dd>
          <dd className="keyfacts__unit">{t('pension.headlines.replacementNote')}</dd>
        </div>
      </dl>
    </section>
  );
}
