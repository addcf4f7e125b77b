import { useTranslation } from 'react-i18next';
import { useApp } from '../stores/store-context';

/** Offers back the work an earlier session autosaved but never saved. */
export function RecoveryBanner() {
  const { t, i18n } = useTranslation();
  const drafts = useApp((s) => s.recoverable);
  const recover = useApp((s) => s.draftRecovered);
  const discard = useApp((s) => s.draftDiscarded);
  if (drafts.length === 0) return null;
  return (
    <section
      className="notice notice--info recovery"
      aria-labelledby="recovery-title"
      data-testid="recovery"
    >
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <ul>
        {drafts.map((d) => {
          const name = (d.scenario as { name?: string }).name ?? t('recovery.untitled');
          return (
            <li key={d.key}>
              {t('recovery.item', {
                name,
                time: new Date(d.savedAt).toLocaleString(i18n.language),
              })}{' '}
              <button type="button" className="button button--small" onClick={() => recover(d.key)}>
                {t('recovery.open')}
              </button>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => void discard(d.key)}
              >
                {t('recovery.discard')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
