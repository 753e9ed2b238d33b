import { defaultRelationTypes } from '../catalogue/relation-types';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import { RelationTypeDraft, type RelationType } from '../model/relation.schema';
import { searchTokens } from '../matching/search-tokens';
import type { Deps } from '../ports/deps';

/** The configured types, the default catalogue first (it exists without being stored). */
export const listRelationTypes = async (deps: Deps): Promise<RelationType[]> => {
  const stored = await deps.relationTypes.list();
  return [...defaultRelationTypes, ...stored.filter((s) => !defaultRelationTypes.some((d) => d.id === s.id))];
};

export const findRelationType = async (deps: Deps, id: string): Promise<RelationType | undefined> =>
  (await listRelationTypes(deps)).find((t) => t.id === id);

export const createRelationType = async (deps: Deps, caller: Caller, input: unknown): Promise<RelationType> => {
  if (!hasRole(caller, 'steward', 'admin'))
    throw new DomainError('RELATION_TYPE.FORBIDDEN', 'forbidden', 'Only data stewards and admins configure relation types.');
  const draft = parseInput(RelationTypeDraft, input);
  const id = draft.id ?? searchTokens(draft.labelAtoB).join('-').slice(0, 60);
  const type: RelationType = { ...draft, id };
  const taken = defaultRelationTypes.some((d) => d.id === id) || !(await deps.relationTypes.insert(type));
  if (taken)
    throw new DomainError('RELATION_TYPE.EXISTS', 'conflict', `A relation type "${id}" exists already.`, [
      { path: 'id', message: 'This id is taken.' },
    ]);
  return type;
};
