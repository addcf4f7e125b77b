import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../src/contract/bridge';

/** What can be done to a scenario from the library list or its details panel. */
export interface ScenarioHandlers {
  open: (s: ScenarioSummary) => void;
  duplicate: (s: ScenarioSummary) => void;
  startRename: (s: ScenarioSummary) => void;
  remove: (s: ScenarioSummary) => void;
  undelete: (s: ScenarioSummary) => void;
}

interface Props {
  scenario: ScenarioSummary;
  inBin: boolean;
  /** With the details panel open, rows keep only Open (or Restore): the panel has them all. */
  which: 'all' | 'open';
  where: 'row' | 'details';
  handlers: ScenarioHandlers;
}

/**
 * The actions on a scenario. With the details panel open, rows keep only Open (or Restore) and the
 * panel has them all, so the list stays readable beside it on a 1366-pixel screen.
 */
export function ScenarioActions({ scenario: s, inBin, which, where, handlers }: Props) {
  const { t } = useTranslation();
  const id = (action: string) =>
    where === 'row' ? `library-${action}-${s.id}` : `library-details-${action}`;
  if (inBin || s.deleted) {
    return (
      <button
        type="button"
        className="button button--small button--primary"
        data-testid={id('undelete')}
        onClick={() => handlers.undelete(s)}
      >
        {t('library.undelete')}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid={id('open')}
        aria-label={t('library.openLabel', { name: s.name })}
        onClick={() => handlers.open(s)}
      >
        {t('library.open')}
      </button>
      {which === 'all' ? (
        <>
          <button
            type="button"
            className="button button--small"
            aria-label={t('library.duplicateLabel', { name: s.name })}
            data-testid={id('duplicate')}
            onClick={() => handlers.duplicate(s)}
          >
            {t('library.duplicate')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('library.renameLabel', { name: s.name })}
            data-testid={id('rename')}
            onClick={() => handlers.startRename(s)}
          >
            {t('library.rename')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t('library.deleteLabel', { name: s.name })}
            data-testid={id('delete')}
            onClick={() => handlers.remove(s)}
          >
            {t('library.delete')}
          </button>
        </>
      ) : null}
    </>
  );
}
