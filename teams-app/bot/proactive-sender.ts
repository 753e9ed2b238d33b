import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { cardAttachment, Client } from '@microsoft/teams.api';
import { Client as HttpClient } from '@microsoft/teams.common';

export type ConversationTarget = { conversationId: string; serviceUrl: string };

/** Posts and updates cards outside of a turn, at the conversation's own service URL. */
export type ProactiveSender = {
  post: (target: ConversationTarget, card: IAdaptiveCard) => Promise<string>;
  update: (target: ConversationTarget, activityId: string, card: IAdaptiveCard) => Promise<void>;
  /** Opens a one-to-one chat with a user the bot has not talked to yet (the app must be installed for them). */
  openConversation: (userId: string) => Promise<ConversationTarget>;
};

export type SenderOptions = {
  appId: string;
  tenantId?: string;
  /** The Bot Connector for conversations the bot opens itself. */
  serviceUrl: string;
  botScope: string;
  token: (scope: string, tenantId?: string) => Promise<string>;
};

const message = (card: IAdaptiveCard) => ({ type: 'message' as const, attachments: [cardAttachment('adaptive', card)] });

export const createProactiveSender = (options: SenderOptions): ProactiveSender => {
  const http = new HttpClient({ token: () => options.token(options.botScope, options.tenantId ?? 'botframework.com') });
  const connector = (serviceUrl: string) => new Client(serviceUrl.replace(/\/+$/, ''), http);
  return {
    post: async (target, card) => (await connector(target.serviceUrl).conversations.createActivity(target.conversationId, message(card))).id,
    update: async (target, activityId, card) => {
      await connector(target.serviceUrl).conversations.updateActivity(target.conversationId, activityId, { ...message(card), id: activityId });
    },
    openConversation: async (userId) => {
      const created = await connector(options.serviceUrl).conversations.create({
        bot: { id: `28:${options.appId}`, role: 'bot' },
        members: [{ id: userId, aadObjectId: userId, role: 'user' }],
        isGroup: false,
        ...(options.tenantId ? { tenantId: options.tenantId, channelData: { tenant: { id: options.tenantId } } } : {}),
      });
      return { conversationId: created.id, serviceUrl: created.serviceUrl || options.serviceUrl };
    },
  };
};
