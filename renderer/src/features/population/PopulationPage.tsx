import { useTranslation } from 'react-i18next';

/** Being built: replaced by the full page. */
export function PopulationPage() {
  const { t } = useTranslation();
  return <p className="empty">{t('status.loading')}</p>;
}
