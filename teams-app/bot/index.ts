export { createApprovalsBot, MESSAGING_PATH, type ApprovalsBot, type ApprovalsBotOptions, type BotFrameworkSettings } from './approvals-bot';
export type { BotStore, CardKey, CardPurpose, ConversationRef, SentCard } from './bot-store.port';
export type { RolesOf } from './bot-caller';
