import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryDb } from './use-country-db';

interface Props {
  onClose: () => void;
}

/**
 * "About": what the app is, and the publishers of the data in its country database with their
 * attribution and licence terms (as the licences ask), from the host's `countryDb:list`.
 */
export function AboutPanel({ onClose }: Props) {
  const { t } = useTranslation();
  const db = useCountryDb();
  const titleId = useId();
  return (
    <div
      className="panel header__popover header__popover--wide about"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="about-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={titleId} className="header__popover-title">
        {t('about.title')}
      </h2>
      <p className="field__help">{t('about.intro')}</p>
      <h3 className="header__popover-subtitle">{t('about.sources')}</h3>
      {db.kind === 'ready' ? (
        <ul className="about__sources" data-testid="about-sources">
          {db.listing.sources.map((s) => (
            <li key={s.name}>
              <strong>{s.name}</strong> — {s.publisher}, {s.edition}.{' '}
              {t('about.licence', { licence: s.licence })}
              <br />
              <span className="about__attribution">{s.attribution}</span>{' '}
              <span className="about__url">{s.url}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__help" role="status">
          {db.kind === 'loading' ? t('countryDb.loading') : t('countryDb.failed')}
        </p>
      )}
      <p className="field__help">{t('about.dataNote')}</p>
      <div className="toolbar">
        <button type="button" className="button" autoFocus onClick={onClose}>
          {t('about.close')}
        </button>
      </div>
    </div>
  );
}
