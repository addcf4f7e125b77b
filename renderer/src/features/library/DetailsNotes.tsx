import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredScenario } from '../../../../src/contract/bridge';
import { useApp } from '../../stores/store-context';
import { formatDateTime } from './format-when';

interface Props {
  stored: StoredScenario;
  inBin: boolean;
  reload: () => Promise<void>;
}

/** A scenario's dated notes, oldest first, and a box to add one. */
export function DetailsNotes({ stored, inBin, reload }: Props) {
  const { t, i18n } = useTranslation();
  const noteAdded = useApp((s) => s.noteAdded);
  const [noteText, setNoteText] = useState('');
  const noteId = useId();

  const addNote = () => {
    const text = noteText.trim();
    if (!text) return;
    void noteAdded(stored.id, text).then(async (ok) => {
      // Empty the box before the list shows the note, so the two change together.
      if (ok) setNoteText('');
      await reload();
    });
  };

  return (
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
                {formatDateTime(n.createdAt, i18n.language)}
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
  );
}
