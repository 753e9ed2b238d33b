import type { FactValue } from '../model/fact-definitions';
import { countActivity } from '../scoring/activity-log';
import { addDays, dayOf } from '../scoring/calendar-day';
import type { TierScores } from '../scoring/compute-scores';
import { valueOn, type TierInsight } from '../scoring/tier-insight';
import { foldText } from '../matching/fold-text';
import type { CountOperator, SegmentAttribute, SegmentCondition, ValueOperator } from './segment-condition.schema';

/** The day a segment is evaluated on, the instant facts are read at, and the tier's scores (computed once, if asked). */
export type EvaluationContext = { day: string; at: string; scores: () => TierScores };

type Scalar = string | number | boolean;

const compareCount = (count: number, op: CountOperator, value: number): boolean =>
  ({ eq: count === value, ne: count !== value, gt: count > value, gte: count >= value, lt: count < value, lte: count <= value })[op];

const asText = (v: Scalar): string => foldText(String(v));

/** Compares a tier's value with the condition's: text folds case and accents, dates and numbers order. */
export const compareValue = (actual: FactValue | null | undefined, op: ValueOperator, expected: Scalar | Scalar[] | undefined): boolean => {
  if (op === 'exists') return actual !== null && actual !== undefined && actual !== '';
  if (op === 'missing') return actual === null || actual === undefined || actual === '';
  if (actual === null || actual === undefined) return op === 'ne' || op === 'notIn';
  const list = Array.isArray(expected) ? expected : expected === undefined ? [] : [expected];
  const a = asText(actual);
  switch (op) {
    case 'eq':
      return list.length > 0 && asText(list[0]!) === a;
    case 'ne':
      return list.length > 0 && asText(list[0]!) !== a;
    case 'in':
      return list.some((v) => asText(v) === a);
    case 'notIn':
      return !list.some((v) => asText(v) === a);
    case 'contains':
      return list.length > 0 && a.includes(asText(list[0]!));
    case 'startsWith':
      return list.length > 0 && a.startsWith(asText(list[0]!));
    default: {
      const e = list[0];
      if (e === undefined) return false;
      const order = typeof actual === 'number' && typeof e === 'number' ? actual - e : String(actual).localeCompare(String(e));
      return op === 'gt' ? order > 0 : op === 'gte' ? order >= 0 : op === 'lt' ? order < 0 : order <= 0;
    }
  }
};

const attributeValue = (insight: TierInsight, attribute: SegmentAttribute): string | null => {
  switch (attribute) {
    case 'kind':
    case 'name':
    case 'ownerTeam':
    case 'confidentiality':
    case 'owner':
    case 'createdBy':
      return insight[attribute];
    case 'createdAt':
      return dayOf(insight.createdAt);
    default:
      return insight.attributes[attribute];
  }
};

const relationCount = (insight: TierInsight, c: Extract<SegmentCondition, { type: 'relation' }>, day: string): number =>
  insight.relations.filter((r) => {
    if (r.type !== c.relationType || (c.side !== 'any' && r.side !== c.side)) return false;
    if (r.start !== null && r.start > day) return false;
    const ended = r.status === 'ended' ? r.end === null || r.end <= day : r.end !== null && r.end <= day;
    return c.status === 'any' || (c.status === 'ended') === ended;
  }).length;

/** Whether a tier's summary satisfies a (checked) segment condition on the context's day. */
export const matchesSegment = (c: SegmentCondition, insight: TierInsight, ctx: EvaluationContext): boolean => {
  switch (c.type) {
    case 'and':
      return c.conditions.every((x) => matchesSegment(x, insight, ctx));
    case 'or':
      return c.conditions.some((x) => matchesSegment(x, insight, ctx));
    case 'not':
      return !matchesSegment(c.condition, insight, ctx);
    case 'attribute':
      return compareValue(attributeValue(insight, c.attribute), c.op, c.value);
    case 'fact':
      // "On 2025-01-01" is the state at the end of that day; without a date, the evaluation instant.
      return compareValue(valueOn(insight, c.fact, c.asOf ? `${c.asOf}T23:59:59.999Z` : ctx.at), c.op, c.value);
    case 'relation':
      return compareCount(relationCount(insight, c, ctx.day), c.op, c.value);
    case 'interactions': {
      const [from, to] = 'lastDays' in c.window ? [addDays(ctx.day, -c.window.lastDays), ctx.day] : [c.window.from, addDays(c.window.to, -1)];
      return compareCount(countActivity(insight.activity, from, to, { direction: c.direction, media: c.media }), c.op, c.value);
    }
    case 'score':
      return compareCount(ctx.scores()[c.score].value, c.op, c.value);
    case 'tasks': {
      const count = c.state === 'open' ? insight.openTasks.length : insight.openTasks.filter((t) => t.due !== null && t.due < ctx.day).length;
      return compareCount(count, c.op, c.value);
    }
  }
};
