import { acceptSuggestion, dismissSuggestion, getCaptureSettings, listSuggestions, putCaptureSettings, receiveNotifications } from '@relais/domain';
import { CaptureSettings, GraphNotificationBatch, NotificationsQueued, Interaction, SuggestionAccept, SuggestionDismissed, SuggestionPage, SuggestionQuery } from '@relais/domain';
import { queryObject, readJson } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

/** Graph's validation tokens are short opaque strings; anything else is not Graph's handshake. */
const VALIDATION_TOKEN = /^[\x20-\x7e]{1,1024}$/;

export const suggestionRoutes: Route[] = [
  {
    name: 'suggestions-list',
    docs: { summary: 'The caller’s suggested logs, newest first, each participant with the tiers the pane would show', tag: 'suggestions', query: SuggestionQuery, responses: { 200: { description: 'A page of suggestions.', schema: SuggestionPage } } },
    method: 'GET',
    path: 'suggestions',
    handler: async (request, { deps, caller }) => ok(await listSuggestions(deps, caller, queryObject(request))),
  },
  {
    name: 'suggestions-accept',
    docs: {
      summary: 'File a suggestion as the pane would (the body of POST /api/interactions without its source)',
      tag: 'suggestions',
      body: SuggestionAccept,
      responses: { 201: { description: 'Logged.', schema: Interaction, headers: ['Location', 'ETag'] }, 200: { description: 'Its source was logged meanwhile: the existing interaction.', schema: Interaction, headers: ['ETag'] } },
      problems: { 404: ['SUGGESTION.NOT_FOUND'], 409: ['INTERACTION.LOGGED_ELSEWHERE'], 422: ['INTERACTION.INVALID_REFERENCE', 'FREE_TEXT.FLAGGED'] },
    },
    method: 'POST',
    path: 'suggestions/{id}/accept',
    handler: async (request, { deps, caller }) => {
      const result = await acceptSuggestion(deps, caller, request.params.id ?? '', await readJson(request));
      return result.created ? created(result.value, `/api/interactions/${result.value.id}`, result.etag) : resource(result.value, result.etag);
    },
  },
  {
    name: 'suggestions-dismiss',
    docs: { summary: 'Hide a suggestion', tag: 'suggestions', responses: { 200: { description: 'Dismissed.', schema: SuggestionDismissed } }, problems: { 404: ['SUGGESTION.NOT_FOUND'] } },
    method: 'POST',
    path: 'suggestions/{id}/dismiss',
    handler: async (request, { deps, caller }) => ok(await dismissSuggestion(deps, caller, request.params.id ?? '')),
  },
  {
    name: 'capture-settings-get',
    docs: { summary: 'The caller’s capture settings (off until they opt in)', tag: 'suggestions', responses: { 200: { description: 'The settings.', schema: CaptureSettings } } },
    method: 'GET',
    path: 'capture/settings',
    handler: async (_request, { deps, caller }) => ok(await getCaptureSettings(deps, caller)),
  },
  {
    name: 'capture-settings-put',
    docs: { summary: 'Opt in or out of capture, and set the senders or domains never suggested', tag: 'suggestions', body: CaptureSettings, responses: { 200: { description: 'The settings as saved.', schema: CaptureSettings } } },
    method: 'PUT',
    path: 'capture/settings',
    handler: async (request, { deps, caller }) => ok(await putCaptureSettings(deps, caller, await readJson(request))),
  },
  {
    name: 'capture-notifications',
    access: 'public',
    docs: {
      summary: 'Microsoft Graph’s webhook: the validation handshake, change and lifecycle notifications',
      description:
        'With `?validationToken=`, answers the token as text/plain (Graph’s handshake). Otherwise each notification’s client state is checked against its subscription and the valid ones are queued; nothing is read from Graph in the request. A batch with no valid notification is refused (403).',
      tag: 'suggestions',
      body: GraphNotificationBatch,
      bodyOptional: true,
      responses: { 202: { description: 'Queued.', schema: NotificationsQueued }, 200: { description: 'The validation token, echoed.', media: 'text/plain' } },
      problems: { 403: ['CAPTURE.NOTIFICATION_REFUSED'] },
    },
    method: 'POST',
    path: 'capture/notifications',
    handler: async (request, { deps }) => {
      const token = request.query.get('validationToken');
      if (token !== null && VALIDATION_TOKEN.test(token))
        return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }, body: token };
      return ok(await receiveNotifications(deps, await readJson(request)), {}, 202);
    },
  },
];
