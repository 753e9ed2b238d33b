import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Task, TimelineEntry } from '@relais/domain';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import { TierLink } from '../card/tier-link';
import { formatDateTime } from '../feedback/format-date';
import { formatSize } from '../feedback/format-size';
import { EntryFollowUps } from './entry-follow-ups';
import { EntryNotes } from './entry-notes';

const useStyles = makeStyles({
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // Long timelines: the browser skips layout and paint of entries far off screen.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 7rem',
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  subject: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  line: { margin: 0, overflowWrap: 'anywhere' },
  label: { color: tokens.colorNeutralForeground3 },
  attachments: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

export type TimelineEntryViewProps = {
  api: ApiClient;
  entry: TimelineEntry;
  /** The tier whose card this is: not repeated among the participants. */
  selfId: string;
  openTasks: ReadonlyMap<string, Task>;
  today: string;
  position: number;
};

/** One interaction: when, how, which way, who, why, what came of it, and what follows. */
export const TimelineEntryView = ({
  api,
  entry,
  selfId,
  openTasks,
  today,
  position,
}: TimelineEntryViewProps) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const others = entry.participants.filter((p) => p.tierId !== selfId);
  const titleId = `entry-${entry.interactionId}`;
  return (
    <article
      className={styles.entry}
      aria-labelledby={titleId}
      aria-posinset={position}
      aria-setsize={-1}
      data-testid="timeline-entry"
      data-medium={entry.medium}
      data-direction={entry.direction}
    >
      <div className={styles.head}>
        <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time>
        <Badge appearance="tint" color="brand" size="small">
          {t(`common:medium.${entry.medium}`)}
        </Badge>
        <span>{t(`timeline.arrow.${entry.direction}`)}</span>
        <span>{t('timeline.by', { name: entry.performedByName })}</span>
      </div>
      <h3 id={titleId} className={styles.subject}>
        {entry.subject ?? t('timeline.noSubject')}
      </h3>
      {others.length > 0 && (
        <p className={styles.line}>
          <span className={styles.label}>{t('timeline.with')} </span>
          {others.map((p, i) => (
            <Fragment key={p.tierId}>
              {i > 0 && ', '}
              <TierLink tierId={p.tierId}>{p.name}</TierLink>
            </Fragment>
          ))}
        </p>
      )}
      {entry.purpose && (
        <p className={styles.line}>
          <span className={styles.label}>{t('timeline.purpose')} </span>
          {entry.purpose}
        </p>
      )}
      {entry.outcome && (
        <p className={styles.line}>
          <span className={styles.label}>{t('timeline.outcome')} </span>
          {entry.outcome}
        </p>
      )}
      {entry.summary && <EntryNotes id={`${titleId}-notes`} summary={entry.summary} />}
      {entry.mailbox && (
        <p className={styles.line} data-testid="timeline-mailbox">
          <span className={styles.label}>{t('timeline.sharedMailbox')} </span>
          {entry.mailbox.owner}
        </p>
      )}
      {entry.attachments && entry.attachments.length > 0 && (
        <div className={styles.line}>
          <span id={`${titleId}-attachments`} className={styles.label}>
            {t('timeline.attachments')}
          </span>
          {/* Names only: the content stays in Exchange, so there is nothing here to open. */}
          <ul className={styles.attachments} aria-labelledby={`${titleId}-attachments`}>
            {entry.attachments.map((attachment, i) => (
              <li key={i} data-testid="timeline-attachment">
                {attachment.name}
                {attachment.size !== undefined && (
                  <span className={styles.label}> ({formatSize(attachment.size, i18n.language)})</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <EntryFollowUps api={api} taskIds={entry.taskIds} openTasks={openTasks} today={today} />
    </article>
  );
};
