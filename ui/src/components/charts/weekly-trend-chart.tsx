import { LineChart } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure';
import { weeklyLines, type ActivityRow } from './activity-chart-data';

/** Interactions, meetings and follow-ups done, week after week. */
export const WeeklyTrendChart = ({ weeks, width }: { weeks: ActivityRow[]; width: number }) => {
  const { t, i18n } = useTranslation();
  // The axis' dates in the page's language ("1 nov.", "Nov 1").
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <ChartFigure chart="weekly-trend" label={t('charts.byWeek')}>
      <LineChart
        data={{
          chartTitle: t('charts.byWeek'),
          lineChartData: weeklyLines(weeks, {
            interactions: t('charts.interactions'),
            meetings: t('charts.meetings'),
            tasksDone: t('charts.tasksDone'),
          }),
        }}
        customDateTimeFormatter={(date) => day.format(date)}
        width={width}
        height={260}
      />
    </ChartFigure>
  );
};
