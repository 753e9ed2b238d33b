import type { Task } from '@relais/domain';

export type TaskGroupKey = 'overdue' | 'today' | 'thisWeek' | 'later' | 'undated';
export type TaskGroup = { key: TaskGroupKey; tasks: Task[] };

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** The Sunday closing the (Monday-first, as in France) week of `today`. */
export const endOfWeek = (today: string): string => {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return new Date((dayNumber(today) + 6 - weekday) * 86_400_000).toISOString().slice(0, 10);
};

export const isOverdue = (task: Pick<Task, 'dueDate' | 'status'>, today: string): boolean =>
  task.status === 'open' && task.dueDate !== null && task.dueDate < today;

/**
 * The rep's planning: overdue, due today, due by Sunday, later, then undated; each group by due date
 * (earliest first) and title. Empty groups are kept so the page can say "nothing overdue".
 */
export const groupTasks = (tasks: readonly Task[], today: string): TaskGroup[] => {
  const sunday = endOfWeek(today);
  const keyOf = (task: Task): TaskGroupKey => {
    if (!task.dueDate) return 'undated';
    if (task.dueDate < today) return 'overdue';
    if (task.dueDate === today) return 'today';
    return task.dueDate <= sunday ? 'thisWeek' : 'later';
  };
  const sorted = [...tasks].sort(
    (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title),
  );
  const keys: TaskGroupKey[] = ['overdue', 'today', 'thisWeek', 'later', 'undated'];
  return keys.map((key) => ({ key, tasks: sorted.filter((t) => keyOf(t) === key) }));
};
