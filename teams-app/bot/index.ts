export { createApprovalsBot } from './approvals-bot';
export type { BotStore, CardKey, ConversationRef, SentCard } from './bot-store.port';
