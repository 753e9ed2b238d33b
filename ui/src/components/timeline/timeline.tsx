import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Page, Task, TimelineEntry } from '@relais/domain';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import { EmptyState } from '../feedback/empty-state';
import { ErrorBar } from '../feedback/error-bar';
import { LoadingState } from '../feedback/loading-state';
import { TimelineFilterBar } from './timeline-filters';
import { TimelineEntryView } from './timeline-entry';
import { useTimeline } from './use-timeline.hook';

const useStyles = makeStyles({
  feed: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
  },
});

export type TimelineProps = {
  api: ApiClient;
  tierId: string;
  firstPage: Page<TimelineEntry>;
  openTasks: readonly Task[];
  today: string;
};

/**
 * The interactions with this tier, newest first. Older pages load when the end of the list comes
 * into view (and with a button, for keyboards and screen readers).
 */
export const Timeline = ({ api, tierId, firstPage, openTasks, today }: TimelineProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const timeline = useTimeline(api, tierId, firstPage);
  const sentinel = useRef<HTMLDivElement>(null);
  const tasksById = useMemo(() => new Map(openTasks.map((task) => [task.id, task])), [openTasks]);
  const { loadMore, hasMore, loading, error } = timeline;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore || loading || error) return;
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && loadMore(), {
      rootMargin: '600px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loadMore, hasMore, loading, error]);

  const filtered = timeline.filters.medium !== '' || timeline.filters.direction !== '';
  return (
    <div>
      <TimelineFilterBar value={timeline.filters} onChange={timeline.setFilters} />
      {/* A feed holds articles: an empty timeline is a plain block (its empty state says so). */}
      <div role={timeline.items.length > 0 ? 'feed' : undefined} aria-busy={loading} className={styles.feed} data-testid="timeline">
        {timeline.items.map((entry, i) => (
          <TimelineEntryView
            key={entry.interactionId}
            api={api}
            entry={entry}
            selfId={tierId}
            openTasks={tasksById}
            today={today}
            position={i + 1}
          />
        ))}
      </div>
      {!loading && !error && timeline.items.length === 0 && !hasMore && (
        <EmptyState>{filtered ? t('timeline.noneFiltered') : t('timeline.none')}</EmptyState>
      )}
      {error ? <ErrorBar error={error} onRetry={timeline.retry} /> : null}
      {loading && <LoadingState label={t('timeline.loadingMore')} />}
      <div ref={sentinel} aria-hidden="true" />
      {timeline.items.length > 0 && (
        <div className={styles.footer}>
          <span data-testid="timeline-count">
            {t('timeline.shown', { count: timeline.items.length })} —{' '}
            {hasMore ? t('timeline.moreAvailable') : t('timeline.allShown')}
          </span>
          {hasMore && !loading && !error && (
            <Button size="small" onClick={loadMore}>
              {t('timeline.loadMore')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
};
