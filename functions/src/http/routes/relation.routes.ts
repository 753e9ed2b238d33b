import { createRelation, createRelationType, getRelation, listRelationTypes, updateRelation } from '@relais/domain';
import { RelationAnswerSchema, RelationDraft, RelationPatch, RelationTypeDraft, RelationTypeList, RelationTypeSchema } from '@relais/domain';
import { idempotencyKey, readJson, requireIfMatch } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

export const relationRoutes: Route[] = [
  {
    name: 'relation-types-list',
    docs: { summary: 'The relation types', tag: 'relations', responses: { 200: { description: 'Every type.', schema: RelationTypeList } } },
    method: 'GET',
    path: 'relation-types',
    handler: async (_request, { deps }) => ok({ items: await listRelationTypes(deps) }),
  },
  {
    name: 'relation-types-create',
    docs: { summary: 'Configure a relation type', tag: 'relations', body: RelationTypeDraft, responses: { 201: { description: 'Created.', schema: RelationTypeSchema, headers: ['Location'] } }, problems: { 403: ['RELATION_TYPE.FORBIDDEN'], 409: ['RELATION_TYPE.EXISTS'] } },
    method: 'POST',
    path: 'relation-types',
    handler: async (request, { deps, caller }) => {
      const type = await createRelationType(deps, caller, await readJson(request));
      return created(type, `/api/relation-types/${type.id}`);
    },
  },
  {
    name: 'relations-create',
    docs: { summary: 'Relate two tiers', tag: 'relations', body: RelationDraft, idempotencyKey: true, responses: { 201: { description: 'Created.', schema: RelationAnswerSchema, headers: ['Location', 'ETag'] } }, problems: { 422: ['RELATION.INVALID_REFERENCE', 'RELATION.KINDS_NOT_ALLOWED'] } },
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
    docs: { summary: 'Read a relation', tag: 'relations', responses: { 200: { description: 'The relation.', schema: RelationAnswerSchema, headers: ['ETag'] } }, problems: { 404: ['RELATION.NOT_FOUND'] } },
    method: 'GET',
    path: 'relations/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getRelation(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'relations-update',
    docs: { summary: 'End a relation or change its dates', tag: 'relations', body: RelationPatch, ifMatch: 'required', responses: { 200: { description: 'The relation as saved.', schema: RelationAnswerSchema, headers: ['ETag'] } }, problems: { 404: ['RELATION.NOT_FOUND'] } },
    method: 'PATCH',
    path: 'relations/{id}',
    handler: async (request, { deps, caller }) => {
      const ifMatch = requireIfMatch(request);
      const updated = await updateRelation(deps, caller, request.params.id ?? '', await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
];
