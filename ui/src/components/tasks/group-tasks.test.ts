import type { Task } from '@relais/domain';
import { endOfWeek, groupTasks, isOverdue } from './group-tasks';

const task = (title: string, dueDate: string | null): Task => ({
  id: title,
  title,
  dueDate,
  assigneeId: 'u',
  status: 'open',
  tierIds: [],
  interactionId: null,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'u',
  doneAt: null,
  doneBy: null,
  updatedAt: '2026-01-01T00:00:00Z',
});

const titles = (groups: ReturnType<typeof groupTasks>) =>
  Object.fromEntries(groups.map((g) => [g.key, g.tasks.map((t) => t.title)]));

describe('groupTasks', () => {
  it('splits a Wednesday into overdue, today, the rest of the week, later and undated', () => {
    const groups = groupTasks(
      [
        task('later', '2026-11-30'),
        task('sunday', '2026-11-29'),
        task('undated', null),
        task('today', '2026-11-25'),
        task('old', '2026-11-01'),
        task('yesterday', '2026-11-24'),
        task('thursday', '2026-11-26'),
      ],
      '2026-11-25',
    );
    expect(titles(groups)).toEqual({
      overdue: ['old', 'yesterday'],
      today: ['today'],
      thisWeek: ['thursday', 'sunday'],
      later: ['later'],
      undated: ['undated'],
    });
  });

  it('has no "this week" left on a Sunday', () => {
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29');
    expect(titles(groupTasks([task('monday', '2026-11-30')], '2026-11-29')).later).toEqual(['monday']);
  });

  it('ends the week on the Sunday for a Monday', () => {
    expect(endOfWeek('2026-11-23')).toBe('2026-11-29');
  });

  it('never calls a done or undated task overdue', () => {
    expect(isOverdue({ dueDate: '2026-01-01', status: 'done' }, '2026-11-25')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'open' }, '2026-11-25')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-24', status: 'open' }, '2026-11-25')).toBe(true);
  });
});
