import type { ChartDataPoint, LineChartPoints, VerticalStackedChartProps } from '@fluentui/react-charts';
import type { ActivityRow } from '@relais/domain';

export type { ActivityReport, ActivityRow } from '@relais/domain';

/** Fluent's data-visualisation palette slots: distinct, and readable in the Teams themes. */
export const chartColors = [
  '#637cef',
  '#e3008c',
  '#2aa0a4',
  '#9373c0',
  '#13a10e',
  '#3a96dd',
  '#ca5010',
  '#57811b',
  '#b146c2',
  '#ae8c00',
] as const;

/** Inbound and outbound stacked per group (rep, team…): who talks to clients, and who is talked to. */
export const directionStacks = (
  rows: readonly ActivityRow[],
  legends: { inbound: string; outbound: string },
): VerticalStackedChartProps[] =>
  rows.map((row) => ({
    xAxisPoint: row.label,
    chartData: [
      { legend: legends.inbound, data: row.inbound, color: chartColors[0] },
      { legend: legends.outbound, data: row.outbound, color: chartColors[1] },
    ],
  }));

/** One line per measure over the weeks (`2026-W07` → the Monday of that week, for a time axis). */
export const weeklyLines = (
  rows: readonly ActivityRow[],
  legends: { interactions: string; meetings: string; tasksDone: string },
): LineChartPoints[] => {
  const weeks = [...rows].sort((a, b) => a.key.localeCompare(b.key));
  const line = (legend: string, color: string, pick: (r: ActivityRow) => number): LineChartPoints => ({
    legend,
    color,
    data: weeks.map((r) => ({ x: mondayOf(r.key), y: pick(r) })),
  });
  return [
    line(legends.interactions, chartColors[0], (r) => r.interactions),
    line(legends.meetings, chartColors[2], (r) => r.meetings),
    line(legends.tasksDone, chartColors[4], (r) => r.tasksDone),
  ];
};

/** The Monday (UTC) of an ISO week like `2026-W07`. */
export const mondayOf = (isoWeek: string): Date => {
  const [year, week] = isoWeek.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (week - 1) * 7 * 86_400_000);
};

/** The share of each medium, for a donut. */
export const mediumShares = (
  rows: readonly ActivityRow[],
  label: (medium: string) => string,
): ChartDataPoint[] =>
  rows
    .filter((r) => r.interactions > 0)
    .map((r, i) => ({
      legend: label(r.key),
      data: r.interactions,
      color: chartColors[i % chartColors.length],
    }));
