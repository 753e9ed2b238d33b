import type { CapturedItem, SuggestionParticipant } from './capture.schema';

const domainOf = (email: string): string => email.toLowerCase().split('@')[1] ?? '';

/** Whether an address is on the rep's "never suggest" list, by itself or by its domain (or a parent domain). */
export const neverSuggested = (neverSuggest: readonly string[], email: string): boolean => {
  const address = email.toLowerCase();
  const domain = domainOf(address);
  return neverSuggest.some((entry) => (entry.includes('@') ? entry === address : domain === entry || domain.endsWith(`.${entry}`)));
};

/** The participants that could make the item a suggestion: outside the company, not the rep, not on the list. */
export const candidateParticipants = (
  participants: readonly SuggestionParticipant[],
  rules: { internalDomains: readonly string[]; repEmail?: string; neverSuggest: readonly string[] },
): SuggestionParticipant[] => {
  const internal = new Set([...rules.internalDomains, rules.repEmail ? domainOf(rules.repEmail) : ''].filter(Boolean).map((d) => d.toLowerCase()));
  return participants.filter((p) => {
    const domain = domainOf(p.emailAddress);
    return domain !== '' && !internal.has(domain) && !neverSuggested(rules.neverSuggest, p.emailAddress);
  });
};

export type SkipReason = 'private' | 'draft' | 'cancelled' | 'internal-only' | 'never-suggest';

/** Why an item is not even looked up: personal or private, a draft, or nobody outside to suggest it for. */
export const skipReason = (item: CapturedItem, candidates: readonly SuggestionParticipant[], allExternal: number): SkipReason | undefined => {
  if (item.sensitivity === 'private' || item.sensitivity === 'personal') return 'private';
  if (item.skip) return item.skip;
  if (allExternal === 0) return 'internal-only';
  if (candidates.length === 0) return 'never-suggest';
  return undefined;
};
