import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { mayDecide, viewChangeRequest, type Caller, type ChangeRequest, type Language } from '@relais/domain';
import type { BotContext } from './bot-context';
import { changeRequestCard } from './cards/change-request.card';

/** The Teams ids of the approvers and the requester, for the card's automatic refresh. */
export const refreshUserIds = async (bot: BotContext, request: ChangeRequest): Promise<string[]> => {
  const refs = await Promise.all([...new Set([...request.approverIds, request.requestedBy])].map((id) => bot.store.reference(id)));
  return refs.flatMap((ref) => (ref?.teamsUserId ? [ref.teamsUserId] : []));
};

/** The request's card as one person sees it: their actions, in their language. */
export const requestCardFor = async (
  bot: BotContext,
  request: ChangeRequest,
  viewer: Pick<Caller, 'userId' | 'roles'> | undefined,
  lang: Language,
  notice?: string,
): Promise<IAdaptiveCard> => {
  const view = await viewChangeRequest(bot.deps, request);
  const caller = viewer && { ...viewer, name: '', teams: [] };
  return changeRequestCard(
    view,
    { mayDecide: caller !== undefined && mayDecide(caller, request), isRequester: viewer?.userId === request.requestedBy },
    { lang, refreshUserIds: await refreshUserIds(bot, request), ...(notice ? { notice } : {}) },
  );
};
