import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../charts/ChartCanvas';
import { choroplethConfig, shapeM49 } from '../../charts/choropleth';
import { formatNumber, formatPercent } from '../../lib/format';
import { billions, colourCeiling, metricValue, type Metric, type WorldRow } from './world-data';

interface WorldMapProps {
  /** The countries shown (after the filters): the others are drawn as "no data". */
  rows: readonly WorldRow[];
  metric: Metric;
  /** A click on a country with data selects it. */
  onSelect: (iso3: string) => void;
  fileName: string;
}

/** The tooltip's lines for one country: its name, gap and cost in % of GDP, gap in USD bn. */
function useTooltip(byM49: ReadonlyMap<number, WorldRow>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (m49: number | null, shapeName: string): string[] => {
    const row = m49 === null ? undefined : byM49.get(m49);
    if (!row) return [shapeName, t('world.map.noData')];
    return [
      row.name,
      t('world.tooltip.gap', { value: formatPercent(row.gapPctGdp, locale, 1) }),
      t('world.tooltip.cost', { value: formatPercent(row.costPctGdp, locale, 1) }),
      t('world.tooltip.gapUsd', { value: formatNumber(billions(row.gapUsd), locale, 2) }),
    ];
  };
}

/**
 * The choropleth of the gap or the cost in % of GDP, with its legend (five bands, the top one
 * "or more") and a "no data" key, since grey is not on the colour scale, both drawn in the canvas so
 * that they go with the map into its PNG. The table beside it holds
 * the same numbers for those who cannot see the map.
 */
export function WorldMap({ rows, metric, onSelect, fileName }: WorldMapProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const byM49 = useMemo(
    () => new Map(rows.flatMap((r) => (r.m49 === null ? [] : [[r.m49, r] as const]))),
    [rows],
  );
  const tooltip = useTooltip(byM49);
  const label = t(metric === 'gap' ? 'world.map.gapLabel' : 'world.map.costLabel');
  const config = useMemo(
    () =>
      choroplethConfig({
        label,
        noData: t('world.map.noData'),
        values: new Map([...byM49].map(([m49, r]) => [m49, metricValue(r, metric)])),
        ceiling: colourCeiling(rows.map((r) => metricValue(r, metric))),
        tick: (percent, isTop) =>
          t(isTop ? 'world.map.tickTop' : 'world.map.tick', {
            value: formatNumber(percent, locale, percent < 10 && percent % 1 !== 0 ? 1 : 0),
          }),
        tooltip,
      }),
    // The tooltip reads the same rows and language as the values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [byM49, rows, metric, label, locale, t],
  );
  return (
    <figure className="world-map" data-testid="world-map">
      <figcaption className="world-map__caption">{label}</figcaption>
      <ChartCanvas
        config={config}
        label={t('world.map.alt', { label })}
        testId="world-map-canvas"
        height={460}
        downloadName={fileName}
        onPointClick={(index) => {
          const m49 = shapeM49(index);
          const row = m49 === null ? undefined : byM49.get(m49);
          if (row) onSelect(row.iso3);
        }}
      />
    </figure>
  );
}
