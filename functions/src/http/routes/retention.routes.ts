import { holdRetention, releaseRetention, RetentionHoldRequest, RetentionHoldView } from '@relais/domain';
import { optionalIfMatch, readJson } from '../request-body';
import { ok } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';
const problems = { 403: ['RETENTION.HOLD_FORBIDDEN'], 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED', 'TIER.ARCHIVED'], 410: ['TIER.ERASED'], 412: ['CONCURRENCY.STALE'], 428: ['CONCURRENCY.IF_MATCH_WILDCARD'] } as const;

/** Retention holds: a steward keeps a tier past its retention period, with a reason; the retention job honours it. */
export const retentionRoutes: Route[] = [
  {
    name: 'tiers-retention-hold-put',
    docs: {
      summary: 'Keep a tier past its retention period, with the reason (stewards, admins; audited)',
      description: 'The retention job then reports the tier under `held` and neither erases nor archives it. Placing a hold again replaces the reason.',
      tag: 'tiers',
      ifMatch: 'optional',
      body: RetentionHoldRequest,
      responses: { 200: { description: 'The hold as saved.', schema: RetentionHoldView } },
      problems: { ...problems, 422: ['FREE_TEXT.FLAGGED'] },
    },
    method: 'PUT',
    path: 'tiers/{id}/retention-hold',
    handler: async (request, { deps, caller }) => ok(await holdRetention(deps, caller, id(request), await readJson(request), optionalIfMatch(request))),
  },
  {
    name: 'tiers-retention-hold-delete',
    docs: {
      summary: 'Release a tier’s retention hold (stewards, admins; audited)',
      tag: 'tiers',
      ifMatch: 'optional',
      responses: { 200: { description: 'The tier without hold (`hold: null`).', schema: RetentionHoldView } },
      problems,
    },
    method: 'DELETE',
    path: 'tiers/{id}/retention-hold',
    handler: async (request, { deps, caller }) => ok(await releaseRetention(deps, caller, id(request), optionalIfMatch(request))),
  },
];
