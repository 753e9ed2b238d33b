import { odata } from '@azure/data-tables';
import type { Interaction, InteractionOutbox, InteractionStore, StoredInteraction } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { decodeKey, encodeKey } from './keys';
import { listPartitions } from './list-partitions';
import { isConflict, mapWriteError, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

type Stored = { interaction: Interaction; outbox: InteractionOutbox };
const ROW = 'interaction';

const storedOf = (entity: Record<string, unknown> & { etag: string }): StoredInteraction => {
  const stored = fromEntity<Stored>(entity);
  return { value: stored.interaction, outbox: stored.outbox, etag: entity.etag };
};

/** An interaction as stored, with its outbox: one partition per interaction. */
export const interactionEntity = (interaction: Interaction, outbox: InteractionOutbox) => toEntity(encodeKey(interaction.id), ROW, { interaction, outbox } satisfies Stored);

/** One partition per interaction; its id derives from the source, so the insert is the idempotency check. */
export const createInteractionRepository = (tables: TableSet): InteractionStore => {
  const client = () => tables.table('Interactions');
  return {
    insert: async (interaction, outbox) => {
      try {
        const created = await (await client()).createEntity(interactionEntity(interaction, outbox));
        return created.etag ?? '';
      } catch (error) {
        if (isConflict(error)) return undefined;
        throw error;
      }
    },
    get: async (id) => {
      const table = await client();
      const entity = await readOrUndefined(() => table.getEntity(encodeKey(id), ROW));
      if (!entity) return undefined;
      return storedOf(entity);
    },
    listIds: async (limit, cursor) => {
      const page = await listPartitions(await client(), ROW, limit, cursor);
      return { ...page, items: page.items.map(decodeKey) };
    },
    list: async (limit, cursor) => {
      const pages = (await client())
        .listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`RowKey eq ${ROW}` } })
        .byPage({ maxPageSize: limit, ...(cursor ? { continuationToken: cursor } : {}) });
      const { value: page } = await pages.next();
      return { items: (page ?? []).map((entity: Record<string, unknown> & { etag: string }) => storedOf(entity)), nextCursor: page?.continuationToken ?? null };
    },
    replace: async (interaction, outbox, ifMatch) => {
      try {
        const result = await (await client()).updateEntity(toEntity(encodeKey(interaction.id), ROW, { interaction, outbox }), 'Replace', { etag: ifMatch });
        return result.etag ?? '';
      } catch (error) {
        return mapWriteError(error, 'interaction');
      }
    },
  };
};
