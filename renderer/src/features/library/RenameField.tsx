import { useTranslation } from 'react-i18next';

export interface Renaming {
  id: number;
  value: string;
  error: string | null;
}

interface Props {
  name: string;
  renaming: Renaming;
  onChange: (renaming: Renaming | null) => void;
  onSave: () => void;
}

/** A scenario's name, edited in place in its row: Enter saves, Escape cancels. */
export function RenameField({ name, renaming, onChange, onSave }: Props) {
  const { t } = useTranslation();
  return (
    <div className="lib-rename">
      <input
        autoFocus
        className="input"
        value={renaming.value}
        maxLength={200}
        aria-label={t('library.renameLabel', { name })}
        aria-invalid={renaming.error ? true : undefined}
        data-testid="library-rename-input"
        onChange={(e) => onChange({ ...renaming, value: e.target.value, error: null })}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') onSave();
          if (e.key === 'Escape') onChange(null);
        }}
      />
      <button type="button" className="button button--small button--primary" onClick={onSave}>
        {t('library.renameSave')}
      </button>
      <button type="button" className="button button--small" onClick={() => onChange(null)}>
        {t('library.renameCancel')}
      </button>
      {renaming.error ? (
        <p className="field__error" role="alert">
          {renaming.error}
        </p>
      ) : null}
    </div>
  );
}
