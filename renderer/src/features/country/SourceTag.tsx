import { useTranslation } from 'react-i18next';
import type { CountryData } from '#engine';
import { sourcesFor } from './country-helpers';
import { fieldName } from './units';

/**
 * One line under a parameter: where its value comes from, and whether it is assumed or was changed.
 * A group of fields with no source of its own (current spending by function) lists the sources of
 * the fields inside it, each with its name.
 */
export function SourceTag({ country, field }: { country: CountryData; field: string }) {
  const { t } = useTranslation();
  const sources = sourcesFor(country, field);
  const inside = sources.length > 0 && sources[0]!.field.startsWith(`${field}.`);
  return (
    <p className="source-tag" data-testid={`source-${field}`}>
      <span className="source-tag__label">{t('country.sources.sourceLabel')}</span>{' '}
      {sources.length === 0 ? t('country.sources.notStated') : null}
      {sources.map((s, i) => (
        <span key={s.field}>
          {i > 0 ? '; ' : ''}
          {inside ? `${fieldName(t, s.field)}: ` : ''}
          {s.source}
          {s.edition ? ` (${s.edition})` : ''}
          {s.assumption ? (
            <span className="flag flag--assumption">{t('country.sources.assumption')}</span>
          ) : null}
          {s.userChanged ? (
            <span className="flag flag--changed">{t('country.sources.changed')}</span>
          ) : null}
        </span>
      ))}
    </p>
  );
}
