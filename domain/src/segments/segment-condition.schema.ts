import { z } from 'zod';
import { Direction, Medium } from '../model/interaction.schema';
import { ScoreName } from '../scoring/score-rules.schema';

/** Tier fields a segment may test (dated facts have their own condition). */
export const segmentAttributes = [
  'kind', 'name', 'city', 'postalCode', 'siren', 'ownerTeam', 'confidentiality', 'owner', 'createdBy', 'createdAt', 'referenceFunction', 'jobTitle',
] as const;
export const SegmentAttribute = z.enum(segmentAttributes, {
  error: (issue) => `Unknown attribute ${JSON.stringify(issue.input)}; known attributes: ${segmentAttributes.join(', ')}.`,
});
export type SegmentAttribute = z.infer<typeof SegmentAttribute>;

export const ValueOperator = z.enum(['eq', 'ne', 'in', 'notIn', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte', 'exists', 'missing']);
export type ValueOperator = z.infer<typeof ValueOperator>;
export const CountOperator = z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']);
export type CountOperator = z.infer<typeof CountOperator>;

const Scalar = z.union([z.string().max(200), z.number(), z.boolean()]);
const Value = z.union([Scalar, z.array(Scalar).max(100)]).optional();
/** Checked as a calendar date in `checkSegment`, so "2025-02-30" is named as impossible. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date like 2025-01-01.');
const Count = z.number().int().min(0).max(1_000_000);

const AttributeCondition = z.object({ type: z.literal('attribute'), attribute: SegmentAttribute, op: ValueOperator, value: Value }).strict();
/** A dated fact's value on a day (`asOf`), or on the evaluation day. */
const FactCondition = z.object({ type: z.literal('fact'), fact: z.string().min(1).max(60), op: ValueOperator, value: Value, asOf: Day.optional() }).strict();
const RelationCondition = z
  .object({
    type: z.literal('relation'),
    relationType: z.string().min(1).max(60),
    side: z.enum(['from', 'to', 'any']).default('any'),
    status: z.enum(['ongoing', 'ended', 'any']).default('ongoing'),
    op: CountOperator.default('gte'),
    value: Count.default(1),
  })
  .strict();
/** Interactions in a window: the last N days before the evaluation day, or dates [from, to). */
const Window = z.union([z.object({ lastDays: z.number().int().min(1).max(3650) }).strict(), z.object({ from: Day, to: Day }).strict()]);
const InteractionCondition = z
  .object({ type: z.literal('interactions'), window: Window, direction: Direction.optional(), media: z.array(Medium).max(11).optional(), op: CountOperator, value: Count })
  .strict();
const ScoreCondition = z.object({ type: z.literal('score'), score: ScoreName, op: CountOperator, value: z.number().min(0).max(100) }).strict();
const TaskCondition = z.object({ type: z.literal('tasks'), state: z.enum(['open', 'overdue']), op: CountOperator, value: Count }).strict();

const AndCondition = z
  .object({
    type: z.literal('and'),
    get conditions() {
      return z.array(SegmentCondition).min(1).max(50);
    },
  })
  .strict();
const OrCondition = z
  .object({
    type: z.literal('or'),
    get conditions() {
      return z.array(SegmentCondition).min(1).max(50);
    },
  })
  .strict();
const NotCondition = z
  .object({
    type: z.literal('not'),
    get condition() {
      return SegmentCondition;
    },
  })
  .strict();

/**
 * A segment's rule: a tree of conditions on tier fields, dated facts (as of a date), relations,
 * interaction counts in a window, scores and tasks, combined with and/or/not. No query language:
 * the builder produces this tree.
 */
export const SegmentCondition = z
  .discriminatedUnion('type', [AttributeCondition, FactCondition, RelationCondition, InteractionCondition, ScoreCondition, TaskCondition, AndCondition, OrCondition, NotCondition])
  .meta({ id: 'SegmentCondition' });

type Scalar = string | number | boolean;
export type SegmentCondition =
  | { type: 'attribute'; attribute: SegmentAttribute; op: ValueOperator; value?: Scalar | Scalar[] }
  | { type: 'fact'; fact: string; op: ValueOperator; value?: Scalar | Scalar[]; asOf?: string }
  | { type: 'relation'; relationType: string; side: 'from' | 'to' | 'any'; status: 'ongoing' | 'ended' | 'any'; op: CountOperator; value: number }
  | { type: 'interactions'; window: { lastDays: number } | { from: string; to: string }; direction?: Direction; media?: Medium[]; op: CountOperator; value: number }
  | { type: 'score'; score: ScoreName; op: CountOperator; value: number }
  | { type: 'tasks'; state: 'open' | 'overdue'; op: CountOperator; value: number }
  | { type: 'and' | 'or'; conditions: SegmentCondition[] }
  | { type: 'not'; condition: SegmentCondition };
