import { useTranslation } from 'react-i18next';
import type { CountryData } from '../../../../src/formats/country-schema';
import { sourceOf } from './country-helpers';

/** One line under a parameter: where its value comes from, and whether it is assumed or was changed. */
export function SourceTag({ country, field }: { country: CountryData; field: string }) {
  const { t } = useTranslation();
  const s = sourceOf(country, field);
  return (
    <p className="source-tag" data-testid={`source-${field}`}>
      <span className="source-tag__label">{t('country.sources.sourceLabel')}</span>{' '}
      {s ? s.source : t('country.sources.notStated')}
      {s?.edition ? ` (${s.edition})` : ''}
      {s?.assumption ? (
        <span className="flag flag--assumption">{t('country.sources.assumption')}</span>
      ) : null}
      {s?.userChanged ? (
        <span className="flag flag--changed">{t('country.sources.changed')}</span>
      ) : null}
    </p>
  );
}
