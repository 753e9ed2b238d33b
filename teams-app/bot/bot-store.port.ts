/** Where to reach a user in Teams: what a proactive message needs, taken from their last activity. */
export type ConversationRef = {
  /** The Entra object id: the Relais user id. */
  userId: string;
  /** The Teams user id (`29:…`), which card refresh lists name. */
  teamsUserId: string;
  name: string;
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
  botId: string;
  locale?: string;
  updatedAt: string;
};

/** Why the bot posted a card: asking an approver, or telling the requester the outcome. */
export type CardPurpose = 'approval' | 'outcome';
export type CardKey = { changeRequestId: string; userId: string; purpose: CardPurpose };

/** A card the bot posted about a change request, kept so it can be updated when the request is decided. */
export type SentCard = CardKey & { conversationId: string; serviceUrl: string; activityId: string; locale?: string };

export type BotStore = {
  saveReference: (ref: ConversationRef) => Promise<void>;
  reference: (userId: string) => Promise<ConversationRef | undefined>;
  /** Reserves the right to post a card once; false when it is reserved or posted already. */
  claimCard: (key: CardKey) => Promise<boolean>;
  /** Gives a reservation back when posting failed, so a later attempt may post. */
  releaseCard: (key: CardKey) => Promise<void>;
  recordCard: (card: SentCard) => Promise<void>;
  cards: (changeRequestId: string) => Promise<SentCard[]>;
};
