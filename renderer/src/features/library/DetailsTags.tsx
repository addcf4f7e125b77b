import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredScenario } from '../../../../src/contract/bridge';
import { useApp } from '../../stores/store-context';
import { parseTags } from './parse-tags';

interface Props {
  stored: StoredScenario;
  inBin: boolean;
  reload: () => Promise<void>;
}

/** A scenario's tags: remove one, add several separated by commas. */
export function DetailsTags({ stored, inBin, reload }: Props) {
  const { t } = useTranslation();
  const tagsAdded = useApp((s) => s.tagsAdded);
  const tagRemoved = useApp((s) => s.tagRemoved);
  const [tagText, setTagText] = useState('');
  const tagId = useId();
  const { id } = stored;

  const addTags = () => {
    const tags = parseTags(tagText);
    if (tags.length === 0) return;
    void tagsAdded(id, tags).then(async (ok) => {
      await reload();
      if (ok) setTagText('');
    });
  };
  const removeTag = (tag: string) => void tagRemoved(id, tag).then(reload);

  return (
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
  );
}
