import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../../../src/contract/bridge';
import { useErrorText } from '../../components/error-text';
import { useApp } from '../../stores/store-context';
import { FacilitatorView } from './FacilitatorView';
import { NewWorkshopForm } from './NewWorkshopForm';

/**
 * Workshop mode (docs/library.md, "Workshops"): the facilitator's workshops in the library, a form to
 * start one, and the facilitator view of the one chosen, with its presentation mode.
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const listed = useApp((s) => s.workshopsListed);
  const [list, setList] = useState<WorkshopSummary[]>([]);
  const [listError, setListError] = useState<{ thrown: unknown } | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(
    () =>
      listed()
        .then((l) => {
          setList(l);
          setListError(null);
          // The newest workshop opens by default: a facilitator runs one at a time.
          setChosen((c) => c ?? l[0]?.id ?? null);
        })
        .catch((thrown: unknown) => setListError({ thrown })),
    [listed],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="page page--workshop" data-testid="workshop-page">
      <div className="page__bar">
        <h2>{t('workshop.title')}</h2>
        <button
          type="button"
          className="button button--primary"
          data-testid="workshop-new"
          onClick={() => setCreating(true)}
        >
          {t('workshop.new')}
        </button>
      </div>
      <p className="page__intro">{t('workshop.intro')}</p>
      {listError ? (
        <p className="notice notice--error" role="alert">
          {errorText(listError.thrown)}
        </p>
      ) : null}
      <div className="ws-layout">
        <nav className="panel ws-list" aria-label={t('workshop.listLabel')}>
          {list.length === 0 ? <p className="empty">{t('workshop.none')}</p> : null}
          <ul>
            {list.map((w) => (
              <li key={w.id}>
                <button
                  type="button"
                  className={`button button--small ws-list__item${w.id === chosen && !creating ? ' ws-list__item--on' : ''}`}
                  aria-current={w.id === chosen && !creating ? 'true' : undefined}
                  data-testid={`workshop-item-${w.id}`}
                  onClick={() => {
                    setCreating(false);
                    setChosen(w.id);
                  }}
                >
                  {t('workshop.item', { name: w.name, country: w.country, groups: w.groups })}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ws-main">
          {creating ? (
            <NewWorkshopForm
              onCancel={() => setCreating(false)}
              onCreated={(w) => {
                setCreating(false);
                setChosen(w.id);
                void load();
              }}
            />
          ) : chosen !== null ? (
            <FacilitatorView
              key={chosen}
              id={chosen}
              onDeleted={() => {
                setChosen(null);
                void load();
              }}
            />
          ) : (
            <p className="empty panel">{t('workshop.hint')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
