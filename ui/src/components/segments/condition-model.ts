import type { SegmentConditionInput } from '../../api/relais-api.generated';

/**
 * The builder's rows and the segment definition they make (the API's condition tree). A row is one
 * test; the rows are joined by "all" (and) or "any" (or); a row may be negated. No query language.
 */
export type ConditionKind = 'attribute' | 'fact' | 'relation' | 'interactions' | 'score' | 'tasks';

export type ConditionRow = {
  id: number;
  negate: boolean;
  kind: ConditionKind;
  /** The attribute, fact, relation type, score, task state, or medium (`any`) the row tests. */
  field: string;
  op: string;
  value: string;
  /** For a fact: the day its value is read on (empty: the evaluation day). */
  asOf: string;
  /** For interactions: the window, in days before the evaluation day. */
  days: string;
  direction: '' | 'inbound' | 'outbound';
};

export type BuilderState = { match: 'and' | 'or'; rows: ConditionRow[] };

export const attributeFields = [
  'name',
  'kind',
  'city',
  'postalCode',
  'siren',
  'ownerTeam',
  'createdAt',
  'referenceFunction',
  'jobTitle',
] as const;
export const factFields = [
  'lifecycle',
  'owner',
  'revenueBand',
  'headcountBand',
  'customerType',
  'territory',
  'industry',
  'competitor',
  'sign',
] as const;
export const valueOps = [
  'eq',
  'ne',
  'in',
  'contains',
  'startsWith',
  'gt',
  'lt',
  'exists',
  'missing',
] as const;
export const countOps = ['gte', 'gt', 'eq', 'lt', 'lte'] as const;
const media = ['email', 'meeting', 'phone', 'face-to-face', 'event', 'web-form', 'sms', 'letter'] as const;
export const mediaFields = ['any', ...media] as const;
export const scoreFields = ['opportunity', 'risk'] as const;
export const taskFields = ['open', 'overdue'] as const;

/** The condition tree as the API takes it (its OpenAPI document types it). */
export type Definition = SegmentConditionInput;

/** A row's select holds one of the listed values; anything else is a bug in the builder. */
const oneOf = <T extends string>(allowed: readonly T[], value: string): T => {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`Unexpected ${value}; expected one of ${allowed.join(', ')}.`);
  return found;
};

/** What a new row of a kind starts with: a sensible, valid test the user then adjusts. */
export const defaultRow = (id: number, kind: ConditionKind): ConditionRow => {
  const base = { id, negate: false, kind, asOf: '', days: '90', direction: '' as const };
  switch (kind) {
    case 'attribute':
      return { ...base, field: 'name', op: 'contains', value: '' };
    case 'fact':
      return { ...base, field: 'lifecycle', op: 'eq', value: 'client' };
    case 'relation':
      return { ...base, field: 'works-for', op: 'gte', value: '1' };
    case 'interactions':
      return { ...base, field: 'any', op: 'gte', value: '1' };
    case 'score':
      return { ...base, field: 'risk', op: 'gte', value: '50' };
    case 'tasks':
      return { ...base, field: 'overdue', op: 'gt', value: '0' };
  }
};

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

const rowCondition = (row: ConditionRow): Definition => {
  const operand = ['exists', 'missing'].includes(row.op)
    ? {}
    : { value: row.op === 'in' ? list(row.value) : row.value };
  switch (row.kind) {
    case 'attribute':
      return { type: 'attribute', attribute: oneOf(attributeFields, row.field), op: oneOf(valueOps, row.op), ...operand };
    case 'fact':
      return {
        type: 'fact',
        fact: row.field,
        op: oneOf(valueOps, row.op),
        ...operand,
        ...(row.asOf ? { asOf: row.asOf } : {}),
      };
    case 'relation':
      return {
        type: 'relation',
        relationType: row.field,
        status: 'ongoing',
        op: oneOf(countOps, row.op),
        value: number(row.value),
      };
    case 'interactions':
      return {
        type: 'interactions',
        window: { lastDays: number(row.days) },
        op: oneOf(countOps, row.op),
        value: number(row.value),
        ...(row.direction ? { direction: row.direction } : {}),
        ...(row.field !== 'any' ? { media: [oneOf(media, row.field)] } : {}),
      };
    case 'score':
      return { type: 'score', score: oneOf(scoreFields, row.field), op: oneOf(countOps, row.op), value: number(row.value) };
    case 'tasks':
      return { type: 'tasks', state: oneOf(taskFields, row.field), op: oneOf(countOps, row.op), value: number(row.value) };
  }
};

/** The definition the API validates and evaluates; undefined while there is no row. */
export const toDefinition = (state: BuilderState): Definition | undefined => {
  const conditions = state.rows.map((row): Definition =>
    row.negate ? { type: 'not', condition: rowCondition(row) } : rowCondition(row),
  );
  if (conditions.length === 0) return undefined;
  return conditions.length === 1 ? conditions[0] : { type: state.match, conditions };
};

/** The row an API error path (`definition.conditions.2.value`) points at. */
export const rowOfPath = (path: string, state: BuilderState): number | undefined => {
  if (state.rows.length === 1) return state.rows[0]!.id;
  const index = /^definition\.conditions\.(\d+)/.exec(path)?.[1];
  return index === undefined ? undefined : state.rows[Number(index)]?.id;
};
