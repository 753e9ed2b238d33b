import { listDuplicates, markDistinct, matchTiers, mergeOrQueue, tierDuplicates } from '@relais/domain';
import { queryObject, readJson } from '../request-body';
import { accepted, ok, resource } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';

/** Matching, merging and the stewards' duplicates review. */
export const duplicateRoutes: Route[] = [
  {
    name: 'tiers-match',
    docs: { summary: 'Rank existing tiers against a draft, with scores and reasons', body: 'TierDraft', returns: 'MatchResponse' },
    method: 'POST',
    path: 'tiers/match',
    handler: async (request, { deps, caller, lang }) => ok(await matchTiers(deps, caller, await readJson(request), lang)),
  },
  {
    name: 'tiers-duplicates',
    docs: { summary: "An existing tier's likely duplicates", returns: 'MatchResponse' },
    method: 'GET',
    path: 'tiers/{id}/duplicates',
    handler: async (request, { deps, caller, lang }) => ok(await tierDuplicates(deps, caller, id(request), lang)),
  },
  {
    name: 'tiers-merge',
    docs: {
      summary: 'Merge a duplicate into this tier (If-Match optional, honoured): 200 + the survivor when its moves fit one request, else 202 + Location of the job that moves them',
      body: 'MergeRequest',
      returns: 'Tier',
    },
    method: 'POST',
    path: 'tiers/{id}/merge',
    handler: async (request, { deps, caller }) => {
      const outcome = await mergeOrQueue(deps, caller, id(request), await readJson(request), request.headers.get('if-match') ?? undefined);
      return 'job' in outcome ? accepted(outcome.job) : resource(outcome.merged.value, outcome.merged.etag);
    },
  },
  {
    name: 'duplicates-list',
    docs: { summary: 'Likely duplicate pairs across the base, best first (stewards)' },
    method: 'GET',
    path: 'duplicates',
    handler: async (request, { deps, caller, lang }) => ok(await listDuplicates(deps, caller, queryObject(request), lang)),
  },
  {
    name: 'duplicates-distinct',
    docs: { summary: 'Mark two look-alike tiers as distinct (stewards)', body: 'DistinctRequest' },
    method: 'POST',
    path: 'duplicates/distinct',
    handler: async (request, { deps, caller }) => ok(await markDistinct(deps, caller, await readJson(request))),
  },
];
