/** Options shared by the dashboard's horizontal bar charts: fonts, axes and grid from the theme. */
import type { ChartOptions } from 'chart.js';
import type { ChartTheme } from './theme';

export interface HorizontalBarOptions {
  axisTitle: string;
  stacked?: boolean;
  /** Where the value axis sits; 'top' suits tall charts (the scale is read first). */
  valueAxis?: 'top' | 'bottom';
  /** Show outlet/category names on the index axis (false when a plugin draws them instead). */
  categoryTicks?: boolean;
}

export function horizontalBarOptions(theme: ChartTheme, options: HorizontalBarOptions): ChartOptions<'bar'> {
  const { axisTitle, stacked = false, valueAxis = 'bottom', categoryTicks = true } = options;
  const small = { family: theme.fontFamily, size: Math.round(theme.fontSize * 0.92) };
  return {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'nearest', axis: 'y', intersect: true },
    layout: { padding: { right: 8 } },
    scales: {
      x: {
        position: valueAxis,
        stacked,
        beginAtZero: true,
        grace: '28%',
        grid: { color: theme.grid },
        border: { color: theme.grid },
        ticks: { color: theme.muted, font: small },
        title: { display: true, text: axisTitle, color: theme.muted, font: small },
      },
      y: {
        stacked,
        grid: { display: false },
        border: { display: categoryTicks, color: theme.grid },
        ticks: { display: categoryTicks, color: theme.text, font: { family: theme.fontFamily, size: theme.fontSize, weight: 600 } },
      },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        // Above the bar, so the bar and its label stay visible.
        yAlign: 'bottom',
        titleFont: { family: theme.fontFamily, size: theme.fontSize },
        bodyFont: { family: theme.fontFamily, size: theme.fontSize },
      },
      barLabels: { color: theme.text, plate: theme.surface, font: `600 ${Math.round(theme.fontSize * 0.92)}px ${theme.fontFamily}` },
    },
  };
}

/** Point the cursor at clickable bars. */
export function pointerOnBars(event: { native: Event | null }, elements: readonly unknown[]): void {
  const target = event.native?.target;
  if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : 'default';
}
