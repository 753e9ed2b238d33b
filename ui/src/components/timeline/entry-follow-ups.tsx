import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Task } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { formatDay } from '../feedback/format-date';
import { isOverdue } from '../tasks/group-tasks';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  other: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
});

type Loaded = { id: string; task: Task | null };

/**
 * An interaction's follow-ups. Open ones are already on the card; the others (done, or assigned
 * where the reader cannot see them) are read only when asked for.
 */
export const EntryFollowUps = ({
  api,
  taskIds,
  openTasks,
  today,
}: {
  api: ApiClient;
  taskIds: readonly string[];
  openTasks: ReadonlyMap<string, Task>;
  today: string;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded[] | null>(null);
  const known = taskIds.flatMap((id) => (openTasks.has(id) ? [openTasks.get(id)!] : []));
  const others = taskIds.filter((id) => !openTasks.has(id));
  if (taskIds.length === 0) return null;

  const loadOthers = async () => {
    const results = await Promise.all(
      others.map((id) =>
        body(api.GET('/api/tasks/{id}', { params: { path: { id } } })).then(
          (task): Loaded => ({ id, task }),
          (): Loaded => ({ id, task: null }),
        ),
      ),
    );
    setLoaded(results);
  };

  const line = (task: Task) => (
    <li key={task.id}>
      {task.title}
      {task.dueDate && ` — ${t('tasks.due', { date: formatDay(task.dueDate, i18n.language) })}`}{' '}
      {isOverdue(task, today) ? (
        <Badge color="danger" size="small">
          {t('tasks.overdue')}
        </Badge>
      ) : (
        <Badge color={task.status === 'done' ? 'success' : 'informative'} appearance="outline" size="small">
          {task.status === 'done' ? t('timeline.taskDone') : t('timeline.taskOpen')}
        </Badge>
      )}
    </li>
  );

  return (
    <div>
      <strong>{t('timeline.followUps')}</strong>
      <ul className={styles.list}>
        {known.map(line)}
        {loaded?.map((l) => (l.task ? line(l.task) : <li key={l.id}>{t('timeline.taskHidden')}</li>))}
      </ul>
      {others.length > 0 && !loaded && (
        <div className={styles.other}>
          <span>{t('timeline.otherFollowUps', { count: others.length })}</span>
          <Button size="small" appearance="transparent" onClick={() => void loadOthers()}>
            {t('timeline.showFollowUps')}
          </Button>
        </div>
      )}
    </div>
  );
};
