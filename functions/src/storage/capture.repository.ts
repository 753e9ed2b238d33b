import { odata } from '@azure/data-tables';
import { DomainError, type CaptureRecord, type CaptureStore, type SubscriptionRef } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isConflict, isNotFound, mapWriteError, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

const REPS = 'rep';
const ROW = 'subscription';

/** Each rep's capture record in one partition (the renewal timer reads them all), and each subscription by id. */
export const createCaptureRepository = (tables: TableSet): CaptureStore => {
  const records = () => tables.table('Capture');
  const subscriptions = () => tables.table('CaptureSubscriptions');
  return {
    record: async (repId) => {
      const table = await records();
      const entity = await readOrUndefined(() => table.getEntity(REPS, encodeKey(repId)));
      return entity && { value: fromEntity<CaptureRecord>(entity), etag: entity.etag };
    },
    saveRecord: async (record, ifMatch) => {
      const table = await records();
      const entity = toEntity(REPS, encodeKey(record.rep.userId), record);
      try {
        const result = ifMatch ? await table.updateEntity(entity, 'Replace', { etag: ifMatch }) : await table.createEntity(entity);
        return result.etag ?? '';
      } catch (error) {
        // Created by someone else meanwhile: as stale as a changed ETag.
        if (isConflict(error)) throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The capture settings changed meanwhile.');
        return mapWriteError(error, 'suggestion');
      }
    },
    records: async () => {
      const table = await records();
      const all: CaptureRecord[] = [];
      for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${REPS}` } })) all.push(fromEntity<CaptureRecord>(e));
      return all;
    },
    subscription: async (subscriptionId) => {
      const table = await subscriptions();
      const entity = await readOrUndefined(() => table.getEntity(encodeKey(subscriptionId), ROW));
      return entity && fromEntity<SubscriptionRef>(entity);
    },
    putSubscription: async (ref) => {
      await (await subscriptions()).upsertEntity(toEntity(encodeKey(ref.subscriptionId), ROW, ref), 'Replace');
    },
    removeSubscription: async (subscriptionId) => {
      try {
        await (await subscriptions()).deleteEntity(encodeKey(subscriptionId), ROW);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
  };
};
