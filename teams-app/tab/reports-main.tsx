import { chartsEn } from '../../ui/src/components/charts/charts.en';
import { chartsFr } from '../../ui/src/components/charts/charts.fr';
import { segmentsEn } from '../../ui/src/components/segments/segments.en';
import { segmentsFr } from '../../ui/src/components/segments/segments.fr';
import { mountTab } from './host/mount-tab';
import { ReportsPage } from './reports/reports-page';
import { reportsEn } from './reports/reports.en';
import { reportsFr } from './reports/reports.fr';

void mountTab({ en: { ...reportsEn, ...chartsEn, ...segmentsEn }, fr: { ...reportsFr, ...chartsFr, ...segmentsFr } }, (session) => <ReportsPage session={session} />);
