import type { TierSummary } from '@relais/domain';
import { checkChangeRow, placeApiErrors, type ChangeRow, type ChangeRowProblem, type FollowUpRow, type InteractionFieldErrors } from '@relais/ui/components/interaction-form';

export const MAX_PARTICIPANTS = 100;

/** What stops a log before it is sent, or what the API said about a field after. */
export type LogProblems = {
  selection?: 'nothing' | 'too-many';
  fields: InteractionFieldErrors;
  followUps: Record<string, string>;
  changes: Record<string, ChangeRowProblem>;
};

export const noProblems = (): LogProblems => ({ fields: {}, followUps: {}, changes: {} });

export const hasProblems = (problems: LogProblems): boolean =>
  problems.selection !== undefined ||
  [problems.fields, problems.followUps, problems.changes].some((group) => Object.keys(group).length > 0);

export const checkLog = (input: {
  tiers: TierSummary[];
  followUps: FollowUpRow[];
  changes: ChangeRow[];
  titleRequired: string;
}): LogProblems => {
  const problems = noProblems();
  if (input.tiers.length === 0) problems.selection = 'nothing';
  else if (input.tiers.length > MAX_PARTICIPANTS) problems.selection = 'too-many';
  for (const row of input.followUps)
    if (row.title.trim() === '' && row.dueDate !== '') problems.followUps[row.key] = input.titleRequired;
  for (const row of input.changes) {
    const problem = checkChangeRow(
      row,
      input.tiers.find((tier) => tier.id === row.tierId),
    );
    if (problem) problems.changes[row.key] = problem;
  }
  return problems;
};

/** A 400/422 names fields by path (`purpose`, `tasks.0.title`): put each message next to its field. */
export const problemsFromApi = (error: unknown, followUps: FollowUpRow[]): LogProblems => {
  const { fields, followUps: rows } = placeApiErrors(error, followUps);
  return { ...noProblems(), fields, followUps: rows };
};
