import { useTranslation } from 'react-i18next';

/** Work in progress: replaced by the full page. */
export function CountryPage() {
  const { t } = useTranslation();
  return <p className="empty">{t('status.loading')}</p>;
}
