import { listDuplicates, markDistinct, matchTiers, mergeOrQueue, previewMerge, tierDuplicates, undoMerge } from '@relais/domain';
import { DistinctAnswer, DistinctRequest, DuplicatePage, DuplicatesQuery, JobView, MatchResponse, MergePreview, MergeRequest, Tier, TierDraft } from '@relais/domain';
import { optionalIfMatch, queryObject, readJson } from '../request-body';
import { accepted, ok, resource } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';

/** Matching, merging and the stewards' duplicates review. */
export const duplicateRoutes: Route[] = [
  {
    name: 'tiers-match',
    docs: { summary: 'Rank existing tiers against a draft, with scores and reasons', tag: 'matching', body: TierDraft, responses: { 200: { description: 'The candidates, best first; a score of 0.8 or more means likely the same tier.', schema: MatchResponse } } },
    method: 'POST',
    path: 'tiers/match',
    handler: async (request, { deps, caller, lang }) => ok(await matchTiers(deps, caller, await readJson(request), lang)),
  },
  {
    name: 'tiers-duplicates',
    docs: { summary: "An existing tier's likely duplicates", tag: 'matching', responses: { 200: { description: 'The candidates, best first.', schema: MatchResponse } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'tiers/{id}/duplicates',
    handler: async (request, { deps, caller, lang }) => ok(await tierDuplicates(deps, caller, id(request), lang)),
  },
  {
    name: 'tiers-merge',
    docs: {
      summary: 'Merge a duplicate into this tier',
      description: 'The duplicate’s relations, interactions and tasks now point to the survivor, which keeps its values and facts unless `picks` says otherwise: at once (200) when they fit one request, else in a job (202).',
      tag: 'matching',
      body: MergeRequest,
      ifMatch: 'optional',
      responses: { 200: { description: 'The survivor.', schema: Tier, headers: ['ETag'] }, 202: { description: 'Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is the survivor', schema: JobView, headers: ['Location'] } },
      problems: { 403: ['DUPLICATES.FORBIDDEN'], 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED', 'TIER.MERGE_CONFLICT'], 410: ['TIER.ERASED'], 422: ['TIER.MERGE_INTO_ITSELF', 'TIER.MERGE_KIND_MISMATCH', 'TIER.MERGE_IDENTITY_CONFLICT'] },
    },
    method: 'POST',
    path: 'tiers/{id}/merge',
    handler: async (request, { deps, caller }) => {
      const outcome = await mergeOrQueue(deps, caller, id(request), await readJson(request), optionalIfMatch(request));
      return 'job' in outcome ? accepted(outcome.job) : resource(outcome.merged.value, outcome.merged.etag);
    },
  },
  {
    name: 'tiers-merge-preview',
    docs: {
      summary: 'What each field and fact becomes if the duplicate is merged into this tier with these picks',
      description: 'Writes nothing.',
      tag: 'matching',
      body: MergeRequest,
      responses: { 200: { description: 'Each field and fact, as the survivor and the duplicate hold it and as the merge would leave it.', schema: MergePreview } },
      problems: { 403: ['DUPLICATES.FORBIDDEN'], 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'], 422: ['TIER.MERGE_INTO_ITSELF', 'TIER.INVALID_REFERENCE', 'TIER.MERGE_KIND_MISMATCH'] },
    },
    method: 'POST',
    path: 'tiers/{id}/merge/preview',
    handler: async (request, { deps, caller }) => ok(await previewMerge(deps, caller, id(request), await readJson(request))),
  },
  {
    name: 'tiers-merge-undo',
    docs: {
      summary: 'Undo the merge of the duplicate into this tier, within the undo period',
      description: 'The survivor as it was before the merge, the duplicate active again with what was moved from it (`RELAIS_MERGE_UNDO_HOURS`, 24 by default).',
      tag: 'matching',
      body: MergeRequest,
      responses: { 200: { description: 'The survivor as it was before the merge.', schema: Tier, headers: ['ETag'] } },
      problems: { 403: ['DUPLICATES.FORBIDDEN'], 404: ['TIER.NOT_FOUND'], 409: ['MERGE.NOT_FOUND', 'MERGE.UNDO_EXPIRED', 'MERGE.UNDO_UNSAFE'] },
    },
    method: 'POST',
    path: 'tiers/{id}/merge/undo',
    handler: async (request, { deps, caller }) => {
      const restored = await undoMerge(deps, caller, id(request), await readJson(request));
      return resource(restored.value, restored.etag);
    },
  },
  {
    name: 'duplicates-list',
    docs: { summary: 'Likely duplicate pairs across the base, best first (stewards)', tag: 'matching', query: DuplicatesQuery, responses: { 200: { description: 'A page of pairs.', schema: DuplicatePage } }, problems: { 403: ['DUPLICATES.FORBIDDEN'] } },
    method: 'GET',
    path: 'duplicates',
    handler: async (request, { deps, caller, lang }) => ok(await listDuplicates(deps, caller, queryObject(request), lang)),
  },
  {
    name: 'duplicates-distinct',
    docs: { summary: 'Mark two look-alike tiers as distinct (stewards)', tag: 'matching', body: DistinctRequest, responses: { 200: { description: 'Recorded: the pair is not proposed again.', schema: DistinctAnswer } }, problems: { 403: ['DUPLICATES.FORBIDDEN'], 422: ['TIER.INVALID_REFERENCE'] } },
    method: 'POST',
    path: 'duplicates/distinct',
    handler: async (request, { deps, caller }) => ok(await markDistinct(deps, caller, await readJson(request))),
  },
];
