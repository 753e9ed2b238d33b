import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TierNavigationProvider, useTierNames } from '@relais/ui/components/card';
import { EmptyState, ErrorBar, localDay, LoadingState, StatusBar } from '@relais/ui/components/feedback';
import { ToFileList } from '@relais/ui/components/suggestions';
import { groupTasks, TaskList, useTaskCompletion } from '@relais/ui/components/tasks';
import { tabHref } from '../host/tab-links';
import type { TabSession } from '../host/tab-session';
import { useMyTasks } from './use-my-tasks.hook';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalM, maxWidth: '60rem', margin: '0 auto', boxSizing: 'border-box' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  intro: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`,
    color: tokens.colorNeutralForeground2,
  },
  group: { marginBottom: tokens.spacingVerticalL },
  groupTitle: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  overdueTitle: { color: tokens.colorPaletteRedForeground1 },
});

const hrefForTier = (tierId: string) => tabHref('/tab/card', { tierId });

/** The rep's to-do list and planning: overdue, today, this week, later; marking done is ETag-safe. */
export const MyActionsPage = ({ session }: { session: TabSession }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const tasks = useMyTasks(session.api);
  const completion = useTaskCompletion(session.api, { onDone: tasks.remove, onChanged: tasks.reload });
  const today = localDay();
  const groups = useMemo(() => groupTasks(tasks.items, today), [tasks.items, today]);
  const tierNames = useTierNames(
    session.api,
    tasks.items.flatMap((task) => task.tierIds),
  );

  return (
    <main className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t('myActions.title')}</h1>
        <Button size="small" onClick={tasks.reload} disabled={tasks.loading}>
          {t('myActions.refresh')}
        </Button>
      </div>
      <p className={styles.intro}>{t('myActions.intro')}</p>
      <div className={styles.group}>
        <ToFileList api={session.api} lang={session.language} />
      </div>
      <StatusBar note={completion.note} onDismiss={completion.dismiss} />
      {tasks.error ? <ErrorBar error={tasks.error} onRetry={tasks.reload} /> : null}
      {!tasks.loaded && tasks.loading && <LoadingState label={t('myActions.loading')} />}
      {tasks.loaded && tasks.items.length === 0 && !tasks.error && (
        <EmptyState>{t('myActions.none')}</EmptyState>
      )}
      {tasks.loaded && tasks.items.length > 0 && (
        <TierNavigationProvider value={{ hrefFor: hrefForTier }}>
          {groups
            .filter((group) => group.key !== 'undated' || group.tasks.length > 0)
            .map((group) => (
              <section
                key={group.key}
                className={styles.group}
                aria-labelledby={`group-${group.key}`}
                data-testid={`group-${group.key}`}
              >
                <h2
                  id={`group-${group.key}`}
                  className={
                    group.key === 'overdue' && group.tasks.length > 0
                      ? `${styles.groupTitle} ${styles.overdueTitle}`
                      : styles.groupTitle
                  }
                >
                  {t(`tasks.groups.${group.key}`)} ({group.tasks.length})
                </h2>
                <TaskList
                  tasks={group.tasks}
                  today={today}
                  busy={completion.busy}
                  onComplete={completion.complete}
                  tierNames={tierNames}
                  empty={t(`tasks.emptyGroup.${group.key}`)}
                />
              </section>
            ))}
          {tasks.nextCursor && (
            <>
              <p>{t('myActions.partial', { count: tasks.items.length })}</p>
              <Button onClick={tasks.loadMore} disabled={tasks.loading}>
                {t('myActions.loadMore')}
              </Button>
            </>
          )}
        </TierNavigationProvider>
      )}
    </main>
  );
};
