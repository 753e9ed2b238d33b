import { createHash, randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '@relais/domain';

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** Opaque ids: random ones, or stable ones derived from a key (what makes retries land on the same record). */
export const nodeIds: IdGenerator = {
  newId: () => randomUUID().replace(/-/g, ''),
  fromKey: (namespace, key) => createHash('sha256').update(`${namespace}\n${key}`).digest('hex').slice(0, 32),
};
