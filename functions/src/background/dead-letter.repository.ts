import { odata } from '@azure/data-tables';
import type { DeadLetter, DeadLetterStore } from '@relais/domain';
import { fromEntity, toEntity } from '../storage/json-entity';
import { encodeKey, invertedTime } from '../storage/keys';
import { isConflict } from '../storage/storage-errors';
import type { TableSet } from '../storage/table-set';

const PARTITION = 'parked';

/** Parked messages in one partition, newest first (inverted time); a message parked twice keeps its first row. */
export const createDeadLetterRepository = (tables: TableSet): DeadLetterStore => {
  const table = () => tables.table('DeadLetters');
  return {
    park: async (letter) => {
      try {
        await (await table()).createEntity(toEntity(PARTITION, `${invertedTime(letter.parkedAt)}~${encodeKey(letter.id)}`, letter));
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    },
    list: async (limit, cursor) => {
      const pages = (await table())
        .listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` } })
        .byPage({ maxPageSize: limit, ...(cursor ? { continuationToken: cursor } : {}) });
      const { value: page } = await pages.next();
      return { items: (page ?? []).map((e: Record<string, unknown> & { etag: string }) => fromEntity<DeadLetter>(e)), nextCursor: page?.continuationToken ?? null };
    },
  };
};
