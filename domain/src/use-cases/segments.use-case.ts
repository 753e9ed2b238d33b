import { z } from 'zod';
import { canSee } from '../access/visibility';
import { DomainError, notFound, type FieldError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import type { Deps } from '../ports/deps';
import type { InsightStores } from '../ports/insight-store.port';
import type { Page, Versioned } from '../ports/tier-store.port';
import { lastActivity } from '../scoring/activity-log';
import { dayOf, endOfDay, isCalendarDay } from '../scoring/calendar-day';
import type { TierScores } from '../scoring/compute-scores';
import type { ScoreRuleSet } from '../scoring/score-rules.schema';
import { currentValue, guardOf, type TierInsight } from '../scoring/tier-insight';
import { checkSegment } from '../segments/check-segment';
import { matchesSegment } from '../segments/evaluate-segment';
import { foldText } from '../matching/fold-text';
import { SegmentCondition } from '../segments/segment-condition.schema';
import { CsvSeparator, csvHeader, csvLine, separatorFor, type CsvLanguage } from '../segments/segment-csv';
import { SegmentDraft, SegmentPatch, type Segment, type SegmentMember } from '../segments/segment.schema';
import { scoreRules, scoresOf } from './scores.use-case';
import { segmentCsvRows } from './segment-csv-rows';

const requireInsight = (deps: Deps): InsightStores => {
  if (!deps.insight) throw new DomainError('INSIGHT.UNAVAILABLE', 'not-found', 'Segments are not set up here.');
  return deps.insight;
};

const invalid = (errors: FieldError[]) => new DomainError('SEGMENT.INVALID', 'invalid', 'The segment definition is not valid.', errors);

/** Structure by the schema, then meaning: known facts and relation types, right value types, real dates. */
const checkDefinition = async (deps: Deps, definition: SegmentCondition): Promise<void> => {
  const types = (await deps.relationTypes.list()).map((t) => t.id);
  const errors = checkSegment(definition, types);
  if (errors.length > 0) throw invalid(errors);
};

const checkTeams = (caller: Caller, teams: readonly string[]): void => {
  const foreign = teams.filter((t) => !caller.teams.includes(t));
  if (foreign.length > 0 && !hasRole(caller, 'steward', 'admin'))
    throw new DomainError('SEGMENT.INVALID_TEAM', 'rule', 'A segment is shared only with your own teams.', foreign.map((t) => ({ path: `sharedWithTeams.${teams.indexOf(t)}`, message: `You are not in team ${t}.` })));
};

/** Its owner, the teams it is shared with, stewards and admins see a segment; for anyone else it does not exist. */
const maySee = (caller: Caller, segment: Segment): boolean =>
  segment.owner === caller.userId || hasRole(caller, 'steward', 'admin') || segment.sharedWithTeams.some((t) => caller.teams.includes(t));

export const createSegment = async (deps: Deps, caller: Caller, input: unknown): Promise<Versioned<Segment>> => {
  const stores = requireInsight(deps);
  const draft = parseInput(SegmentDraft, input, 'SEGMENT.INVALID');
  const definition = draft.definition as SegmentCondition;
  await checkDefinition(deps, definition);
  checkTeams(caller, draft.sharedWithTeams ?? []);
  const now = deps.clock.now();
  const segment: Segment = {
    id: deps.ids.newId(), name: draft.name, description: draft.description ?? null, definition, sharedWithTeams: draft.sharedWithTeams ?? [],
    owner: caller.userId, ownerName: caller.name, createdAt: now, updatedAt: now,
  };
  return { value: segment, etag: await stores.segments.insert(segment) };
};

export const listSegments = async (deps: Deps, caller: Caller): Promise<{ items: Segment[] }> => {
  const all = await requireInsight(deps).segments.list();
  return { items: all.filter((s) => maySee(caller, s)).sort((a, b) => a.name.localeCompare(b.name)) };
};

export const getSegment = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<Segment>> => {
  const found = await requireInsight(deps).segments.get(id);
  if (!found || !maySee(caller, found.value)) throw notFound('segment', id);
  return found;
};

const mayChange = (caller: Caller, segment: Segment): void => {
  if (segment.owner !== caller.userId && !hasRole(caller, 'admin'))
    throw new DomainError('SEGMENT.FORBIDDEN', 'forbidden', 'Only the owner of a segment may change or delete it.');
};

export const updateSegment = async (deps: Deps, caller: Caller, id: string, input: unknown, ifMatch: string): Promise<Versioned<Segment>> => {
  const found = await getSegment(deps, caller, id);
  mayChange(caller, found.value);
  const patch = parseInput(SegmentPatch, input, 'SEGMENT.INVALID');
  if (patch.definition) await checkDefinition(deps, patch.definition as SegmentCondition);
  if (patch.sharedWithTeams) checkTeams(caller, patch.sharedWithTeams);
  const next: Segment = {
    ...found.value,
    name: patch.name ?? found.value.name,
    description: patch.description === undefined ? found.value.description : patch.description,
    definition: (patch.definition as SegmentCondition | undefined) ?? found.value.definition,
    sharedWithTeams: patch.sharedWithTeams ?? found.value.sharedWithTeams,
    updatedAt: deps.clock.now(),
  };
  return { value: next, etag: await requireInsight(deps).segments.replace(next, ifMatch) };
};

export const deleteSegment = async (deps: Deps, caller: Caller, id: string, ifMatch: string): Promise<void> => {
  const found = await getSegment(deps, caller, id);
  mayChange(caller, found.value);
  await requireInsight(deps).segments.remove(id, ifMatch);
};

const AsOf = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date like 2025-01-01.')
  .superRefine((day, ctx) => {
    if (!isCalendarDay(day)) ctx.addIssue({ code: 'custom', message: `Not a calendar date: ${day}.` });
  });

export const MembersQuery = z
  .object({
    asOf: AsOf.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().regex(/^c\.[A-Za-z0-9-]+\.[A-Za-z0-9_-]+$/, 'Not a cursor from this list.').optional(),
    lang: z.string().optional(),
  })
  .strict();

export const PreviewInput = z.object({ definition: SegmentCondition, asOf: AsOf.optional() }).strict().meta({ id: 'SegmentPreview' });

type Evaluation = { day: string; at: string; rules: ScoreRuleSet; visible: (i: TierInsight) => boolean; matches: (i: TierInsight) => { scores: () => TierScores } | undefined };

/** Everything evaluating a segment for one caller needs: the day, the rules, visibility, the match. */
const evaluation = async (deps: Deps, caller: Caller, definition: SegmentCondition, asOf: string | undefined): Promise<Evaluation> => {
  const now = deps.clock.now();
  const day = asOf ?? dayOf(now);
  const at = !asOf || asOf === dayOf(now) ? now : endOfDay(asOf);
  const rules = await scoreRules(deps);
  const visible = (i: TierInsight) => i.status === 'active' && canSee(caller, guardOf(i));
  return {
    day, at, rules, visible,
    matches: (insight) => {
      let cached: TierScores | undefined;
      const scores = () => (cached ??= scoresOf(deps, insight, rules, at));
      return matchesSegment(definition, insight, { day, at, scores }) ? { scores } : undefined;
    },
  };
};

const memberOf = (insight: TierInsight, scores: TierScores, day: string): SegmentMember => ({
  id: insight.tierId,
  kind: insight.kind,
  name: insight.name,
  lifecycle: (currentValue(insight, 'lifecycle')?.value as string | undefined) ?? null,
  ownerTeam: insight.ownerTeam,
  city: insight.attributes.city,
  lastContact: lastActivity(insight.activity, day) ?? null,
  opportunity: scores.opportunity.value,
  risk: scores.risk.value,
});

/** Counts every member (the builder's live count) and shows the first few, without saving anything. */
export const previewSegment = async (deps: Deps, caller: Caller, input: unknown): Promise<{ count: number; sample: SegmentMember[]; asOf: string }> => {
  const stores = requireInsight(deps);
  const query = parseInput(PreviewInput, input, 'SEGMENT.INVALID');
  const definition = query.definition as SegmentCondition;
  await checkDefinition(deps, definition);
  const ev = await evaluation(deps, caller, definition, query.asOf);
  let count = 0;
  const sample: SegmentMember[] = [];
  for await (const insights of stores.summaries.scanAll())
    for (const insight of insights) {
      if (!ev.visible(insight)) continue;
      const match = ev.matches(insight);
      if (!match) continue;
      count += 1;
      if (sample.length < 10) sample.push(memberOf(insight, match.scores(), ev.day));
    }
  return { count, sample: sample.sort((a, b) => a.name.localeCompare(b.name)), asOf: ev.day };
};

const parseCursor = (cursor: string | undefined): { bucket?: string; after?: string } => {
  if (!cursor) return {};
  const [, bucket, after] = cursor.split('.');
  return { bucket, after };
};

/**
 * The members now (or as of a day), a page at a time in storage order: the scan stops as soon as the
 * page is full, so a segment of 100,000 tiers pages as fast as a small one. Each page is checked
 * against the tiers themselves, so a tier merged or erased since its summary was written never shows.
 */
export const segmentMembers = async (deps: Deps, caller: Caller, id: string, input: unknown): Promise<Page<SegmentMember> & { asOf: string }> => {
  const stores = requireInsight(deps);
  const query = parseInput(MembersQuery, input);
  const segment = (await getSegment(deps, caller, id)).value;
  const ev = await evaluation(deps, caller, segment.definition, query.asOf);
  const from = parseCursor(query.cursor);
  const items: SegmentMember[] = [];
  let nextCursor: string | null = null;
  scan: for await (const bucket of stores.summaries.scan(from.bucket)) {
    const ordered = [...bucket.insights].sort((a, b) => a.tierId.localeCompare(b.tierId));
    for (const insight of ordered) {
      if (bucket.key === from.bucket && from.after && insight.tierId <= from.after) continue;
      if (!ev.visible(insight)) continue;
      const match = ev.matches(insight);
      if (!match) continue;
      items.push(memberOf(insight, match.scores(), ev.day));
      if (items.length === query.limit) {
        nextCursor = `c.${bucket.key}.${insight.tierId}`;
        break scan;
      }
    }
  }
  const live = new Map((await deps.tiers.getMany(items.map((m) => m.id))).map((t) => [t.id, t]));
  const fresh = items.filter((m) => {
    const tier = live.get(m.id);
    return tier !== undefined && tier.status === 'active' && canSee(caller, tier);
  });
  return { items: fresh, nextCursor, asOf: ev.day };
};

export const SegmentExportQuery = MembersQuery.pick({ asOf: true, lang: true }).extend({ separator: CsvSeparator.optional() });

/** The members as CSV lines, produced while the summaries are read: an export of 100,000 streams. */
export const exportSegment = async (deps: Deps, caller: Caller, id: string, input: unknown): Promise<{ filename: string; lines: AsyncIterable<string> }> => {
  const stores = requireInsight(deps);
  const query = parseInput(SegmentExportQuery, input);
  const segment = (await getSegment(deps, caller, id)).value;
  const ev = await evaluation(deps, caller, segment.definition, query.asOf);
  // The caller's language chooses the headers, the words and (unless asked) the separator.
  const language: CsvLanguage = (query.lang ?? caller.lang) === 'fr' ? 'fr' : 'en';
  const separator = separatorFor(language, query.separator);
  const owners = new Map((await stores.activity.reps().catch(() => [])).map((r) => [r.id, r.name]));
  async function* lines(): AsyncIterable<string> {
    yield csvHeader(separator, language);
    for await (const insights of stores.summaries.scanAll()) {
      const members: SegmentMember[] = [];
      const ownerIds = new Map<string, string | null>();
      for (const insight of insights) {
        if (!ev.visible(insight)) continue;
        const match = ev.matches(insight);
        if (!match) continue;
        members.push(memberOf(insight, match.scores(), ev.day));
        ownerIds.set(insight.tierId, (currentValue(insight, 'owner')?.value as string | undefined) ?? null);
      }
      if (members.length === 0) continue;
      const rows = await segmentCsvRows(deps, caller, members, owners, (tierId) => ownerIds.get(tierId) ?? null, ev.day);
      yield rows.map((row) => csvLine(row, separator, language)).join('');
    }
  }
  const slug = foldText(segment.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'segment';
  return { filename: `${slug}-${ev.day}.csv`, lines: lines() };
};

