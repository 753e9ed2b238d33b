import { addToInteraction, getInteraction, getInteractionBySource, logInteraction } from '@relais/domain';
import { idempotencyKey, optionalIfMatch, queryObject, readJson } from '../request-body';
import { created, resource } from '../responses';
import type { Route } from '../route';

export const interactionRoutes: Route[] = [
  {
    name: 'interactions-log',
    docs: { summary: 'Log an interaction (idempotent on its source)', body: 'InteractionDraft', returns: 'Interaction' },
    method: 'POST',
    path: 'interactions',
    handler: async (request, { deps, caller }) => {
      const result = await logInteraction(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request) });
      return result.created ? created(result.value, `/api/interactions/${result.value.id}`, result.etag) : resource(result.value, result.etag);
    },
  },
  {
    name: 'interactions-by-source',
    method: 'GET',
    path: 'interactions/by-source',
    handler: async (request, { deps, caller }) => {
      const found = await getInteractionBySource(deps, caller, queryObject(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'interactions-get',
    docs: { summary: 'Read an interaction', returns: 'Interaction' },
    method: 'GET',
    path: 'interactions/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getInteraction(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'interactions-add',
    method: 'POST',
    path: 'interactions/{id}/additions',
    handler: async (request, { deps, caller }) => {
      const ifMatch = optionalIfMatch(request);
      const updated = await addToInteraction(deps, caller, request.params.id ?? '', await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
];
