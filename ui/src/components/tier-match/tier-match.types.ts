import type { LookupResult, TierSummary } from '@relais/domain';

/**
 * Why a tier is proposed: the lookup's evidence, plus what happened in the pane (created there,
 * chosen among duplicates, added by search) so the rep always sees why a tier is on the list.
 */
export type MatchEvidence = {
  code: LookupResult['persons'][number]['evidence'][number]['code'] | 'created' | 'chosen' | 'added';
  detail: string;
};
export type TierOption = { tier: TierSummary; evidence: MatchEvidence[] };
export type PersonOption = TierOption & { organisations: TierOption[] };

/** One address of the item as the lookup saw it (a LookupResult fits). */
export type AddressMatch = {
  email: string;
  status: LookupResult['status'];
  persons: PersonOption[];
  organisations: TierOption[];
  /** A colleague's address: the Relais user it belongs to, when they have used Relais. */
  user?: LookupResult['user'];
};
