import { decideChangeRequest } from '@relais/domain';
import type { BotContext } from '../bot-context';
import { answerWithCard } from './answer-with-card';
import { commentOf, type CardTurn } from './card-turn';

/** Approve: applies the change (once, even under races) and shows the approved card. */
export const approveHandler = (bot: BotContext, turn: CardTurn) =>
  answerWithCard(bot, turn, (caller) => decideChangeRequest(bot.deps, caller, turn.changeRequestId, { decision: 'approve', ...commentOf(turn) }));
