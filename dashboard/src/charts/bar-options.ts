/** Options shared by the dashboard's horizontal bar charts: fonts, axes and grid from the theme. */
import type { ChartOptions } from 'chart.js';
import type { ChartTheme } from './theme';

export function horizontalBarOptions(theme: ChartTheme, axisTitle: string, stacked = false): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'nearest', axis: 'y', intersect: true },
    layout: { padding: { right: 8 } },
    scales: {
      x: {
        stacked,
        beginAtZero: true,
        grace: '28%',
        grid: { color: theme.grid },
        border: { color: theme.grid },
        ticks: { color: theme.muted, font: { family: theme.fontFamily, size: 12 } },
        title: { display: true, text: axisTitle, color: theme.muted, font: { family: theme.fontFamily, size: 12 } },
      },
      y: {
        stacked,
        grid: { display: false },
        border: { color: theme.grid },
        ticks: { color: theme.text, font: { family: theme.fontFamily, size: 13, weight: 600 } },
      },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        titleFont: { family: theme.fontFamily, size: 13 },
        bodyFont: { family: theme.fontFamily, size: 13 },
      },
      barLabels: { color: theme.text, plate: theme.surface, font: `600 12px ${theme.fontFamily}` },
    },
  };
}

/** Point the cursor at clickable bars. */
export function pointerOnBars(event: { native: Event | null }, elements: readonly unknown[]): void {
  const target = event.native?.target;
  if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : 'default';
}
