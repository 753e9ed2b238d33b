import type { Task } from '@relais/domain';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import { problemMessage } from '../../api/problem-message';
import type { StatusNote } from '../feedback/status-bar';
import { completeTask } from './complete-task';

/** "Mark done" for a list: which rows are saving, and what happened, in words. */
export const useTaskCompletion = (
  api: ApiClient,
  handlers: { onDone: (task: Task) => void; onChanged: () => void },
) => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState<StatusNote | null>(null);
  const { onDone, onChanged } = handlers;

  const complete = useCallback(
    async (task: Task) => {
      setBusy((prev) => new Set(prev).add(task.id));
      setNote(null);
      try {
        const outcome = await completeTask(api, task);
        if (outcome.kind === 'done') {
          setNote({ intent: 'success', text: t('tasks.done', { title: task.title }) });
          onDone(outcome.task);
        } else {
          setNote({ intent: 'warning', text: t('tasks.changed', { title: task.title }) });
          onChanged();
        }
      } catch (error) {
        setNote({ intent: 'error', text: problemMessage(error, t) });
      } finally {
        setBusy((prev) => {
          const next = new Set(prev);
          next.delete(task.id);
          return next;
        });
      }
    },
    [api, t, onDone, onChanged],
  );

  return { complete, busy, note, dismiss: () => setNote(null) };
};
