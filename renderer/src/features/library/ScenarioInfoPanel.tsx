import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../stores/store-context';

interface Props {
  onClose: () => void;
}

/**
 * The open scenario's own words: its name, a description (printed in the report) and working notes.
 * Each is part of the scenario file, saved with the next revision and undone like any edit.
 */
export function ScenarioInfoPanel({ onClose }: Props) {
  const { t } = useTranslation();
  const name = useApp((s) => s.draft?.name ?? '');
  const description = useApp((s) => s.draft?.description ?? '');
  const notes = useApp((s) => s.draft?.notes ?? '');
  const countryName = useApp((s) => s.country?.name ?? '');
  const edit = useApp((s) => s.scenarioEdited);
  const titleId = useId();
  const nameId = useId();
  const descriptionId = useId();
  const notesId = useId();

  return (
    <div
      className="panel header__popover header__popover--wide"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="scenario-info-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={titleId} className="header__popover-title">
        {t('lifecycle.info.title')}
      </h2>
      <p className="field__help">{t('lifecycle.info.country', { country: countryName })}</p>
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          {t('lifecycle.info.name')}
        </label>
        <input
          id={nameId}
          className="input"
          value={name}
          maxLength={200}
          data-testid="scenario-info-name"
          onChange={(e) => edit('name', (d) => void (d.name = e.target.value))}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={descriptionId}>
          {t('lifecycle.info.description')}
        </label>
        <textarea
          id={descriptionId}
          className="input"
          rows={4}
          value={description}
          data-testid="scenario-description"
          onChange={(e) => edit('description', (d) => void (d.description = e.target.value))}
        />
        <p className="field__help">{t('lifecycle.info.descriptionHelp')}</p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={notesId}>
          {t('lifecycle.info.notes')}
        </label>
        <textarea
          id={notesId}
          className="input"
          rows={4}
          value={notes}
          data-testid="scenario-notes"
          onChange={(e) => edit('notes', (d) => void (d.notes = e.target.value))}
        />
        <p className="field__help">{t('lifecycle.info.notesHelp')}</p>
      </div>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          data-testid="scenario-info-close"
          onClick={onClose}
        >
          {t('lifecycle.close')}
        </button>
      </div>
    </div>
  );
}
