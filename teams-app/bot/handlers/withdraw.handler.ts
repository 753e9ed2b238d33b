import { withdrawChangeRequest } from '@relais/domain';
import type { BotContext } from '../bot-context';
import { answerWithCard } from './answer-with-card';
import type { CardTurn } from './card-turn';

/** Withdraw: the requester takes back a request nobody decided yet. */
export const withdrawHandler = (bot: BotContext, turn: CardTurn) =>
  answerWithCard(bot, turn, (caller) => withdrawChangeRequest(bot.deps, caller, turn.changeRequestId));
