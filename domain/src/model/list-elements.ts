import type { z } from 'zod';
import { canonical } from '../approvals/same-value';
import { Email } from './common.schema';
import { Address, Phone } from './contact-point.schema';
import { EmailDomain, OrganisationName, type Tier, type TierKind } from './tier.schema';

/**
 * The list fields of a tier whose elements a change request adds, replaces or removes one by one.
 * Names, phones and addresses are objects with an `id`; e-mails and e-mail domains are strings, and
 * a string is its own identity (compared without case).
 */
const listFields: Record<TierKind, Record<string, z.ZodType>> = {
  organisation: { names: OrganisationName, addresses: Address, phones: Phone, emailDomains: EmailDomain },
  person: { emails: Email, phones: Phone },
};

export type ListField = 'names' | 'addresses' | 'phones' | 'emails' | 'emailDomains';
export type ListElement = string | Record<string, unknown>;

export const listFieldsOf = (kind: TierKind): string[] => Object.keys(listFields[kind]);

/** Whether a change path names a list field, of whichever kind of tier. */
export const isListField = (path: string): boolean => path in listFields.organisation || path in listFields.person;

/** The schema of one element of a list field, or undefined when the path is not a list field of that kind. */
export const listElementSchema = (kind: TierKind, path: string): z.ZodType | undefined => listFields[kind][path];

/** Bookkeeping an element carries besides what it says: its id and its validity dates. */
const BOOKKEEPING = ['id', 'validFrom', 'validTo'];

/** What an element says, without its id and dates: what "the same element" compares. */
export const elementContent = (element: unknown): unknown => {
  if (typeof element === 'string') return element.toLowerCase();
  if (element === null || typeof element !== 'object' || Array.isArray(element)) return element;
  return canonical(Object.fromEntries(Object.entries(element).filter(([key]) => !BOOKKEEPING.includes(key))));
};

export const sameElement = (a: unknown, b: unknown): boolean => JSON.stringify(elementContent(a)) === JSON.stringify(elementContent(b));

/** The id a change names an element by: its `id`, or for a string the string itself (without case). */
export const elementIdOf = (element: unknown): string | undefined => {
  if (typeof element === 'string') return element.toLowerCase();
  const id = element !== null && typeof element === 'object' ? (element as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/** Where the element a change names is in the list, or -1. */
export const findElement = (list: readonly unknown[], id: string): number =>
  list.findIndex((element) => elementIdOf(element) === (typeof element === 'string' ? id.toLowerCase() : id));

/** The elements of a list field as the tier holds them now. */
export const listOf = (tier: Tier, path: string): ListElement[] => {
  const value = (tier as Record<string, unknown>)[path];
  return Array.isArray(value) ? (value as ListElement[]) : [];
};

const ELEMENT_ID_LENGTH = 16;

/**
 * Gives every object element of the tier's lists that has none an id derived from the tier, the
 * field, what the element says and its rank among equal ones. Being derived, the same tier read
 * twice, or repaired twice, gets the same ids; an id given or stored already is kept unless it is
 * taken in that list.
 */
export const withElementIds = <T extends Tier>(tier: T, idFor: (key: string) => string): T => {
  let changed = false;
  const next: Record<string, unknown> = { ...tier };
  const fields = [...listFieldsOf(tier.kind), ...(tier.kind === 'organisation' ? ['formerAddresses'] : [])];
  for (const field of fields) {
    const list = next[field];
    if (!Array.isArray(list) || list.every((element) => typeof element !== 'object' || element === null)) continue;
    const taken = new Set<string>();
    const ranks = new Map<string, number>();
    const withIds = list.map((element: unknown) => {
      if (typeof element !== 'object' || element === null) return element;
      const own = (element as Record<string, unknown>).id;
      if (typeof own === 'string' && !taken.has(own)) {
        taken.add(own);
        return element;
      }
      const content = JSON.stringify(elementContent(element));
      const rank = ranks.get(content) ?? 0;
      ranks.set(content, rank + 1);
      let id = idFor(`${tier.id}\n${field}\n${content}\n${rank}`).slice(0, ELEMENT_ID_LENGTH);
      for (let n = 1; taken.has(id); n += 1) id = idFor(`${tier.id}\n${field}\n${content}\n${rank}\n${n}`).slice(0, ELEMENT_ID_LENGTH);
      taken.add(id);
      changed = true;
      return { ...element, id };
    });
    next[field] = withIds;
  }
  return changed ? (next as T) : tier;
};
