import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryData } from '#engine';
import { useApp } from '../../stores/store-context';
import { MacroCharts, macroPaths } from './MacroCharts';
import { MacroTable } from './MacroTable';
import { LongRunSection } from './LongRunSection';

/** The economy: the paths the costing uses (charts and table) and the country's inputs (editable). */
export function MacroSection({ country }: { country: CountryData }) {
  const { t } = useTranslation();
  const run = useApp((s) => s.run);
  const years = useApp((s) => s.draft?.years);
  const assumptions = useApp((s) => s.draft?.assumptions);
  // The costing's baseline, unless it is from other data (the scenario cannot be costed on these yet).
  const result =
    run.result &&
    run.result.country === country.code &&
    run.result.baseYear === country.baseYear &&
    run.status !== 'invalid' &&
    run.status !== 'failed'
      ? run.result
      : null;
  const paths = useMemo(
    () => (years && assumptions ? macroPaths(country, result, years, assumptions) : null),
    [country, result, years, assumptions],
  );
  // The macro paths a scenario replaces (its choice of poverty line is not one).
  const overridden = assumptions
    ? (Object.keys(assumptions) as (keyof typeof assumptions)[]).filter(
        (k) => k !== 'povertyLine' && assumptions[k] !== undefined,
      )
    : [];

  return (
    <>
      <section className="panel" aria-labelledby="macro-paths-title">
        <h3 id="macro-paths-title">{t('country.macro.pathsTitle')}</h3>
        {overridden.length > 0 ? (
          <p className="notice notice--info" data-testid="macro-assumptions">
            {t('country.macro.assumptionsNote', {
              list: overridden.map((k) => t(`country.macro.series.${k}`)).join(', '),
              year: country.baseYear,
            })}
          </p>
        ) : null}
        {paths ? (
          <MacroCharts paths={paths} currency={country.currency} />
        ) : (
          <p className="empty">{t('country.macro.noPaths')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="macro-inputs-title">
        <h3 id="macro-inputs-title">{t('country.macro.inputsTitle')}</h3>
        <p className="field__help">{t('countryData.macroInputsHelp')}</p>
        <MacroTable country={country} />
      </section>
      <LongRunSection country={country} />
    </>
  );
}
