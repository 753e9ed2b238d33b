import { z } from 'zod';
import { displayName, type Tier } from './tier.schema';

/** What lists, lookups and chips show of a tier. */
export const TierSummary = z
  .object({
    id: z.string(),
    kind: z.enum(['organisation', 'person']),
    name: z.string(),
    lifecycle: z.string().nullable(),
    jobTitle: z.string().nullable(),
    siren: z.string().nullable(),
    city: z.string().nullable(),
    emails: z.array(z.string()),
    /** The person objected to prospecting: shown beside the name wherever the tier appears (always sent by the API). */
    prospectingObjection: z.boolean().optional(),
  })
  .meta({ id: 'TierSummary' });
export type TierSummary = z.infer<typeof TierSummary>;

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
