import { addToInteraction, getInteraction, getInteractionBySource, logInteraction } from '@relais/domain';
import { Interaction, InteractionAddition, InteractionDraft, InteractionSource } from '@relais/domain';
import { idempotencyKey, optionalIfMatch, queryObject, readJson } from '../request-body';
import { created, resource } from '../responses';
import type { Route } from '../route';

export const interactionRoutes: Route[] = [
  {
    name: 'interactions-log',
    docs: { summary: 'Log an interaction (idempotent on its source)', tag: 'interactions', body: InteractionDraft, idempotencyKey: true, responses: { 201: { description: 'Logged.', schema: Interaction, headers: ['Location', 'ETag'] }, 200: { description: 'This source (or Idempotency-Key) was logged already: the existing interaction.', schema: Interaction, headers: ['ETag'] } }, problems: { 409: ['INTERACTION.LOGGED_ELSEWHERE'], 422: ['INTERACTION.INVALID_REFERENCE', 'FREE_TEXT.FLAGGED'] }, example: { request: { source: { kind: 'email', id: '<CAF1234@mail.example.fr>' }, direction: 'inbound', medium: 'email', occurredAt: '2026-03-14T09:30:00+01:00', subject: 'Commande de printemps', participants: [{ tierId: 'org-brasserie-lemaire' }] } } },
    method: 'POST',
    path: 'interactions',
    handler: async (request, { deps, caller }) => {
      const result = await logInteraction(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request) });
      return result.created ? created(result.value, `/api/interactions/${result.value.id}`, result.etag) : resource(result.value, result.etag);
    },
  },
  {
    name: 'interactions-by-source',
    docs: { summary: 'The interaction logged from an e-mail or a meeting', tag: 'interactions', query: InteractionSource, responses: { 200: { description: 'The interaction.', schema: Interaction, headers: ['ETag'] } }, problems: { 404: ['INTERACTION.NOT_FOUND'] } },
    method: 'GET',
    path: 'interactions/by-source',
    handler: async (request, { deps, caller }) => {
      const found = await getInteractionBySource(deps, caller, queryObject(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'interactions-get',
    docs: { summary: 'Read an interaction', tag: 'interactions', responses: { 200: { description: 'The interaction.', schema: Interaction, headers: ['ETag'] } }, problems: { 404: ['INTERACTION.NOT_FOUND'] } },
    method: 'GET',
    path: 'interactions/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getInteraction(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'interactions-add',
    docs: { summary: 'Add tiers or follow-ups to an interaction already logged', tag: 'interactions', body: InteractionAddition, ifMatch: 'optional', responses: { 200: { description: 'The interaction as saved.', schema: Interaction, headers: ['ETag'] } }, problems: { 404: ['INTERACTION.NOT_FOUND'], 412: ['INTERACTION.CHANGED'], 422: ['INTERACTION.INVALID_REFERENCE', 'FREE_TEXT.FLAGGED'] } },
    method: 'POST',
    path: 'interactions/{id}/additions',
    handler: async (request, { deps, caller }) => {
      const ifMatch = optionalIfMatch(request);
      const updated = await addToInteraction(deps, caller, request.params.id ?? '', await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
];
