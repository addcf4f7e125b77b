import { Chart, type LegendItem } from 'chart.js';

/**
 * Legend swatches drawn like their series: a line with its dash, a box for bars. Chart.js takes a
 * line's legend style from its first point, which has no dash, so the dash is copied from the
 * dataset: a dashed variant reads as dashed in the legend too, without relying on colour.
 */
export const LEGEND = {
  position: 'bottom' as const,
  labels: {
    usePointStyle: true,
    pointStyleWidth: 34,
    generateLabels: (chart: Chart): LegendItem[] =>
      Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
        const ds = chart.data.datasets[item.datasetIndex ?? 0] as { borderDash?: number[] };
        return ds.borderDash ? { ...item, lineDash: ds.borderDash } : item;
      }),
  },
};
