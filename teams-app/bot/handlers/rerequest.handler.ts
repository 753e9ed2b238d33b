import { createChangeRequest, DomainError, getChangeRequest, viewChangeRequest, type ChangeView, type FieldChange } from '@relais/domain';
import type { BotContext } from '../bot-context';
import { cardText } from '../cards/card-text';
import { answerWithCard } from './answer-with-card';
import type { CardTurn } from './card-turn';

/**
 * A change again from today's value: an element-wise one starts from its element as it is now; a
 * replace whose element is gone adds the value instead, a removal of an element gone is dropped.
 */
const fromCurrent = (c: ChangeView): FieldChange[] => {
  if (!c.op) return [{ path: c.path, from: c.current, to: c.to }];
  if (c.op === 'add') return [{ path: c.path, op: 'add', to: c.to }];
  if (c.current === null) return c.op === 'replace' ? [{ path: c.path, op: 'add', to: c.to }] : [];
  return [{ path: c.path, op: c.op, id: c.id, from: c.current, ...(c.op === 'replace' ? { to: c.to } : {}) }];
};

/**
 * Re-request (on a conflicted request, by its requester): the same changes again, starting from what
 * the tier holds now. The new request's id derives from the old one, so a double click makes one.
 */
export const rerequestHandler = (bot: BotContext, turn: CardTurn) =>
  answerWithCard(
    bot,
    turn,
    async (caller) => {
      const { value: request } = await getChangeRequest(bot.deps, caller, turn.changeRequestId);
      if (request.requestedBy !== caller.userId || request.status !== 'conflicted')
        throw new DomainError('CHANGE_REQUEST.NOT_REQUESTER', 'forbidden', 'Only the requester may request a conflicted change again.');
      const view = await viewChangeRequest(bot.deps, request);
      await createChangeRequest(
        bot.deps,
        caller,
        {
          tierId: request.tierId,
          changes: view.changes.flatMap(fromCurrent),
          ...(request.reason ? { reason: request.reason } : {}),
          ...(request.interactionId ? { interactionId: request.interactionId } : {}),
        },
        { idempotencyKey: `rerequest-${request.id}` },
      );
      return request;
    },
    cardText(turn.lang).rerequested,
  );
