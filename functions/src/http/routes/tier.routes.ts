import type { HttpRequest } from '@azure/functions';
import {
  confirmCurrentFact,
  createTier,
  factHistory,
  getCard,
  listTierRelations,
  loadVisibleTier,
  lookupEmails,
  parseInput,
  searchTiers,
  tierEstablishments,
  tierPeople,
  tierTimeline,
  updateTier,
} from '@relais/domain';
import { ClientCardSchema, EstablishmentsPageSchema, EstablishmentsQuery, FactHistory, FactView, LookupRequest, LookupResponse, PeoplePageSchema, PeopleQuery, RelationPage, RelationsQuery, SearchQuery, Tier, TierDraft, TierPatch, TierSearchPage, TimelinePage, TimelineQuery } from '@relais/domain';
import { z } from 'zod';
import { idempotencyKey, queryObject, readJson, requireIfMatch } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';

/** `?confirm=distinct`: the caller saw the likely duplicates (409) and creates another tier anyway. */
const CreateTierQuery = z.object({
  confirm: z.literal('distinct', { error: 'Expected confirm=distinct.' }).optional().describe('`distinct`: create the tier even though it looks like one that exists (recorded, so the pair is not proposed again).'),
});

const confirmation = (request: HttpRequest) => parseInput(CreateTierQuery, { confirm: request.query.get('confirm') ?? undefined }).confirm;

export const tierRoutes: Route[] = [
  {
    name: 'tiers-create',
    docs: { summary: 'Create an organisation or a person', tag: 'tiers', body: TierDraft, query: CreateTierQuery, idempotencyKey: true, responses: { 201: { description: 'Created.', schema: Tier, headers: ['Location', 'ETag'] }, 200: { description: 'The tier created earlier with the same Idempotency-Key.', schema: Tier, headers: ['ETag'] } }, problems: { 409: ['TIER.LIKELY_DUPLICATE'], 422: ['TIER.INVALID_REFERENCE', 'FREE_TEXT.FLAGGED'] }, example: { request: { kind: 'organisation', names: [{ type: 'legal', value: 'Brasserie Lemaire SARL' }], siren: '732829320', lifecycle: 'prospect' } } },
    method: 'POST',
    path: 'tiers',
    handler: async (request, { deps, caller, lang }) => {
      const result = await createTier(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request), confirm: confirmation(request), lang });
      return result.created ? created(result.value, `/api/tiers/${result.value.id}`, result.etag) : resource(result.value, result.etag);
    },
  },
  {
    name: 'tiers-search',
    docs: { summary: 'Search tiers by name words, e-mail, phone, SIREN or SIRET', tag: 'tiers', query: SearchQuery, responses: { 200: { description: 'The best matches first.', schema: TierSearchPage } } },
    method: 'GET',
    path: 'tiers',
    handler: async (request, { deps, caller }) => ok(await searchTiers(deps, caller, queryObject(request))),
  },
  {
    name: 'tiers-get',
    docs: { summary: 'Read a tier', tag: 'tiers', responses: { 200: { description: 'The tier.', schema: Tier, headers: ['ETag'] } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await loadVisibleTier(deps, caller, id(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'tiers-update',
    docs: { summary: 'Change a tier’s fields', description: 'Changes the fields sent; reference data a rep may not change directly answers 403 `TIER.CHANGE_REQUEST_REQUIRED` (ask through a change request).', tag: 'tiers', body: TierPatch, ifMatch: 'required', responses: { 200: { description: 'The tier as saved.', schema: Tier, headers: ['ETag'] } }, problems: { 403: ['TIER.FIELD_FORBIDDEN', 'TIER.CHANGE_REQUEST_REQUIRED'], 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED', 'TIER.ARCHIVED'], 410: ['TIER.ERASED'], 422: ['TIER.INVALID_REFERENCE', 'FREE_TEXT.FLAGGED'] } },
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
    docs: { summary: 'The 360° client card', tag: 'tiers', responses: { 200: { description: 'The card.', schema: ClientCardSchema, headers: ['ETag'] } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}/card',
    handler: async (request, { deps, caller, lang }) => {
      const card = await getCard(deps, caller, id(request), lang);
      return resource(card, card.etag);
    },
  },
  {
    name: 'tiers-timeline',
    docs: { summary: 'A tier’s timeline, newest first, a page at a time', tag: 'tiers', query: TimelineQuery, responses: { 200: { description: 'A page of the timeline.', schema: TimelinePage } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}/timeline',
    handler: async (request, { deps, caller }) => ok(await tierTimeline(deps, caller, id(request), queryObject(request))),
  },
  {
    name: 'tiers-relations',
    docs: { summary: 'A tier’s relations, each worded from its side', tag: 'relations', query: RelationsQuery, responses: { 200: { description: 'A page of relations.', schema: RelationPage } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}/relations',
    handler: async (request, { deps, caller, lang }) => ok(await listTierRelations(deps, caller, id(request), queryObject(request), lang)),
  },
  {
    name: 'tiers-people',
    docs: { summary: "The people at an organisation, a page at a time (the card's first page, then the rest)", tag: 'tiers', query: PeopleQuery, responses: { 200: { description: 'A page of people.', schema: PeoplePageSchema } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}/people',
    handler: async (request, { deps, caller, lang }) => ok(await tierPeople(deps, caller, id(request), queryObject(request), lang)),
  },
  {
    name: 'tiers-establishments',
    docs: { summary: "The establishments below an organisation by name, a page at a time (the card's first page, then the rest)", tag: 'tiers', query: EstablishmentsQuery, responses: { 200: { description: 'A page of establishments.', schema: EstablishmentsPageSchema } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}/establishments',
    handler: async (request, { deps, caller }) => ok(await tierEstablishments(deps, caller, id(request), queryObject(request))),
  },
  {
    name: 'tiers-fact-history',
    docs: { summary: 'Every version of a dated fact, newest first', tag: 'tiers', responses: { 200: { description: 'The versions.', schema: FactHistory } }, problems: { 400: ['FACT.UNKNOWN'], 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}/facts/{name}/history',
    handler: async (request, { deps, caller }) => ok({ items: await factHistory(deps, caller, id(request), request.params.name ?? '') }),
  },
  {
    name: 'tiers-fact-confirm',
    docs: { summary: 'Confirm a fact is still true', tag: 'tiers', responses: { 200: { description: 'The fact, confirmed today.', schema: FactView } }, problems: { 400: ['FACT.UNKNOWN'], 404: ['TIER.NOT_FOUND', 'FACT.NOT_FOUND'], 409: ['TIER.MERGED', 'TIER.ARCHIVED'], 410: ['TIER.ERASED'] } },
    method: 'POST',
    path: 'tiers/{id}/facts/{name}/confirm',
    handler: async (request, { deps, caller }) => ok(await confirmCurrentFact(deps, caller, id(request), request.params.name ?? '')),
  },
  {
    name: 'lookup',
    docs: { summary: 'Match e-mail addresses to persons and organisations, with evidence', tag: 'tiers', body: LookupRequest, responses: { 200: { description: 'One result per address, in order.', schema: LookupResponse } }, example: { request: { emails: ['jeanne.lemaire@brasserie-lemaire.fr'] } } },
    method: 'POST',
    path: 'lookup',
    handler: async (request, { deps, caller, lang }) => ok(await lookupEmails(deps, caller, await readJson(request), lang)),
  },
];
