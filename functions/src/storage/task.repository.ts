import { odata } from '@azure/data-tables';
import { pageOf, type Task, type TaskStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isConflict, isNotFound, mapWriteError, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

const ROW = 'task';

/** Tasks by id, plus one copy per assignee (their to-do list is a single partition query); keys encoded (keys.ts). */
export const createTaskRepository = (tables: TableSet): TaskStore => {
  const tasks = () => tables.table('Tasks');
  const lists = () => tables.table('TaskLists');
  return {
    insert: async (task) => {
      try {
        await (await tasks()).createEntity(toEntity(encodeKey(task.id), ROW, task));
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    },
    get: async (id) => {
      const table = await tasks();
      const entity = await readOrUndefined(() => table.getEntity(encodeKey(id), ROW));
      return entity && { value: fromEntity<Task>(entity), etag: entity.etag };
    },
    replace: async (task, ifMatch) => {
      try {
        const result = await (await tasks()).updateEntity(toEntity(encodeKey(task.id), ROW, task), 'Replace', { etag: ifMatch });
        return result.etag ?? '';
      } catch (error) {
        return mapWriteError(error, 'task');
      }
    },
    putAssigneeCopy: async (task, previousAssignee) => {
      const table = await lists();
      await table.upsertEntity(toEntity(encodeKey(task.assigneeId), encodeKey(task.id), task, { status: task.status }), 'Replace');
      if (previousAssignee && previousAssignee !== task.assigneeId) {
        try {
          await table.deleteEntity(encodeKey(previousAssignee), encodeKey(task.id));
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      }
    },
    byAssignee: async (assigneeId, status, limit, cursor) => {
      const table = await lists();
      let filter = odata`PartitionKey eq ${encodeKey(assigneeId)}`;
      if (status) filter += odata` and status eq ${status}`;
      const all: Task[] = [];
      for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) all.push(fromEntity<Task>(e));
      // Due first (undated last); done tasks newest first.
      all.sort((a, b) =>
        a.status !== b.status
          ? a.status === 'open' ? -1 : 1
          : a.status === 'open'
            ? (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt)
            : (b.doneAt ?? '').localeCompare(a.doneAt ?? ''),
      );
      return pageOf(all, limit, cursor);
    },
  };
};
