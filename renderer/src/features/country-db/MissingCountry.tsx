import { useTranslation } from 'react-i18next';
import type { UnbuildableCountry } from '../../../../src/contract/country-db';
import { useMessageText } from '../../components/use-issues';

/**
 * What the picker says when nothing matches: why the public data could not build the country asked
 * for when it is one of those, else how to search differently.
 */
export function MissingCountry({ missing }: { missing: UnbuildableCountry | undefined }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  if (!missing) return <p className="empty">{t('countryDb.noMatch')}</p>;
  const reason = missing.code
    ? messageText(
        { code: missing.code, ...(missing.params ? { params: missing.params } : {}) },
        missing.message,
      )
    : missing.message;
  return (
    <p className="empty" data-testid="country-db-missing">
      {t('countryDb.unbuildable', { name: missing.name, code: missing.iso3 })}{' '}
      <span className="field__help">
        {missing.source ? `${missing.source}, ${missing.path}: ` : ''}
        {reason}
      </span>
    </p>
  );
}
