import { listDuplicates, markDistinct, matchTiers, mergeTiers, previewMerge, tierDuplicates, undoMerge } from '@relais/domain';
import { queryObject, readJson } from '../request-body';
import { ok, resource } from '../responses';
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
    docs: { summary: 'Merge a duplicate into this tier, keeping its values unless `picks` says otherwise (If-Match optional, honoured)', body: 'MergeRequest', returns: 'Tier' },
    method: 'POST',
    path: 'tiers/{id}/merge',
    handler: async (request, { deps, caller }) => {
      const merged = await mergeTiers(deps, caller, id(request), await readJson(request), request.headers.get('if-match') ?? undefined);
      return resource(merged.value, merged.etag);
    },
  },
  {
    name: 'tiers-merge-preview',
    docs: { summary: 'What each field and fact will become if the duplicate is merged into this tier with these picks (writes nothing)', body: 'MergeRequest', returns: 'MergePreview' },
    method: 'POST',
    path: 'tiers/{id}/merge/preview',
    handler: async (request, { deps, caller }) => ok(await previewMerge(deps, caller, id(request), await readJson(request))),
  },
  {
    name: 'tiers-merge-undo',
    docs: { summary: 'Undo the merge of the duplicate into this tier, within the undo period (409 when expired or unsafe)', body: 'MergeRequest', returns: 'Tier' },
    method: 'POST',
    path: 'tiers/{id}/merge/undo',
    handler: async (request, { deps, caller }) => {
      const restored = await undoMerge(deps, caller, id(request), await readJson(request));
      return resource(restored.value, restored.etag);
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
