import { z } from 'zod';

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

export { summarize } from './summarize-tier';
