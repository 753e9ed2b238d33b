import { activityReport, getScoreRules, putScoreRules, weeklyDigest } from '@relais/domain';
import { ActivityQuery, ActivityReportSchema, DigestQuery, ScoreRuleSet, WeeklyDigestSchema } from '@relais/domain';
import { optionalIfMatch, queryObject, readJson } from '../request-body';
import { ok, resource } from '../responses';
import type { Route } from '../route';

/** Activity reports, the managers' weekly digest, and the scoring rules behind every score. */
export const reportRoutes: Route[] = [
  {
    name: 'reports-activity',
    docs: { summary: 'Activity by rep, team, medium, direction or week, counting interactions by occurredAt in [from, to)', tag: 'reports', query: ActivityQuery, responses: { 200: { description: 'The rows and their totals.', schema: ActivityReportSchema } }, problems: { 403: ['REPORT.FORBIDDEN'], 404: ['INSIGHT.UNAVAILABLE'] } },
    method: 'GET',
    path: 'reports/activity',
    handler: async (request, { deps, caller }) => ok(await activityReport(deps, caller, queryObject(request))),
  },
  {
    name: 'reports-weekly-digest',
    docs: { summary: 'A manager’s weekly digest: last week’s team activity, the week before, the tiers most at risk', tag: 'reports', query: DigestQuery, responses: { 200: { description: 'The digest.', schema: WeeklyDigestSchema } }, problems: { 403: ['REPORT.FORBIDDEN'], 404: ['INSIGHT.UNAVAILABLE'] } },
    method: 'GET',
    path: 'reports/weekly-digest',
    handler: async (request, { deps, caller, lang }) => ok(await weeklyDigest(deps, caller, { lang, ...queryObject(request) })),
  },
  {
    name: 'scoring-rules-get',
    docs: { summary: 'The scoring rules in force', tag: 'reports', responses: { 200: { description: 'The rules.', schema: ScoreRuleSet, headers: ['ETag', 'X-Relais-Default'] } }, problems: { 404: ['INSIGHT.UNAVAILABLE'] } },
    method: 'GET',
    path: 'scoring/rules',
    handler: async (_request, { deps }) => {
      const rules = await getScoreRules(deps);
      return resource(rules.value, rules.etag, 200, { 'x-relais-default': String(rules.isDefault) });
    },
  },
  {
    name: 'scoring-rules-put',
    docs: { summary: 'Replace the scoring rules (admins)', tag: 'reports', body: ScoreRuleSet, ifMatch: 'optional', responses: { 200: { description: 'The rules as saved.', schema: ScoreRuleSet, headers: ['ETag'] } }, problems: { 400: ['SCORING.INVALID_RULES'], 403: ['SCORING.FORBIDDEN'], 404: ['INSIGHT.UNAVAILABLE'] } },
    method: 'PUT',
    path: 'scoring/rules',
    handler: async (request, { deps, caller }) => {
      const ifMatch = optionalIfMatch(request);
      const saved = await putScoreRules(deps, caller, await readJson(request), ifMatch);
      return resource(saved.value, saved.etag);
    },
  },
];
