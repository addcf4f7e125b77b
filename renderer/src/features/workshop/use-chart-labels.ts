import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopChartLabels } from './workshop-chart';

/** The workshop chart's words, shared by the facilitator view and the slides. */
export function useChartLabels(): WorkshopChartLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      baseline: t('workshop.chart.baseline'),
      cost: t('workshop.chart.cost'),
      envelope: t('workshop.chart.envelope'),
      axis: t('workshop.pctGdpUnit'),
    }),
    [t],
  );
}
