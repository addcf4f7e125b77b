import { setupCharts } from '../charts/setup-charts';

// The report has its own bundle and prints at A4 sizes: smaller type than on screen.
export const Chart = setupCharts(10);
