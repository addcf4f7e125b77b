import { useTranslation } from 'react-i18next';
import { SPENDING_FUNCTIONS, type CountryData } from '#engine';
import { useApp } from '../../stores/store-context';
import { SERIES_RULES } from './country-helpers';
import { ParamField } from './NumberInput';
import { SourceTag } from './SourceTag';
import { unitText } from './units';

/** The wages; the poverty line is edited with its headcount under Poverty lines. */
const MONEY = ['minimumWage', 'averageWage'] as const;
const SHARE_RULE = { scale: 100, digits: 3, min: 0, minExclusive: false, max: 100 };

/** The wages and current spending by function: one field each, with unit and help. */
export function ParametersSection({ country }: { country: CountryData }) {
  const { t } = useTranslation();
  const edit = useApp((s) => s.countryEdited);
  const currency = country.currency;

  return (
    <section className="panel" aria-labelledby="params-title">
      <h3 id="params-title">{t('country.params.title')}</h3>
      <p className="field__help">{t('country.params.intro', { year: country.baseYear })}</p>
      <div className="params">
        {MONEY.map((k) => (
          <div className="param" key={k}>
            <ParamField
              label={t(`country.params.${k}`)}
              value={country[k]}
              rule={SERIES_RULES[k]}
              unit={unitText(t, SERIES_RULES[k].unit, currency)}
              help={
                t(`country.params.${k}Help`, { year: country.baseYear }) +
                (country.macro[k] ? ` ${t('country.params.ownSeries')}` : '')
              }
              placeholder={t('country.params.notGiven')}
              testId={`param-${k}`}
              onCommit={(v) => edit(k, k, (c) => void (c[k] = v))}
            />
            <SourceTag country={country} field={k} />
          </div>
        ))}
      </div>
      <h4>{t('country.params.spendingTitle')}</h4>
      <p className="field__help">{t('country.params.spendingHelp')}</p>
      <div className="params params--compact">
        {SPENDING_FUNCTIONS.map((f) => (
          <div className="param" key={f}>
            <ParamField
              label={t(`country.params.spending.${f}`)}
              value={country.spendingPctGdp?.[f]}
              rule={SHARE_RULE}
              unit={t('units.pctGdp')}
              placeholder={t('country.params.notGiven')}
              testId={`spending-${f}`}
              onCommit={(v) =>
                edit(`spending.${f}`, 'spendingPctGdp', (c) => {
                  c.spendingPctGdp = { ...c.spendingPctGdp, [f]: v };
                })
              }
            />
          </div>
        ))}
      </div>
      <SourceTag country={country} field="spendingPctGdp" />
    </section>
  );
}
