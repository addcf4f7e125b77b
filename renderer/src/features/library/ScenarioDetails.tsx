import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredScenario } from '../../../../src/contract/bridge';
import { bridge } from '../../api/bridge';
import { useApp, useAppStore } from '../../stores/store-context';
import { formatMillions, formatPercent } from '../../lib/format';
import { formatDateTime, formatWhen } from './format-when';
import { RevisionDiff } from './RevisionDiff';
import { syncOpenScenario } from './sync-open-scenario';
import { useOpenScenario } from './use-open-scenario';

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

/** Splits "a, b ,c" into tags; a tag is at most 60 characters. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().slice(0, 60);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** One scenario: its revisions (open or restore any), tags, notes and country. */
export function ScenarioDetails({ id, inBin, stamp, actions, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const store = useAppStore();
  const libraryAction = useApp((s) => s.libraryAction);
  const openedId = useApp((s) => s.source?.id ?? null);
  const open = useOpenScenario();
  const [stored, setStored] = useState<StoredScenario | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tagText, setTagText] = useState('');
  const [noteText, setNoteText] = useState('');
  const tagId = useId();
  const noteId = useId();

  const load = useCallback(
    () =>
      bridge()('scenarios:get', { id })
        .then((s) => {
          setStored(s);
          setError(null);
        })
        .catch((e: unknown) => setError((e as Error).message)),
    [id],
  );

  // The component is keyed by the scenario id: a new id starts afresh.
  useEffect(() => {
    void load();
  }, [load, stamp]);

  /** Runs a change through the store (errors become a notice), then reads the scenario again. */
  const change = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    let ok = false;
    await libraryAction(async () => {
      await action();
      ok = true;
    }, done);
    await load();
    return ok;
  };

  if (error) {
    return (
      <aside
        className="panel lib-details"
        aria-labelledby="lib-details-title"
        data-testid="library-details"
      >
        <h3 id="lib-details-title">{t('library.details.title')}</h3>
        <p className="notice notice--error" role="alert">
          {t('library.details.error', { message: error })}
        </p>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => void load()}>
            {t('library.retry')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('library.details.close')}
          </button>
        </div>
      </aside>
    );
  }
  if (!stored || stored.id !== id) {
    return (
      <aside className="panel lib-details" aria-busy="true" data-testid="library-details">
        <p className="empty" role="status">
          {t('library.details.loading')}
        </p>
      </aside>
    );
  }

  const country = (stored.country ?? {}) as { name?: string; code?: string; fictional?: boolean };
  const description = (stored.scenario as { description?: unknown }).description;
  const current = stored.revisions[stored.revisions.length - 1]?.rev ?? stored.rev;
  const revisions = [...stored.revisions].reverse();

  const restore = (rev: number) => {
    if (
      !window.confirm(
        t('library.details.confirmRestore', { rev, name: stored.name, next: current + 1 }),
      )
    ) {
      return;
    }
    void change(
      () => bridge()('scenarios:restore', { id, rev }),
      t('library.details.restored', { rev, next: current + 1 }),
    ).then((ok) => (ok ? syncOpenScenario(store, id) : undefined));
  };

  const addTags = () => {
    const tags = parseTags(tagText);
    if (tags.length === 0) return;
    void change(
      () => bridge()('scenarios:addTags', { id, tags }),
      t('library.details.tagsAdded', { count: tags.length }),
    ).then((ok) => {
      if (ok) setTagText('');
    });
  };

  const removeTag = (tag: string) =>
    void change(
      () => bridge()('scenarios:removeTag', { id, tag }),
      t('library.details.tagRemoved', { tag }),
    );

  const addNote = () => {
    const text = noteText.trim();
    if (!text) return;
    void change(
      () => bridge()('scenarios:addNote', { id, text }),
      t('library.details.noteAdded'),
    ).then((ok) => {
      if (ok) setNoteText('');
    });
  };

  return (
    <aside
      className="panel lib-details"
      aria-labelledby="lib-details-title"
      data-testid="library-details"
    >
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
                      void (r.rev === current
                        ? open(id, stored.name)
                        : open(id, stored.name, r.rev))
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

      <section aria-labelledby="lib-tags-title">
        <h4 id="lib-tags-title">{t('library.details.tags')}</h4>
        {stored.tags.length === 0 ? (
          <p className="field__help">{t('library.details.noTags')}</p>
        ) : (
          <ul className="tags lib-tags" aria-label={t('library.details.tags')}>
            {stored.tags.map((tag) => (
              <li key={tag} className="tag lib-tag">
                {tag}
                {inBin ? null : (
                  <button
                    type="button"
                    className="lib-tag__remove"
                    aria-label={t('library.details.removeTag', { tag })}
                    title={t('library.details.removeTag', { tag })}
                    onClick={() => removeTag(tag)}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {inBin ? null : (
          <div className="lib-inline-form">
            <label className="visually-hidden" htmlFor={tagId}>
              {t('library.details.addTagsLabel')}
            </label>
            <input
              id={tagId}
              className="input"
              value={tagText}
              placeholder={t('library.details.addTagsPlaceholder')}
              data-testid="library-tag-input"
              onChange={(e) => setTagText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') addTags();
              }}
            />
            <button
              type="button"
              className="button button--small"
              disabled={parseTags(tagText).length === 0}
              data-testid="library-tag-add"
              onClick={addTags}
            >
              {t('library.details.addTags')}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="lib-notes-title">
        <h4 id="lib-notes-title">{t('library.details.notes')}</h4>
        <p className="field__help">{t('library.details.notesHelp')}</p>
        {stored.notes.length === 0 ? (
          <p className="field__help">{t('library.details.noNotes')}</p>
        ) : (
          <ol className="lib-notes" data-testid="library-notes">
            {stored.notes.map((n) => (
              <li key={n.id}>
                <time dateTime={n.createdAt} className="lib-notes__when">
                  {formatDateTime(n.createdAt, locale)}
                </time>
                <p className="lib-notes__text">{n.text}</p>
              </li>
            ))}
          </ol>
        )}
        {inBin ? null : (
          <div className="lib-note-form">
            <label className="field__label" htmlFor={noteId}>
              {t('library.details.addNoteLabel')}
            </label>
            <textarea
              id={noteId}
              className="input lib-note-form__text"
              rows={3}
              maxLength={20000}
              value={noteText}
              placeholder={t('library.details.addNotePlaceholder')}
              data-testid="library-note-input"
              onChange={(e) => setNoteText(e.target.value)}
            />
            <button
              type="button"
              className="button button--small"
              disabled={!noteText.trim()}
              data-testid="library-note-add"
              onClick={addNote}
            >
              {t('library.details.addNote')}
            </button>
          </div>
        )}
      </section>
    </aside>
  );
}
