import type { IExecuteAction } from '@microsoft/teams.cards';

/** The Universal Action verbs the approvals cards use; the bot has one handler per verb. */
export const Verbs = ['approve', 'reject', 'withdraw', 'rerequest', 'open', 'refresh'] as const;
export type Verb = (typeof Verbs)[number];

/** The data an action carries: its verb again as `action` (the Teams SDK routes `card.action.<action>`), and the request. */
export type ActionData = { action: Verb; changeRequestId: string };

export const executeAction = (verb: Verb, changeRequestId: string, title: string, extra: Partial<IExecuteAction> = {}): IExecuteAction => ({
  type: 'Action.Execute',
  verb,
  title,
  data: { action: verb, changeRequestId },
  ...extra,
});
