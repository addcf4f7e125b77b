import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../src/contract/bridge';
import { MAX_COMPARED } from '../compare/compare-limits';
import { formatDateTime, formatWhen } from './format-when';
import { RenameField, type Renaming } from './RenameField';
import { ScenarioActions, type ScenarioHandlers } from './ScenarioActions';

/** What the list shares with each of its rows: the choices made on the page and how to change them. */
export interface RowContext {
  showBin: boolean;
  picked: number[];
  togglePick: (id: number, on: boolean) => void;
  selected: number | null;
  select: (id: number | null) => void;
  renaming: Renaming | null;
  setRenaming: (renaming: Renaming | null) => void;
  saveRename: (s: ScenarioSummary) => void;
  handlers: ScenarioHandlers;
}

/** One scenario in the library list: tick to compare, name (or rename), facts, actions. */
export function LibraryRow({ scenario: s, row }: { scenario: ScenarioSummary; row: RowContext }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { showBin, picked, selected, renaming } = row;
  const isPicked = picked.includes(s.id);

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' && !showBin) {
      e.preventDefault();
      row.handlers.open(s);
    } else if (e.key === ' ') {
      e.preventDefault();
      row.select(s.id);
    }
  };
  const onClick = (e: MouseEvent<HTMLTableRowElement>) => {
    if ((e.target as HTMLElement).closest('button, input, a, label, textarea, select')) return;
    row.select(s.id);
  };
  const onDoubleClick = (e: MouseEvent<HTMLTableRowElement>) => {
    if (!showBin && !(e.target as HTMLElement).closest('button, input')) row.handlers.open(s);
  };

  return (
    <tr
      tabIndex={0}
      className={`lib-row${selected === s.id ? ' lib-row--selected' : ''}`}
      data-testid={`library-row-${s.id}`}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      {showBin ? null : (
        <td className="lib-table__pick">
          <input
            type="checkbox"
            checked={isPicked}
            disabled={!isPicked && picked.length >= MAX_COMPARED}
            aria-label={t('library.pick', { name: s.name })}
            data-testid={`library-pick-${s.id}`}
            onChange={(e) => row.togglePick(s.id, e.target.checked)}
          />
        </td>
      )}
      <td className="lib-table__name">
        {renaming?.id === s.id ? (
          <RenameField
            name={s.name}
            renaming={renaming}
            onChange={row.setRenaming}
            onSave={() => row.saveRename(s)}
          />
        ) : (
          <button
            type="button"
            className="lib-name"
            aria-expanded={selected === s.id}
            title={t('library.showDetails')}
            onClick={() => row.select(selected === s.id ? null : s.id)}
          >
            {s.name}
          </button>
        )}
      </td>
      <td>{s.country}</td>
      <td className="lib-table__num">{s.revisions}</td>
      <td>
        <time dateTime={s.updatedAt} title={formatDateTime(s.updatedAt, locale)}>
          {formatWhen(s.updatedAt, locale, t)}
        </time>
      </td>
      <td>
        {s.tags.length ? (
          <ul className="tags lib-chips" aria-label={t('library.col.tags')}>
            {s.tags.map((x) => (
              <li key={x} className="tag">
                {x}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        <div className="lib-actions">
          <ScenarioActions
            scenario={s}
            inBin={showBin}
            which={selected === null ? 'all' : 'open'}
            where="row"
            handlers={row.handlers}
          />
        </div>
      </td>
    </tr>
  );
}
