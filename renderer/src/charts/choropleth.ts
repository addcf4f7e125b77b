/**
 * The World page's map: a choropleth of a share of GDP per country (chartjs-chart-geo) on the
 * Natural Earth shapes of world-atlas, imported through Vite so that nothing is fetched at run time.
 * The 1:110m shapes (108 kB of TopoJSON) rather than 1:50m (756 kB): at the size of a page's map the
 * difference is invisible except for the smallest islands, which the table beside the map lists.
 */
import {
  Chart,
  type ChartConfiguration,
  type ChartType,
  type Plugin,
  type TooltipItem,
} from 'chart.js';
import {
  ChoroplethController,
  ColorScale,
  GeoFeature,
  ProjectionScale,
  topojson,
} from 'chartjs-chart-geo';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { interpolateViridis } from 'd3-scale-chromatic';
import world from 'world-atlas/countries-110m.json';
import { TEXT } from './palette';

Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);

type Shape = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Antarctica (M49 010) has no gap to show and would take a fifth of the map's height. */
const ANTARCTICA = '010';

/** The countries' shapes; `id` is the M49 code as a zero-padded string ("404" is Kenya). */
export const COUNTRY_SHAPES: readonly Shape[] = topojson
  .feature(topology, topology.objects.countries)
  .features.filter((f) => f.id !== ANTARCTICA);

/** The M49 code of the shape at this index of the map's data (null for a shape without one). */
export function shapeM49(index: number): number | null {
  const id = COUNTRY_SHAPES[index]?.id;
  return id === undefined ? null : Number(id);
}

/** Countries without data: a neutral grey, apart from every colour of the scale. */
export const NO_DATA_GREY = '#c8c8c8';

/**
 * Viridis turned round, so that a larger share is darker: perceptually even, readable in
 * grey-scale and by readers with any common form of colour blindness. `t` runs from 0 to 1.
 */
export const darkerIsMore = (t: number): string => interpolateViridis(1 - t);

/** Legend type large enough to read from the back of a room. */
const LEGEND_FONT = { size: 16, weight: 'bold' as const };

declare module 'chart.js' {
  // Merged with chart.js's own declaration, whose type parameter it must repeat by name.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** The words of the map's "no data" key, in the user's language (the World page's map). */
    noDataKey?: { label: string };
  }
}

const KEY = { width: 28, height: 18, gap: 8, hatch: 5 };

/**
 * Draws the "no data" key in the map's bottom-right corner, inside the canvas, so that the key goes
 * with the map into its PNG: a grey box hatched across, since grey is no colour of the scale.
 */
const noDataKey: Plugin<'choropleth'> = {
  id: 'noDataKey',
  afterDraw(chart) {
    const label = chart.options.plugins?.noDataKey?.label;
    if (!label) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = `bold ${LEGEND_FONT.size}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    const x = chartArea.right - ctx.measureText(label).width - KEY.width - KEY.gap;
    const y = chartArea.bottom - KEY.height;
    ctx.fillStyle = NO_DATA_GREY;
    ctx.fillRect(x, y, KEY.width, KEY.height);
    ctx.beginPath();
    ctx.rect(x, y, KEY.width, KEY.height);
    ctx.clip();
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.45)';
    ctx.lineWidth = 1;
    for (let d = -KEY.height; d < KEY.width; d += KEY.hatch) {
      ctx.moveTo(x + d, y + KEY.height);
      ctx.lineTo(x + d + KEY.height, y);
    }
    ctx.stroke();
    ctx.restore();
    ctx.save();
    ctx.strokeStyle = '#8a8a8a';
    ctx.strokeRect(x, y, KEY.width, KEY.height);
    ctx.fillStyle = TEXT;
    ctx.font = `bold ${LEGEND_FONT.size}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(label, x + KEY.width + KEY.gap, y + KEY.height / 2);
    ctx.restore();
  },
};

export interface ChoroplethInput {
  /** The dataset's name (what the map shows, e.g. "Financing gap, % of GDP"). */
  label: string;
  /** The value of each country, a fraction of GDP, by M49 code; a country missing is "no data". */
  values: ReadonlyMap<number, number>;
  /** The "no data" key's words, drawn on the map. */
  noData: string;
  /** The top of the colour scale, a fraction of GDP: larger values take its last colour. */
  ceiling: number;
  /** A legend tick (a percentage, e.g. 5 for 5%) in the user's language; the top one says "or more". */
  tick: (percent: number, isTop: boolean) => string;
  /** The tooltip's lines for a country, by M49 code (its name, then its figures). */
  tooltip: (m49: number | null, shapeName: string) => string[];
}

/** Five colour steps: a reader matches a country to a band at a glance. */
const STEPS = 5;

export function choroplethConfig(input: ChoroplethInput): ChartConfiguration<'choropleth'> {
  const top = input.ceiling * 100;
  return {
    type: 'choropleth',
    plugins: [noDataKey],
    data: {
      labels: COUNTRY_SHAPES.map((s) => s.properties.name),
      datasets: [
        {
          label: input.label,
          outline: COUNTRY_SHAPES as Shape[],
          data: COUNTRY_SHAPES.map((feature) => {
            const value =
              feature.id === undefined ? undefined : input.values.get(Number(feature.id));
            return { feature, value: value === undefined ? Number.NaN : value * 100 };
          }),
          borderColor: '#ffffff',
          borderWidth: 0.5,
        },
      ],
    },
    options: {
      showOutline: false,
      showGraticule: false,
      plugins: {
        legend: { display: false },
        noDataKey: { label: input.noData },
        tooltip: {
          callbacks: {
            title: () => '',
            label: (item: TooltipItem<'choropleth'>) =>
              input.tooltip(
                shapeM49(item.dataIndex),
                COUNTRY_SHAPES[item.dataIndex]?.properties.name ?? '',
              ),
          },
        },
      },
      scales: {
        projection: { axis: 'x', projection: 'equalEarth' },
        color: {
          axis: 'x',
          interpolate: darkerIsMore,
          missing: NO_DATA_GREY,
          quantize: STEPS,
          min: 0,
          max: top,
          ticks: {
            font: LEGEND_FONT,
            color: TEXT,
            stepSize: top / STEPS,
            callback: (v: string | number) => input.tick(Number(v), Number(v) >= top - 1e-9),
          },
          legend: { position: 'bottom-left', align: 'right', length: 0.45, width: 18, margin: 8 },
        },
      },
    },
  };
}
