import { getChangeRequest } from '@relais/domain';
import type { BotContext } from '../bot-context';
import { answerWithCard } from './answer-with-card';
import type { CardTurn } from './card-turn';

/** Refresh (Teams asks when the card is shown): the request's current state, as this viewer may act on it. */
export const refreshHandler = (bot: BotContext, turn: CardTurn) =>
  answerWithCard(bot, turn, async (caller) => (await getChangeRequest(bot.deps, caller, turn.changeRequestId)).value);

/** Open (from the pending list): the full request card, in place of the list. */
export const openHandler = refreshHandler;
