import { odata } from '@azure/data-tables';
import type { StoredSuggestion, SuggestionStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isConflict, isNotFound, mapWriteError, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

const ignoreMissing = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
};

/**
 * A rep's suggestions in their own partition (their list is one partition query), each also posted
 * under every address it names, so erasing a person finds their suggestions without a scan.
 */
export const createSuggestionRepository = (tables: TableSet): SuggestionStore => {
  const suggestions = () => tables.table('Suggestions');
  const byEmail = () => tables.table('SuggestionEmails');
  const postingKey = (s: Pick<StoredSuggestion, 'repId' | 'id'>) => encodeKey(`${s.repId}\n${s.id}`);
  const emailsOf = (s: StoredSuggestion) => [...new Set(s.participants.map((p) => p.emailAddress.toLowerCase()))];
  const remove = async (repId: string, id: string) => {
    const table = await suggestions();
    const entity = await readOrUndefined(() => table.getEntity(encodeKey(repId), encodeKey(id)));
    if (!entity) return;
    const postings = await byEmail();
    await Promise.all(emailsOf(fromEntity<StoredSuggestion>(entity)).map((e) => ignoreMissing(() => postings.deleteEntity(encodeKey(e), postingKey({ repId, id })))));
    await ignoreMissing(() => table.deleteEntity(encodeKey(repId), encodeKey(id)));
  };
  return {
    get: async (repId, id) => {
      const table = await suggestions();
      const entity = await readOrUndefined(() => table.getEntity(encodeKey(repId), encodeKey(id)));
      return entity && { value: fromEntity<StoredSuggestion>(entity), etag: entity.etag };
    },
    insert: async (suggestion) => {
      // Postings first: a suggestion is never stored where an erasure could not find it.
      const postings = await byEmail();
      await Promise.all(emailsOf(suggestion).map((e) => postings.upsertEntity({ partitionKey: encodeKey(e), rowKey: postingKey(suggestion), repId: suggestion.repId, id: suggestion.id }, 'Replace')));
      try {
        await (await suggestions()).createEntity(toEntity(encodeKey(suggestion.repId), encodeKey(suggestion.id), suggestion));
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
    replace: async (suggestion, ifMatch) => {
      try {
        await (await suggestions()).updateEntity(toEntity(encodeKey(suggestion.repId), encodeKey(suggestion.id), suggestion), 'Replace', { etag: ifMatch });
      } catch (error) {
        mapWriteError(error, 'suggestion');
      }
    },
    ofRep: async (repId) => {
      const table = await suggestions();
      const all: StoredSuggestion[] = [];
      for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${encodeKey(repId)}` } })) all.push(fromEntity<StoredSuggestion>(e));
      return all;
    },
    remove,
    eraseByEmails: async (emails) => {
      const postings = await byEmail();
      let erased = 0;
      for (const email of new Set(emails.map((e) => e.toLowerCase()))) {
        const found: { repId: string; id: string }[] = [];
        for await (const e of postings.listEntities<{ repId: string; id: string }>({ queryOptions: { filter: odata`PartitionKey eq ${encodeKey(email)}` } })) found.push({ repId: e.repId, id: e.id });
        for (const s of found) {
          await remove(s.repId, s.id);
          await ignoreMissing(() => postings.deleteEntity(encodeKey(email), postingKey(s)));
          erased += 1;
        }
      }
      return erased;
    },
  };
};
