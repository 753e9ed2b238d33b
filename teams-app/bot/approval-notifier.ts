import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { ApprovalNotifier, ChangeRequest } from '@relais/domain';
import type { BotContext } from './bot-context';
import type { CardKey, SentCard } from './bot-store.port';
import { cardText, languageOf } from './cards/card-text';
import { noticeCard } from './cards/change-request.card';
import type { ConversationTarget } from './proactive-sender';
import { requestCardFor } from './request-card';

/**
 * Posts a card once per (request, person, purpose): the slot is claimed before posting and given back
 * if posting fails, so repeats and races post once and a failure can be retried. A user the bot has
 * no conversation with yet gets a new one-to-one chat.
 */
const deliver = async (bot: BotContext, key: CardKey, card: (locale?: string) => Promise<IAdaptiveCard>): Promise<void> => {
  if (!(await bot.store.claimCard(key))) return;
  try {
    const ref = await bot.store.reference(key.userId);
    const target: ConversationTarget = ref ?? (await bot.sender.openConversation(key.userId));
    const activityId = await bot.sender.post(target, await card(ref?.locale));
    await bot.store.recordCard({ ...key, ...target, activityId, ...(ref?.locale ? { locale: ref.locale } : {}) });
  } catch (error) {
    bot.log(`could not post the ${key.purpose} card of request ${key.changeRequestId} to ${key.userId}`, error);
    await bot.store.releaseCard(key).catch((e: unknown) => bot.log('could not release a card claim', e));
  }
};

const viewerOf = (bot: BotContext, userId: string) => ({ userId, roles: bot.rolesOf(userId) });

/** Redraws, in place, every card the bot posted about the request (Bot Connector activity update). */
const redrawShown = async (bot: BotContext, changeRequestId: string, card: (shown: SentCard) => Promise<IAdaptiveCard>): Promise<void> => {
  const shown = await bot.store.cards(changeRequestId);
  await Promise.all(
    shown.map((sent) =>
      card(sent)
        .then((content) => bot.sender.update(sent, sent.activityId, content))
        .catch((error: unknown) => bot.log(`could not update card ${sent.activityId}`, error)),
    ),
  );
};

/** The bot side of approvals: cards to approvers when asked, final states and the requester's notice when decided. */
export const createApprovalNotifier = (bot: BotContext): ApprovalNotifier => ({
  requested: async (request: ChangeRequest) => {
    try {
      await Promise.all(
        request.approverIds.map((userId) =>
          deliver(bot, { changeRequestId: request.id, userId, purpose: 'approval' }, (locale) => requestCardFor(bot, request, viewerOf(bot, userId), languageOf(locale))),
        ),
      );
    } catch (error) {
      bot.log(`could not show request ${request.id} to its approvers`, error);
    }
  },
  decided: async (request: ChangeRequest) => {
    try {
      await redrawShown(bot, request.id, (card) => requestCardFor(bot, request, viewerOf(bot, card.userId), languageOf(card.locale)));
      if (request.decidedBy !== request.requestedBy)
        await deliver(bot, { changeRequestId: request.id, userId: request.requestedBy, purpose: 'outcome' }, (locale) =>
          requestCardFor(bot, request, viewerOf(bot, request.requestedBy), languageOf(locale)),
        );
    } catch (error) {
      bot.log(`could not tell about the decision on request ${request.id}`, error);
    }
  },
  rewritten: async (request: ChangeRequest) => {
    try {
      await redrawShown(bot, request.id, (card) => requestCardFor(bot, request, viewerOf(bot, card.userId), languageOf(card.locale)));
    } catch (error) {
      bot.log(`could not redraw the cards of request ${request.id}`, error);
    }
  },
  erased: async (changeRequestId: string) => {
    try {
      await redrawShown(bot, changeRequestId, async (card) => noticeCard(cardText(languageOf(card.locale)).erasedRequest));
    } catch (error) {
      bot.log(`could not redraw the cards of erased request ${changeRequestId}`, error);
    }
  },
});
