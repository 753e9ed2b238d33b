import type { FieldError } from '../errors/domain-error';
import { factDefinition, factDefinitions } from '../model/fact-definitions';
import { isCalendarDay } from '../scoring/calendar-day';
import type { SegmentAttribute, SegmentCondition, ValueOperator } from './segment-condition.schema';

type Scalar = string | number | boolean;
type ValueKind = { kind: 'text' } | { kind: 'date' } | { kind: 'choice'; values: readonly string[] };

const attributeKinds: Record<SegmentAttribute, ValueKind> = {
  kind: { kind: 'choice', values: ['organisation', 'person'] },
  confidentiality: { kind: 'choice', values: ['public', 'restricted', 'confidential'] },
  createdAt: { kind: 'date' },
  name: { kind: 'text' }, city: { kind: 'text' }, postalCode: { kind: 'text' }, siren: { kind: 'text' }, ownerTeam: { kind: 'text' },
  owner: { kind: 'text' }, createdBy: { kind: 'text' }, referenceFunction: { kind: 'text' }, jobTitle: { kind: 'text' },
};

const operatorsFor: Record<ValueKind['kind'], readonly ValueOperator[]> = {
  text: ['eq', 'ne', 'in', 'notIn', 'contains', 'startsWith', 'exists', 'missing'],
  choice: ['eq', 'ne', 'in', 'notIn', 'exists', 'missing'],
  date: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'exists', 'missing'],
};

const checkDay = (day: string, path: string): FieldError[] => (isCalendarDay(day) ? [] : [{ path, message: `Not a calendar date: ${day}.` }]);

/** The value(s) an operator needs, each checked by `checkOne`. */
const checkOperand = (op: ValueOperator, value: Scalar | Scalar[] | undefined, path: string, checkOne: (v: Scalar, p: string) => FieldError[]): FieldError[] => {
  if (op === 'exists' || op === 'missing') return [];
  if (op === 'in' || op === 'notIn') {
    if (!Array.isArray(value) || value.length === 0) return [{ path, message: `The operator ${op} needs a list of values.` }];
    return value.flatMap((v, i) => checkOne(v, `${path}.${i}`));
  }
  if (value === undefined || Array.isArray(value)) return [{ path, message: `The operator ${op} needs one value.` }];
  return checkOne(value, path);
};

const checkAgainst = (kind: ValueKind) => (v: Scalar, path: string): FieldError[] => {
  if (typeof v !== 'string') return [{ path, message: `Expected text, got ${typeof v}.` }];
  if (kind.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? checkDay(v, path) : [{ path, message: 'Expected a date like 2025-01-01.' }];
  if (kind.kind === 'choice' && !kind.values.includes(v)) return [{ path, message: `Expected one of ${kind.values.join(', ')}.` }];
  return [];
};

const checkNode = (c: SegmentCondition, path: string, relationTypes: readonly string[]): FieldError[] => {
  switch (c.type) {
    case 'and':
    case 'or':
      return c.conditions.flatMap((x, i) => checkNode(x, `${path}.conditions.${i}`, relationTypes));
    case 'not':
      return checkNode(c.condition, `${path}.condition`, relationTypes);
    case 'attribute': {
      const kind = attributeKinds[c.attribute];
      if (!operatorsFor[kind.kind].includes(c.op)) return [{ path: `${path}.op`, message: `The operator ${c.op} does not apply to ${c.attribute}; use ${operatorsFor[kind.kind].join(', ')}.` }];
      return checkOperand(c.op, c.value, `${path}.value`, checkAgainst(kind));
    }
    case 'fact': {
      const definition = factDefinition(c.fact);
      if (!definition) return [{ path: `${path}.fact`, message: `Unknown fact ${JSON.stringify(c.fact)}; known facts: ${factDefinitions.map((d) => d.name).join(', ')}.` }];
      const errors = c.asOf ? checkDay(c.asOf, `${path}.asOf`) : [];
      if (!operatorsFor.text.includes(c.op)) return [...errors, { path: `${path}.op`, message: `The operator ${c.op} does not apply to a fact; use ${operatorsFor.text.join(', ')}.` }];
      const partial = c.op === 'contains' || c.op === 'startsWith';
      return [
        ...errors,
        ...checkOperand(c.op, c.value, `${path}.value`, (v, p) => {
          if (partial) return typeof v === 'string' ? [] : [{ path: p, message: 'Expected text.' }];
          const parsed = definition.value.safeParse(v);
          return parsed.success ? [] : [{ path: p, message: `Not a value of ${c.fact}: ${parsed.error.issues[0]?.message ?? 'invalid'}` }];
        }),
      ];
    }
    case 'relation':
      return relationTypes.includes(c.relationType)
        ? []
        : [{ path: `${path}.relationType`, message: `Unknown relation type ${JSON.stringify(c.relationType)}; known types: ${relationTypes.join(', ')}.` }];
    case 'interactions': {
      if ('lastDays' in c.window) return [];
      const errors = [...checkDay(c.window.from, `${path}.window.from`), ...checkDay(c.window.to, `${path}.window.to`)];
      if (errors.length === 0 && c.window.from >= c.window.to) errors.push({ path: `${path}.window.to`, message: 'The end of the window must come after its start.' });
      return errors;
    }
    case 'score':
    case 'tasks':
      return [];
  }
};

/** What the schema cannot say: known facts and relation types, values of the right type, real dates. */
export const checkSegment = (definition: SegmentCondition, relationTypes: readonly string[], path = 'definition'): FieldError[] =>
  checkNode(definition, path, relationTypes);
