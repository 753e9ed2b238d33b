import { DomainError, type ScoreRuleSet, type ScoreRuleStore, type Versioned } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { isConflict, mapWriteError, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

/** Read on every score update: a short cache keeps it off the hot path; a change here is seen at once. */
const CACHE_MS = 30_000;
const [PARTITION, ROW] = ['scoring', 'rules'];

export const createScoreRulesRepository = (tables: TableSet): ScoreRuleStore => {
  const table = () => tables.table('ScoreRules');
  let cached: { at: number; rules: Promise<Versioned<ScoreRuleSet> | undefined> } | undefined;
  const load = async () => {
    const client = await table();
    const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(PARTITION, ROW));
    return entity && { value: fromEntity<ScoreRuleSet>(entity), etag: entity.etag };
  };
  return {
    get: () => {
      if (!cached || Date.now() - cached.at > CACHE_MS) {
        cached = { at: Date.now(), rules: load() };
        cached.rules.catch(() => (cached = undefined));
      }
      return cached.rules;
    },
    put: async (rules, etag) => {
      const client = await table();
      const entity = toEntity(PARTITION, ROW, rules);
      try {
        const result = etag ? await client.updateEntity(entity, 'Replace', { etag }) : await client.createEntity(entity);
        cached = { at: Date.now(), rules: Promise.resolve({ value: rules, etag: result.etag ?? '' }) };
        return result.etag ?? '';
      } catch (error) {
        cached = undefined;
        // Someone stored rules first while this caller still edited the defaults.
        if (isConflict(error)) throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The scoring rules changed since you read them; reload and try again.');
        return mapWriteError(error, 'scoring rules');
      }
    },
  };
};
