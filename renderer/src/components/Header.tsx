import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutPanel } from '../features/country-db/AboutPanel';
import { NewScenarioDialog } from '../features/library/NewScenarioDialog';
import { ScenarioInfoPanel } from '../features/library/ScenarioInfoPanel';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { useHeaderPanelRequests } from '../lib/header-panel-request';
import { useApp } from '../stores/store-context';
import { OpenScenarioFile } from './OpenScenarioFile';

/** Scenario name, save state, undo/redo and language: always in view. */
export function Header() {
  const { t, i18n } = useTranslation();
  const name = useApp((s) => s.draft?.name ?? '');
  const countryName = useApp((s) => s.country?.name ?? '');
  const source = useApp((s) => s.source);
  const saving = useApp((s) => s.saving);
  const dirty = useApp((s) => s.isDirty());
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const edit = useApp((s) => s.scenarioEdited);
  const save = useApp((s) => s.saveRequested);
  const saveAs = useApp((s) => s.saveAsRequested);
  const [open, setOpen] = useState<'new' | 'info' | 'about' | null>(null);
  const toggle = (which: 'new' | 'info' | 'about') => setOpen((o) => (o === which ? null : which));
  useHeaderPanelRequests(setOpen);
  const undo = useApp((s) => s.undoRequested);
  const redo = useApp((s) => s.redoRequested);
  const status = saving
    ? t('save.saving')
    : dirty
      ? t('save.unsaved')
      : source
        ? t('save.saved', { id: source.id, rev: source.rev })
        : t('save.new');

  return (
    <header className="header">
      <div className="header__brand">SPF Costing Studio</div>
      <div className="header__scenario">
        <label className="visually-hidden" htmlFor="scenario-name">
          {t('header.scenarioName')}
        </label>
        <input
          id="scenario-name"
          className="input header__name"
          value={name}
          data-testid="scenario-name"
          onChange={(e) => edit('name', (d) => void (d.name = e.target.value))}
        />
        <span className="header__country" title={t('header.country')}>
          {countryName}
        </span>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open === 'info'}
          title={t('lifecycle.info.open')}
          data-testid="scenario-info"
          onClick={() => toggle('info')}
        >
          {t('lifecycle.info.button')}
        </button>
        {open === 'info' ? <ScenarioInfoPanel onClose={() => setOpen(null)} /> : null}
      </div>
      <div className="header__actions">
        <span
          className={`header__status${dirty ? ' header__status--dirty' : ''}`}
          data-testid="save-status"
          aria-live="polite"
        >
          {status}
        </span>
        <button
          type="button"
          className="button"
          onClick={undo}
          disabled={!canUndo}
          title="Ctrl+Z"
          data-testid="undo"
        >
          {t('header.undo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={redo}
          disabled={!canRedo}
          title="Ctrl+Y"
          data-testid="redo"
        >
          {t('header.redo')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save()}
          disabled={saving}
          title="Ctrl+S"
          data-testid="save"
        >
          {t('header.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void saveAs()}
          disabled={saving}
          title={`${t('lifecycle.saveAsTitle')} (Ctrl+Shift+S)`}
          data-testid="save-as"
        >
          {t('lifecycle.saveAs')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={open === 'new'}
          data-testid="new-scenario"
          onClick={() => toggle('new')}
        >
          {t('header.new')}
        </button>
        {open === 'new' ? <NewScenarioDialog onClose={() => setOpen(null)} /> : null}
        <OpenScenarioFile />
        <button
          type="button"
          className="button button--small"
          aria-expanded={open === 'about'}
          data-testid="about"
          onClick={() => toggle('about')}
        >
          {t('about.button')}
        </button>
        {open === 'about' ? <AboutPanel onClose={() => setOpen(null)} /> : null}
        <label className="visually-hidden" htmlFor="language">
          {t('header.language')}
        </label>
        <select
          id="language"
          className="input input--small"
          value={i18n.language}
          onChange={(e) => changeLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
