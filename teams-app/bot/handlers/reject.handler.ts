import { decideChangeRequest } from '@relais/domain';
import type { BotContext } from '../bot-context';
import { answerWithCard } from './answer-with-card';
import { commentOf, type CardTurn } from './card-turn';

/** Reject: keeps the referential as it is and shows the rejected card with the comment. */
export const rejectHandler = (bot: BotContext, turn: CardTurn) =>
  answerWithCard(bot, turn, (caller) => decideChangeRequest(bot.deps, caller, turn.changeRequestId, { decision: 'reject', ...commentOf(turn) }));
