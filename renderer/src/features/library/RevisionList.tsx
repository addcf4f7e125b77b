import { useTranslation } from 'react-i18next';
import type { StoredScenario } from '../../../../src/contract/bridge';
import { formatMillions, formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import { formatDateTime, formatWhen } from './format-when';
import { RevisionDiff } from './RevisionDiff';
import { useOpenScenario } from './use-open-scenario';

interface Props {
  stored: StoredScenario;
  inBin: boolean;
  /** Reads the scenario again after a change. */
  reload: () => Promise<void>;
}

/** Every revision of a scenario, newest first: open any, restore an old one, compare two. */
export function RevisionList({ stored, inBin, reload }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const revisionRestored = useApp((s) => s.revisionRestored);
  const open = useOpenScenario();
  const { id } = stored;
  const current = stored.revisions[stored.revisions.length - 1]?.rev ?? stored.rev;
  const revisions = [...stored.revisions].reverse();

  const restore = (rev: number) => {
    const next = current + 1;
    if (!window.confirm(t('library.details.confirmRestore', { rev, name: stored.name, next }))) {
      return;
    }
    void revisionRestored(id, rev, next).then(reload);
  };

  return (
    <section aria-labelledby="lib-revisions-title">
      <h4 id="lib-revisions-title">{t('library.details.revisions')}</h4>
      <p className="field__help">{t('library.details.revisionsHelp')}</p>
      <ol className="lib-revisions" reversed data-testid="library-revisions">
        {revisions.map((r) => (
          <li key={r.rev} className="lib-revision" data-testid={`revision-${r.rev}`}>
            <div className="lib-revision__line">
              <strong>{t('library.details.rev', { rev: r.rev })}</strong>
              {r.rev === current ? (
                <span className="badge">{t('library.details.current')}</span>
              ) : null}
              <time dateTime={r.savedAt} title={formatDateTime(r.savedAt, locale)}>
                {formatWhen(r.savedAt, locale, t)}
              </time>
            </div>
            <p className="lib-revision__headline" data-testid={`revision-${r.rev}-summary`}>
              {r.name}
              {r.headline
                ? ` · ${t('lifecycle.revision.headline', {
                    pct: formatPercent(r.headline.pctGdp, locale),
                    year: r.headline.year,
                    cost: formatMillions(r.headline.cost, locale),
                    currency: r.headline.currency,
                  })}`
                : null}
            </p>
            {r.note ? <p className="lib-revision__note">{r.note}</p> : null}
            {inBin ? null : (
              <div className="lib-revision__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    void (r.rev === current ? open(id, stored.name) : open(id, stored.name, r.rev))
                  }
                >
                  {r.rev === current
                    ? t('library.details.openCurrent')
                    : t('library.details.openRev')}
                </button>
                {r.rev === current ? null : (
                  <button
                    type="button"
                    className="button button--small"
                    data-testid={`restore-${r.rev}`}
                    onClick={() => restore(r.rev)}
                  >
                    {t('library.details.restore')}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      <RevisionDiff key={stored.revisions.length} id={id} revisions={stored.revisions} />
    </section>
  );
}
