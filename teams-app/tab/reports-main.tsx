import { chartsEn, chartsFr } from '@relais/ui/components/charts';
import { segmentsEn, segmentsFr } from '@relais/ui/components/segments';
import { mountTab } from './host/mount-tab';
import { ReportsPage } from './reports/reports-page';
import { reportsEn } from './reports/reports.en';
import { reportsFr } from './reports/reports.fr';

void mountTab({ en: { ...reportsEn, ...chartsEn, ...segmentsEn }, fr: { ...reportsFr, ...chartsFr, ...segmentsFr } }, (session) => <ReportsPage session={session} />);
