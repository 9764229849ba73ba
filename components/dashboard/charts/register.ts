import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only what the dashboard draws (line and bar charts on category/linear axes): chart.js is
// tree-shaken to these, instead of `chart.js/auto` pulling every controller into the page.
let registered = false;
export function registerCharts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
  registered = true;
}

export interface ChartTheme {
  text: string;
  grid: string;
  /** Two series colours with at least 3:1 contrast against the page (WCAG non-text contrast). */
  series: [string, string];
}

/** The extension pages follow the system's light or dark scheme (ui.css); the canvas must too. */
export function chartTheme(): ChartTheme {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark
    ? { text: '#e8eaed', grid: '#434851', series: ['#8ab4f8', '#fdba74'] }
    : { text: '#1b1f24', grid: '#c9ced6', series: ['#0b57d0', '#b4470c'] };
}
