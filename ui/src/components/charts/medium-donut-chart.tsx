import { DonutChart } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure';
import { mediumShares, type ActivityRow } from './activity-chart-data';

/** How the interactions split over media (e-mail, phone, meeting…). */
export const MediumDonutChart = ({ media, width }: { media: ActivityRow[]; width: number }) => {
  const { t } = useTranslation();
  const total = media.reduce((sum, r) => sum + r.interactions, 0);
  return (
    <ChartFigure chart="media-donut" label={t('charts.byMedium')}>
      <DonutChart
        data={{
          chartTitle: t('charts.byMedium'),
          chartData: mediumShares(media, (m) => t(`charts.media.${m}`, { defaultValue: m })),
        }}
        innerRadius={55}
        valueInsideDonut={total}
        width={width}
        height={260}
      />
    </ChartFigure>
  );
};
