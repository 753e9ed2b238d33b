import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { getChangeRequest, isDomainError, type Caller, type ChangeRequest, type DomainError } from '@relais/domain';
import type { BotContext } from '../bot-context';
import { cardText, type CardText } from '../cards/card-text';
import { noticeCard } from '../cards/change-request.card';
import { requestCardFor } from '../request-card';
import type { CardTurn } from './card-turn';

const noticeFor = (error: DomainError, text: CardText): string | undefined => {
  switch (error.code) {
    case 'CHANGE_REQUEST.NOT_APPROVER':
      return text.notApprover;
    case 'CHANGE_REQUEST.NOT_REQUESTER':
      return text.notRequester;
    case 'CHANGE_REQUEST.ALREADY_DECIDED':
      return text.alreadyDecided(String(error.details.decidedByName ?? error.details.decidedBy ?? '?'));
    case 'CHANGE_REQUEST.CONFLICT':
      return undefined; // the card's status line says it
    default:
      return text.invalid(error.message);
  }
};

/** The card after a refusal: the request as the caller may see it, with why nothing happened on top. */
const cardForError = async (bot: BotContext, turn: CardTurn & { caller: Caller }, error: DomainError): Promise<IAdaptiveCard> => {
  const text = cardText(turn.lang);
  const notice = noticeFor(error, text);
  const found = error.kind === 'not-found' ? undefined : await getChangeRequest(bot.deps, turn.caller, turn.changeRequestId).catch(() => undefined);
  if (!found) return noticeCard(error.kind === 'not-found' ? text.unknownRequest : (notice ?? text.unknownRequest));
  return requestCardFor(bot, found.value, turn.caller, turn.lang, notice);
};

/**
 * Runs what a verb does and answers with the card to show in place: the request's new state, or the
 * unchanged request with the reason it was refused ("already decided by…", "you are not the approver").
 */
export const answerWithCard = async (
  bot: BotContext,
  turn: CardTurn,
  action: (caller: Caller) => Promise<ChangeRequest>,
  doneNotice?: string,
): Promise<IAdaptiveCard> => {
  const text = cardText(turn.lang);
  const caller = turn.caller;
  if (!caller) return noticeCard(text.notApprover);
  try {
    return await requestCardFor(bot, await action(caller), caller, turn.lang, doneNotice);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return cardForError(bot, { ...turn, caller }, error);
  }
};
