import { z } from 'zod';
import { AcknowledgeFreeTextWarnings, Id, IsoDate, IsoDateTime, UserId } from './common.schema';

export const TaskStatus = z.enum(['open', 'done']);

/** A follow-up in the rep's to-do list. `assigneeId` defaults to the caller. */
export const TaskDraft = z
  .object({
    title: z.string().trim().min(1).max(200),
    dueDate: IsoDate.optional(),
    assigneeId: UserId.optional(),
    tierIds: z.array(Id).max(20).optional(),
    acknowledgeFreeTextWarnings: AcknowledgeFreeTextWarnings,
  })
  .strict()
  .meta({ id: 'TaskDraft' });
export type TaskDraft = z.infer<typeof TaskDraft>;

export const TaskPatch = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    dueDate: IsoDate.nullable().optional(),
    assigneeId: UserId.optional(),
    status: TaskStatus.optional(),
    acknowledgeFreeTextWarnings: AcknowledgeFreeTextWarnings,
  })
  .strict()
  .meta({ id: 'TaskPatch' });
export type TaskPatch = z.infer<typeof TaskPatch>;

export const Task = z
  .object({
    id: Id,
    title: z.string(),
    dueDate: IsoDate.nullable(),
    assigneeId: UserId,
    status: TaskStatus,
    tierIds: z.array(Id),
    interactionId: Id.nullable(),
    createdAt: IsoDateTime,
    createdBy: UserId,
    doneAt: IsoDateTime.nullable(),
    doneBy: UserId.nullable(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;
