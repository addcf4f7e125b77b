import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { TEXT } from './palette';

/**
 * Registers the chart types the app and the report draw (once per bundle) and sets the defaults:
 * no animation, since results follow every keystroke and a printed chart is printed as it first paints.
 */
export function setupCharts(fontSize: number): typeof Chart {
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    LineController,
    LineElement,
    PointElement,
    Filler,
    Legend,
    Tooltip,
  );
  Chart.defaults.font.size = fontSize;
  Chart.defaults.color = TEXT;
  Chart.defaults.animation = false;
  return Chart;
}
