import { odata, type TransactionAction } from '@azure/data-tables';
import { DomainError, type ImportItem, type ImportProgress, type ImportStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { mapLimited } from './parallel';
import { isConflict, isNotFound, readOrUndefined, statusOf } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * Imports' own rows, in the Imports table: `progress` (one row per file), `items~<run>` (what became
 * of each row, a page of items per entity, keyed by its last line, so a batch's items are one
 * transaction and a report page a range read), and `ext~<system>` (which tier each id of the
 * exporting CRM became, one row per id, written a hundred at a time).
 */
const ITEMS_PER_ROW = 250;
const LINE_DIGITS = 10;
const line = (n: number) => String(n).padStart(LINE_DIGITS, '0');

export const createImportRepository = (tables: TableSet): ImportStore => {
  const table = () => tables.table('Imports');
  const itemsPartition = (run: string) => `items~${encodeKey(run)}`;
  const extPartition = (system: string) => `ext~${encodeKey(system)}`;
  return {
    progress: async (importId) => {
      const client = await table();
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>('progress', encodeKey(importId)));
      return entity && { value: fromEntity<ImportProgress>(entity), etag: entity.etag };
    },

    saveProgress: async (progress, etag) => {
      const client = await table();
      const entity = toEntity('progress', encodeKey(progress.importId), progress);
      try {
        return (etag ? await client.updateEntity(entity, 'Replace', { etag }) : await client.createEntity(entity)).etag ?? '';
      } catch (error) {
        if (isConflict(error) || statusOf(error) === 412 || isNotFound(error))
          throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'Another run of this import moved on meanwhile.');
        throw error;
      }
    },

    putItems: async (run, items) => {
      const client = await table();
      const actions: TransactionAction[] = [];
      for (let i = 0; i < items.length; i += ITEMS_PER_ROW) {
        const page = items.slice(i, i + ITEMS_PER_ROW);
        actions.push(['upsert', toEntity(itemsPartition(run), line(page.at(-1)!.line), page), 'Replace']);
      }
      for (let i = 0; i < actions.length; i += 100) await client.submitTransaction(actions.slice(i, i + 100));
    },

    items: async (run, limit, after = 0) => {
      const client = await table();
      const filter = odata`PartitionKey eq ${itemsPartition(run)} and RowKey gt ${line(after)}`;
      const found: ImportItem[] = [];
      let more = false;
      // A page of rows read together may overlap an earlier one (a batch re-run after a crash): a line is given once.
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
        for (const item of fromEntity<ImportItem[]>(entity)) {
          if (item.line <= (found.at(-1)?.line ?? after)) continue;
          if (found.length >= limit) {
            more = true;
            break;
          }
          found.push(item);
        }
        if (more) break;
      }
      return { items: found, nextCursor: more ? String(found.at(-1)!.line) : null };
    },

    linkExternalIds: async (system, links) => {
      const client = await table();
      const actions = [...new Map(links.map((l) => [l.externalId, l])).values()].map(
        (l): TransactionAction => ['upsert', { partitionKey: extPartition(system), rowKey: encodeKey(l.externalId), tierId: l.tierId }, 'Replace'],
      );
      for (let i = 0; i < actions.length; i += 100) await client.submitTransaction(actions.slice(i, i + 100));
    },

    externalIds: async (system, externalIds) => {
      const client = await table();
      const found = new Map<string, string>();
      await mapLimited([...new Set(externalIds)], 16, async (id) => {
        const entity = await readOrUndefined(() => client.getEntity<{ tierId: string }>(extPartition(system), encodeKey(id)));
        if (entity?.tierId) found.set(id, entity.tierId);
      });
      return found;
    },
  };
};
