import { odata } from '@azure/data-tables';
import type { BotStore, CardKey, ConversationRef, SentCard } from '../http/routes/bot.routes';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isConflict, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * What the bot remembers: each user's conversation reference (one row per user, replaced by the
 * latest activity) and the cards it posted per change request (claimed before posting, so two
 * deliveries of the same card never both post).
 */
export const createConversationRepository = (tables: TableSet): BotStore => {
  const cardRow = (key: CardKey) => `${key.purpose}~${encodeKey(key.userId)}`;
  return {
    saveReference: async (ref) => {
      await (await tables.table('BotConversations')).upsertEntity(toEntity(encodeKey(ref.userId), 'ref', ref), 'Replace');
    },
    reference: async (userId) => {
      const client = await tables.table('BotConversations');
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(encodeKey(userId), 'ref'));
      return entity && fromEntity<ConversationRef>(entity);
    },
    claimCard: async (key) => {
      try {
        await (await tables.table('BotCards')).createEntity({ partitionKey: encodeKey(key.changeRequestId), rowKey: cardRow(key), state: 'claimed' });
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
    releaseCard: async (key) => {
      const client = await tables.table('BotCards');
      await readOrUndefined(() => client.deleteEntity(encodeKey(key.changeRequestId), cardRow(key)));
    },
    recordCard: async (card) => {
      const client = await tables.table('BotCards');
      await client.upsertEntity(toEntity(encodeKey(card.changeRequestId), cardRow(card), card, { state: 'sent' }), 'Replace');
    },
    cards: async (changeRequestId) => {
      const client = await tables.table('BotCards');
      const filter = odata`PartitionKey eq ${encodeKey(changeRequestId)} and state eq 'sent'`;
      const cards: SentCard[] = [];
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) cards.push(fromEntity<SentCard>(entity));
      return cards;
    },
  };
};
