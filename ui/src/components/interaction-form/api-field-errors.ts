import { isApiProblem } from '../../api/api-problem';
import type { FollowUpRow } from './follow-up-tasks';
import type { InteractionFieldErrors } from './interaction-fields';

const FIELDS = ['medium', 'direction', 'purpose', 'outcome', 'summary'] as const;

/** A 400/422's `errors` placed where an interaction form shows them. */
export type PlacedApiErrors = {
  fields: InteractionFieldErrors;
  /** By follow-up row key: `tasks.N.*` names the N-th row with a title (empty rows are not sent). */
  followUps: Record<string, string>;
  /** Every other message, by the first segment of its path (`occurredAt`, `participants`…). */
  others: Record<string, string>;
};

/** The API names fields by path (`purpose`, `tasks.0.title`): each message goes next to its field. */
export const placeApiErrors = (error: unknown, followUps: readonly FollowUpRow[]): PlacedApiErrors => {
  const placed: PlacedApiErrors = { fields: {}, followUps: {}, others: {} };
  if (!isApiProblem(error)) return placed;
  const typed = followUps.filter((row) => row.title.trim() !== '');
  for (const { path, message } of error.errors) {
    const [head = '', index] = path.split('.');
    const field = FIELDS.find((name) => name === head);
    if (field) placed.fields[field] = message;
    else if (head === 'tasks') {
      const row = index !== undefined ? typed[Number(index)] : undefined;
      if (row) placed.followUps[row.key] = message;
    } else placed.others[head] = message;
  }
  return placed;
};
