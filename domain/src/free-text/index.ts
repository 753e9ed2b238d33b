export { checkFreeText, type CheckFreeTextOptions, type FreeTextFinding } from './check-free-text';
export { describeFinding } from './describe-finding';
export { defaultGuardLists } from './default-guard-lists';
export { extendGuardLists } from './extend-guard-lists';
export { CategoryTerms, GuardCategory, GuardLanguage, GuardLists, GuardTerm } from './guard-lists.schema';
