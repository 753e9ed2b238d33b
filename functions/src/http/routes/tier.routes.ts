import type { HttpRequest } from '@azure/functions';
import {
  confirmCurrentFact,
  createTier,
  DomainError,
  factHistory,
  getCard,
  listTierRelations,
  loadVisibleTier,
  lookupEmails,
  searchTiers,
  tierEstablishments,
  tierPeople,
  tierTimeline,
  updateTier,
} from '@relais/domain';
import { idempotencyKey, queryObject, readJson, requireIfMatch } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';

/** `?confirm=distinct`: the caller saw the likely duplicates (409) and creates another tier anyway. */
const confirmation = (request: HttpRequest): 'distinct' | undefined => {
  const confirm = request.query.get('confirm');
  if (confirm === null) return undefined;
  if (confirm === 'distinct') return confirm;
  throw new DomainError('REQUEST.INVALID', 'invalid', 'The request has invalid fields.', [{ path: 'confirm', message: 'Expected confirm=distinct.' }]);
};

export const tierRoutes: Route[] = [
  {
    name: 'tiers-create',
    docs: { summary: 'Create an organisation or a person', body: 'TierDraft', returns: 'Tier' },
    method: 'POST',
    path: 'tiers',
    handler: async (request, { deps, caller, lang }) => {
      const result = await createTier(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request), confirm: confirmation(request), lang });
      return result.created ? created(result.value, `/api/tiers/${result.value.id}`, result.etag) : resource(result.value, result.etag);
    },
  },
  {
    name: 'tiers-search',
    docs: { summary: 'Search tiers by name words, e-mail, phone, SIREN or SIRET' },
    method: 'GET',
    path: 'tiers',
    handler: async (request, { deps, caller }) => ok(await searchTiers(deps, caller, queryObject(request))),
  },
  {
    name: 'tiers-get',
    docs: { summary: 'Read a tier', returns: 'Tier' },
    method: 'GET',
    path: 'tiers/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await loadVisibleTier(deps, caller, id(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'tiers-update',
    method: 'PATCH',
    path: 'tiers/{id}',
    handler: async (request, { deps, caller }) => {
      const ifMatch = requireIfMatch(request);
      const updated = await updateTier(deps, caller, id(request), await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
  {
    name: 'tiers-card',
    docs: { summary: 'The 360° client card' },
    method: 'GET',
    path: 'tiers/{id}/card',
    handler: async (request, { deps, caller, lang }) => {
      const card = await getCard(deps, caller, id(request), lang);
      return resource(card, card.etag);
    },
  },
  {
    name: 'tiers-timeline',
    method: 'GET',
    path: 'tiers/{id}/timeline',
    handler: async (request, { deps, caller }) => ok(await tierTimeline(deps, caller, id(request), queryObject(request))),
  },
  {
    name: 'tiers-relations',
    method: 'GET',
    path: 'tiers/{id}/relations',
    handler: async (request, { deps, caller, lang }) => ok(await listTierRelations(deps, caller, id(request), queryObject(request), lang)),
  },
  {
    name: 'tiers-people',
    docs: { summary: "The people at an organisation, a page at a time (the card's first page, then the rest)" },
    method: 'GET',
    path: 'tiers/{id}/people',
    handler: async (request, { deps, caller, lang }) => ok(await tierPeople(deps, caller, id(request), queryObject(request), lang)),
  },
  {
    name: 'tiers-establishments',
    docs: { summary: "The establishments below an organisation by name, a page at a time (the card's first page, then the rest)" },
    method: 'GET',
    path: 'tiers/{id}/establishments',
    handler: async (request, { deps, caller }) => ok(await tierEstablishments(deps, caller, id(request), queryObject(request))),
  },
  {
    name: 'tiers-fact-history',
    method: 'GET',
    path: 'tiers/{id}/facts/{name}/history',
    handler: async (request, { deps, caller }) => ok({ items: await factHistory(deps, caller, id(request), request.params.name ?? '') }),
  },
  {
    name: 'tiers-fact-confirm',
    method: 'POST',
    path: 'tiers/{id}/facts/{name}/confirm',
    handler: async (request, { deps, caller }) => ok(await confirmCurrentFact(deps, caller, id(request), request.params.name ?? '')),
  },
  {
    name: 'lookup',
    docs: { summary: 'Match e-mail addresses to persons and organisations, with evidence', body: 'LookupRequest' },
    method: 'POST',
    path: 'lookup',
    handler: async (request, { deps, caller, lang }) => ok(await lookupEmails(deps, caller, await readJson(request), lang)),
  },
];
