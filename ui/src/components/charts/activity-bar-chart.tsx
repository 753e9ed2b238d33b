import { VerticalStackedBarChart } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure';
import { directionStacks, type ActivityRow } from './activity-chart-data';

/** Interactions per group, inbound and outbound stacked. */
export const ActivityBarChart = ({ rows, width }: { rows: ActivityRow[]; width: number }) => {
  const { t } = useTranslation();
  return (
    <ChartFigure chart="activity-bars" label={t('charts.byGroup')}>
      <VerticalStackedBarChart
        chartTitle={t('charts.byGroup')}
        data={directionStacks(rows, { inbound: t('charts.inbound'), outbound: t('charts.outbound') })}
        width={width}
        height={280}
        barWidth="auto"
        yAxisTitle={t('charts.interactions')}
      />
    </ChartFigure>
  );
};
