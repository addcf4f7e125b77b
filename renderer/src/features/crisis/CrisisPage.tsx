import { useTranslation } from 'react-i18next';
import { IssueList } from '../../components/IssueList';
import { useApp } from '../../stores/store-context';
import { CrisisResults, CrisisTotals } from './CrisisResults';
import { MeasureEditor } from './MeasureEditor';
import { CRISIS_KINDS, newMeasure, type CrisisKind } from './new-measure';

/** The three kinds of measure, each with a button that adds one. */
function AddMeasure({ explained }: { explained: boolean }) {
  const { t } = useTranslation();
  const draft = useApp((s) => s.draft);
  const povertyLine = useApp((s) => s.country?.povertyLine ?? 0);
  const edit = useApp((s) => s.scenarioEdited);
  const hasBenefits = (draft?.benefits.length ?? 0) > 0;

  const add = (kind: CrisisKind) => {
    if (!draft) return;
    const first = draft.benefits.find((b) => b.enabled) ?? draft.benefits[0];
    const label =
      kind === 'topUp'
        ? t('crisis.topUpOf', { benefit: first?.label ?? '' })
        : t(`crisis.kind.${kind}`);
    const measure = newMeasure(kind, draft, { label, amountPerMonth: povertyLine / 12 });
    if (!measure) return;
    edit(`crisis-add:${measure.id}`, (d) => {
      d.crisis.push(measure);
    });
  };

  return (
    <div className={explained ? 'crisis-kinds' : 'crisis-add'}>
      {CRISIS_KINDS.map((kind) => {
        const disabled = kind === 'topUp' && !hasBenefits;
        return (
          <div key={kind} className={explained ? 'crisis-kind' : undefined}>
            {explained ? (
              <>
                <h4>{t(`crisis.kind.${kind}`)}</h4>
                <p>{t(`crisis.kindHelp.${kind}`)}</p>
              </>
            ) : null}
            <button
              type="button"
              className={`button${explained ? ' button--primary' : ''}`}
              data-testid={`crisis-add-${kind}`}
              disabled={disabled}
              title={disabled ? t('crisis.noBenefits') : undefined}
              onClick={() => add(kind)}
            >
              {t(`crisis.add.${kind}`)}
            </button>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The rapid calculator: temporary measures of a crisis (an emergency transfer, longer unemployment
 * benefits, a top-up of a benefit of the package), costed by the engine month by month and reported
 * apart from the package.
 */
export function CrisisPage() {
  const { t } = useTranslation();
  const measures = useApp((s) => s.draft?.crisis);
  const result = useApp((s) => s.run.result);
  const currency = useApp((s) => s.country?.currency ?? '');

  if (!measures || measures.length === 0) {
    return (
      <div className="page page--crisis">
        <div className="page__bar">
          <h2>{t('crisis.title')}</h2>
        </div>
        <IssueList />
        <section className="panel crisis-empty" data-testid="crisis-empty">
          <h3>{t('crisis.empty.title')}</h3>
          <p>{t('crisis.empty.what')}</p>
          <p className="field__help">{t('crisis.empty.how')}</p>
          <AddMeasure explained />
        </section>
      </div>
    );
  }

  return (
    <div className="page page--crisis">
      <div className="page__bar">
        <h2>{t('crisis.title')}</h2>
      </div>
      <p className="field__help">{t('crisis.intro')}</p>
      <IssueList />
      <div className="crisis-layout">
        <section className="panel" aria-labelledby="crisis-measures-edit">
          <h3 id="crisis-measures-edit">{t('crisis.measures')}</h3>
          {measures.map((m, i) => (
            <MeasureEditor key={`${m.id}-${i}`} measure={m} index={i} />
          ))}
          <AddMeasure explained={false} />
        </section>
        <div className="crisis-results">
          {result ? (
            <>
              <section className="panel" aria-labelledby="crisis-totals-title">
                <h3 id="crisis-totals-title">{t('crisis.totals.title')}</h3>
                <CrisisTotals crisis={result.crisis} currency={currency} />
                <p className="field__help">{t('crisis.totals.note')}</p>
              </section>
              <CrisisResults crisis={result.crisis} currency={currency} />
            </>
          ) : (
            <p className="empty">{t('results.none')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
