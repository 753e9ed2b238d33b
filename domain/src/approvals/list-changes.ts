import type { FieldError } from '../errors/domain-error';
import type { ElementOp, FieldChange } from '../model/change-request.schema';
import { elementContent, elementIdOf, findElement, listElementSchema, listOf, sameElement, type ListElement } from '../model/list-elements';
import type { Tier, TierKind } from '../model/tier.schema';

/** One element-wise step of a change, as an approver reads it: adds `to`, replaces `from` with `to`, removes `from`. */
export type ElementStep = { op: ElementOp; from?: unknown; to?: unknown };

const withoutId = (element: unknown): unknown => {
  if (element === null || typeof element !== 'object' || Array.isArray(element)) return element;
  const { id: _id, validTo: _validTo, ...rest } = element as Record<string, unknown>;
  return rest;
};

/**
 * Checks an element-wise change against the tier as it is when the request is made, and states it
 * fully: the element a replace or remove targets is found by its id (or, without one, by `from`),
 * and kept as `from` when the requester did not say what they saw; a new element is parsed as
 * its field stores it. The errors name `changes.<i>.op|id|from|to`.
 */
export const resolveListChange = (tier: Tier, change: FieldChange, prefix: string): { change: FieldChange } | { errors: FieldError[] } => {
  const schema = listElementSchema(tier.kind, change.path);
  if (!schema || !change.op) return { errors: [{ path: `${prefix}.op`, message: `Only list fields take an op; ${tier.kind} lists: ${listFieldNames(tier.kind)}.` }] };
  const errors: FieldError[] = [];
  let to: unknown;
  if (change.op !== 'remove') {
    const parsed = schema.safeParse(change.to);
    if (parsed.success) to = withoutId(parsed.data);
    else errors.push(...parsed.error.issues.map((issue) => ({ path: [`${prefix}.to`, ...issue.path].join('.'), message: issue.message })));
  }
  if (change.op === 'add') return errors.length > 0 ? { errors } : { change: { path: change.path, op: 'add', to } };
  const list = listOf(tier, change.path);
  const index = change.id !== undefined ? findElement(list, change.id) : change.from !== undefined ? list.findIndex((e) => sameElement(e, change.from)) : -2;
  if (index === -2) errors.push({ path: `${prefix}.id`, message: 'Name the element: its id (for an e-mail or a domain, the value itself), or its value as `from`.' });
  else if (index === -1)
    errors.push(change.id !== undefined ? { path: `${prefix}.id`, message: `No element of ${change.path} has this id.` } : { path: `${prefix}.from`, message: `No element of ${change.path} has this value.` });
  if (errors.length > 0) return { errors };
  const target = list[index]!;
  return {
    change: {
      path: change.path,
      op: change.op,
      id: elementIdOf(target)!,
      from: change.from ?? target,
      ...(change.op === 'replace' ? { to } : {}),
    },
  };
};

const listFieldNames = (kind: TierKind): string => (kind === 'organisation' ? 'names, addresses, phones, emailDomains' : 'emails, phones');

/** What a list holds as contents only, to compare two lists whatever their ids and dates. */
const contents = (list: readonly unknown[]): string => JSON.stringify(list.map(elementContent));
export const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean => contents(a) === contents(b);

/**
 * Whether an element-wise change can no longer apply as asked. An add never conflicts. A replace or
 * remove conflicts when its element changed since (`from` no longer holds) or, for a replace, is
 * gone; a removal of an element already gone, or a replace already made, is harmless.
 */
export const elementConflict = (tier: Tier, change: FieldChange): { expected: unknown; actual: unknown } | undefined => {
  if (change.op === 'add' || change.id === undefined) return undefined;
  const list = listOf(tier, change.path);
  const index = findElement(list, change.id);
  if (index === -1) return change.op === 'remove' || list.some((e) => sameElement(e, change.to)) ? undefined : { expected: change.from ?? null, actual: null };
  const element = list[index];
  if (change.from === undefined || sameElement(element, change.from) || (change.op === 'replace' && sameElement(element, change.to))) return undefined;
  return { expected: change.from, actual: element };
};

export type ListResult = { list: ListElement[]; removed: ListElement[] };

const dated = (field: string, element: unknown, key: 'validFrom' | 'validTo', day: string): ListElement =>
  (field === 'addresses' && element !== null && typeof element === 'object'
    ? { ...(element as Record<string, unknown>), [key]: (element as Record<string, unknown>)[key] ?? day }
    : element) as ListElement;

/**
 * Applies one element-wise change to a list: an added element is appended (unless the list holds it
 * already), a replaced one takes the new value in its place (a new element, with its own id), a
 * removed one leaves. Addresses are dated: a new one is valid from `day`, a replaced or removed one
 * ends on `day` and is returned in `removed`, for the history.
 */
export const applyListChange = (field: string, list: readonly ListElement[], change: FieldChange, day: string): ListResult => {
  if (change.op === 'add') return list.some((e) => sameElement(e, change.to)) ? { list: [...list], removed: [] } : { list: [...list, dated(field, change.to, 'validFrom', day)], removed: [] };
  const index = change.id === undefined ? -1 : findElement(list, change.id);
  if (index === -1) return { list: [...list], removed: [] };
  const old = list[index]!;
  const removed = field === 'addresses' ? [dated(field, old, 'validTo', day)] : [];
  const next = [...list];
  if (change.op === 'replace') next.splice(index, 1, dated(field, withoutId(change.to), 'validFrom', day));
  else next.splice(index, 1);
  return { list: next, removed };
};

/**
 * A whole list as wanted, against the list held: each wanted element that is one of the held ones
 * (the same id, or else the same content) keeps that element's id and dates; held elements not
 * wanted any more are returned in `removed`. Order is the wanted one.
 */
export const reconcileList = (held: readonly ListElement[], wanted: readonly ListElement[]): ListResult => {
  const left = [...held];
  const take = (at: number): ListElement => left.splice(at, 1)[0]!;
  const list = wanted.map((element) => {
    const id = elementIdOf(element);
    const byId = typeof element === 'string' || id === undefined ? -1 : left.findIndex((e) => elementIdOf(e) === id);
    const at = byId !== -1 ? byId : left.findIndex((e) => sameElement(e, element));
    if (at === -1) return element;
    const kept = take(at);
    return typeof element === 'string' || typeof kept === 'string' ? element : ({ ...kept, ...element, id: kept.id, validFrom: element.validFrom ?? kept.validFrom } as ListElement);
  });
  return { list, removed: left };
};

/** The removed addresses as history: each with its end date. */
export const endedAddresses = (removed: readonly ListElement[], day: string): ListElement[] => removed.map((a) => dated('addresses', a, 'validTo', day));

/**
 * A change on a list field as element-wise steps: its own op, or for a whole list the elements it
 * adds and removes against `held` (what the requester saw, else what the tier holds).
 */
export const listChangeSteps = (change: FieldChange, held: readonly unknown[]): ElementStep[] => {
  if (change.op === 'add') return [{ op: 'add', to: change.to }];
  if (change.op === 'replace') return [{ op: 'replace', from: change.from, to: change.to }];
  if (change.op === 'remove') return [{ op: 'remove', from: change.from }];
  if (!Array.isArray(change.to)) return [];
  const { list, removed } = reconcileList(held as ListElement[], change.to as ListElement[]);
  const added = list.filter((element) => !held.some((h) => sameElement(h, element)));
  // One element out and one in reads as what it is: that element replaced.
  if (removed.length === 1 && added.length === 1) return [{ op: 'replace', from: removed[0], to: added[0] }];
  return [...removed.map((from): ElementStep => ({ op: 'remove', from })), ...added.map((to): ElementStep => ({ op: 'add', to }))];
};
