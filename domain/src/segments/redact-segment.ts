import { redactText, type Identity } from '../gdpr/redact-identity';
import type { SegmentCondition } from './segment-condition.schema';
import type { Segment } from './segment.schema';

type Value = Extract<SegmentCondition, { type: 'attribute' }>['value'];

const redactValue = (value: Value, identity: Identity): Value => {
  if (typeof value === 'string') return redactText(value, identity);
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? redactText(v, identity) : v)) : value;
};

/** A rule with the mentions in its values replaced by `[…]`: the rule stays valid and no longer finds anyone by that name. */
const redactCondition = (condition: SegmentCondition, identity: Identity): SegmentCondition => {
  switch (condition.type) {
    case 'attribute':
    case 'fact':
      return condition.value === undefined ? condition : { ...condition, value: redactValue(condition.value, identity) };
    case 'and':
    case 'or':
      return { ...condition, conditions: condition.conditions.map((c) => redactCondition(c, identity)) };
    case 'not':
      return { ...condition, condition: redactCondition(condition.condition, identity) };
    default:
      return condition;
  }
};

/** A saved segment without the mentions of an erased person: in its name, its description and the values of its rules. */
export const redactSegment = (segment: Segment, identity: Identity): Segment => ({
  ...segment,
  name: redactText(segment.name, identity),
  description: segment.description === null ? null : redactText(segment.description, identity),
  definition: redactCondition(segment.definition, identity),
});
