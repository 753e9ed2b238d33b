import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabSession } from '../host/tab-session';
import { ActivityView } from './activity-view';
import { SegmentsView } from './segments-view';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalM, maxWidth: '90rem', margin: '0 auto', boxSizing: 'border-box' },
  tabs: { marginBottom: tokens.spacingVerticalM },
});

/** The Reports tab: activity charts for reps and managers, and dynamic segments. */
export const ReportsPage = ({ session }: { session: TabSession }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [view, setView] = useState<'activity' | 'segments'>(new URLSearchParams(window.location.search).get('view') === 'segments' ? 'segments' : 'activity');
  return (
    <main className={styles.page}>
      <h1>{t('reports.title')}</h1>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as 'activity' | 'segments')}>
        <Tab value="activity">{t('reports.activity')}</Tab>
        <Tab value="segments">{t('reports.segments')}</Tab>
      </TabList>
      {view === 'activity' ? <ActivityView api={session.api} today={new Date()} /> : <SegmentsView api={session.api} language={session.language} />}
    </main>
  );
};
