import { makeStyles, tokens } from '@fluentui/react-components';
import type { Task } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import type { TierName } from '../card/use-tier-names.hook';
import { EmptyState } from '../feedback/empty-state';
import { TaskRow } from './task-row';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export type TaskListProps = {
  tasks: readonly Task[];
  today: string;
  busy: ReadonlySet<string>;
  onComplete: (task: Task) => void;
  tierNames?: ReadonlyMap<string, TierName>;
  empty?: string;
  api?: ApiClient;
};

export const TaskList = ({ tasks, today, busy, onComplete, tierNames, empty, api }: TaskListProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  if (tasks.length === 0) return <EmptyState>{empty ?? t('tasks.none')}</EmptyState>;
  return (
    <ul className={styles.list}>
      {tasks.map((task) => (
        <TaskRow
          key={task.id}
          task={task}
          today={today}
          busy={busy.has(task.id)}
          onComplete={onComplete}
          tierNames={tierNames}
          api={api}
        />
      ))}
    </ul>
  );
};
