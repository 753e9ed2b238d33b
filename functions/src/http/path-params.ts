import { Id, parseInput } from '@relais/domain';
import { z } from 'zod';

/**
 * Every path parameter is an id (tier, task, segment, fact name…): anything else — a decoded `%2F`,
 * a key character, broken percent-encoding — is a 400 naming the parameter before any handler runs,
 * so it never reaches a storage key.
 */
export const checkPathParams = (params: Record<string, string>): void => {
  const names = Object.keys(params);
  if (names.length > 0) parseInput(z.object(Object.fromEntries(names.map((name) => [name, Id]))), params);
};
