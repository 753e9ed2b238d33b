import { displayName } from './display-name';
import type { Tier } from './tier.schema';
import type { TierSummary } from './tier-summary';

/** What lists, lookups and chips show of a tier. Types only from the schemas, so pages can use it without zod. */
export const summarize = (tier: Tier): TierSummary => ({
  id: tier.id,
  kind: tier.kind,
  name: displayName(tier),
  lifecycle: tier.lifecycle ?? null,
  jobTitle: tier.kind === 'person' ? (tier.jobTitle ?? null) : null,
  siren: tier.kind === 'organisation' ? (tier.siren ?? null) : null,
  city: tier.kind === 'organisation' ? (tier.addresses?.find((a) => a.city)?.city ?? null) : null,
  emails: tier.kind === 'person' ? (tier.emails ?? []) : [],
  prospectingObjection: tier.kind === 'person' && tier.prospectingObjection === true,
});
