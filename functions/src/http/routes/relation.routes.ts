import { createRelation, createRelationType, getRelation, listRelationTypes, updateRelation } from '@relais/domain';
import { idempotencyKey, readJson, requireIfMatch } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

export const relationRoutes: Route[] = [
  {
    name: 'relation-types-list',
    method: 'GET',
    path: 'relation-types',
    handler: async (_request, { deps }) => ok({ items: await listRelationTypes(deps) }),
  },
  {
    name: 'relation-types-create',
    docs: { summary: 'Configure a relation type', body: 'RelationTypeDraft' },
    method: 'POST',
    path: 'relation-types',
    handler: async (request, { deps, caller }) => {
      const type = await createRelationType(deps, caller, await readJson(request));
      return created(type, `/api/relation-types/${type.id}`);
    },
  },
  {
    name: 'relations-create',
    docs: { summary: 'Relate two tiers', body: 'RelationDraft', returns: 'Relation' },
    method: 'POST',
    path: 'relations',
    handler: async (request, { deps, caller }) => {
      const key = idempotencyKey(request);
      const edge = await createRelation(deps, caller, await readJson(request), key ? { idempotencyKey: `${caller.userId}\n${key}` } : {});
      const saved = await getRelation(deps, caller, edge.id);
      return created(saved.value, `/api/relations/${edge.id}`, saved.etag);
    },
  },
  {
    name: 'relations-get',
    method: 'GET',
    path: 'relations/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getRelation(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'relations-update',
    method: 'PATCH',
    path: 'relations/{id}',
    handler: async (request, { deps, caller }) => {
      const ifMatch = requireIfMatch(request);
      const updated = await updateRelation(deps, caller, request.params.id ?? '', await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
];
