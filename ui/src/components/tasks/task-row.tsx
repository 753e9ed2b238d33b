import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Task } from '@relais/domain';
import { Fragment, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import { UserNames } from '../facts/fact-value';
import { InteractionLink } from '../timeline/interaction-link';
import type { TierName } from '../card/use-tier-names.hook';
import { TierLink } from '../card/tier-link';
import { formatDay } from '../feedback/format-date';
import { isOverdue } from './group-tasks';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    listStyle: 'none',
  },
  overdue: {
    borderLeftColor: tokens.colorPaletteRedBorder2,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  main: { flex: '1 1 12rem', minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export type TaskRowProps = {
  task: Task;
  today: string;
  busy: boolean;
  onComplete: (task: Task) => void;
  /** When given, the tiers the task is about are linked by name. */
  tierNames?: ReadonlyMap<string, TierName>;
  /** When given, the interaction the task came from opens from the row. */
  api?: ApiClient;
};

/** One follow-up: what, when (overdue said in words, not only in red), about whom, and "mark done". */
export const TaskRow = ({ task, today, busy, onComplete, tierNames, api }: TaskRowProps) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const names = useContext(UserNames);
  const nameOf = (userId: string) => names[userId] ?? userId;
  const late = isOverdue(task, today);
  return (
    <li
      className={mergeClasses(styles.row, late && styles.overdue)}
      data-testid="task-row"
      data-task-id={task.id}
      data-overdue={late || undefined}
    >
      <div className={styles.main}>
        <span className={styles.title}>{task.title}</span>
        <span className={styles.meta}>
          <span>
            {task.dueDate
              ? t('tasks.due', { date: formatDay(task.dueDate, i18n.language) })
              : t('tasks.noDue')}
          </span>
          {late && task.dueDate && (
            <>
              <Badge color="danger" appearance="filled" size="small">
                {t('tasks.overdue')}
              </Badge>
              <span className={styles.late}>
                {t('tasks.daysLate', { count: daysBetween(task.dueDate, today) })}
              </span>
            </>
          )}
          <span data-testid="task-people">
            {t('tasks.assigned', { assignee: nameOf(task.assigneeId), assigner: nameOf(task.createdBy) })}
          </span>
          {api && task.interactionId && (
            <InteractionLink api={api} interactionId={task.interactionId} label={t('tasks.interaction')} />
          )}
          {tierNames && task.tierIds.length > 0 && (
            <span>
              {t('tasks.about')}{' '}
              {task.tierIds.map((id, i) => {
                const name = tierNames.get(id);
                return (
                  <Fragment key={id}>
                    {i > 0 && ', '}
                    {name?.status === 'found' ? (
                      <TierLink tierId={id}>{name.name}</TierLink>
                    ) : name?.status === 'missing' ? (
                      t('tasks.unknownTier')
                    ) : (
                      '…'
                    )}
                  </Fragment>
                );
              })}
            </span>
          )}
        </span>
      </div>
      <Button
        size="small"
        disabled={busy || task.status !== 'open'}
        onClick={() => onComplete(task)}
        aria-label={t('tasks.markDoneLabel', { title: task.title })}
      >
        {busy ? t('tasks.saving') : t('tasks.markDone')}
      </Button>
    </li>
  );
};
