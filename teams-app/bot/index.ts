export { createApprovalsBot, type ApprovalsBotOptions } from './approvals-bot';
export type { BotStore, CardKey, ConversationRef, SentCard } from './bot-store.port';
export { PLAYGROUND_BOT_ID, isLoopbackUrl } from './playground';
