import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { useErrorText } from '../../components/error-text';
import { useApp } from '../../stores/store-context';
import { FiguresTable } from './FiguresTable';
import { GroupActions } from './GroupActions';
import { Presentation } from './Presentation';
import { useWorkshop } from './use-workshop';
import { useChartLabels } from './use-chart-labels';
import { workshopChart } from './workshop-chart';

interface Props {
  id: number;
  /** After the workshop was deleted (its scenarios stay in the library). */
  onDeleted: () => void;
}

/**
 * The facilitator's screen: every group's package side by side in the envelope year (cost, gap, the
 * budget game, what it changed from the baseline), one chart, each group's buttons, and the way into
 * the presentation mode.
 */
export function FacilitatorView({ id, onDeleted }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useApp((s) => s.workshopDeleted);
  const view = useWorkshop(id);
  const { workshop, figures, baselineCostPctGdp, costing } = view;
  const [importError, setImportError] = useState<{ group: string; thrown: unknown } | null>(null);
  const [presenting, setPresenting] = useState(false);
  const labels = useChartLabels();
  const chart = useMemo(
    () => workshopChart(baselineCostPctGdp, figures, labels),
    [baselineCostPctGdp, figures, labels],
  );

  if (view.error) {
    return (
      <p className="notice notice--error" role="alert">
        {errorText(view.error.thrown)}
      </p>
    );
  }
  if (!workshop) return <p role="status">{t('workshop.loading')}</p>;
  const baselineName = t('workshop.baselineRev', {
    name: workshop.baseline.name,
    rev: workshop.baseline.rev,
  });
  return (
    <section className="panel ws-view" data-testid="workshop-view" aria-labelledby="ws-title">
      <div className="page__bar">
        <h3 id="ws-title">{workshop.name}</h3>
        <div className="toolbar">
          <button
            type="button"
            className="button button--primary"
            data-testid="workshop-present"
            disabled={costing}
            onClick={() => setPresenting(true)}
          >
            {t('workshop.present')}
          </button>
          <button type="button" className="button" onClick={view.reload}>
            {t('workshop.recost')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="workshop-delete"
            onClick={() => {
              if (!window.confirm(t('workshop.confirmDelete', { name: workshop.name }))) return;
              void remove(workshop.id).then((ok) => ok && onDeleted());
            }}
          >
            {t('workshop.delete')}
          </button>
        </div>
      </div>
      <p className="ws-view__facts">
        {t('workshop.facts', {
          country: workshop.country,
          baseline: baselineName,
          year: workshop.envelopeYear,
          groups: workshop.groups,
        })}
      </p>
      <p className="field__help">{t('workshop.lockedHelp')}</p>
      {costing ? <p role="status">{t('workshop.costing')}</p> : null}
      {importError ? (
        <p className="notice notice--error" role="alert" data-testid="workshop-import-error">
          {t('workshop.importFailed', {
            group: importError.group,
            message: errorText(importError.thrown),
          })}
        </p>
      ) : null}
      <FiguresTable
        year={workshop.envelopeYear}
        baselineName={baselineName}
        baselineCostPctGdp={baselineCostPctGdp}
        figures={figures}
        withChanges
        actions={(f) => (
          <GroupActions
            workshopId={workshop.id}
            group={f}
            onImported={() => {
              setImportError(null);
              view.reload();
            }}
            onFailed={(group, thrown) => setImportError({ group, thrown })}
          />
        )}
      />
      <h4>{t('workshop.chart.title', { year: workshop.envelopeYear })}</h4>
      <ChartCanvas
        config={chart}
        label={t('workshop.chart.label', { year: workshop.envelopeYear })}
        testId="workshop-chart"
        downloadName={`${workshop.name}-${workshop.envelopeYear}`}
      />
      {presenting ? (
        <Presentation
          workshop={workshop}
          figures={figures}
          baselineName={baselineName}
          baselineCostPctGdp={baselineCostPctGdp}
          onClose={() => setPresenting(false)}
        />
      ) : null}
    </section>
  );
}
