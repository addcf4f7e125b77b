import { useTranslation } from 'react-i18next';
import type { CountryData } from '#engine';
import { useApp } from '../../stores/store-context';
import {
  heldLongRunValue,
  lastMacroYear,
  LONG_RUN_KEYS,
  LONG_RUN_RULES,
  type LongRunKey,
} from './country-helpers';
import { ParamField } from './NumberInput';
import { SourceTag } from './SourceTag';
import { unitText } from './units';

/** The shown text of a fraction in % (placeholder of an empty field). */
function percentText(x: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(100 * x);
}

/**
 * The long-run assumptions: the paths after the last year of the country's economic data
 * (methodology 1.1). An empty field keeps the last value; the exchange rate moves with relative
 * inflation once US dollar inflation is given, and is held otherwise.
 */
export function LongRunSection({ country }: { country: CountryData }) {
  const { t, i18n } = useTranslation();
  const edit = useApp((s) => s.countryEdited);
  const last = lastMacroYear(country);
  const unitOf = (k: LongRunKey) => unitText(t, LONG_RUN_RULES[k].unit, country.currency);
  const placeholder = (k: LongRunKey) => {
    const held = heldLongRunValue(country, k);
    return held === undefined
      ? t('countryData.longRun.noUsd')
      : t('countryData.longRun.held', { value: percentText(held, i18n.language), year: last });
  };

  return (
    <section className="panel" aria-labelledby="long-run-title" data-testid="long-run">
      <h3 id="long-run-title">{t('countryData.longRun.title', { year: last })}</h3>
      <p className="field__help">{t('countryData.longRun.intro', { year: last })}</p>
      <div className="params">
        {LONG_RUN_KEYS.map((k) => (
          <div className="param" key={k}>
            <ParamField
              label={t(`countryData.longRun.name.${k}`)}
              value={country.longRun?.[k]}
              rule={LONG_RUN_RULES[k]}
              unit={unitOf(k)}
              help={t(`countryData.longRun.help.${k}`, { year: last, currency: country.currency })}
              placeholder={placeholder(k)}
              testId={`long-run-${k}`}
              onCommit={(v) =>
                edit(`longRun.${k}`, `longRun.${k}`, (c) => {
                  c.longRun = { ...c.longRun, [k]: v };
                })
              }
            />
            <SourceTag country={country} field={`longRun.${k}`} />
          </div>
        ))}
      </div>
    </section>
  );
}
