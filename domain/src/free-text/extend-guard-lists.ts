import { GuardCategory, GuardLanguage, type CategoryTerms, type GuardLists } from './guard-lists.schema';

/** A company adds its own words to a base (usually the defaults) instead of re-typing them. */
export const extendGuardLists = (base: GuardLists, extra: GuardLists): GuardLists => {
  const merge = (a: CategoryTerms = {}, b: CategoryTerms = {}): CategoryTerms =>
    Object.fromEntries(GuardCategory.options.map((c) => [c, [...(a[c] ?? []), ...(b[c] ?? [])]]));
  return Object.fromEntries(GuardLanguage.options.map((l) => [l, merge(base[l], extra[l])]));
};
