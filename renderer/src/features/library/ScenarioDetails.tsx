import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredScenario } from '../../../../src/contract/bridge';
import { errorKind, useErrorText } from '../../components/error-text';
import { useApp } from '../../stores/store-context';
import { DetailsNotes } from './DetailsNotes';
import { DetailsTags } from './DetailsTags';
import { RevisionList } from './RevisionList';

interface Props {
  id: number;
  /** The scenario is in the recycle bin: it can be read, not changed. */
  inBin: boolean;
  /** Changes when the list shows the scenario changed (renamed elsewhere, a new revision). */
  stamp: string;
  /** Open, duplicate, rename, delete (or restore from the bin): the same as in the list. */
  actions: ReactNode;
  onClose: () => void;
}

/** One scenario: its revisions (open or restore any), tags, notes and country. */
export function ScenarioDetails({ id, inBin, stamp, actions, onClose }: Props) {
  const { t } = useTranslation();
  const scenarioRead = useApp((s) => s.scenarioRead);
  const [stored, setStored] = useState<StoredScenario | null>(null);
  // What was thrown, worded when shown (in the language of the moment) and by its kind.
  const [error, setError] = useState<{ thrown: unknown } | null>(null);

  const load = useCallback(
    () =>
      scenarioRead(id)
        .then((s) => {
          setStored(s);
          setError(null);
        })
        .catch((thrown: unknown) => setError({ thrown })),
    [id, scenarioRead],
  );

  // The component is keyed by the scenario id: a new id starts afresh.
  useEffect(() => {
    void load();
  }, [load, stamp]);

  if (error)
    return <DetailsError thrown={error.thrown} onRetry={() => void load()} onClose={onClose} />;
  if (!stored || stored.id !== id) {
    return (
      <aside className="panel lib-details" aria-busy="true" data-testid="library-details">
        <p className="empty" role="status">
          {t('library.details.loading')}
        </p>
      </aside>
    );
  }
  return (
    <aside
      className="panel lib-details"
      aria-labelledby="lib-details-title"
      data-testid="library-details"
    >
      <DetailsHead stored={stored} inBin={inBin} actions={actions} onClose={onClose} />
      <RevisionList stored={stored} inBin={inBin} reload={load} />
      <DetailsTags stored={stored} inBin={inBin} reload={load} />
      <DetailsNotes stored={stored} inBin={inBin} reload={load} />
    </aside>
  );
}

interface ErrorProps {
  thrown: unknown;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * Why the details could not be read. A scenario no longer in the library (deleted in another window)
 * is said so, with nothing to retry; a busy library or any other failure can be tried again.
 */
function DetailsError({ thrown, onRetry, onClose }: ErrorProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const gone = errorKind(thrown) === 'not-found';
  return (
    <aside
      className="panel lib-details"
      aria-labelledby="lib-details-title"
      data-testid="library-details"
    >
      <h3 id="lib-details-title">{t('library.details.title')}</h3>
      <p className="notice notice--error" role="alert">
        {gone
          ? t('library.details.gone')
          : t('library.details.error', { message: errorText(thrown) })}
      </p>
      <div className="toolbar">
        {gone ? null : (
          <button type="button" className="button" onClick={onRetry}>
            {t('library.retry')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('library.details.close')}
        </button>
      </div>
    </aside>
  );
}

interface HeadProps {
  stored: StoredScenario;
  inBin: boolean;
  actions: ReactNode;
  onClose: () => void;
}

/** The scenario's name, whether it is open, its actions, its description and its country. */
function DetailsHead({ stored, inBin, actions, onClose }: HeadProps) {
  const { t } = useTranslation();
  const openedId = useApp((s) => s.source?.id ?? null);
  const { id } = stored;
  const country = (stored.country ?? {}) as { name?: string; code?: string; fictional?: boolean };
  const description = (stored.scenario as { description?: unknown }).description;
  return (
    <>
      <div className="lib-details__head">
        <h3 id="lib-details-title">{stored.name}</h3>
        <button
          type="button"
          className="button button--small"
          onClick={onClose}
          aria-label={t('library.details.close')}
        >
          ×
        </button>
      </div>
      <p className="lib-details__meta">
        {t('library.details.meta', { id, count: stored.revisions.length })}
        {openedId === id ? (
          <span className="badge lib-details__open">{t('library.details.isOpen')}</span>
        ) : null}
      </p>
      {actions ? <div className="lib-details__actions">{actions}</div> : null}
      {inBin ? (
        <p className="notice notice--info" role="note">
          {t('library.details.inBin')}
        </p>
      ) : null}
      {typeof description === 'string' && description ? (
        <p className="lib-details__description" data-testid="library-details-description">
          {description}
        </p>
      ) : null}
      <section aria-labelledby="lib-country-title">
        <h4 id="lib-country-title">{t('library.details.country')}</h4>
        <p data-testid="library-details-country">
          {country.name ? `${country.name} (${country.code ?? ''})` : (country.code ?? '—')}
        </p>
      </section>
    </>
  );
}
