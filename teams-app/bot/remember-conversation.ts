import type { Activity } from '@microsoft/teams.api';
import type { BotStore } from './bot-store.port';

/**
 * Keeps, per user, the personal chat the bot last heard them in: where proactive cards and notices go.
 * Group chats and channels are not a user's own conversation and are not kept.
 */
export const rememberConversation = async (store: BotStore, activity: Activity, now: string): Promise<void> => {
  const userId = activity.from?.aadObjectId;
  const type = activity.conversation?.conversationType;
  if (!userId || !activity.serviceUrl || (type !== undefined && type !== 'personal')) return;
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
  await store.saveReference({
    userId,
    teamsUserId: activity.from.id,
    name: activity.from.name ?? userId,
    conversationId: activity.conversation.id,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
    updatedAt: now,
    ...(tenantId ? { tenantId } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  });
};
