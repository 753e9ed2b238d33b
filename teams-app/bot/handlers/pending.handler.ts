import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { listChangeRequests, viewChangeRequest, type Caller, type ChangeRequest, type Language } from '@relais/domain';
import type { BotContext } from '../bot-context';
import { pendingListCard } from '../cards/pending-list.card';

const LIMIT = 20;

/** "pending": the requests routed to the user, and the user's own open requests. */
export const pendingHandler = async (bot: BotContext, caller: Caller, lang: Language): Promise<IAdaptiveCard> => {
  const [toDecide, mine] = await Promise.all([
    listChangeRequests(bot.deps, caller, { mine: 'to-decide', limit: LIMIT }),
    listChangeRequests(bot.deps, caller, { mine: 'requested', limit: LIMIT }),
  ]);
  const views = (items: ChangeRequest[]) => Promise.all(items.map((r) => viewChangeRequest(bot.deps, r)));
  return pendingListCard(await views(toDecide.items), await views(mine.items), lang);
};
