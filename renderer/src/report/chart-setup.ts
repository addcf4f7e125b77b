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
} from 'chart.js';
import { TEXT } from '../charts/palette';

// The report has its own bundle: it registers what it draws and never animates, since a chart is
// printed as it first paints.
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
);
Chart.defaults.animation = false;
Chart.defaults.color = TEXT;
Chart.defaults.font.size = 10;

export { Chart };
