import { z } from 'zod';
import { factDefinition } from './fact-definitions';
import { RelationState } from './relation.schema';
import { organisationFields, personFields, type TierKind } from './tier.schema';

/** The fields a change request may change: reference data, never bookkeeping (ids, status, owner team). */
const organisationPaths = ['names', 'siren', 'siret', 'parentId', 'headOffice', 'addresses', 'phones', 'website', 'emailDomains'] as const;
const personPaths = ['civility', 'firstName', 'lastName', 'emails', 'phones', 'jobTitle', 'referenceFunction', 'assistant'] as const;

const RELATION_PREFIX = 'relations.';

/** The relation a change path names (`relations.<id>` → its id), or undefined for a field or a fact. */
export const relationIdOf = (path: string): string | undefined =>
  path.startsWith(RELATION_PREFIX) && path.length > RELATION_PREFIX.length ? path.slice(RELATION_PREFIX.length) : undefined;

/** The schema a change's new value must satisfy, or undefined when the path is not reference data. */
export const referenceDataSchema = (kind: TierKind, path: string): z.ZodType | undefined => {
  if (path.startsWith('facts.')) return factDefinition(path.slice('facts.'.length))?.value;
  if (relationIdOf(path) !== undefined) return RelationState;
  const fields: Record<string, z.ZodType> = kind === 'organisation' ? organisationFields : personFields;
  const allowed: readonly string[] = kind === 'organisation' ? organisationPaths : personPaths;
  return allowed.includes(path) ? fields[path] : undefined;
};

export const referenceDataPaths = (kind: TierKind): string[] => [
  ...(kind === 'organisation' ? organisationPaths : personPaths),
  'facts.<name>',
  'relations.<id>',
];
